/**
 * Splits the normalised text into syllable tokens (letters and digits) and single punctuation
 * tokens, with offsets. Whitespace is never a token, so "TP.HCM" and "TP. HCM" tokenise alike.
 * This is the hot path (every syllable of every article), hence the per-code-unit tables of
 * char-info.ts and the token cache (key-cache.ts) instead of a regex per character and a string
 * per token.
 */
import type { Token } from './types.ts';
import { CLASS_BITS, classAt, CONTINUES, continuesAt, HAS_UPPER, INFO, infoOf, IRREGULAR, lowerOf, SPACE, UNKNOWN, WORD } from './char-info.ts';
import { cachedRow, remember, syncKeyCache } from './key-cache.ts';
import { addFacts, CAP, DIGIT, factsEpoch, TokenAt, UPPER, WORD as WORD_FLAG } from './token-facts.ts';
import { firstMask, keyId } from './vocab.ts';

// Key, id and case flags from the token's code units (char-info.ts tables), as a new facts row;
// runs once per distinct token thanks to the cache.
function deriveRow(text: string, start: number, end: number): number {
  const c0 = text.charCodeAt(start);
  const digit = c0 >= 48 && c0 <= 57;
  const cap = lowerOf(c0) !== c0;
  let flags = 0;
  let changed = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    flags |= infoOf(c);
    changed ||= lowerOf(c) !== c;
  }
  const key = flags & IRREGULAR ? text.slice(start, end).toLowerCase() : lowerSlice(text, start, end);
  const upper = cap && end - start >= 2 && (flags & HAS_UPPER) === 0 && changed;
  const id = keyId(key);
  const word = cap || (!digit && (infoOf(c0) & HAS_UPPER) !== 0);
  return addFacts(key, id, id < 0 ? 0 : firstMask(id), (cap ? CAP : 0) | (upper ? UPPER : 0) | (word ? WORD_FLAG : 0) | (digit ? DIGIT : 0));
}

function lowerSlice(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) out += String.fromCharCode(lowerOf(text.charCodeAt(k)));
  return out;
}

// An apostrophe inside a word belongs to it ("H'Hen", "K'Mák").
function isApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 39 || c === 0x2019) && i + 1 < text.length && classAt(text, i + 1) === WORD;
}

let scanHash = 0;
let scanHash2 = 0;

/**
 * End of the token starting at i (not a space); leaves the two hashes of its code units in
 * scanHash(2). Known code units are read straight from the INFO table and hashed inline: with a
 * call per character (classAt, continuesAt, hashStep) tokenize() alone took 44 ms per VNTC pass,
 * inline 36 ms (same process, interleaved runs).
 */
function tokenEnd(text: string, i: number, info: number): number {
  const c = text.charCodeAt(i);
  let h = c;
  let h2 = Math.imul(c, 0x01000193);
  let j = i + 1;
  if ((info & CLASS_BITS) === WORD) {
    for (const n = text.length; j < n; j++) {
      const cj = text.charCodeAt(j);
      const ij = INFO[cj]!;
      if (ij === UNKNOWN || (ij & CONTINUES) === 0) {
        if (ij === UNKNOWN ? !continuesAt(text, j) && !isApostrophe(text, j) : (cj !== 39 && cj !== 0x2019) || !isApostrophe(text, j)) break;
      }
      h = (Math.imul(h, 31) + cj) | 0;
      h2 = Math.imul(h2 ^ cj, 0x01000193);
    }
  } else if (c >= 0xd800 && c < 0xdc00) {
    const cj = text.charCodeAt(j++);
    h = (Math.imul(h, 31) + cj) | 0;
    h2 = Math.imul(h2 ^ cj, 0x01000193);
  }
  scanHash = h;
  scanHash2 = h2;
  return j;
}

// "ương", "TƯ" and the "T" of "T.Ư" (the keys that may end a written form of "Trung ương"), told
// from the code units alone: reading the cached facts here cost a memory access per token. A
// superset is fine: mergeCentral() checks the keys itself.
function mayBeCentral(text: string, i: number, j: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x54) return j - i === 1 || (j - i === 2 && text.charCodeAt(i + 1) === 0x1af);
  return (c === 0x1b0 || c === 0x1af) && j - i === 4;
}

