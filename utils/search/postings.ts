/**
 * The data shapes of the inverted index (inverted-index.ts): fields and their boosts, postings
 * with per-field term frequencies packed 8 bits a field, and the delta-coded form JSON stores.
 */

/** Per-field boosts, in packing order; the body first so its frequencies pack into small numbers. */
export const FIELD_BOOSTS = { text: 1, title: 3, notes: 1.5, tags: 2 } as const;
/** A field of the index, in packing order. */
export type IndexField = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];
/** Boost of each field, by field number. */
export const BOOSTS: readonly number[] = FIELDS.map((f) => FIELD_BOOSTS[f]);
/** Number of fields. */
export const NF = FIELDS.length;

/** One term's postings: ascending document numbers and their packed frequencies. */
export interface Postings {
  docs: number[];
  tfs: number[];
}

/** One alternative of a query group: a term, matched whole or as a prefix. */
export interface TermAlt {
  term: string;
  prefix: boolean;
}

/** Plain-data form of an index, as JSON stores it. */
export interface InvertedIndexData {
  ids: string[];
  lengths: number[];
  /** [term, delta-coded doc numbers and packed frequencies interleaved]. */
  terms: [string, number[]][];
}

/** Term frequencies of one document, packed per field, keyed by term. */
export type DocTerms = Map<string, number>;

/** Adds one occurrence of `term` in field `f` to `into` (frequencies saturate at 255). */
export function countTerm(into: DocTerms, term: string, f: number): void {
  const packed = into.get(term) ?? 0;
  if (((packed >>> (8 * f)) & 255) < 255) into.set(term, packed + (1 << (8 * f)));
}

/** Index of field `name` in the packing order. */
export function fieldNumber(name: IndexField): number {
  return FIELDS.indexOf(name);
}

/** Postings as one flat array: doc-number gaps and packed frequencies interleaved (small JSON). */
export function encodePostings(p: Postings): number[] {
  const flat: number[] = [];
  for (let i = 0; i < p.docs.length; i++) flat.push(p.docs[i]! - (i ? p.docs[i - 1]! : 0), p.tfs[i]!);
  return flat;
}

/** Inverse of encodePostings. */
export function decodePostings(flat: readonly number[]): Postings {
  const p: Postings = { docs: [], tfs: [] };
  for (let i = 0, n = 0; i < flat.length; i += 2) {
    p.docs.push((n += flat[i]!));
    p.tfs.push(flat[i + 1]!);
  }
  return p;
}

/** First index in sorted `xs` whose value is ≥ `x`. */
export function lowerBound(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
