/**
 * Attaches titles to names and decides which candidates are people. Shapes (vn-entities.md §3.1):
 * A "T1, T2 X" (titles before), B "X, T1, T2" / "X - T" (titles after, right chains win),
 * C "PGS.TS X", "đồng chí X", F "các đồng chí T: Thượng tướng A; Thượng tướng B" (shared titles).
 */
import { sameLine, type Ctx } from './context.ts';
import { placeName } from './match-organs.ts';
import { isForeignWord, type NameSpan } from './match-names.ts';
import { BUSINESS_ROLES, type LeftSpan, type PrefixSpan, type TitleSpan } from './match-titles.ts';

/** A name mention with the titles the text gives it there. */
export interface PersonMention extends NameSpan {
  titles: TitleSpan[];
}

interface Index {
  leftByEnd: Map<number, LeftSpan>;
  titleByStart: Map<number, TitleSpan>;
  nameByStart: Map<number, NameSpan>;
  used: Set<TitleSpan>;
}

const SEPARATORS = new Set([',', '-', 'kiêm']);

/** Titles after the name: ", T1, T2" until something that is not a title follows. */
function rightChain(ctx: Ctx, ix: Index, end: number): TitleSpan[] {
  const out: TitleSpan[] = [];
  let k = end;
  for (;;) {
    const sep = ctx.tokens[k];
    const title = ix.titleByStart.get(k + 1);
    if (!sep || !SEPARATORS.has(sep.key) || !title || ix.used.has(title)) break;
    // "…, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn B": the last title is B's (shape A).
    if (ix.nameByStart.has(title.end)) break;
    out.push(title);
    k = title.end;
  }
  return out;
}

/** Titles and prefixes before the name (shape A/C); returns them and where the walk stopped. */
function leftChain(ctx: Ctx, ix: Index, start: number): { titles: TitleSpan[]; strong: boolean; stop: number } {
  const titles: TitleSpan[] = [];
  let strong = false;
  let j = start;
  for (let span = ix.leftByEnd.get(j); span; span = ix.leftByEnd.get(j)) {
    if (span.kind === 'title') {
      if (ix.used.has(span)) break;
      titles.unshift(span);
    }
    strong = true;
    j = span.start;
    const sep = ctx.tokens[j - 1];
    const before = ix.leftByEnd.get(j - 1);
    // "Thiếu tướng, PGS.TS X", "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội X"; but "với Tổng thống
    // và Thủ tướng Pakistan, Chủ tịch X": an office of another country does not chain onto a
    // domestic one. A role alone that is often foreign ("Phó thủ tướng thường trực, Chủ tịch …")
    // does not say so: it chains.
    const foreignOntoDomestic = before?.kind === 'title' && before.foreignOrgan && span.kind === 'title' && !span.foreign;
    if (sep && (sep.key === ',' || sep.key === '-') && before && before.kind !== 'introducer' && !foreignOntoDomestic) j--;
  }
  return { titles, strong, stop: j };
}

/** Shared titles before a list colon ("các đồng chí Ủy viên TW, Thứ trưởng …: A; B"). */
function sharedBefore(ctx: Ctx, ix: Index, colon: number): TitleSpan[] {
  return ctx.tokens[colon]?.key === ':' ? leftChain(ctx, ix, colon).titles : [];
}

function isBylineAlone(ctx: Ctx, name: NameSpan): boolean {
  const t = ctx.tokens;
  const prevOk = name.start === 0 || !sameLine(ctx, name.start - 1, name.start);
  const nextOk = name.end >= t.length || !sameLine(ctx, name.end - 1, name.end);
  return prevOk && nextOk;
}

/** "số 12 Nguyễn Du", "2A-4A Tôn Đức Thắng": a house number right before the name. */
function isAddress(ctx: Ctx, name: NameSpan): boolean {
  return !!ctx.tokens[name.start - 1]?.digit;
}

function keep(ctx: Ctx, name: NameSpan, strong: boolean): boolean | 'defer' {
  if (isAddress(ctx, name) && !strong) return false;
  if (name.trusted) return true;
  if (name.allCaps) return strong || isBylineAlone(ctx, name);
  if (strong) return true;
  // "Từ Phú Thọ", "Hà Nội": a surname-like word before a place reads as the place.
  if (placeName(ctx, name.start + 1)?.end === name.end) return false;
  return name.end - name.start >= 3 ? true : 'defer';
}