/**
 * Tokenises the normalised text; "Trung ương", "TƯ", "T.Ư" and "T.W" all get the key "tw". The
 * tokens are valid until the next call (their facts rows may be reused then, see token-facts.ts).
 */
export function tokenize(text: string): TokenAt[] {
  syncKeyCache();
  const raw: TokenAt[] = [];
  // Where the merge pass must start ("Trung" before the first "ương"), or -1.
  let central = -1;
  for (let i = 0, n = text.length; i < n; ) {
    let info = INFO[text.charCodeAt(i)]!;
    if (info === UNKNOWN) info = classAt(text, i);
    if ((info & CLASS_BITS) === SPACE) {
      i++;
      continue;
    }
    const j = tokenEnd(text, i, info);
    let row = cachedRow(text, i, j, scanHash, scanHash2);
    if (row < 0) {
      row = deriveRow(text, i, j);
      remember(text, i, j, scanHash, scanHash2, row);
    }
    // (Reusing token objects across calls was tried and was ~20% slower overall: fresh tokens sit
    // contiguously in the young generation, which the matchers' token-by-token loops read better.)
    raw.push(new TokenAt(i, j, row));
    if (central < 0 && mayBeCentral(text, i, j)) central = Math.max(0, raw.length - 2);
    i = j;
  }
  // Most texts never write "Trung ương" in any form: skip the merge pass for them, and start it at
  // the first form for the others (the pass was ~2% of recognise()'s samples, CPU profile).
  return central >= 0 ? mergeCentral(raw, text, central) : raw;
}

// Facts rows of "tw" by flag bits, for the facts epoch they were made in.
const twRows = new Int32Array(16);
let twEpoch = -1;

function tw(t: Token, upper: boolean): number {
  if (twEpoch !== factsEpoch()) {
    twRows.fill(-1);
    twEpoch = factsEpoch();
  }
  const bits = (t.cap ? CAP : 0) | (upper ? UPPER : 0) | (t.word ? WORD_FLAG : 0) | (t.digit ? DIGIT : 0);
  if (twRows[bits]! < 0) {
    const id = keyId('tw');
    twRows[bits] = addFacts('tw', id, id < 0 ? 0 : firstMask(id), bits);
  }
  return twRows[bits]!;
}

// "Trung ương" is one concept written four ways; merging them lets one gazetteer entry
// ("Ban Tổ chức Trung ương") match "Ban Tổ chức T.Ư" and "Ban Tổ chức TW" too.
function mergeCentral(raw: TokenAt[], text: string, from: number): TokenAt[] {
  let out: TokenAt[] | null = null;
  for (let i = from; i < raw.length; i++) {
    const t = raw[i]!;
    let merged: TokenAt | null = null;
    // Every form starts with t/T: one code-unit test spares the other tokens their key reads.
    if ((text.charCodeAt(t.start) | 0x20) !== 0x74) merged = null;
    else if (t.key === 'trung' && raw[i + 1]?.key === 'ương') merged = new TokenAt(t.start, raw[++i]!.end, tw(t, t.upper));
    else if (t.key === 'tư' && t.upper && text.startsWith('TƯ', t.start)) merged = new TokenAt(t.start, t.end, tw(t, t.upper));
    else if (t.key === 't' && t.cap && isDottedW(raw, i)) merged = new TokenAt(t.start, raw[(i += 2)]!.end, tw(t, true));
    if (merged && !out) out = raw.slice(0, merged.start === t.start ? raw.indexOf(t) : i);
    if (out) out.push(merged ?? t);
  }
  return out ?? raw;
}

function isDottedW(raw: Token[], i: number): boolean {
  const dot = raw[i + 1];
  const w = raw[i + 2];
  return dot?.key === '.' && dot.start === raw[i]!.end && (w?.key === 'ư' || w?.key === 'w') && w.start === dot.end && w.cap;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
