/**
 * What the page's structure says: one block of prose, many teaser headlines, one dated byline or
 * a date on every teaser. Each reads a handful of elements; none walks all text of the page.
 */
import { looksLikeDate } from './dates';
import type { Signal } from './types';

// A paragraph shorter than this is a caption, a label or a one-line teaser, not body prose.
const MIN_PARAGRAPH = 50;
// Once one container holds this much prose the page is settled, so stop reading paragraphs.
const STRONG_BLOCK = { chars: 1200, paragraphs: 4 };

/**
 * Scores the largest block of prose: the paragraphs that share one parent. An article's body is
 * such a block; a listing's teaser summaries each sit in their own card, so its blocks stay small
 * however much text the page holds in total (this is what tells a section front from a story).
 */
export function textBlockSignal(doc: Document): Signal {
  const paragraphs = doc.getElementsByTagName('p');
  const blocks = new Map<Node | null, { chars: number; paragraphs: number }>();
  let best = { chars: 0, paragraphs: 0 };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const chars = (p.textContent ?? '').trim().length;
    if (chars < MIN_PARAGRAPH) continue;
    const block = blocks.get(p.parentNode) ?? { chars: 0, paragraphs: 0 };
    block.chars += chars;
    block.paragraphs += 1;
    blocks.set(p.parentNode, block);
    if (block.chars > best.chars) best = block;
    if (best.chars >= STRONG_BLOCK.chars && best.paragraphs >= STRONG_BLOCK.paragraphs) break;
  }
  const label = `main text block: ${best.paragraphs} paragraphs, ${best.chars} chars`;
  if (best.chars >= STRONG_BLOCK.chars && best.paragraphs >= STRONG_BLOCK.paragraphs) return { label, weight: 3 };
  if (best.chars >= 600 && best.paragraphs >= 3) return { label, weight: 2 };
  if (best.chars >= 300 && best.paragraphs >= 2) return { label, weight: 1 };
  if (best.chars < 150) return { label: 'no paragraph of prose', weight: -1 };
  return { label, weight: 0 };
}

/**
 * Scores teaser lists: headings that are links (h1–h4 containing or inside an <a>) and repeated
 * <article> cards. A story has one headline and a few "related" links; a front has dozens.
 */
export function teaserSignal(doc: Document): Signal | null {
  const articles = doc.getElementsByTagName('article').length;
  const linkedHeadings = doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4').length;
  const teasers = Math.max(linkedHeadings, articles);
  if (teasers >= 30) return { label: `${teasers} teaser headlines or <article> cards`, weight: -2 };
  if (teasers >= 10) return { label: `${teasers} teaser headlines or <article> cards`, weight: -1 };
  if (articles === 1) return { label: 'a single <article>', weight: 1 };
  return null;
}

// Where pages print dates: <time>, and elements whose class names a date, time or byline.
const DATE_HOLDERS = 'time, [class*="date"], [class*="time"], [class*="byline"]';
const PUBLISHED_META =
  'meta[property="article:published_time"], meta[itemprop="datePublished"], [itemprop="datePublished"]';
// Enough dated elements to call it a list of stories; reading more would only cost time.
const MANY_DATES = 8;

/** Counts dated elements, up to MANY_DATES; wrappers with many children are skipped unread. */
function countPrintedDates(doc: Document): number {
  let dated = 0;
  for (const el of doc.querySelectorAll(DATE_HOLDERS)) {
    // A "timeline" or "date-wrapper" around a whole list would cost a long textContent read.
    if (el.childElementCount > 4) continue;
    const text = el.getAttribute('datetime') ?? el.textContent ?? '';
    if (text.length <= 120 && looksLikeDate(text) && ++dated >= MANY_DATES) break;
  }
  return dated;
}

/** Scores the dateline: one publication date marks a story; a date on every teaser marks a list. */
export function datelineSignal(doc: Document): Signal | null {
  const printed = countPrintedDates(doc);
  if (printed >= MANY_DATES) return { label: `${printed}+ dated items`, weight: -1 };
  if (doc.querySelector(PUBLISHED_META)) return { label: 'published time in metadata', weight: 1 };
  if (printed >= 1) return { label: `dated byline (${printed} date${printed > 1 ? 's' : ''})`, weight: 1 };
  return null;
}
