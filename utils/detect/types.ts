/** The detector's verdict on one page: cheap, read-only, explainable. */
export interface Detection {
  /** True when the page is a single magazine or news article worth a reader view. */
  isArticle: boolean;
  /** Sum of signal weights; isArticle is score >= the threshold in detect-article.ts. */
  score: number;
  /** Human-readable signals that fired, e.g. "og:type=article (+2)"; shown in the popup for debugging. */
  reasons: string[];
}

/** One piece of evidence for or against "this is an article"; weights add up to Detection.score. */
export interface Signal {
  /** What was seen, e.g. "og:type=article"; detectArticle appends the weight for the reason line. */
  label: string;
  /** Positive for article evidence, negative for listing/media evidence. */
  weight: number;
}
