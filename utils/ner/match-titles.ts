/**
 * Titles of office ("Phó Bí thư Thường trực Thành ủy khóa XVI"), ranks ("Thượng tướng") and the
 * other words that may stand before a name: degrees ("PGS.TS") and introducers ("đồng chí").
 * ONE_TITLE := pre-modifier* (RANK | ROLE post-modifier* ORGAN-PHRASE?) — vn-entities.md §3.1.
 */
import { claimTokens, DOC, FREE, sameLine, TITLE, type Ctx } from './context.ts';
import { isNameStart, parseOrgPhrase } from './match-organs.ts';
import type { TokenSpan } from './types.ts';

/** A title over tokens [start, end). */
export interface TitleSpan extends TokenSpan {
  kind: 'title';
  /** A military or police rank rather than an office. */
  rank: boolean;
  /** A foreign office ("Tổng thống", "Thủ tướng Nhật Bản"): the name after it may be foreign. */
  foreign: boolean;
  /** A post in a company ("Giám đốc Công ty 60"): context for a name, but no office. */
  company: boolean;
}

/** A degree chain or an introducer before a name. */
export interface PrefixSpan extends TokenSpan {
  kind: 'degree' | 'introducer';
}

/** Everything that may stand directly before a name. */
export type LeftSpan = TitleSpan | PrefixSpan;

function afterRole(ctx: Ctx, j: number): { end: number; org: boolean; foreign: boolean; company: boolean } {
  const post = (k: number): number => {
    for (let m = ctx.lex.postModifiers.match(ctx.tokens, k); m; m = ctx.lex.postModifiers.match(ctx.tokens, k)) k = m.end;
    return k;
  };
  const k = post(j);
  const org = parseOrgPhrase(ctx, k);
  const company = !!org && !!ctx.lex.companyHeads.match(ctx.tokens, k);
  return org ? { end: post(org.end), org: true, foreign: org.foreign, company } : { end: k, org: false, foreign: false, company };
}

// Words that end a title: a verb or a function word means the clause has moved on.
const TITLE_STOPS = new Set(['đã', 'đang', 'sẽ', 'cho', 'là', 'và', 'với', 'được', 'bị', 'có', 'không', 'vừa', 'cũng', 'tại', 'ở', 'khi', 'theo', 'về', 'thì', 'mà', 'này', 'đó']);

/**
 * "Giám đốc Khu bảo tồn thiên nhiên Vũ Quang Phạm Văn Ngoàn": organ names are often written in
 * lower case; when a name follows within a few words on the same line, the words between belong
 * to the title (shape A). Returns the extended end, or `end` when no name follows.
 */
function extendToName(ctx: Ctx, end: number): number {
  const t = ctx.tokens;
  for (let k = end; k < t.length && k - end <= 8; k++) {
    const tk = t[k]!;
    if (isNameStart(ctx, k)) return k === end || fullNameAt(ctx, k) ? k : end;
    if ((!tk.word && !tk.digit) || TITLE_STOPS.has(tk.key) || ctx.claim[k] === DOC || !sameLine(ctx, k - 1, k)) break;
    if (ctx.lex.introducers.match(t, k) || ctx.lex.roles.match(t, k)) break;
  }
  return end;
}

// Only a full name (three capitalised syllables) pulls the title on: "… Vũ Quang," is a place.
function fullNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  return !!t[k + 2]?.cap && t[k + 2]!.word && sameLine(ctx, k, k + 2) && t[k + 1]!.end < t[k + 2]!.start;
}

/** The title starting at token i, or null. Prefers the longest role that an organ follows. */
export function parseTitle(ctx: Ctx, i: number): TitleSpan | null {
  const t = ctx.tokens;
  let j = i;
  for (let m = ctx.lex.preModifiers.match(t, j); m; m = ctx.lex.preModifiers.match(t, j)) j = m.end;
  const rank = ctx.lex.ranks.match(t, j);
  if (rank) return { kind: 'title', start: i, end: rank.end, rank: true, foreign: false, company: false };
  const roles = ctx.lex.roles.matchAll(t, j);
  const first = roles[0];
  if (!first) return null;
  // "Trưởng Ban Nội chính Trung ương": the role "Trưởng" + an organ beats the bare role "Trưởng ban".
  for (const role of roles) {
    const after = afterRole(ctx, role.end);
    if (after.org) return { kind: 'title', start: i, end: extendToName(ctx, after.end), rank: false, foreign: after.foreign || ctx.lex.foreignRoles.has(role.value), company: after.company };
  }
  const after = afterRole(ctx, first.end);
  return { kind: 'title', start: i, end: extendToName(ctx, after.end), rank: false, foreign: ctx.lex.foreignRoles.has(first.value), company: false };
}

// "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" is one concurrent office: a bare role joins the next title.
function withConcurrent(ctx: Ctx, title: TitleSpan): TitleSpan {
  if (title.rank || title.end - title.start > 2 || ctx.tokens[title.end]?.key !== ',') return title;
  if (!ctx.lex.roles.match(ctx.tokens, title.start)) return title;
  const next = parseTitle(ctx, title.end + 1);
  return next && next.end - next.start > 2 ? { ...next, start: title.start } : title;
}

/** Finds every title left to right (leftmost-longest) and claims its tokens. */
export function findTitles(ctx: Ctx): TitleSpan[] {
  const out: TitleSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claim[i] === DOC || !ctx.tokens[i]!.word) continue;
    const parsed = parseTitle(ctx, i);
    const title = parsed && withConcurrent(ctx, parsed);
    if (!title || ctx.claim.subarray(title.start, title.end).includes(DOC)) continue;
    out.push(title);
    claimTokens(ctx, title.start, title.end, TITLE);
    i = title.end - 1;
  }
  return out;
}

/** "PGS.TS", "PGS, TS", "GS. TS.", "TS": end of a degree chain at token i, or -1. */
function degreeChain(ctx: Ctx, i: number): number {
  const t = ctx.tokens;
  if (!t[i]?.cap) return -1;
  let m = ctx.lex.degrees.match(t, i);
  if (!m) return -1;
  let end = m.end;
  for (;;) {
    const sep = t[end]?.key === '.' || t[end]?.key === ',' || t[end]?.key === '-' ? 1 : 0;
    m = t[end + sep]?.cap ? ctx.lex.degrees.match(t, end + sep) : null;
    if (!m) break;
    end = m.end;
  }
  return t[end]?.key === '.' ? end + 1 : end;
}

/** Degree chains and introducers on free tokens. */
export function findPrefixes(ctx: Ctx): PrefixSpan[] {
  const out: PrefixSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claim[i] !== FREE || !ctx.tokens[i]!.word) continue;
    const degree = degreeChain(ctx, i);
    const intro = degree < 0 ? ctx.lex.introducers.match(ctx.tokens, i) : null;
    const end = degree > 0 ? degree : intro ? intro.end : -1;
    if (end < 0) continue;
    out.push({ kind: degree > 0 ? 'degree' : 'introducer', start: i, end });
    i = end - 1;
  }
  return out;
}
