/**
 * Builds the "shadow" text all matching runs on: NFC, one tone-mark placement, Đ look-alikes,
 * spaces and dashes unified. Every substitution keeps the length, so only NFC composition can
 * shift offsets; an OffsetMap carries shadow offsets back to the input (eyecite's SpanUpdater idea).
 */

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
  // Compose one base character plus its marks at a time, so each output char has one source.
  for (const m of input.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const seg = m[0].normalize('NFC');
    parts.push(seg);
    for (let k = 0; k < seg.length; k++) starts.push(m.index);
  }
  starts.push(input.length);
  return { text: parts.join(''), starts: Int32Array.from(starts) };
}

/** Normalises `input` into the shadow text (see the module comment). */
export function normalize(input: string): Normalized {
  const { text, starts } = compose(input);
  const shadow = text
    .replace(SPACE_LIKE, ' ')
    .replace(DASH_LIKE, '-')
    .replace(SLASH_LIKE, '/')
    .replace(ETH_UPPER, 'Đ')
    .replace(ETH_LOWER, 'đ')
    .replace(TONE_PAIR, (pair) => TONE_MAP.get(pair) ?? pair);
  return { text: shadow, map: new OffsetMap(starts) };
}

/** Canonical lookup key for a phrase: normalised, lower-cased, single-spaced. */
export function canonicalKey(phrase: string): string {
  return normalize(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim();
}
