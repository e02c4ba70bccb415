/**
 * Splits already normalised or folded text into search terms. Vietnamese words are written as
 * space-separated syllables, so a syllable is the unit; punctuation separates. Document symbols
 * ("35-CT/TW", "15/2020/NĐ-CP") are one run of syllables joined by "-" or "/": the whole run is a
 * term, so is each syllable and each shorter contiguous piece of it ("CT/TW", "15/2020", "NĐ-CP"),
 * so that a symbol is found whole, by number/year or by type, in any position of the query.
 * Symbols are rare, so the extra terms cost little. Nothing here changes case or diacritics:
 * callers normalise or fold (fold.ts) first.
 */

/** One term with its offsets in the text it was cut from. */
export interface SearchToken {
  /** The text between start and end. */
  term: string;
  start: number;
  end: number;
  /** True when the token lies inside a longer symbol run (a syllable or a shorter piece of it). */
  part: boolean;
}

// Letters and digits; a combining mark continues a word (NFD input). A run may be joined by "-" or
// "/" only between word characters, so "a - b" and "1/" stay separate.
const RUN = /[\p{L}\p{N}\p{M}]+(?:[-/][\p{L}\p{N}\p{M}]+)*/gu;
const PIECE = /[^-/]+/g;

type Emit = (term: string, start: number, end: number, part: boolean) => void;

function emitRun(run: string, start: number, emit: Emit): void {
  emit(run, start, start + run.length, false);
  if (!run.includes('-') && !run.includes('/')) return;
  const pieces = [...run.matchAll(PIECE)];
  for (let i = 0; i < pieces.length; i++) {
    const from = pieces[i]!.index;
    // Pieces i..j for every j, except the whole run, which is emitted above.
    for (let j = i; j < pieces.length && (i > 0 || j < pieces.length - 1); j++) {
      const to = pieces[j]!.index + pieces[j]![0].length;
      emit(run.slice(from, to), start + from, start + to, true);
    }
  }
}

function eachToken(text: string, emit: Emit): void {
  for (const m of text.matchAll(RUN)) emitRun(m[0], m.index, emit);
}

/** Every token of `text` with offsets, symbol parts included (for highlighting and phrases). */
export function tokenizeSearch(text: string): SearchToken[] {
  const out: SearchToken[] = [];
  eachToken(text, (term, start, end, part) => out.push({ term, start, end, part }));
  return out;
}

/** The terms of `text` as the index stores them: every token, symbol parts included. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (term) => out.push(term));
  return out;
}

/** The terms a query asks for: whole runs only, so "35-CT/TW" is one term, not four. */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (term, _s, _e, part) => {
    if (!part) out.push(term);
  });
  return out;
}
