/**
 * What may follow a document's number: a date, "của" + issuer, a term and a "về …" subject, in any
 * order, each at most once (vn-entities.md §2.3: a loop, not a fixed sequence, so "… của Thủ tướng
 * Chính phủ ngày 22 tháng 4 năm 2022" keeps its date).
 */
import { inputText, sameLine, type Ctx } from './context.ts';
import { parseOrgPhrase, parseTerm } from './match-organs.ts';
import { parseTitle } from './match-titles.ts';
import { tokenAt } from './tokenize.ts';

/** The fields a tail gives. */
export interface Tail {
  end: number;
  date: string | null;
  issuer: string | null;
  subject: string | null;
}

const DATE_NUMERIC = /\s*,?\s*(?:ban hành\s+)?(?:vào\s+)?ngày\s+(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/iuy;
const DATE_WORDS = /\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iuy;
const OF = /\s*,?\s*của\s+/uy;
// "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng": a plenum issues in the committee's name.
const PLENUM_OF = /Hội\s+nghị\s+(?:lần\s+thứ\s+[\p{L}\d]+|Trung\s+ương\s+\d+)\s+(?=\p{Lu})/iuy;
const ABOUT = /\s*,?\s*(?:về việc|về|V\/v)\s+(?=\S)/uy;
const OPEN_QUOTE = /\s*[“"«‘']/uy;
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" };

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** ISO date from day, month, year strings, or null when impossible. */
export function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d);
  const month = Number(m);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseDate(text: string, pos: number): { end: number; date: string } | null {
  const n = sticky(DATE_NUMERIC, text, pos);
  const date = n ? isoDate(n[1]!, n[3]!, n[4]!) : null;
  if (n && date) return { end: pos + n[0].length, date };
  const w = sticky(DATE_WORDS, text, pos);
  const wdate = w ? isoDate(w[1]!, w[2]!, w[3]!) : null;
  return w && wdate ? { end: pos + w[0].length, date: wdate } : null;
}

/** "của Bộ Chính trị", "của Thủ tướng Chính phủ": the issuer phrase after "của", or null. */
export function parseIssuer(ctx: Ctx, pos: number): { end: number; issuer: string } | null {
  const of = sticky(OF, ctx.text, pos);
  if (!of) return null;
  const plenum = sticky(PLENUM_OF, ctx.text, pos + of[0].length);
  const from = pos + of[0].length;
  const i = tokenAt(ctx.tokens, from + (plenum?.[0].length ?? 0));
  const org = parseOrgPhrase(ctx, i);
  const title = org ? null : parseTitle(ctx, i);
  const end = org ? org.termStart : title ? title.end : i;
  if (end <= i) return null;
  const full = org ? org.end : end;
  const [a, b] = [plenum ? from : ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end];
  return { end: ctx.tokens[full - 1]!.end, issuer: canonicalIssuer(inputText(ctx, a, b)) };
}

// "Thủ tướng đã ban hành chỉ thị 12", "Quyết định … của Thủ tướng": a Vietnamese document issued by
// "the Prime Minister" is the Thủ tướng Chính phủ's, as its code TTg says; one name groups them.
function canonicalIssuer(issuer: string): string {
  return /^thủ tướng$/iu.test(issuer) ? 'Thủ tướng Chính phủ' : issuer;
}

// "Chính phủ đã ban hành nghị định số 44", "UBND tỉnh ra quyết định": the issuer as subject of
// an issuing verb right before the type word.
const ISSUING = new Set(['ra', 'ký', 'hành', 'qua']);
const ISSUING_AUX = new Set(['đã', 'vừa', 'mới', 'ký', 'ban', 'thông']);

/** The issuer named as the subject of "ban hành"/"ra"/"ký" right before token `typeStart` (and its first token), or null. */
export function issuerBefore(ctx: Ctx, typeStart: number): { issuer: string; start: number } | null {
  const t = ctx.tokens;
  // "… được Thủ tướng Chính phủ ban hành theo Quyết định 112": the decision that issued it.
  let k = /^(?:theo|tại|bằng)$/.test(t[typeStart - 1]?.key ?? '') && t[typeStart - 2]?.key === 'hành' ? typeStart - 2 : typeStart - 1;
  // "ban hành", "thông qua" ("Quốc hội đã thông qua Luật …"), "ra", "ký".
  if (!t[k] || !ISSUING.has(t[k]!.key) || (t[k]!.key === 'hành' && t[k - 1]?.key !== 'ban') || (t[k]!.key === 'qua' && t[k - 1]?.key !== 'thông')) return null;
  while (k > 0 && ISSUING_AUX.has(t[k - 1]!.key) && sameLine(ctx, k - 1, k)) k--;
  for (let s = Math.max(0, k - 8); s < k; s++) {
    if (!sameLine(ctx, s, k - 1)) continue;
    const org = parseOrgPhrase(ctx, s);
    const end = org ? org.end : parseTitle(ctx, s)?.end;
    if (end !== k) continue;
    // "QH", "UBND TP": an organ the gazetteer knows whole is reported by its full name.
    const organ = ctx.lex.organs.match(t, s);
    const written = inputText(ctx, t[s]!.start, t[k - 1]!.end);
    return { issuer: organ?.end === k && t[s]!.upper ? organ.value : canonicalIssuer(written), start: s };
  }
  return null;
}

// "Ngày 14/6/2024, Bộ Chính trị ban hành Chỉ thị số 35-CT/TW", "…, ngày 16/5/2003, Thủ tướng đã
// ban hành chỉ thị 12": a date set off before the subject that issues the document. Not when it
// is the tail of the document cited before it ("Quyết định số 5, ngày 14/6/2024, Bộ … ban hành …"):
// the caller passes where that tail ends.
const LEADING_DATE = /[.!?;\n,]\s*(?:vào\s+)?ngày\s+(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})\s*,\s*$/iu;
const LEADING_DATE_WORDS = /[.!?;\n,]\s*(?:vào\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*,\s*$/iu;

/** The date set off before token `start` (the issuer's first token), after offset `notBefore`, or null. */
export function dateBefore(ctx: Ctx, start: number, notBefore = 0): string | null {
  const end = ctx.tokens[start]!.start;
  const from = Math.max(0, notBefore, end - 60);
  // The text's own start counts as a sentence start.
  const before = (from === 0 ? '\n' : '') + ctx.text.slice(from, end);
  const n = LEADING_DATE.exec(before);
  if (n) return isoDate(n[1]!, n[3]!, n[4]!);
  const w = LEADING_DATE_WORDS.exec(before);
  return w ? isoDate(w[1]!, w[2]!, w[3]!) : null;
}

function parseSubject(ctx: Ctx, pos: number): { end: number; subject: string } | null {
  const about = sticky(ABOUT, ctx.text, pos);
  const quote = sticky(OPEN_QUOTE, ctx.text, about ? pos + about[0].length : pos);
  if (!about && !quote) return null;
  let from = pos + (about?.[0].length ?? 0);
  let to: number;
  if (quote) {
    from += quote[0].length;
    const close = ctx.text.indexOf(CLOSE[quote[0].trim()]!, from);
    to = close < 0 || close - from > 300 ? -1 : close;
    if (to < 0) return null;
    return { end: to + 1, subject: inputText(ctx, from, to) };
  }
  const stop = /[;)\n:]|\.(?=\s|$)|,\s*(?:ngày|của)\s/g;
  stop.lastIndex = from;
  to = Math.min(stop.exec(ctx.text)?.index ?? ctx.text.length, from + 150);
  return to > from ? { end: to, subject: inputText(ctx, from, to).trim() } : null;
}

