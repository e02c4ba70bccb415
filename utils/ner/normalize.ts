/**
 * Builds the "shadow" text all matching runs on: NFC, one tone-mark placement, Đ look-alikes,
 * spaces and dashes unified. Every substitution keeps the length, so only NFC composition can
 * shift offsets; an OffsetMap carries shadow offsets back to the input (eyecite's SpanUpdater idea).
 */

import { letterOrMarkAt } from './char-info.ts';

/** Maps offsets in the normalised text back to offsets in the input as given. */
export class OffsetMap {
  /** @param starts input offset for each shadow offset (length + 1), or null for identity. */
  constructor(private readonly starts: Int32Array | null) {}

  /** Input offset of shadow offset `i` (works for span starts and span ends). */
  toInput(i: number): number {
    return this.starts ? this.starts[i]! : i;
  }
}

/** The normalised text and the way back to the input. */
export interface Normalized {
  text: string;
  map: OffsetMap;
}

// NBSP, narrow/figure spaces, zero-width characters and soft hyphens all become plain spaces, so
// patterns can use \s and names split at a ZWSP the CMS inserted.
const SPACE_LIKE = /[\u00A0\u00AD\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212]/g;
const SLASH_LIKE = /[\u2044\u2215\uFF0F]/g;
// Icelandic Eth and African D are used for Đ on some sites (nhandan.vn "Ðại tướng").
const ETH_UPPER = /[\u00D0\u0189]/g;
const ETH_LOWER = /[\u00F0\u0256]/g;
// Open syllables oa/oe/uy carry the mark on either vowel (hoà/hòa, Uỷ/Ủy); we pick the first
// vowel, as the gazetteers do. Only when the pair ends the syllable, and never after q (quý).
const TONE_PAIR = /(?<![qQ])[oOuU][\u00C0-\u00FF\u1EA0-\u1EF9](?![\p{L}\p{M}])/gu;
const TONE_MAP = buildToneMap();
// Per code unit, which of o/O/u/U (bits 1/2/4/8) it follows in a TONE_MAP pair ("oà", "Uỷ").
// Testing the exact pair rather than "a marked vowel after o/u" keeps "thuế", "quả", "huế" off the
// TONE_PAIR replace, whose matches there all map to themselves: the replace ran on 602 of the 1000 VNTC
// texts, ~2–3% of recognise()'s samples (regex plus callback, CPU profile), and now only on those
// (≤ 186) that use old marks.
const TONE_SECOND = buildToneSecond();
const TONE_SECOND_KIND = 2;

function buildToneSecond(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const pair of TONE_MAP.keys()) table[pair.charCodeAt(1)]! |= 1 << 'oOuU'.indexOf(pair[0]!);
  return table;
}

// Code units that are NFC-stable and that no class replace below touches: ASCII to IPA (below the
// combining marks), the Vietnamese precomposed block and common punctuation (“ ” … ‰), but none of
// the dashes and spaces in 2000–2015. A text made only of these skips NFC and the five replaces,
// which is almost every text and saves several whole-text passes per call.
const PLAIN = buildPlainTable();

function buildPlainTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ranges = [[0x0000, 0x02ff], [0x1ea0, 0x1ef9], [0x2016, 0x2027], [0x2030, 0x2043], [0x2045, 0x205e]];
  for (const [from, to] of ranges) table.fill(1, from, to! + 1);
  for (const re of [SPACE_LIKE, DASH_LIKE, SLASH_LIKE, ETH_UPPER, ETH_LOWER]) {
    for (const [from, to] of ranges) for (let c = from!; c <= to!; c++) if (table[c] && new RegExp(re.source).test(String.fromCharCode(c))) table[c] = 0;
  }
  // One read per code unit tells "plain" and "may end an old-style tone pair" apart.
  for (let c = 0; c < 0x10000; c++) if (table[c] && TONE_SECOND[c]) table[c] = TONE_SECOND_KIND;
  return table;
}

// True when TONE_PAIR matches a TONE_MAP pair ending at i: the same lookbehind and lookahead.
function tonePairEndsAt(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  const bit = p === 0x6f ? 1 : p === 0x4f ? 2 : p === 0x75 ? 4 : p === 0x55 ? 8 : 0;
  if ((TONE_SECOND[text.charCodeAt(i)]! & bit) === 0) return false;
  const before = text.charCodeAt(i - 2) | 0x20;
  return before !== 0x71 && (i + 1 >= text.length || !letterOrMarkAt(text, i + 1));
}