/** Decides which names are people and which titles belong to them. */
export function matchPersons(ctx: Ctx, names: NameSpan[], titles: TitleSpan[], prefixes: PrefixSpan[]): PersonMention[] {
  const ix: Index = {
    leftByEnd: new Map<number, LeftSpan>([...prefixes, ...titles].map((s) => [s.end, s])),
    titleByStart: new Map(titles.map((t) => [t.start, t])),
    nameByStart: new Map(names.map((n) => [n.start, n])),
    used: new Set(),
  };
  const right = names.map((n) => rightChain(ctx, ix, n.end));
  for (const chain of right) for (const t of chain) ix.used.add(t);
  const out: PersonMention[] = [];
  const deferred: PersonMention[] = [];
  let shared: { titles: TitleSpan[]; until: number } | null = null;
  const companyRoles = new Set<string>();
  names.forEach((name, n) => {
    const left = leftChain(ctx, ix, name.start);
    const colonShared = sharedBefore(ctx, ix, left.stop - 1);
    if (colonShared.length) shared = { titles: colonShared, until: sentenceEnd(ctx, left.stop) };
    const inList = shared && ctx.tokens[name.start]!.start < shared.until && /^[:;,]$/.test(ctx.tokens[left.stop - 1]?.key ?? '');
    const all = [...(inList && shared ? shared.titles : []), ...left.titles, ...right[n]!];
    // "ông Tony Williams, Tổng Giám đốc ILA Vietnam", "bà Amanda Koski - Giám đốc tuyển sinh …": in
    // this press a foreigner's "Giám đốc" heads a company, a school or a programme, not a state body.
    const foreign = hasForeignWord(ctx, name);
    const company = (t: TitleSpan) => t.company || (foreign && BUSINESS_ROLES.has(t.role));
    for (const t of all) if (company(t)) companyRoles.add(`${name.key}|${t.role}`);
    // A literal, not { ...name }: the spread was ~1.5% of recognise()'s samples (CPU profile).
    const { start, end, key, canonical, allCaps, trusted } = name;
    const mention = { start, end, key, canonical, allCaps, trusted, titles: all.filter((t) => !company(t)) };
    const verdict = keep(ctx, name, left.strong || right[n]!.length > 0);
    if (verdict === 'defer') deferred.push(mention);
    else if (verdict) out.push(mention);
  });
  // A name the text uses as a street ("tại 67 Lê Văn Hưu") is that street in its other bare
  // mentions too ("… hoặc 67, Lê Văn Hưu", a comma after the number); a title still makes it a person.
  const streets = new Set(names.filter((n) => isAddress(ctx, n)).map((n) => n.key));
  const known = new Set(out.map((m) => m.key));
  // "ông Văn Dũng" after "Nguyễn Văn Dũng": the end of a full name is that person, not another.
  const fullKeys = [...known].filter((k) => k.split(' ').length >= 3);
  const repeatsEnd = (key: string) => fullKeys.some((f) => f !== key && f.endsWith(` ${key}`));
  const kept = [...out, ...deferred.filter((m) => known.has(m.key))]
    .filter((m) => !streets.has(m.key) || m.titles.length > 0)
    .filter((m) => !repeatsEnd(m.key) || m.titles.length > 0)
    .sort((a, b) => a.start - b.start);
  return dropCompanyEchoes(kept, companyRoles);
}

function hasForeignWord(ctx: Ctx, name: NameSpan): boolean {
  for (let k = name.start; k < name.end; k++) if (ctx.tokens[k]!.word && isForeignWord(ctx.tokens[k]!.key)) return true;
  return false;
}

// "…, Tổng Giám đốc Tổng Công ty Đường sắt VN" then "Tổng Giám đốc X": the bare role repeats the
// company post the text gave the same person, so it is no office either.
function dropCompanyEchoes(mentions: PersonMention[], companyRoles: Set<string>): PersonMention[] {
  if (companyRoles.size === 0) return mentions;
  for (const m of mentions) m.titles = m.titles.filter((t) => !(t.end === t.roleEnd && companyRoles.has(`${m.key}|${t.role}`)));
  return mentions;
}

function sentenceEnd(ctx: Ctx, from: number): number {
  const start = ctx.tokens[from]?.start ?? ctx.text.length;
  const m = /\.(?:\s|$)|\n/g;
  m.lastIndex = start;
  return m.exec(ctx.text)?.index ?? ctx.text.length;
}
