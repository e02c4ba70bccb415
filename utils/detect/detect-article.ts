/**
 * detectArticle: "is this page one news or magazine article?", cheaply and without touching the
 * page. It runs at document_idle on every page of a news site, so it reads a few elements, never
 * parses the article, and stops as soon as the remaining signals could not change the verdict.
 * Weights were set on principle and checked against `npm run eval -- detection`.
 */
import {
  datelineSignal,
  listingShapeOf,
  ogTypeSignal,
  structuredDataSignal,
  teaserSignal,
  textBlockSignal,
  urlSignal,
} from './signals';
import type { Detection, Signal } from './types';

/** Score at or above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 3;

interface Check {
  /** Lowest and highest weight the check can return; used to stop early. */
  min: number;
  max: number;
  run: (doc: Document, url: string) => Signal | null;
}

// Cheapest first: the URL and <head> metadata cost almost nothing; the body walks come last.
const CHECKS: readonly Check[] = [
  { min: -2, max: 2, run: (_doc, url) => urlSignal(url) },
  { min: -3, max: 2, run: ogTypeSignal },
  { min: -2, max: 3, run: structuredDataSignal },
  { min: -2, max: 1, run: teaserSignal },
  { min: -1, max: 1, run: datelineSignal },
  { min: -1, max: 3, run: textBlockSignal },
];

const formatReason = ({ label, weight }: Signal) => `${label} (${weight >= 0 ? '+' : ''}${weight})`;

function verdict(score: number, reasons: string[]): Detection {
  return { isArticle: score >= ARTICLE_THRESHOLD, score, reasons };
}

/**
 * Decides whether `doc` is a single article. Read-only; never throws on odd pages.
 * @param url the page's address; listing shapes (/tag/, /tim-kiem, site root…) settle it at once.
 */
export function detectArticle(doc: Document, url: string): Detection {
  const listing = listingShapeOf(url);
  if (listing) return verdict(-4, [formatReason({ label: `listing URL: ${listing}`, weight: -4 })]);
  let score = 0;
  const reasons: string[] = [];
  for (let i = 0; i < CHECKS.length; i++) {
    const rest = CHECKS.slice(i);
    const best = score + rest.reduce((s, c) => s + c.max, 0);
    const worst = score + rest.reduce((s, c) => s + c.min, 0);
    if (best < ARTICLE_THRESHOLD || worst >= ARTICLE_THRESHOLD) {
      reasons.push(`verdict settled after ${i} of ${CHECKS.length} checks`);
      break;
    }
    const signal = safely(CHECKS[i]!, doc, url);
    if (!signal) continue;
    score += signal.weight;
    reasons.push(formatReason(signal));
  }
  return verdict(score, reasons);
}

/** Runs one check; a check that throws on a malformed document counts as no evidence. */
function safely(check: Check, doc: Document, url: string): Signal | null {
  try {
    return check.run(doc, url);
  } catch {
    return null;
  }
}
