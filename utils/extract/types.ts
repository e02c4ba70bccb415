/** One figure of the article body with its caption. */
export interface ExtractedImage {
  /** Absolute URL of the image. */
  src: string;
  /** The img alt text, '' when missing. */
  alt: string;
  /** Caption from figcaption or the CMS caption cell, '' when none. */
  caption: string;
}

/** The clean article a reader view shows and the archive stores. All strings are plain data. */
export interface ExtractedArticle {
  /** URL the page was loaded from. */
  url: string;
  /** link[rel=canonical] / og:url when present and same-site, else url; used to dedupe saves. */
  canonicalUrl: string;
  /** Headline, without the site-name suffix. */
  title: string;
  /** Section / category ("Thời sự - Chính trị"), null when the page gives none. */
  section: string | null;
  /** Author line, including trailing initials such as "T.H"; null when none. */
  byline: string | null;
  /** ISO 8601 with offset (Vietnamese pages default to +07:00), null when unknown. */
  publishedAt: string | null;
  /** Publication name ("Tạp chí Cộng sản"), null when unknown. */
  siteName: string | null;
  /** BCP 47 language of the article, e.g. "vi". */
  lang: string;
  /** The sapo / standfirst paragraph, null when none. */
  lead: string | null;
  /** A short plain-text summary (lead or first paragraph), at most ~300 characters. */
  excerpt: string | null;
  /** Sanitized body HTML: no scripts, event handlers, javascript: URLs, forms or iframes. */
  html: string;
  /** Body text only (no title/byline), paragraphs separated by a blank line. */
  text: string;
  /** Figures of the body, in order. */
  images: ExtractedImage[];
  /** Number of words in text. */
  wordCount: number;
}