const NEEDS_FULL_PATH = -2;
const NO_TONE_PAIR = -1;

/** NEEDS_FULL_PATH, NO_TONE_PAIR, or where the first old-style oa/oe/uy tone pair ends. */
function plainScan(text: string): number {
  let pair = NO_TONE_PAIR;
  for (let i = 0; i < text.length; i++) {
    const kind = PLAIN[text.charCodeAt(i)]!;
    if (kind === 0) return NEEDS_FULL_PATH;
    // An exact pre-test of TONE_PAIR (a match that changes the text): a marked a/e/y after o/u.
    if (kind === TONE_SECOND_KIND && pair < 0 && tonePairEndsAt(text, i)) pair = i;
  }
  return pair;
}

// TONE_PAIR's replace as a charCode loop from the first pair on (matches cannot overlap: the first
// character is ASCII, the second not), so the plain path runs no regex at all. normalize() alone over
// the VNTC texts: 14.4 / 18.4 ms per pass before this and the exact pre-test, 13.2 / 13.7 ms after
// (two processes; the regex path was 12.1 / 15.8 ms, so this step is within noise on its own).
function fixTonePairs(text: string, from: number): string {
  let out = '';
  let last = 0;
  for (let i = from; i < text.length; i++) {
    if (PLAIN[text.charCodeAt(i)] !== TONE_SECOND_KIND || !tonePairEndsAt(text, i)) continue;
    out += text.slice(last, i - 1) + TONE_MAP.get(text.slice(i - 1, i + 1))!;
    last = i + 1;
  }
  return out + text.slice(last);
}

function buildToneMap(): Map<string, string> {
  const map = new Map<string, string>();
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [a, b] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
    for (const mark of marks) {
      for (const [upA, upB] of [[false, false], [true, false], [true, true]]) {
        const x = upA ? a.toUpperCase() : a;
        const y = upB ? b.toUpperCase() : b;
        map.set(x + (y + mark).normalize('NFC'), (x + mark).normalize('NFC') + y);
      }
    }
  }
  return map;
}

/** NFC-composes `input`, recording where each composed character came from. */
function compose(input: string): { text: string; starts: Int32Array | null } {
  const nfc = input.normalize('NFC');
  if (nfc === input) return { text: input, starts: null };
  const parts: string[] = [];
  const starts: number[] = [];
  const copy = (from: number, to: number): void => {
    parts.push(input.slice(from, to));
    for (let k = from; k < to; k++) starts.push(k);
  };
  // Compose one base character plus its marks at a time, so each output char has one source. Only
  // clusters with marks and characters outside the plain ranges can change; the runs between them
  // are copied as they are.
  let last = 0;
  for (const m of input.matchAll(/\P{M}?\p{M}+|[^\p{M}\x00-\u02FF\u1EA0-\u1EF9]/gsu)) {
    copy(last, m.index);
    const seg = m[0].normalize('NFC');
    parts.push(seg);
    for (let k = 0; k < seg.length; k++) starts.push(m.index);
    last = m.index + m[0].length;
  }
  copy(last, input.length);
  starts.push(input.length);
  return { text: parts.join(''), starts: Int32Array.from(starts) };
}

/** Normalises `input` into the shadow text (see the module comment). */
export function normalize(input: string): Normalized {
  const pair = plainScan(input);
  if (pair === NO_TONE_PAIR) return { text: input, map: new OffsetMap(null) };
  if (pair >= 0) return { text: fixTonePairs(input, pair), map: new OffsetMap(null) };
  const { text, starts } = compose(input);
  const unified = text
    .replace(SPACE_LIKE, ' ')
    .replace(DASH_LIKE, '-')
    .replace(SLASH_LIKE, '/')
    .replace(ETH_UPPER, 'Đ')
    .replace(ETH_LOWER, 'đ');
  const shadow = unified.replace(TONE_PAIR, (pair) => TONE_MAP.get(pair) ?? pair);
  return { text: shadow, map: new OffsetMap(starts) };
}

/** Canonical lookup key for a phrase: normalised, lower-cased, single-spaced. */
export function canonicalKey(phrase: string): string {
  return normalize(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim();
}
