/**
 * Maps a token's characters to its facts row (token-facts.ts), so everything tokenize() derives
 * from them (key, vocabulary id, case flags) is derived once per distinct token: a token seen
 * before (most syllables of most texts) costs two hashes, computed while scanning, and a probe; no
 * new string, no Map lookup, no case pass. A hit needs the length, both independent 32-bit hashes
 * and the first code unit to agree (a false hit would take a 64-bit collision between two
 * syllables of the same length). Open addressing over a fixed table, so memory stays bounded
 * however many texts pass; once the table is half full it is emptied at the next text.
 */
import { clearFacts } from './token-facts.ts';
import { vocabVersion } from './vocab.ts';

const SIZE = 1 << 15;
const MASK = SIZE - 1;
const LIMIT = SIZE >> 1;
// One slot is four int32 in one array, [hash, hash2, gen << 16 | length, first << 16 | row], so a
// probe touches one cache line. With seven parallel arrays (one per field) a probe touched seven,
// and the probes cost 20 of tokenize()'s 39 ms per VNTC pass; interleaved, ~15 of 36 ms (cache misses:
// a hot token's slot is one random line of a 512 KB table).
const slots = new Int32Array(SIZE * 4);
// A slot is taken when its generation is the current one, so emptying the cache is one increment.
// 16 bits: on wrap-around the table is zeroed, so a stale slot can never look current.
let gen = 1;
let count = 0;
// A row was made for a token the cache could not keep (full, or too long).
let overflow = false;
// Ids and masks are only valid for the vocabulary they were read from (it grows while gazetteers
// compile).
let builtFor = -1;
// Longer tokens are never cached: the length must fit 16 bits of a slot word.
const MAX_LENGTH = 0xffff;

/**
 * Empties the cache and the facts rows if the vocabulary changed or the cache is full; call once
 * per text, before its first probe (rows of earlier texts may then be gone).
 */
export function syncKeyCache(): void {
  // Uncached tokens got rows too: forget them with the rest rather than let rows pile up.
  if (builtFor === vocabVersion() && !overflow) return;
  gen = (gen + 1) & 0xffff;
  if (gen === 0) {
    slots.fill(0);
    gen = 1;
  }
  count = 0;
  overflow = false;
  clearFacts();
  builtFor = vocabVersion();
}

// Where the last miss would be stored (probe leaves it for remember()).
let freeSlot = -1;

/** The facts row of token `text[start, end)` whose hashes are `hash` and `hash2`, or -1. */
export function cachedRow(text: string, start: number, end: number, hash: number, hash2: number): number {
  const length = end - start;
  freeSlot = -1;
  if (length > MAX_LENGTH) return -1;
  const genLength = (gen << 16) | length;
  const first = text.charCodeAt(start);
  let slot = (hash ^ (hash >>> 15)) & MASK;
  for (let at = slot * 4; slots[at + 2]! >>> 16 === gen; slot = (slot + 1) & MASK, at = slot * 4) {
    if (slots[at] === hash && slots[at + 1] === hash2 && slots[at + 2] === genLength && slots[at + 3]! >>> 16 === first) return slots[at + 3]! & 0xffff;
  }
  if (count < LIMIT) freeSlot = slot;
  return -1;
}

/** Caches `row` for the token of the last cachedRow() miss, if there is room. */
export function remember(text: string, start: number, end: number, hash: number, hash2: number, row: number): void {
  if (freeSlot < 0 || row > 0xffff) {
    overflow = true;
    return;
  }
  const at = freeSlot * 4;
  slots[at] = hash;
  slots[at + 1] = hash2;
  slots[at + 2] = (gen << 16) | (end - start);
  slots[at + 3] = (text.charCodeAt(start) << 16) | row;
  count++;
  freeSlot = -1;
}
