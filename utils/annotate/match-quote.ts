/**
 * Finds the best place for a quote in a text, allowing for small edits: the approach of hypothesis's
 * match-quote.ts, on approx-string-match (Myers' bit-parallel algorithm, by the same author).
 * Candidates are scored on quote similarity (most), prefix and suffix similarity, and closeness to
 * the old position, so a quote that occurs twice lands where its context says.
 */
import search from 'approx-string-match';

/** A match of a quote in a text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, 1 = exact quote with exact context at the expected place. */
  score: number;
}

/** Context the quote was recorded with. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start. */
  hint?: number;
}

function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const matches = search(a, b, b.length);
  return 1 - (matches[0]?.errors ?? b.length) / b.length;
}

function candidates(text: string, quote: string, maxErrors: number) {
  if (quote.length <= 256) return search(text, quote, maxErrors);
  // Long quotes: match the first and last 128 characters, keep pairs of a plausible length.
  const head = search(text, quote.slice(0, 128), Math.min(32, maxErrors));
  const tail = search(text, quote.slice(-128), Math.min(32, maxErrors));
  return head.flatMap((h) =>
    tail
      .filter((t) => t.end > h.start && Math.abs(t.end - h.start - quote.length) <= maxErrors)
      .map((t) => ({ start: h.start, end: t.end, errors: h.errors + t.errors })),
  );
}

/** The best match of `quote` in `text` within the error budget, or null. */
export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  let best: QuoteMatch | null = null;
  for (const m of candidates(text, quote, maxErrors)) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = ctx.prefix ? similarity(text.slice(Math.max(0, m.start - ctx.prefix.length), m.start), ctx.prefix) : 1;
    const suffixScore = ctx.suffix ? similarity(text.slice(m.end, m.end + ctx.suffix.length), ctx.suffix) : 1;
    const posScore = ctx.hint === undefined ? 1 : 1 - Math.abs(m.start - ctx.hint) / Math.max(1, text.length);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
