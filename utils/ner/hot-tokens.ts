/**
 * Per text, the tokens each step's loop may start a match at, listed in one pass over the tokens.
 * Measured on the VNTC texts, only ~3% of tokens may start a citation, ~5% a title, ~6% a place
 * or organ, ~4% a degree or introducer and ~13% a name (capitalised); the five step loops used to
 * test every token (mask, claim and case reads through the token objects) and now walk their own
 * short list. Measured on the bundled VNTC pass: both builds in one process, alternating (CPU
 * time), 0.70–0.99× the old time, median ~0.79× (that set-up favours the second-loaded build); in
 * separate alternating processes (30 runs each, 6 pairs), this with the row classes below and the
 * normalize/tokenize trims of the same change, 1.05–1.22× the median MB/s (median ~1.14×). The steps
 * keep all their per-token tests, so a list only needs to be a superset of the tokens that pass them.
 */
import type { Lexicon } from './lexicon.ts';
import { factsEpoch, factsRows, type TokenAt } from './token-facts.ts';
import type { Token } from './types.ts';

/** Token indices, ascending, per step (views of a shared buffer: valid until the next call). */
export interface HotTokens {
  /** Words that may start a document type (documentTypes.trie). */
  documents: Int32Array;
  /** Words whose mask meets `starts.title`. */
  titles: Int32Array;
  /** Tokens whose mask meets `starts.placeOrOrgan`: capitalised ones, or place prefixes. */
  placesOrOrgans: Int32Array;
  /** Words whose mask meets `starts.prefix`. */
  prefixes: Int32Array;
  /** Capitalised tokens (a name starts with one). */
  capitals: Int32Array;
}

let buffer = new Int32Array(5 << 12);

const DOCUMENT = 1;
const TITLE = 2;
const PLACE_OR_ORGAN = 4;
const PREFIX = 8;
const CAPITAL = 16;
const KNOWN = 128;

// The step bits of each facts row, derived from the row once (KNOWN marks a derived entry): a token
// then costs one read instead of its flags, mask and id (bundled VNTC pass, 4 alternating process
// pairs: 1.06–1.37× the MB/s of reading the facts per token). Valid for one facts epoch and lexicon.
let classes = new Uint8Array(1 << 12);
let classesEpoch = -1;
let classesLex: Lexicon | null = null;

// Only a place prefix ("tỉnh", "đường") starts a place or organ in lower case (match-organs.ts
// blockPlacesAndOrgans): that halves the list, from ~15% of the tokens to ~6% ("học", "công", …).
function placeOrOrganAt(t: Token, lex: Lexicon): boolean {
  const prefixBit = lex.placePrefixes.bit;
  if ((t.mask & lex.starts.placeOrOrgan) === 0) return false;
  return t.cap || (t.id >= 0 && (prefixBit === 0 || (t.mask & prefixBit) !== 0));
}

function classify(t: Token, lex: Lexicon): number {
  const docBit = lex.documentTypes.trie.bit;
  const { mask, word } = t;
  let bits = KNOWN | (t.cap ? CAPITAL : 0) | (placeOrOrganAt(t, lex) ? PLACE_OR_ORGAN : 0);
  if (!word) return bits;
  if ((mask & lex.starts.title) !== 0) bits |= TITLE;
  if ((mask & lex.starts.prefix) !== 0) bits |= PREFIX;
  if (t.id >= 0 && (docBit === 0 || (mask & docBit) !== 0)) bits |= DOCUMENT;
  return bits;
}

function classesFor(lex: Lexicon, rows: number): Uint8Array {
  if (classesEpoch !== factsEpoch() || classesLex !== lex) {
    classes.fill(0);
    [classesEpoch, classesLex] = [factsEpoch(), lex];
  }
  if (classes.length < rows) {
    const grown = new Uint8Array(rows * 2);
    grown.set(classes);
    classes = grown;
  }
  return classes;
}

/** Lists the hot tokens of `tokens` for each step (see the module comment). */
export function hotTokens(tokens: readonly TokenAt[], lex: Lexicon): HotTokens {
  const n = tokens.length;
  if (buffer.length < 5 * n) buffer = new Int32Array(5 * n * 2);
  const b = buffer;
  const cls = classesFor(lex, factsRows());
  let [d, ti, p, pr, c] = [0, n, 2 * n, 3 * n, 4 * n];
  for (let i = 0; i < n; i++) {
    const row = tokens[i]!.row;
    let k = cls[row]!;
    if (k === 0) k = cls[row] = classify(tokens[i]!, lex);
    if (k === KNOWN) continue;
    if (k & DOCUMENT) b[d++] = i;
    if (k & TITLE) b[ti++] = i;
    if (k & PLACE_OR_ORGAN) b[p++] = i;
    if (k & PREFIX) b[pr++] = i;
    if (k & CAPITAL) b[c++] = i;
  }
  return { documents: b.subarray(0, d), titles: b.subarray(n, ti), placesOrOrgans: b.subarray(2 * n, p), prefixes: b.subarray(3 * n, pr), capitals: b.subarray(4 * n, c) };
}

/** The position in `list` of the last entry before token `end`, from position `h` on. */
export function skipBefore(list: Int32Array, h: number, end: number): number {
  while (h + 1 < list.length && list[h + 1]! < end) h++;
  return h;
}
