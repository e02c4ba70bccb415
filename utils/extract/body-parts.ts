/**
 * Parts of Readability's output that are separate fields, not body text: the sapo (lead), the
 * trailing author signature and a repeated headline. Each is removed from the body root in place.
 */
import { isSignature } from './byline.ts';
import { toParagraphs } from './body-text.ts';
import { comparable, normalizeSpace } from './text-utils.ts';

const BLOCKS = 'p, div, h2, h3, h4, h5, h6, li, td, blockquote, strong, b, em, i, span';

/** The outermost ancestor of el (below root) whose text is the same as el's. */
function outermostSame(el: Element, root: Element): Element {
  const text = normalizeSpace(el.textContent);
  let out = el;
  while (out.parentElement && out.parentElement !== root && normalizeSpace(out.parentElement.textContent) === text) {
    out = out.parentElement;
  }
  return out;
}

const INNER_BLOCK = 'p, div, h2, h3, h4, h5, h6, blockquote';

/**
 * Removes the first (or, with `all`, every) of the first `limit` non-empty leaf blocks whose text
 * passes test; returns the text of the first one removed.
 */
function removeMatching(root: Element, test: (text: string) => boolean, limit = 8, all = false): string | null {
  let found: string | null = null;
  const blocks = root.querySelectorAll(INNER_BLOCK);
  for (let i = 0; i < blocks.length; i++) {
    const el = blocks[i]!;
    // Wrappers are skipped: their text is the whole body, never the lead or the headline. In
    // document order a wrapper's first block descendant comes right after it.
    const next = blocks[i + 1];
    if (next && el.contains(next)) continue;
    const text = normalizeSpace(el.textContent);
    if (!text) continue;
    if (test(text)) {
      outermostSame(el, root).remove();
      found ??= text;
      if (!all) break;
    }
    if (--limit <= 0) break;
  }
  return found;
}

/**
 * Finds the lead, removes it from the body, and returns it: the page's sapo element; else
 * og:description when it matches an early paragraph; else an early paragraph that is all bold.
 */
export function takeLead(root: Element, sapo: string | null, description: string | null): string | null {
  if (sapo) {
    const want = comparable(sapo);
    removeMatching(root, (t) => comparable(t) === want);
    return sapo;
  }
  const desc = comparable(description).replace(/(\.\.\.|…)$/, '').trim();
  if (desc.length >= 40) {
    const found = removeMatching(root, (t) => comparable(t).startsWith(desc), 3);
    if (found) return found;
  }
  return removeMatching(root, (t) => t.length >= 60 && isAllBold(root, t), 1);
}

function isAllBold(root: Element, text: string): boolean {
  for (const b of root.querySelectorAll('strong, b')) {
    const t = normalizeSpace(b.textContent);
    if (t === text) return true;
    if (t) return false;
  }
  return false;
}

/** Removes and returns the trailing signature line ("T.H", "Theo TTXVN"), or null. */
export function takeSignature(root: Element): string | null {
  const all = root.querySelectorAll(BLOCKS);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (!normalizeSpace(el.textContent)) continue;
    // "PGS.TS Nguyễn Văn A<br>Học viện …": the name is the first line, the affiliation goes with it.
    const lines = toParagraphs(el).join('\n').split('\n');
    const name = lines[0] ?? '';
    if (lines.length > 3 || !isSignature(name)) return null;
    outermostSame(el, root).remove();
    return name;
  }
  return null;
}

// A dateline Readability kept from the header: "Updated 1:39 am EST, …", "Thứ bảy, 07/11/2020 - 15:54".
const DATELINE = /^(?:updated|published|posted|cập nhật|ngày đăng|đăng lúc|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|\d{1,2}[:h]\d{2}'?\s|\d{1,2}[/-]\d{1,2}[/-]\d{4})/iu;

/**
 * Removes header lines Readability sometimes keeps at the top of the body: the headline again,
 * the byline, a dateline, the page URL. Only the first few leaf blocks are looked at.
 */
export function dropHeaderLines(root: Element, title: string, byline: string | null): void {
  const known = new Set([comparable(title), comparable(byline), `by ${comparable(byline)}`].filter((t) => t.length > 2));
  const isHeader = (t: string) =>
    known.has(comparable(t)) || (t.length <= 80 && DATELINE.test(t)) || /^https?:\/\/\S+$/.test(t);
  removeMatching(root, isHeader, 8, true);
}
