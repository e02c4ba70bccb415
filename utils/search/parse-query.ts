/**
 * Parses what the user typed: "double-quoted" (or “curly-quoted”) phrases and plain terms. Every
 * term, phrase words included, is required (AND). The last term gets prefix matching when the
 * user is still typing it (no space or closing quote after it), for search-as-you-type.
 */
import { fold, normalizeVi } from './fold.ts';
import { queryTerms } from './tokenize.ts';

/** One required query term. */
export interface QueryTerm {
  /** Diacritic-folded form: what must match. */
  folded: string;
  /** Normalised accented form as typed: what earns the exact-diacritic bonus. */
  exact: string;
  /** Match as a prefix (the word being typed). */
  prefix: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** Required terms, deduplicated, in query order. */
  terms: QueryTerm[];
  /** One pattern per phrase, over folded text; a candidate must match each in some field. */
  phrases: RegExp[];
  /** All terms as one pattern over folded text (for highlighting); null when there are none. */
  pattern: RegExp | null;
}

// A quote opens a phrase that runs to the next quote or, while it is being typed, to the end.
const PHRASE = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]$/u;
// Words of a phrase may be separated by spaces, or by the joiners of a symbol ("35-CT/TW").
const GAP = '[\\s\\-/]+';
// Token edges as tokenize.ts draws them; a prefix term runs on to the end of its symbol run.
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const REST_OF_RUN = '(?:[\\p{L}\\p{N}]|[-/](?=[\\p{L}\\p{N}]))*';

function toTerms(text: string): QueryTerm[] {
  return queryTerms(normalizeVi(text)).map((exact) => ({ folded: fold(exact), exact, prefix: false }));
}

function escapeRe(s: string): string {
  // Only syntax characters: with the u flag, "\-" outside a class is an error.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The pattern finding `terms` in sequence in folded text; an open last word matches as a prefix. */
function phrasePattern(terms: readonly QueryTerm[], open: boolean): RegExp {
  const body = terms.map((t) => escapeRe(t.folded)).join(GAP);
  return new RegExp(`${BEFORE}${body}${open ? REST_OF_RUN : AFTER}`, 'gu');
}

// One regex for every term: scanning folded text with it is far cheaper than tokenising a whole
// article per hit. A term may be a syllable or a piece of a symbol ("ct/tw" in "35-ct/tw"), just
// as the index has them. Longest first, so "35-ct/tw" is tried before "35".
function termPattern(terms: readonly QueryTerm[]): RegExp | null {
  if (!terms.length) return null;
  const alts = terms.map((t) => escapeRe(t.folded) + (t.prefix ? REST_OF_RUN : '')).sort((a, b) => b.length - a.length);
  return new RegExp(`${BEFORE}(?:${alts.join('|')})${AFTER}`, 'gu');
}

function dedupe(terms: readonly QueryTerm[]): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const t of terms) {
    const key = `${t.exact}\u0000${t.prefix}`;
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

/** Parses `query` into required terms and phrase patterns. */
export function parseQuery(query: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const phrases: RegExp[] = [];
  const typing = WORD_CHAR.test(query);
  let last = 0;
  for (const m of query.matchAll(PHRASE)) {
    terms.push(...toTerms(query.slice(last, m.index)));
    const words = toTerms(m[1] ?? '');
    const open = typing && m.index + m[0].length === query.length && !/["“”„]$/.test(m[0].slice(1));
    if (open && words.length) words[words.length - 1]!.prefix = true;
    if (words.length) phrases.push(phrasePattern(words, open));
    terms.push(...words);
    last = m.index + m[0].length;
  }
  const tail = toTerms(query.slice(last));
  if (typing && tail.length) tail[tail.length - 1]!.prefix = true;
  terms.push(...tail);
  const unique = dedupe(terms);
  return { terms: unique, phrases, pattern: termPattern(unique) };
}
