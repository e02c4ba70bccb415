/**
 * Vietnamese folding for search: the folded form is what matching runs on (diacritic-insensitive),
 * the normalised form is what exact-diacritic ranking runs on. Folding works one UTF-16 unit at a
 * time and only ever drops combining marks, so an OffsetMap-like `starts` array carries folded
 * offsets back to the original text (needed for snippets and highlights).
 */
import { normalize } from '../ner/normalize.ts';

// Table size covers Latin, Vietnamese (U+1E00–1EFF) and the general punctuation block.
const TABLE_SIZE = 0x2070;
// Look-alikes ner/normalize.ts unifies, so "35–CT∕TW" folds like "35-CT/TW" and an NBSP or a ZWSP
// the CMS inserted separates words like a space. Each maps one unit to one unit.
const LOOK_ALIKES: [RegExp, number][] = [
  [/[\u00A0\u00AD\u2000-\u200D\u202F\u205F\u2060]/, 0x20],
  [/[\u2010-\u2015]/, 0x2d],
  [/\u2044/, 0x2f],
];
const WIDE_LOOK_ALIKES = new Map([[0x2212, 0x2d], [0x2215, 0x2f], [0x3000, 0x20], [0xfeff, 0x20], [0xff0f, 0x2f]]);
// foldUnit never changes a surrogate, so pairs decode back to themselves; a lone surrogate becomes
// U+FFFD, still one unit for one, so folded offsets stay valid.
const UTF16 = new TextDecoder('utf-16le');
// Below this length String.fromCharCode beats a TextDecoder call (terms are mostly 2–8 units).
const SHORT = 64;
let scratch = new Uint16Array(256);

// Ð (Icelandic Eth), Ɖ (African D) and their lower cases stand in for Đ on some sites
// (nhandan.vn "Ðại tướng"); ner/normalize.ts treats them the same way.
const D_LIKE = [0x110, 0x111, 0xd0, 0xf0, 0x189, 0x256];
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = ch.toLowerCase();
    // Only length-preserving maps go in the table; anything else folds to itself.
    table[c] = bare.length === 1 ? bare.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  for (const d of D_LIKE) table[d] = 0x64; // 'd'
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    for (const [re, to] of LOOK_ALIKES) if (re.test(ch)) table[c] = to;
  }
  return table;
}

/** True for a combining diacritical mark (U+0300–U+036F), which NFD input carries separately. */
function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

function foldUnit(c: number): number {
  if (c < TABLE_SIZE) return FOLD[c]!;
  const wide = WIDE_LOOK_ALIKES.get(c);
  if (wide !== undefined) return wide;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Folds `text` for matching: strips diacritics (NFC or NFD input), đ/Đ → d, lower-cases. */
export function fold(text: string): string {
  // Most index terms ("kinh", "35") fold to themselves: return them without allocating.
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isMark(c) || foldUnit(c) !== c) break;
  }
  if (i === text.length) return text;
  // A code-unit buffer decoded once: ~10× faster than += on article-length texts. Reused, since
  // allocating a typed array per term dominated index builds.
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  const buf = scratch;
  let k = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (!isMark(c)) buf[k++] = foldUnit(c);
  }
  return text.length < SHORT ? String.fromCharCode(...buf.subarray(0, k)) : UTF16.decode(buf.subarray(0, k));
}

/** Folded text plus the way back to the original. */
export interface Folded {
  /** The folded text. */
  text: string;
  /** starts[i] = original offset of folded offset i (length + 1 entries); null when identical offsets. */
  starts: Int32Array | null;
}

/** Folds `text` and records, for each folded offset, the offset in `text` it came from. */
export function foldWithMap(text: string): Folded {
  const folded = fold(text);
  if (folded.length === text.length) return { text: folded, starts: null };
  const starts = new Int32Array(folded.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) if (!isMark(text.charCodeAt(i))) starts[k++] = i;
  starts[k] = text.length;
  return { text: folded, starts };
}

/** Original offset of folded offset `i`. */
export function toOriginal(f: Folded, i: number): number {
  return f.starts ? f.starts[i]! : i;
}

/**
 * Normalises `text` for exact-diacritic comparison: NFC, one tone-mark placement (hoà → hòa,
 * uỷ → ủy), Ð → Đ, lower-case. Whitespace is kept as is, so it can run on whole documents.
 */
export function normalizeVi(text: string): string {
  return normalize(text).text.toLowerCase();
}
