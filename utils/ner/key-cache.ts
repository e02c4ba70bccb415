/**
 * Everything tokenize() derives from a token's characters (key, vocabulary id, case flags),
 * cached by those characters: a token seen before (most syllables of most texts) costs two hashes,
 * computed while scanning, and a probe; no new string, no Map lookup, no case pass. A hit needs the
 * length, both independent 32-bit hashes and the first and last code unit to agree (a false hit
 * would take a 64-bit collision between two syllables). Open addressing over a fixed table, so
 * memory stays bounded however many texts pass; once the table is half full new tokens are simply
 * not cached.
 */
import { vocabVersion } from './vocab.ts';

/** The character-derived fields of a token. */
export interface TokenFacts {
  key: string;
  id: number;
  /** Bits of the tries that have an entry starting with this key (vocab.ts). */
  mask: number;
  /** A key that may end a written form of "Trung ương" ("ương", "TƯ", "T" of "T.Ư"). */
  central: boolean;
  cap: boolean;
  upper: boolean;
  word: boolean;
  digit: boolean;
}

const SIZE = 1 << 15;
const MASK = SIZE - 1;
// A slot is taken when its generation is the current one, so emptying the cache is one increment
// (it happens on every vocabulary change while the gazetteers compile).
const gens = new Int32Array(SIZE);
let gen = 1;
const hashes = new Int32Array(SIZE);
const hashes2 = new Int32Array(SIZE);
// Length, first and last code unit of the cached token: lengths[slot] << 32 is too wide, so three arrays.
const lengths = new Int32Array(SIZE);
const firsts = new Uint16Array(SIZE);
const lasts = new Uint16Array(SIZE);
const NONE: TokenFacts = { key: '', id: -1, mask: 0, central: false, cap: false, upper: false, word: false, digit: false };
const facts: TokenFacts[] = new Array<TokenFacts>(SIZE).fill(NONE);
let count = 0;
// Ids and masks are only valid for the vocabulary they were read from (it grows while gazetteers
// compile).
let builtFor = -1;

/** Empties the cache if the vocabulary changed since it was filled; call once per text. */
export function syncKeyCache(): void {
  if (builtFor === vocabVersion()) return;
  gen++;
  count = 0;
  builtFor = vocabVersion();
}

/** Hash step over code units (polynomial); start from 0. */
export const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;
/** Second, independent hash step (FNV-1a style); start from 0. */
export const hashStep2 = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/**
 * The facts of token `text[start, end)` whose hashes are `hash` and `hash2`; `derive` computes them
 * on a miss.
 */
export function cachedFacts(text: string, start: number, end: number, hash: number, hash2: number, derive: (text: string, start: number, end: number) => TokenFacts): TokenFacts {
  const length = end - start;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  let slot = (hash ^ (hash >>> 15)) & MASK;
  for (; gens[slot] === gen; slot = (slot + 1) & MASK) {
    if (hashes[slot] === hash && hashes2[slot] === hash2 && lengths[slot] === length && firsts[slot] === first && lasts[slot] === last) return facts[slot]!;
  }
  const derived = derive(text, start, end);
  if (count < SIZE >> 1) {
    gens[slot] = gen;
    hashes[slot] = hash;
    hashes2[slot] = hash2;
    lengths[slot] = length;
    firsts[slot] = first;
    lasts[slot] = last;
    facts[slot] = derived;
    count++;
  }
  return derived;
}
