/**
 * detectArticle: "is this page one news or magazine article?", cheaply and without touching the
 * page. It runs at document_idle on every page of a news site, so it reads a few elements, never
 * parses the article, and stops as soon as the remaining signals could not change the verdict.
 * Weights were set on principle and checked against `npm run eval -- detection`.
 */
import {
  datelineSignal,
  listingShapeOf,
  metaOf,
  ogTypeSignal,
  structuredDataSignal,
  teaserSignal,
  textBlockSignal,
  urlSignal,
} from './signals';
import type { Detection, Signal } from './types';

/** Score at or above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 3;

/** What every check may read; <meta> elements are collected once for all of them. */
interface Page {
  doc: Document;
  url: string;
  meta: Map<string, string>;
}

interface Check {
  /** Lowest and highest weight the check can return; used to stop early. */
  min: number;
  max: number;
  run: (page: Page) => Signal | null;
}

// Cheapest first: the URL and <head> metadata cost almost nothing; the body reads come last.
const CHECKS: readonly Check[] = [
  { min: -2, max: 2, run: (p) => urlSignal(p.url) },
  { min: -3, max: 2, run: (p) => ogTypeSignal(p.meta) },
  { min: -2, max: 3, run: (p) => structuredDataSignal(p.doc) },
  { min: -2, max: 1, run: (p) => teaserSignal(p.doc) },
  { min: -1, max: 1, run: (p) => datelineSignal(p.doc, p.meta) },
  // Prose last: the strongest body signal but the dearest read (it may fall back to every <div>).
  { min: -1, max: 3, run: (p) => textBlockSignal(p.doc) },
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
  const page: Page = { doc, url, meta: safely(() => metaOf(doc)) ?? new Map() };
  for (let i = 0; i < CHECKS.length; i++) {
    const rest = CHECKS.slice(i);
    const best = score + rest.reduce((s, c) => s + c.max, 0);
    const worst = score + rest.reduce((s, c) => s + c.min, 0);
    if (best < ARTICLE_THRESHOLD || worst >= ARTICLE_THRESHOLD) {
      reasons.push(`verdict settled after ${i} of ${CHECKS.length} checks`);
      break;
    }
    const check = CHECKS[i]!;
    const signal = safely(() => check.run(page));
    if (!signal) continue;
    score += signal.weight;
    reasons.push(formatReason(signal));
  }
  return verdict(score, reasons);
}

/** Runs one read; a read that throws on a malformed document counts as no evidence. */
function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
