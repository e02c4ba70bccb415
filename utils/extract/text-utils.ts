/** Small text helpers shared by the extractor modules. */

/** Collapses whitespace (incl. NBSP) to single spaces, trims, and normalises to NFC. */
export function normalizeSpace(text: string | null | undefined): string {
  const t = (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  // Only decomposed text needs the (costly, hot-loop) NFC pass: it carries combining marks.
  return /[\u0300-\u036f]/.test(t) ? t.normalize('NFC') : t;
}

/** Lower-cased, whitespace-normalised form for comparing two strings. */
export function comparable(text: string | null | undefined): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/[“”"‘’'«»]/g, '');
}

/** Characters of el's text that sit inside links; used for link density. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += normalizeSpace(a.textContent).length;
  return n;
}

/** Whitespace-separated words in text. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
