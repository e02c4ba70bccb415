/**
 * Person-name candidates: a known surname plus 1–3 capitalised syllables on one line, a name from
 * the persons gazetteer ("Bác Hồ"), or a foreign name in the slot after a foreign title.
 * Whether a candidate is kept depends on its context (match-persons.ts).
 */
import { FREE, PLACE, sameLine, type Ctx } from './context.ts';
import { skipBefore } from './hot-tokens.ts';
import { isNameStart, placeName } from './match-organs.ts';
import type { LeftSpan } from './match-titles.ts';
import type { TokenSpan } from './types.ts';

/** A name candidate over tokens [start, end). */
export interface NameSpan extends TokenSpan {
  /** Grouping key: lower-cased shadow text of the canonical name. */
  key: string;
  /** Canonical name from the persons gazetteer, for aliases such as "Bác Hồ". */
  canonical: string | null;
  /** Written in capitals ("NGUYỄN VĂN A"). */
  allCaps: boolean;
  /** Found in a foreign-name slot or the persons gazetteer: no surname test applies. */
  trusted: boolean;
}

function nameKey(ctx: Ctx, start: number, end: number): string {
  return ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end).toLowerCase().replace(/\s+/g, ' ');
}

/** Surname-led candidate at token i, or null. */
function surnameName(ctx: Ctx, i: number): NameSpan | null {
  const t = ctx.tokens;
  const first = t[i]!;
  if (!first.cap || !ctx.lex.surnames.has(first.key)) return null;
  // "Ông Nguyễn Văn An": "Ông" is a surname too, but sentence-initial it is the honorific.
  if (ctx.lex.introducers.match(ctx.tokens, i)) return null;
  let k = i + 1;
  while (k < t.length && k - i < 4) {
    const tk = t[k]!;
    const sameCase = first.upper ? tk.upper || tk.end - tk.start === 1 : !tk.upper || tk.end - tk.start === 1;
    // A place may sit inside a name ("Nguyễn Hòa Bình"), but not after a full three-syllable one —
    // except a one-syllable country that is a common given name and ends the name ("Nguyễn Huỳnh
    // Tú Anh", "Phạm Thị Ngọc Mỹ": Anh, Mỹ, Đức, Nga are England, America, Germany, Russia too).
    const lastSyllable = k - i === 3 && !(t[k + 1]?.cap && t[k + 1]!.word && sameLine(ctx, k, k + 1)) && placeName(ctx, k)?.end === k + 1;
    const free = ctx.claim[k] === FREE || (ctx.claim[k] === PLACE && (k - i < 3 || lastSyllable));
    if (!tk.word || !tk.cap || !sameCase || !free || !sameLine(ctx, k - 1, k)) break;
    // "Tổng giám đốc Trần Cảnh Ông Phạm Quang Dự" (a full stop lost): an honorific before a
    // surname-led name starts the next person.
    if (ctx.lex.introducers.match(t, k) && isNameStart(ctx, k + 1)) break;
    k++;
  }
  if (k - i < 2) return null;
  return { start: i, end: k, key: nameKey(ctx, i, k), canonical: null, allCaps: first.upper, trusted: false };
}

/** Persons-gazetteer match at token i; a leading introducer ("Bác") stays outside the span. */
function knownName(ctx: Ctx, i: number): NameSpan | null {
  const m = ctx.lex.persons.match(ctx.tokens, i);
  if (!m || !ctx.tokens[i]!.cap) return null;
  const intro = ctx.lex.introducers.match(ctx.tokens, i);
  const start = intro && intro.end < m.end ? intro.end : i;
  return { start, end: m.end, key: m.value.toLowerCase(), canonical: m.value, allCaps: false, trusted: true };
}

// A Vietnamese syllable, diacritics stripped: onset, 1–3 vowels, allowed coda.
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

// Words of foreign organisation names ("Holborn College", "Siemens Group"), never of a person's name.
const ORG_WORDS = new Set(['college', 'university', 'school', 'institute', 'academy', 'group', 'company', 'corporation', 'corp', 'bank', 'foundation', 'hotel', 'airlines', 'airways', 'ltd', 'inc', 'co', 'club', 'association', 'center', 'centre', 'council', 'committee', 'fund', 'times', 'post', 'news', 'press', 'television']);

/** True for a key that may be part of a person's name: letters only, no organisation word. */
export function isNameWord(key: string): boolean {
  return !/\d/.test(key) && !ORG_WORDS.has(key);
}

// Answers by key: asked for the same few thousand syllables over and over (bounded).
const foreignMemo = new Map<string, boolean>();

/** True for a word that cannot be a Vietnamese syllable ("Kishida", "Hwan", "Lah"). */
export function isForeignWord(word: string): boolean {
  let foreign = foreignMemo.get(word);
  if (foreign !== undefined) return foreign;
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
  foreign = !VIET_SYLLABLE.test(bare);
  if (foreignMemo.size < 20000) foreignMemo.set(word, foreign);
  return foreign;
}

// "Nguyễn Giao" starts a Vietnamese name; "La Grandière" (a surname-shaped word, then a foreign one) does not.
function vietnameseNameAt(ctx: Ctx, k: number): boolean {
  return isNameStart(ctx, k) && !isForeignWord(ctx.tokens[k + 1]!.key);
}

/**
 * Foreign name (1–4 capitalised words) right after a title or an honorific. After a foreign title
 * any capitalised run qualifies ("Tổng thống Musharraf"); elsewhere it needs two words, one of
 * which cannot be Vietnamese ("Bộ trưởng Mounkeo Oraboun", "ông Thomas Siebert").
 */
