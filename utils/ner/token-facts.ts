/**
 * The facts a token shares with every token of the same characters (key, vocabulary id, trie mask,
 * case flags), stored densely: one row per distinct token, in typed arrays, numbered in order of
 * first sight. A token is then three small integers (start, end, row) and reading `t.mask` or
 * `t.cap` reads a hot typed array instead of following a pointer to an object somewhere in the
 * heap. Measured on the VNTC pass (CPU profile): reads through facts objects were ~15% of
 * recognise()'s samples (tokenize() touching each one, then the matchers' getters); the row reads
 * are ~6%. End to end the gain is within this machine's noise (paired runs: 0.78–1.25× the old
 * time, median ~0.93×).
 *
 * Rows are only valid until the store is reset (clearFacts: when the vocabulary changes, i.e. while
 * the gazetteers compile, or when the key cache overflowed). tokenize() resets only at its start,
 * so tokens are valid until the next tokenize() call; recognise() holds none longer.
 */
import type { Token } from './types.ts';

/** A flag bit of a row: the first character is an upper-case letter. */
export const CAP = 1;
/** A flag bit of a row: two or more letters, all upper case. */
export const UPPER = 2;
/** A flag bit of a row: starts with a letter. */
export const WORD = 4;
/** A flag bit of a row: starts with a digit. */
export const DIGIT = 8;

let flags = new Uint8Array(1 << 12);
let ids = new Int32Array(1 << 12);
let masks = new Int32Array(1 << 12);
const keys: string[] = [];
let rows = 0;
let epoch = 0;

function grow(): void {
  const size = flags.length * 2;
  const f = new Uint8Array(size);
  const i = new Int32Array(size);
  const m = new Int32Array(size);
  f.set(flags);
  i.set(ids);
  m.set(masks);
  [flags, ids, masks] = [f, i, m];
}

/** Adds a row and returns its number. */
export function addFacts(key: string, id: number, mask: number, flagBits: number): number {
  if (rows === flags.length) grow();
  flags[rows] = flagBits;
  ids[rows] = id;
  masks[rows] = mask;
  keys[rows] = key;
  return rows++;
}

/** Forgets every row (see the module comment for when). */
export function clearFacts(): void {
  rows = 0;
  epoch++;
}

/** How many rows there are. */
export function factsRows(): number {
  return rows;
}

/** Changes on every clearFacts(), so a cache of rows knows when to forget them. */
export function factsEpoch(): number {
  return epoch;
}

/** Flag bits of row `row`. */
export function flagsOf(row: number): number {
  return flags[row]!;
}

/** A token: offsets plus its facts row; three small integers, so nothing to trace for the GC. */
export class TokenAt implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** The facts row (hot-tokens.ts keys a per-row cache by it). */
    readonly row: number,
  ) {}
  get key(): string { return keys[this.row]!; }
  get id(): number { return ids[this.row]!; }
  get mask(): number { return masks[this.row]!; }
  get cap(): boolean { return (flags[this.row]! & CAP) !== 0; }
  get upper(): boolean { return (flags[this.row]! & UPPER) !== 0; }
  get word(): boolean { return (flags[this.row]! & WORD) !== 0; }
  get digit(): boolean { return (flags[this.row]! & DIGIT) !== 0; }
}
