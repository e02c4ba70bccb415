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
// One querySelectorAll('*') and JS tests beat selector lists: jsdom's matcher is slow on
// [class*=… i] lists (measured: 4× slower than this loop on the benchmark pages).
// aside/footer/svg: Readability drops them from its output anyway, but only after scoring them;
// removing them first makes it markedly cheaper (scripts/bench/extraction.ts).
const STRIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'object', 'embed', 'button', 'select', 'textarea', 'input', 'form',
  'aside', 'footer', 'svg', 'canvas',
]);
const STRIP_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|off-screen|fb-comments|comment-form)(?:\s|$)/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'legend', 'label', 'p', 'a', 'th', 'td']);
// CMSes write "BoxTitle", "CommentTitle", "box-title", "ads-label".
const HEADING_CLASS = /title|heading|label/i;
const MAX_HEADING = 60;
const MAX_BOX_TEXT = 200;

type Keep = (el: Element) => boolean;

/** Removes boilerplate from doc (a clone) in place; returns how many elements were removed. */
export function cleanBoilerplate(doc: Document, rule: SiteRule | null): number {
  const body = rule?.body ? doc.querySelector(rule.body) : null;
  const keep: Keep = (el) => el === doc.body || el === doc.documentElement || (!!body && el.contains(body));
  let removed = 0;
  if (rule?.strip?.length) for (const el of doc.querySelectorAll(rule.strip.join(','))) if (!keep(el)) (el.remove(), removed++);
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!el.isConnected) continue;
    const targets = isStripped(el) ? [stripTarget(el, keep)].filter((t) => t !== null) : headingTargets(el, keep);
    for (const t of targets) if (!keep(t)) (t.remove(), removed++);
  }
  return removed;
}

function isStripped(el: Element): boolean {
  if (STRIP_TAGS.has(el.localName)) return true;
  const cls = el.getAttribute('class');
  if (cls && STRIP_CLASS.test(cls)) return true;
  return el.id === 'comments' || el.getAttribute('role') === 'navigation' || el.hasAttribute('hidden');
}

function stripTarget(el: Element, keep: Keep): Element | null {
  return el.localName === 'form' ? formBox(el, keep) : el;
}

function headingTargets(el: Element, keep: Keep): Element[] {
  if (!HEADING_TAGS.has(el.localName) && !HEADING_CLASS.test(el.getAttribute('class') ?? '')) return [];
  return boilerplateTarget(el, keep);
}

/** A small form with its titled box ("Ý kiến bạn đọc" + form); null for a page-wrapping form. */
function formBox(form: Element, keep: Keep): Element | null {
  const own = normalizeSpace(form.textContent).length;
  if (own > 3000) return null;
  const parent = form.parentElement;
  if (!parent || keep(parent)) return form;
  return normalizeSpace(parent.textContent).length - own <= MAX_HEADING + 20 ? parent : form;
}

/** The elements to remove for a heading-like element, [] when it is not boilerplate. */
function boilerplateTarget(el: Element, keep: Keep): Element[] {
  const raw = el.textContent ?? '';
  if (raw.length > 400) return [];
  const text = normalizeSpace(raw);
  if (!text || text.length > MAX_HEADING) return inlineRelated(el, text);
  const isLink = el.localName === 'a';
  if (isLink ? !TOOL_LINK.test(text) : !EXACT_HEADING.test(text) && !PREFIX_HEADING.test(text)) return [];
  const box = climbBox(el, text.length, keep);
  if (box !== el || isLink) return [box];
  // "Từ khóa: <a>…</a>, <a>…</a>" in one element: the title and its links together.
  if (linkTextLength(el) / text.length > 0.5) return [el];
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
function climbBox(el: Element, headingLength: number, keep: Keep): Element {
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