function foreignName(ctx: Ctx, i: number, foreignTitle: boolean): NameSpan | null {
  const t = ctx.tokens;
  let k = i;
  // "Ngoại trưởng Mỹ C. Rice", "ông A.Andres": an initial with its dot opens a foreign name. Before
  // a Vietnamese word the letter is an abbreviation ("P.Bình Hưng" phường, "Q.Hai Bà Trưng" quận)
  // or a byline's initials ("N.V").
  const initial = t[i]!.cap && t[i]!.end - t[i]!.start === 1 && t[i + 1]?.key === '.' && t[i + 1]!.start === t[i]!.end;
  const after = t[i + 2];
  if (initial && after?.cap && after.word && after.end - after.start > 1 && isForeignWord(after.key) && sameLine(ctx, i, i + 2) && ctx.claim[i + 2] === FREE) k = i + 2;
  // The run stops where a Vietnamese name starts ("Tổng giám đốc Vietsovpetro Nguyễn Giao").
  // Lao and Khmer names are transliterated with hyphens ("đồng chí Bun-Thon Xẻng-Khăm-Mi"): a
  // syllable joined by a hyphen with no space continues the word, and marks the name foreign.
  let hyphenated = false;
  for (let words = 0; k < t.length && words < 4 && ctx.claim[k] === FREE && t[k]!.cap && t[k]!.word && !t[k]!.upper && (k === i || (sameLine(ctx, k - 1, k) && !vietnameseNameAt(ctx, k))); words++) {
    k++;
    while (t[k]?.key === '-' && t[k - 1]!.end === t[k]!.start && t[k + 1]?.word && t[k + 1]!.start === t[k]!.end && ctx.claim[k + 1] === FREE) {
      hyphenated = true;
      k += 2;
    }
  }
  for (let j = i; j < k; j++) if (t[j]!.key !== '-' && !isNameWord(t[j]!.key)) return null;
  if (k === i) return null;
  if (hyphenated) return { start: i, end: k, key: nameKey(ctx, i, k), canonical: null, allCaps: false, trusted: true };
  // "Thủ tướng Jamali", but not "Phó Thủ tướng Thường trực Chính[phủ4]": one word must look foreign.
  if (foreignTitle && k - i === 1 && !isForeignWord(t[i]!.key)) return null;
  if (!foreignTitle) {
    let foreign = false;
    for (let j = i; j < k; j++) foreign ||= isForeignWord(t[j]!.key);
    if (k - i < 2 || !foreign) return null;
  }
  return { start: i, end: k, key: nameKey(ctx, i, k), canonical: null, allCaps: false, trusted: true };
}

/**
 * "ông Phúc Tiến", "anh Hữu Tuyến", "chị Thu Anh", "(PV Hoàng Hương)": after an honorific, two or
 * three capitalised Vietnamese syllables with no surname are a person (a pen name, or a name given
 * without its surname). matchPersons drops it when it repeats the end of a full name in the text
 * ("ông Văn Dũng" after "Nguyễn Văn Dũng"). One syllable ("ông Dũng") is not taken.
 */
function givenName(ctx: Ctx, i: number): NameSpan | null {
  const t = ctx.tokens;
  if (placeName(ctx, i)) return null;
  let k = i;
  while (k < t.length && k - i < 3 && ctx.claim[k] === FREE && t[k]!.cap && t[k]!.word && !t[k]!.upper && !isForeignWord(t[k]!.key) && (k === i || sameLine(ctx, k - 1, k))) k++;
  if (k - i < 2 || t[k]?.cap) return null;
  return { start: i, end: k, key: nameKey(ctx, i, k), canonical: null, allCaps: false, trusted: false };
}

// Honorifics that introduce adults by name. Not "em", "bé", "cháu" ("trẻ em Gò Vấp"), "cụ", "bác",
// "ngài"; and a capitalised honorific inside a sentence is part of a name ("đền Bà Chúa Kho",
// "Lễ hội Bà Thu Bồn").
const GIVEN_NAME_HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'đồng chí', 'nhà báo', 'nhạc sĩ', 'ca sĩ', 'họa sĩ', 'nghệ sĩ', 'nhà thơ', 'nhà văn', 'luật sư', 'đạo diễn']);
function givenNameMayFollow(ctx: Ctx, start: number, end: number): boolean {
  const t = ctx.tokens;
  const words = t.slice(start, end).map((x) => x.key).join(' ');
  if (!GIVEN_NAME_HONORIFICS.has(words)) return false;
  const prev = t[start - 1];
  const sentenceStart = !prev || !sameLine(ctx, start - 1, start) || /^[.!?:;"“(–-]$/.test(prev.key);
  return !t[start]!.cap || sentenceStart;
}

/** All name candidates, left to right, non-overlapping. */
export function findNames(ctx: Ctx, left: readonly LeftSpan[]): NameSpan[] {
  const slots = new Map(left.filter((s) => !(s.kind === 'title' && s.company)).map((s) => [s.end, s.kind === 'title' && s.foreign]));
  const afterHonorific = new Set(left.filter((s) => s.kind === 'introducer' && givenNameMayFollow(ctx, s.start, s.end)).map((s) => s.end));
  const out: NameSpan[] = [];
  const hot = ctx.hot.capitals;
  for (let h = 0; h < hot.length; h++) {
    const i = hot[h]!;
    if (ctx.claim[i] !== FREE) continue;
    const slot = slots.get(i);
    const name = knownName(ctx, i) ?? surnameName(ctx, i) ?? (slot !== undefined ? foreignName(ctx, i, slot) : null) ?? (afterHonorific.has(i) ? givenName(ctx, i) : null);
    if (!name) continue;
    out.push(name);
    h = skipBefore(hot, h, name.end);
  }
  return out;
}
