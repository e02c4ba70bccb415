/**
 * Per-code-unit facts the tokeniser needs, learned on first sight and then read from typed
 * arrays: the character class, whether it is a lower-case letter, and its lower-case code unit.
 * This replaces a regex per character and a whole-text toLowerCase() per call (tokenize.ts is the
 * hot path: every character of every text passes here).
 */

/** Character class: whitespace. */
export const SPACE = 0;
/** Character class: a letter or a digit. */
export const WORD = 1;
/** Character class: a combining mark (continues a word). */
export const MARK = 2;
/** Character class: anything else (one token per character). */
export const PUNCT = 3;
/** The bits of an info value that hold the class. */
export const CLASS_BITS = 3;
/** A letter that upper-casing changes (a lower-case letter). */
export const HAS_UPPER = 4;
/** Lower-casing it is not one code unit (İ, a surrogate) or depends on context (Σ). */
export const IRREGULAR = 8;
/** A letter, digit or mark: continues a word. */
export const CONTINUES = 16;
/** A letter or a mark (not a digit). */
export const LETTER_OR_MARK = 32;

/** Info value of a code unit not yet learned (and of every high surrogate). */
export const UNKNOWN = 255;
/**
 * Info per code unit, UNKNOWN until learned (see infoOf). Exported so the tokeniser's scan loop can
 * read it directly: it is one array for the module's lifetime, filled in place.
 */
export const INFO: Readonly<Uint8Array> = new Uint8Array(0x10000).fill(UNKNOWN);
const LOWER = new Uint16Array(0x10000);

function classOfChar(ch: string): number {
  return /\s/.test(ch) ? SPACE : /[\p{L}\p{N}]/u.test(ch) ? WORD : /\p{M}/u.test(ch) ? MARK : PUNCT;
}

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  LOWER[c] = lower.charCodeAt(0);
  const irregular = lower.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c < 0xe000);
  const cls = classOfChar(ch);
  const letterOrMark = /[\p{L}\p{M}]/u.test(ch) ? LETTER_OR_MARK : 0;
  const info = cls | (cls === WORD || cls === MARK ? CONTINUES : 0) | (ch.toUpperCase() !== ch ? HAS_UPPER : 0) | (irregular ? IRREGULAR : 0) | letterOrMark;
  // A high surrogate is classed by its whole code point (classAt), so it is never cached.
  if (c < 0xd800 || c >= 0xdc00) (INFO as Uint8Array)[c] = info;
  return info;
}

/** Class and flag bits of code unit `c`. */
export function infoOf(c: number): number {
  const info = INFO[c]!;
  return info !== UNKNOWN ? info : learn(c);
}

/** Lower-case code unit of `c`. */
export function lowerOf(c: number): number {
  if (INFO[c] === UNKNOWN) learn(c);
  return LOWER[c]!;
}

/** Class of the character at `i`; a high surrogate is classed by its whole code point. */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const info = INFO[c]!;
  if (info !== UNKNOWN) return info & CLASS_BITS;
  if (c >= 0xd800 && c < 0xdc00) return classOfChar(String.fromCodePoint(text.codePointAt(i)!));
  return learn(c) & CLASS_BITS;
}

/** True when the character at `i` is a letter or a mark (by whole code point for surrogates). */
export function letterOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00) return /[\p{L}\p{M}]/u.test(String.fromCodePoint(text.codePointAt(i)!));
  return (infoOf(c) & LETTER_OR_MARK) !== 0;
}

/** True when the character at `i` continues a word (letter, digit or mark). */
export function continuesAt(text: string, i: number): boolean {
  const info = INFO[text.charCodeAt(i)]!;
  if (info !== UNKNOWN) return (info & CONTINUES) !== 0;
  const k = classAt(text, i);
  return k === WORD || k === MARK;
}
