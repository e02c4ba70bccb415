/**
 * Splits the normalised text into syllable tokens (letters and digits) and single punctuation
 * tokens, with offsets. Whitespace is never a token, so "TP.HCM" and "TP. HCM" tokenise alike.
 * This is the hot path (every syllable of every article), hence the per-code-unit tables of
 * char-info.ts and the token cache (key-cache.ts) instead of a regex per character and a string
 * per token.
 */
import type { Token } from './types.ts';
import { classAt, continuesAt, HAS_UPPER, infoOf, IRREGULAR, lowerOf, SPACE, WORD } from './char-info.ts';
import { cachedFacts, hashStep, hashStep2, syncKeyCache, type TokenFacts } from './key-cache.ts';
import { firstMask, keyId } from './vocab.ts';

// Key, id and case flags from the token's code units (char-info.ts tables); runs once per distinct
// token thanks to the cache.
function deriveFacts(text: string, start: number, end: number): TokenFacts {
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
  const central = key === 'ương' || (key === 'tư' && upper) || (key === 't' && cap);
  return { key, id, mask: id < 0 ? 0 : firstMask(id), central, cap, upper, word: cap || (!digit && (infoOf(c0) & HAS_UPPER) !== 0), digit };
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

/** End of the word starting at i; leaves the two hashes of its code units in scanHash(2). */
function wordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let h = hashStep(0, c);
  let h2 = hashStep2(0, c);
  let j = i + 1;
  for (; j < text.length; j++) {
    if (!continuesAt(text, j) && !isApostrophe(text, j)) break;
    const cj = text.charCodeAt(j);
    h = hashStep(h, cj);
    h2 = hashStep2(h2, cj);
  }
  scanHash = h;
  scanHash2 = h2;
  return j;
}

// A token is its offsets plus the facts it shares with every token of the same characters: three
// fields to allocate per token instead of nine (allocation is most of tokenize()'s cost).
class TokenAt implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly f: TokenFacts,
  ) {}
  get key(): string { return this.f.key; }
  get id(): number { return this.f.id; }
  get mask(): number { return this.f.mask; }
  get cap(): boolean { return this.f.cap; }
  get upper(): boolean { return this.f.upper; }
  get word(): boolean { return this.f.word; }
  get digit(): boolean { return this.f.digit; }
}

/** Tokenises the normalised text; "Trung ương", "TƯ", "T.Ư" and "T.W" all get the key "tw". */
export function tokenize(text: string): Token[] {
  syncKeyCache();
  const raw: Token[] = [];
  let central = false;
  for (let i = 0; i < text.length; ) {
    const k = classAt(text, i);
    if (k === SPACE) { i++; continue; }
    let j = i + 1;
    scanHash = hashStep(0, text.charCodeAt(i));
    scanHash2 = hashStep2(0, text.charCodeAt(i));
    if (k === WORD) j = wordEnd(text, i);
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00) {
      scanHash = hashStep(scanHash, text.charCodeAt(j));
      scanHash2 = hashStep2(scanHash2, text.charCodeAt(j++));
    }
    const f = cachedFacts(text, i, j, scanHash, scanHash2, deriveFacts);
    raw.push(new TokenAt(i, j, f));
    // "ương" only after "trung" matters, but both are rare enough to test the second alone.
    central ||= f.central;
    i = j;
  }
  // Most texts never write "Trung ương" in any form: skip the merge pass for them.
  return central ? mergeCentral(raw, text) : raw;
}

function tw(t: Token, upper: boolean): TokenFacts {
  const id = keyId('tw');
  return { key: 'tw', id, mask: id < 0 ? 0 : firstMask(id), central: false, cap: t.cap, upper, word: t.word, digit: t.digit };
}

// "Trung ương" is one concept written four ways; merging them lets one gazetteer entry
// ("Ban Tổ chức Trung ương") match "Ban Tổ chức T.Ư" and "Ban Tổ chức TW" too.
function mergeCentral(raw: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    let merged: Token | null = null;
    if (t.key === 'trung' && raw[i + 1]?.key === 'ương') merged = new TokenAt(t.start, raw[++i]!.end, tw(t, t.upper));
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
