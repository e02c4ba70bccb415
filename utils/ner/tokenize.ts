/**
 * Splits the normalised text into syllable tokens (letters and digits) and single punctuation
 * tokens, with offsets. Whitespace is never a token, so "TP.HCM" and "TP. HCM" tokenise alike.
 * This is the hot path (every syllable of every article), hence the char-class table and the
 * single toLowerCase of the whole text instead of a regex and a string per token.
 */
import type { Token } from './types.ts';

const SPACE = 0;
const WORD = 1;
const MARK = 2; // combining mark: continues a word
const PUNCT = 3;
const CLASS = buildClassTable();

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    table[c] = /\s/.test(ch) ? SPACE : /[\p{L}\p{N}]/u.test(ch) ? WORD : /\p{M}/u.test(ch) ? MARK : PUNCT;
  }
  return table;
}

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2000) return CLASS[c]!;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return /\s/.test(ch) ? SPACE : /[\p{L}\p{N}]/u.test(ch) ? WORD : /\p{M}/u.test(ch) ? MARK : PUNCT;
}

function makeToken(text: string, lower: string, start: number, end: number): Token {
  const c0 = text.charCodeAt(start);
  const l0 = lower.charCodeAt(start);
  const digit = c0 >= 48 && c0 <= 57;
  const cap = l0 !== c0;
  const word = cap || (!digit && text[start]!.toUpperCase() !== text[start]);
  const key = lower.slice(start, end);
  let upper = false;
  if (cap && end - start >= 2) {
    const s = text.slice(start, end);
    upper = s !== key && s === s.toUpperCase();
  }
  return { start, end, key, cap, upper, word, digit };
}

// An apostrophe inside a word belongs to it ("H'Hen", "K'Mák").
function isApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 39 || c === 0x2019) && i + 1 < text.length && classOf(text, i + 1) === WORD;
}

/** Tokenises the normalised text; "Trung ương", "TƯ", "T.Ư" and "T.W" all get the key "tw". */
export function tokenize(text: string): Token[] {
  // toLowerCase keeps the length for Vietnamese; fall back per token if some script does not.
  const whole = text.toLowerCase();
  const lower = whole.length === text.length ? whole : text;
  const raw: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const k = classOf(text, i);
    if (k === SPACE) { i++; continue; }
    let j = i + 1;
    if (k === WORD) while (j < text.length && (classOf(text, j) === WORD || classOf(text, j) === MARK || isApostrophe(text, j))) j++;
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00) j++;
    const token = makeToken(text, lower, i, j);
    if (lower === text) token.key = token.key.toLowerCase();
    raw.push(token);
    i = j;
  }
  return mergeCentral(raw, text);
}

// "Trung ương" is one concept written four ways; merging them lets one gazetteer entry
// ("Ban Tổ chức Trung ương") match "Ban Tổ chức T.Ư" and "Ban Tổ chức TW" too.
function mergeCentral(raw: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    let merged: Token | null = null;
    if (t.key === 'trung' && raw[i + 1]?.key === 'ương') merged = { ...t, end: raw[++i]!.end, key: 'tw' };
    else if (t.key === 'tư' && t.upper && text.startsWith('TƯ', t.start)) merged = { ...t, key: 'tw' };
    else if (t.key === 't' && t.cap && isDottedW(raw, i)) merged = { ...t, end: raw[(i += 2)]!.end, key: 'tw', upper: true };
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
