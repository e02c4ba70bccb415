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
  /** For an amending law ("Luật sửa đổi, bổ sung Luật X và Luật Y"): the laws it amends, cited in their own right. */
  amends?: { start: number; type: string; named: NamedCitation }[];
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
const AMENDS = /\s+sửa\s+đổi\s*,?\s*bổ\s+sung\s+(?:một\s+số\s+điều\s+(?:của\s+)?)?(?=Luật|Bộ\s+luật|Pháp\s+lệnh)/iuy;
const AND_LAW = /\s+và\s+(?=Luật\s)/uy;
const CITE_BEFORE = /(?:thi hành|theo|thực hiện|vi phạm|quy định của|tuân thủ)\s+$/iu;
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

// The name of a law being amended, written in lower case as often as not ("Luật sửa đổi, bổ sung
// Luật thuế tiêu thụ đặc biệt và Luật thuế giá trị gia tăng"): words, and commas inside the name,
// up to the clause's end or the "và Luật" of the next amended law.
function amendedNameEnd(ctx: Ctx, i: number): number {
  const t = ctx.tokens;
  let k = i;
  while (k < t.length && k - i < 12 && sameLine(ctx, k - 1 < i ? i : k - 1, k)) {
    const tk = t[k]!;
    if (tk.key === 'và' && /^(?:luật|bộ)$/.test(t[k + 1]?.key ?? '')) break;
    if (tk.key === ',' && t[k + 1]?.word && !t[k + 1]!.cap) {
      k++;
      continue;
    }
    if (!tk.word && !tk.digit) break;
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
export function parseLawName(ctx: Ctx, type: string, pos: number, typeStart = pos, amended = false): NamedCitation | null {
  if (type === 'Hiến pháp') {
    const y = sticky(YEAR_AFTER, ctx.text, pos);
    if (y) return { end: pos + y[0].length, base: 'hiến pháp', year: y[1]! };
    // "trái với Hiến pháp, pháp luật": capitalised, it is the Constitution in force.
    return ctx.tokens[tokenAt(ctx.tokens, typeStart)]?.cap ? { end: pos, base: 'hiến pháp', year: null } : null;
  }
  // "Luật sửa đổi, bổ sung (một số điều của) Luật Khiếu nại, tố cáo": the amending law is one
  // document, named by the law(s) it amends.
  const amend = sticky(AMENDS, ctx.text, pos);
  if (amend) {
    const innerType = ctx.lex.documentTypes.trie.match(ctx.tokens, tokenAt(ctx.tokens, pos + amend[0].length));
    const inner = innerType && ctx.lex.documentTypes.named.has(innerType.value) ? parseLawName(ctx, innerType.value, ctx.tokens[innerType.end - 1]!.end, pos + amend[0].length, true) : null;
    if (inner) {
      const more = sticky(AND_LAW, ctx.text, inner.end);
      const at = inner.end + (more?.[0].length ?? 0);
      const second = more ? parseLawName(ctx, 'Luật', at + 'Luật'.length, at, true) : null;
      const end = second?.end ?? inner.end;
      const amends = [{ start: pos + amend[0].length, type: innerType!.value, named: inner }, ...(second ? [{ start: at, type: 'Luật', named: second }] : [])];
      return { end, base: `${type}|sửa đổi ${ctx.text.slice(pos + amend[0].length, end).toLowerCase().replace(/[\s,]+/g, ' ')}`, year: null, amends };
    }
  }
  const i = tokenAt(ctx.tokens, pos);
  if (i >= ctx.tokens.length || !/^\s+$/.test(ctx.text.slice(pos, ctx.tokens[i]!.start))) return null;
  // A known law name needs no year; any other capitalised name needs one ("Luật Canada" is a
  // field of study, "Luật Cán bộ, công chức năm 2008" a law).
  // "luật kinh doanh: 110, luật thương mại quốc tế: 110": a field of study. A law is written with a
  // capital on its type word or on its name ("Luật đất đai", "luật Đất đai").
  const typeTok = tokenAt(ctx.tokens, typeStart);
  // …unless the sentence cites it: "hướng dẫn thi hành luật doanh nghiệp", "theo luật đất đai".
  const cited = CITE_BEFORE.test(ctx.text.slice(Math.max(0, typeStart - 12), typeStart));
  if (!ctx.tokens[typeTok]?.cap && !ctx.tokens[i]!.cap && !(cited && ctx.lex.lawNames.match(ctx.tokens, i))) return null;
  // "pháp luật Đất đai" is the body of land law, not a law's name.
  if (ctx.tokens[typeTok - 1]?.key === 'pháp' && sameLine(ctx, typeTok - 1, typeTok)) return null;
  const known = ctx.lex.lawNames.match(ctx.tokens, i);
  const k = known ? known.end : amended ? amendedNameEnd(ctx, i) : lawNameEnd(ctx, i);
  if (k === i) return null;
  const nameEnd = ctx.tokens[k - 1]!.end;
  const y = sticky(YEAR_AFTER, ctx.text, nameEnd);
  // (A law named inside "Luật sửa đổi, bổ sung …" is a law whatever its name.)
  if (!known && !y && !amended) return null;
  const base = `${type}|${ctx.text.slice(ctx.tokens[i]!.start, nameEnd).toLowerCase().replace(/[\s,]+/g, ' ')}`;
  return { end: y ? nameEnd + y[0].length : nameEnd, base, year: y ? y[1]! : null };
}