// "Nghị quyết 40 cuối năm 2000 của Quốc hội", "chỉ thị 07 (tháng 4-2003) về …": when it was issued,
// without a full date; read past so the issuer or subject after it is found.
const WHEN = /\s*,?\s*\(?\s*(?:(?:cuối|đầu|giữa)\s+)?(?:năm\s+(?:19|20)\d{2}|tháng\s+\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}|tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})(?![\p{L}\p{N}])\s*\)?/iuy;

/** Reads the tail starting at shadow offset `pos`. */
export function parseTail(ctx: Ctx, pos: number): Tail {
  const tail: Tail = { end: pos, date: null, issuer: null, subject: null };
  for (let step = 0; step < 5; step++) {
    const date = tail.date ? null : parseDate(ctx.text, tail.end);
    if (date) ({ end: tail.end, date: tail.date } = date);
    const issuer = date || tail.issuer ? null : parseIssuer(ctx, tail.end);
    if (issuer) ({ end: tail.end, issuer: tail.issuer } = issuer);
    const term = date || issuer ? -1 : parseTermAt(ctx, tail.end);
    if (term > 0) tail.end = term;
    const when = date || issuer || term > 0 || tail.date ? null : sticky(WHEN, ctx.text, tail.end);
    if (when) tail.end += when[0].length;
    if (date || issuer || term > 0 || when) continue;
    const subject = parseSubject(ctx, tail.end);
    if (subject) ({ end: tail.end, subject: tail.subject } = subject);
    break;
  }
  return tail;
}

function parseTermAt(ctx: Ctx, pos: number): number {
  const comma = sticky(/\s*,?\s*/y, ctx.text, pos);
  const i = tokenAt(ctx.tokens, pos + (comma?.[0].length ?? 0));
  const end = parseTerm(ctx, i);
  return end > 0 ? ctx.tokens[end - 1]!.end : -1;
}
