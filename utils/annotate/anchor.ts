/**
 * Selectors ↔ text offsets, against the reader text (lead + body as indexText gives it).
 * describe(): a selection's offsets → [TextPositionSelector, TextQuoteSelector].
 * anchor(): position first; the quote verifies it; else an exact search for the quote scored by its
 * context; else a fuzzy match. Null means "orphan": the caller keeps and lists the annotation.
 */
import { matchQuote } from './match-quote';
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

const CONTEXT = 32;
/** Below this a fuzzy match is more likely wrong than right: keep the annotation as an orphan. */
const MIN_FUZZY_SCORE = 0.75;

/** The two selectors of text span [start, end) of `text`. */
export function describe(text: string, start: number, end: number): [TextPositionSelector, TextQuoteSelector] {
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
  ];
}

/** How an annotation was placed. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where the selectors point in `text` now, or null when they cannot be placed. */
export function anchor(text: string, selectors: readonly Selector[]): { start: number; end: number; method: AnchorMethod } | null {
  const pos = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (pos && (!quote || text.slice(pos.start, pos.end) === quote.exact) && pos.end <= text.length && pos.start < pos.end)
    return { start: pos.start, end: pos.end, method: 'position' };
  if (!quote) return null;
  const exact = exactMatch(text, quote, pos?.start);
  if (exact) return { ...exact, method: 'quote' };
  const fuzzy = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: pos?.start });
  return fuzzy && fuzzy.score >= MIN_FUZZY_SCORE ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

function exactMatch(text: string, q: TextQuoteSelector, hint: number | undefined): { start: number; end: number } | null {
  let best: { start: number; score: number } | null = null;
  for (let i = text.indexOf(q.exact); i !== -1; i = text.indexOf(q.exact, i + 1)) {
    const prefixOk = text.slice(Math.max(0, i - q.prefix.length), i).endsWith(q.prefix.slice(-8));
    const suffixOk = text.slice(i + q.exact.length).startsWith(q.suffix.slice(0, 8));
    const score = Number(prefixOk) + Number(suffixOk) - (hint === undefined ? 0 : Math.abs(i - hint) / (text.length + 1));
    if (!best || score > best.score) best = { start: i, score };
  }
  return best ? { start: best.start, end: best.start + q.exact.length } : null;
}
