/**
 * What the page's layout says: many teaser headlines, one dated byline or a timestamp on every
 * teaser. Each reads a handful of elements; none reads all text of the page.
 */
import { looksLikeDate } from './dates';
import type { Signal } from './types';

/** True when a heading is a link or holds one, as teaser headlines are. */
const isLinked = (h: Element) => h.firstElementChild?.localName === 'a' || h.parentElement?.localName === 'a';
// Enough linked headings to call the page a front; counting further would only cost time.
const MANY_TEASERS = 30;
const MAX_HEADINGS = 60;

/** Counts linked h1–h4 headings, up to MANY_TEASERS, reading at most MAX_HEADINGS of them. */
function countLinkedHeadings(doc: Document): number {
  let linked = 0;
  let read = 0;
  for (const tag of ['h2', 'h3', 'h1', 'h4']) {
    for (const h of doc.getElementsByTagName(tag)) {
      if (isLinked(h)) linked++;
      if (linked >= MANY_TEASERS || ++read >= MAX_HEADINGS) return linked;
    }
  }
  return linked;
}

/**
 * Scores teaser lists: headings that are links (h1–h4 inside or around an <a>) and repeated
 * <article> cards. A story has one headline and a few "related" links; a front has dozens.
 */
export function teaserSignal(doc: Document): Signal | null {
  const articles = doc.getElementsByTagName('article').length;
  const teasers = Math.max(countLinkedHeadings(doc), articles);
  if (teasers >= MANY_TEASERS) return { label: `${teasers}+ teaser headlines or <article> cards`, weight: -2 };
  if (teasers >= 10) return { label: `${teasers} teaser headlines or <article> cards`, weight: -1 };
  if (articles === 1) return { label: 'a single <article>', weight: 1 };
  return null;
}

// A list of stories stamps each teaser; a story prints one or two <time>s.
const MANY_TIMES = 8;

/** The story headline: the first <h1> of at least four words (fronts use one-word h1s for the logo). */
function headlineOf(doc: Document): Element | null {
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 10; i++) {
    if ((h1s.item(i)!.textContent ?? '').trim().split(/\s+/).length >= 4) return h1s.item(i);
  }
  return h1s.item(0);
}

function holdsDate(el: Element | null): boolean {
  // Skip containers (the body, a teaser rail): their text is long and would cost a full read.
  if (!el || el.childElementCount > 12) return false;
  const text = el.textContent ?? '';
  return text.length <= 400 && looksLikeDate(text);
}

/** True when a printed date sits beside the headline: in its siblings or its parents' siblings. */
function dateNearHeadline(doc: Document): boolean {
  let el = headlineOf(doc);
  for (let level = 0; level < 3 && el; level++, el = el.parentElement) {
    const prev = el.previousElementSibling;
    if (holdsDate(prev) || holdsDate(prev?.previousElementSibling ?? null)) return true;
    let next = el.nextElementSibling;
    for (let i = 0; i < 4 && next; i++, next = next.nextElementSibling) if (holdsDate(next)) return true;
  }
  return false;
}

/** Scores the dateline: one publication date marks a story; a timestamp on every teaser marks a list. */
export function datelineSignal(doc: Document, meta: Map<string, string>): Signal | null {
  const times = doc.getElementsByTagName('time').length;
  if (times >= MANY_TIMES) return { label: `${times} <time> stamps`, weight: -1 };
  if (meta.has('article:published_time')) return { label: 'article:published_time in <meta>', weight: 1 };
  if (dateNearHeadline(doc)) return { label: 'dated byline beside the headline', weight: 1 };
  return null;
}
