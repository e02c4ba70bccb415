/**
 * Documents cited by name rather than number (vn-entities.md §2.6): laws ("Luật Tổ chức Quốc hội
 * năm 2014", "Bộ luật Hình sự 2015"), the Constitution ("Hiến pháp năm 2013"), plenum resolutions
 * ("Nghị quyết Trung ương 4 khóa XII") and congress resolutions ("Nghị quyết Đại hội XIII").
 */
import { sameLine, type Ctx } from './context.ts';
import { tokenAt } from './tokenize.ts';

/** A named citation: its end (shadow offset), the written name and a grouping key. */
export interface NamedCitation {
  end: number;
  /** Key shared by all mentions of the document; the year is kept apart so "Luật X" links to "Luật X năm 2014". */
  base: string;
  year: string | null;
}

const ORD = '(\\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|lăm|năm))?)';
const CENTRAL = '(?:Trung\\s+ương|TW|TƯ|T\\.Ư|T\\.W)';
const ROMAN_OR_NUM = '([IVXL]+|\\d{1,2})(?![\\p{L}\\p{N}])';
const TERM = `(?:\\s*,?\\s*\\(?\\s*khóa\\s+${ROMAN_OR_NUM}\\s*\\)?)?`;
const PLENUM = new RegExp(
  `\\s+(?:Hội\\s+nghị\\s+)?(?:lần\\s+thứ\\s+${ORD}\\s+Ban\\s+Chấp\\s+hành\\s+${CENTRAL}(?:\\s+Đảng)?|${CENTRAL}\\s+(?:Đảng\\s+)?(?:lần\\s+thứ\\s+)?${ORD})(?![\\p{L}\\p{N}])${TERM}`,
  'iuy',
);
const CONGRESS = new RegExp(
  `\\s+Đại\\s+hội\\s+(?:đại\\s+biểu\\s+toàn\\s+quốc\\s+)?(?:Đảng\\s+bộ\\s+(?:[\\p{L}.]+\\s+){0,5}?|Đảng\\s+(?:toàn\\s+quốc\\s+)?)?(?:lần\\s+thứ\\s+)?${ROMAN_OR_NUM}`,
  'iuy',
);
const YEAR_AFTER = /\s*(?:năm\s+)?((?:19|20)\d{2})(?![\p{L}\p{N}])/uy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Plenum or congress resolution after "Nghị quyết"/"Kết luận" at `pos`, or null. */
export function parsePartyNamed(ctx: Ctx, type: string, pos: number): NamedCitation | null {
  const p = sticky(PLENUM, ctx.text, pos);
  if (p) return { end: pos + p[0].trimEnd().length, base: `${type}|tw|${(p[1] ?? p[2])!.toLowerCase()}|${(p[3] ?? '').toLowerCase()}`, year: null };
  const c = sticky(CONGRESS, ctx.text, pos);
  if (c) return { end: pos + c[0].length, base: `${type}|${c[0].toLowerCase().replace(/\s+/g, ' ').trim()}`, year: null };
  return null;
}

/** End token of a law name from token i: capitalised first word, then words on the same line. */
function lawNameEnd(ctx: Ctx, i: number): number {
  const t = ctx.tokens;
  if (!t[i]?.cap || !t[i]!.word) return i;
  let k = i + 1;
  // Only the first word of a law name is capitalised ("Luật Ban hành văn bản quy phạm pháp luật"),
  // so without a year we stop at the second lower-case syllable in a row, which keeps precision.
  while (k < t.length && k - i < 10 && sameLine(ctx, k - 1, k)) {
    const comma = t[k]!.key === ',' && !t[k + 1]?.cap && yearFollows(ctx, k + 1);
    if (!t[k]!.word && !comma) break;
    if (!comma && !t[k]!.cap && !t[k - 1]!.cap && t[k - 1]!.key !== ',' && !yearFollows(ctx, k)) break;
    if (t[k]!.key === 'năm' && t[k + 1]?.digit) break;
    k++;
  }
  return k;
}

function yearFollows(ctx: Ctx, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 8); j++) {
    const t = ctx.tokens[j]!;
    if (!t.word && !t.digit && t.key !== ',') return false;
    if (t.digit && /^(?:19|20)\d{2}$/.test(t.key)) return true;
  }
  return false;
}

/** A law, code, ordinance or constitution name after the type word at `pos`, or null. */
export function parseLawName(ctx: Ctx, type: string, pos: number, typeStart = pos): NamedCitation | null {
  if (type === 'Hiến pháp') {
    const y = sticky(YEAR_AFTER, ctx.text, pos);
    return y ? { end: pos + y[0].length, base: 'hiến pháp', year: y[1]! } : null;
  }
  const i = tokenAt(ctx.tokens, pos);
  if (i >= ctx.tokens.length || !/^\s+$/.test(ctx.text.slice(pos, ctx.tokens[i]!.start))) return null;
  // A known law name needs no year; any other capitalised name needs one ("Luật Canada" is a
  // field of study, "Luật Cán bộ, công chức năm 2008" a law).
  // "luật kinh doanh: 110, luật thương mại quốc tế: 110": a field of study. A law is written with a
  // capital on its type word or on its name ("Luật đất đai", "luật Đất đai").
  const typeTok = tokenAt(ctx.tokens, typeStart);
  if (!ctx.tokens[typeTok]?.cap && !ctx.tokens[i]!.cap) return null;
  // "pháp luật Đất đai" is the body of land law, not a law's name.
  if (ctx.tokens[typeTok - 1]?.key === 'pháp' && sameLine(ctx, typeTok - 1, typeTok)) return null;
  const known = ctx.lex.lawNames.match(ctx.tokens, i);
  const k = known ? known.end : lawNameEnd(ctx, i);
  if (k === i) return null;
  const nameEnd = ctx.tokens[k - 1]!.end;
  const y = sticky(YEAR_AFTER, ctx.text, nameEnd);
  if (!known && !y) return null;
  const base = `${type}|${ctx.text.slice(ctx.tokens[i]!.start, nameEnd).toLowerCase().replace(/[\s,]+/g, ' ')}`;
  return { end: y ? nameEnd + y[0].length : nameEnd, base, year: y ? y[1]! : null };
}
