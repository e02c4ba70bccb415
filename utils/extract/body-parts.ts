/**
 * Parts of Readability's output that are separate fields, not body text: the sapo (lead), the
 * trailing author signature and a repeated headline. Each is removed from the body root in place.
 */
import { isSignature } from './byline.ts';
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

/** Removes the first of the first `limit` non-empty leaf blocks whose text passes test; returns its text. */
function removeMatching(root: Element, test: (text: string) => boolean, limit = 8): string | null {
  for (const el of root.querySelectorAll(INNER_BLOCK)) {
    // Wrappers are skipped: their text is the whole body, never the lead or the headline.
    if (el.querySelector(INNER_BLOCK)) continue;
    const text = normalizeSpace(el.textContent);
    if (!text) continue;
    if (test(text)) {
      outermostSame(el, root).remove();
      return text;
    }
    if (--limit <= 0) break;
  }
  return null;
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
    const text = normalizeSpace(el.textContent);
    if (!text) continue;
    if (!isSignature(text)) return null;
    outermostSame(el, root).remove();
    return text;
  }
  return null;
}

/** Removes a leading paragraph that repeats the headline. */
export function dropRepeatedTitle(root: Element, title: string): void {
  const want = comparable(title);
  if (want) removeMatching(root, (t) => comparable(t) === want, 2);
}
