/**
 * Generic boilerplate removal on the clone, before Readability: Vietnamese CMS boxes (reader-comment
 * forms, "Bài cùng chuyên mục", print-issue boxes, share/print bars, tag lists) and their English
 * equivalents. Two cheap passes: one combined selector for elements that are never body text, and
 * one for short heading-like elements whose text names a boilerplate box. A box is removed only
 * when it holds little non-link text, so real body paragraphs survive (see boilerplate.test.ts).
 */
import type { SiteRule } from './site-rules.ts';
import { EXACT_HEADING, PREFIX_HEADING, TOOL_LINK } from './boilerplate-words.ts';
import { linkTextLength, normalizeSpace } from './text-utils.ts';

// Never article text. Forms are judged by size below: ASP.NET pages wrap the whole page in one.
const STRIP = [
  'script', 'style', 'noscript', 'template', 'nav', '[role="navigation"]', 'iframe', 'object', 'embed',
  'button', 'select', 'textarea', 'input', '[hidden]', '.sr-only', '.visually-hidden',
  '.screen-reader-text', '.off-screen', '#comments', '.fb-comments', '.comment-form', 'form',
].join(',');
const HEADINGS = 'h1,h2,h3,h4,h5,h6,strong,b,legend,label,p,a,th,td,[class*="title"],[class*="heading"]';
const MAX_HEADING = 60;
const MAX_BOX_TEXT = 200;

/** Removes boilerplate from doc (a clone) in place; returns how many elements were removed. */
export function cleanBoilerplate(doc: Document, rule: SiteRule | null): number {
  const body = rule?.body ? doc.querySelector(rule.body) : null;
  const keep = (el: Element) => el === doc.body || el === doc.documentElement || (!!body && el.contains(body));
  let removed = removeStripped(doc, rule, keep);
  for (const el of doc.querySelectorAll(HEADINGS)) {
    if (!el.isConnected) continue;
    const target = boilerplateTarget(el, keep);
    for (const t of target) t.remove();
    removed += target.length;
  }
  return removed;
}

function removeStripped(doc: Document, rule: SiteRule | null, keep: (el: Element) => boolean): number {
  const selector = rule?.strip?.length ? `${STRIP},${rule.strip.join(',')}` : STRIP;
  let n = 0;
  for (const el of doc.querySelectorAll(selector)) {
    if (keep(el) || (el.localName === 'form' && (el.textContent ?? '').length > 3000)) continue;
    el.remove();
    n++;
  }
  return n;
}

/** The elements to remove for a heading-like element, [] when it is not boilerplate. */
function boilerplateTarget(el: Element, keep: (el: Element) => boolean): Element[] {
  const raw = el.textContent ?? '';
  if (raw.length > 400) return [];
  const text = normalizeSpace(raw);
  if (!text || text.length > MAX_HEADING) return inlineRelated(el, text);
  const isLink = el.localName === 'a';
  if (isLink ? !TOOL_LINK.test(text) : !EXACT_HEADING.test(text) && !PREFIX_HEADING.test(text)) return [];
  const box = climbBox(el, text.length, keep);
  if (box !== el || isLink) return [box];
  return followingLinkLists(el);
}

// "Xem thêm: <a>…</a>" / "Từ khóa: a, b, c" paragraphs longer than a heading but mostly links.
function inlineRelated(el: Element, text: string): Element[] {
  if (el.localName !== 'p' || !PREFIX_HEADING.test(text)) return [];
  return linkTextLength(el) / text.length > 0.5 ? [el] : [];
}

function isBox(el: Element, headingLength: number): boolean {
  const text = normalizeSpace(el.textContent).length - headingLength;
  if (text <= 0) return true;
  const links = linkTextLength(el);
  return text - links <= MAX_BOX_TEXT || links / text > 0.6;
}

/** The largest ancestor (up to 6 levels) that is still a small or link-dense box. */
function climbBox(el: Element, headingLength: number, keep: (el: Element) => boolean): Element {
  let box = el;
  for (let i = 0; i < 6; i++) {
    const parent = box.parentElement;
    if (!parent || keep(parent) || parent.querySelector('h1')) break;
    if (!isBox(parent, headingLength)) break;
    box = parent;
  }
  return box;
}

// A related-links heading inside body text: drop it with the link lists right after it, if any.
function followingLinkLists(el: Element): Element[] {
  const out: Element[] = [];
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    const len = normalizeSpace(s.textContent).length;
    if (!len || linkTextLength(s) / len < 0.6) break;
    out.push(s);
  }
  return out.length ? [el, ...out] : [];
}
