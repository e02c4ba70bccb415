/**
 * Titles of office ("Phó Bí thư Thường trực Thành ủy khóa XVI"), ranks ("Thượng tướng") and the
 * other words that may stand before a name: degrees ("PGS.TS") and introducers ("đồng chí").
 * ONE_TITLE := pre-modifier* (RANK | ROLE post-modifier* ORGAN-PHRASE?) — vn-entities.md §3.1.
 */
import { claimTokens, DOC, FREE, sameLine, TITLE, type Ctx } from './context.ts';
import { orgHeadEndsAt, parseOrgPhrase, placeName } from './match-organs.ts';
import { skipBefore } from './hot-tokens.ts';
import { isForeignWord } from './match-names.ts';
import { extendToClause, extendToName } from './title-extent.ts';
import type { TokenSpan } from './types.ts';

/** A title over tokens [start, end). */
export interface TitleSpan extends TokenSpan {
  kind: 'title';
  /** A military or police rank rather than an office. */
  rank: boolean;
  /** A foreign office ("Tổng thống", "Thủ tướng Nhật Bản"): the name after it may be foreign. */
  foreign: boolean;
  /** The organ names another country ("Thủ tướng Pakistan"), not only a role often held abroad. */
  foreignOrgan: boolean;
  /** A post in a company ("Giám đốc Công ty 60"): context for a name, but no office. */
  company: boolean;
  /** The canonical role or rank ("Tổng Giám đốc"), and where it ends (before any organ). */
  role: string;
  roleEnd: number;
}

/** A degree chain or an introducer before a name. */
export interface PrefixSpan extends TokenSpan {
  kind: 'degree' | 'introducer';
}

/** Everything that may stand directly before a name. */
export type LeftSpan = TitleSpan | PrefixSpan;

function afterRole(ctx: Ctx, j: number): { end: number; org: boolean; foreign: boolean; company: boolean; domestic: boolean } {
  const post = (k: number): number => {
    for (let m = ctx.lex.postModifiers.match(ctx.tokens, k); m; m = ctx.lex.postModifiers.match(ctx.tokens, k)) k = m.end;
    return k;
  };
  const k = post(j);
  const org = parseOrgPhrase(ctx, k);
  // A company anywhere in the organ: "Trưởng phòng Bảo hiểm con người của Tổng công ty Bảo hiểm";
  // but an association of companies is an association ("Chủ tịch Hiệp hội Doanh nghiệp …").
  let company = !!org && !!ctx.lex.companyHeads.match(ctx.tokens, k);
  const association = ctx.tokens[k]?.key === 'hội' || ctx.tokens[k]?.key === 'hiệp';
  for (let m = k + 1; org && !association && m < org.end && !company; m++) company = !!ctx.lex.companyHeads.match(ctx.tokens, m);
  // A known organ of our own state after the role ("Thủ tướng Chính phủ") makes the office domestic.
  const domestic = !!org && !org.foreign && !!ctx.lex.organs.match(ctx.tokens, k);
  return org ? { end: post(org.end), org: true, foreign: org.foreign, company, domestic } : { end: k, org: false, foreign: false, company, domestic };
}

// Roles that head companies as often as public bodies.
export const BUSINESS_ROLES = new Set(['Giám đốc', 'Tổng Giám đốc']);

// "Phó tổng giám đốc Saigontourist", "Tổng giám đốc Vietravel": a business role before one
// capitalised, non-Vietnamese word that is no known place is a company post (an abbreviation such
// as "ĐHQG" may well be a public body, so it does not count).
function unknownProperNoun(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  if (!t[k]?.cap || !t[k]!.word || t[k]!.upper || !sameLine(ctx, k - 1, k) || placeName(ctx, k)) return false;
  return isForeignWord(t[k]!.key) && !(t[k + 1]?.cap && sameLine(ctx, k, k + 1));
}

/** The title starting at token i, or null. Prefers the longest role that an organ follows. */
export function parseTitle(ctx: Ctx, i: number): TitleSpan | null {
  const t = ctx.tokens;
  // "Ủy ban thường vụ Quốc hội", "Ban Giám đốc", "Ban Bí thư": a role word right after an organ's
  // head word names the body, not a post.
  // (Capitalised: "cán bộ Bộ trưởng", "chức vụ Thứ trưởng" are common nouns before a title.)
  if (orgHeadEndsAt(ctx, i, true)) return null;
  let j = i;
  for (let m = ctx.lex.preModifiers.match(t, j); m; m = ctx.lex.preModifiers.match(t, j)) j = m.end;
  const rank = ctx.lex.ranks.match(t, j);
  if (rank) return { kind: 'title', start: i, end: rank.end, rank: true, foreign: false, foreignOrgan: false, company: false, role: rank.value, roleEnd: rank.end };
  // "Phó phòng": a role that begins with what is otherwise a modifier.
  const roles = ctx.lex.roles.matchAll(t, j).length || j === i ? ctx.lex.roles.matchAll(t, j) : ctx.lex.roles.matchAll(t, i);
  const first = roles[0];
  if (!first) return null;
  // "Trưởng Ban Nội chính Trung ương": the role "Trưởng" + an organ beats the bare role "Trưởng ban".
  for (const role of roles) {
    const after = afterRole(ctx, role.end);
    // "Phó Thủ tướng Chính phủ" is ours: a role that is often foreign ("Thủ tướng") is foreign only
    // when no domestic organ follows it; a wrong "foreign" broke the chain "Ủy viên Bộ Chính trị,
    // Phó Thủ tướng Chính phủ, Chủ tịch … X" (a foreign office does not chain onto a domestic one).
    if (after.org) return { kind: 'title', start: i, end: extendToName(ctx, after.end), rank: false, foreign: after.foreign || (ctx.lex.foreignRoles.has(role.value) && !after.domestic), foreignOrgan: after.foreign, company: after.company, role: role.value, roleEnd: role.end };
  }
  const after = afterRole(ctx, first.end);
  // A company head right after the role ("Tổng Giám đốc EVN", "Giám đốc XN In") is a company
  // post even when the organ parser does not know the rest of the name.
  const company = (BUSINESS_ROLES.has(first.value) && unknownProperNoun(ctx, after.end)) || !!ctx.lex.companyHeads.match(t, after.end);
  return { kind: 'title', start: i, end: extendToName(ctx, after.end), rank: false, foreign: ctx.lex.foreignRoles.has(first.value), foreignOrgan: false, company, role: first.value, roleEnd: first.end };
}

// "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" is one concurrent office: a bare role joins the next title.
function withConcurrent(ctx: Ctx, title: TitleSpan): TitleSpan {
  if (title.rank || title.end - title.start > 2 || ctx.tokens[title.end]?.key !== ',') return title;
  if (!ctx.lex.roles.match(ctx.tokens, title.start)) return title;
  const next = parseTitle(ctx, title.end + 1);
  return next && next.end - next.start > 2 ? { ...next, start: title.start } : title;
}

// "Bộ trưởng Đỗ Trung Tá": a rank written with every syllable capitalised right after a surname
// is the end of a name (ranks are written "Trung tá").
function rankInName(ctx: Ctx, title: TitleSpan): boolean {
  const t = ctx.tokens;
  const prev = t[title.start - 1];
  if (!title.rank || !prev?.cap || !ctx.lex.surnames.has(prev.key) || !sameLine(ctx, title.start - 1, title.start)) return false;
  for (let k = title.start; k < title.end; k++) if (!t[k]!.cap) return false;
  return true;
}

/** Finds every title left to right (leftmost-longest) and claims its tokens. */
export function findTitles(ctx: Ctx): TitleSpan[] {
  const out: TitleSpan[] = [];
  const hot = ctx.hot.titles;
  for (let h = 0; h < hot.length; h++) {
    // A title starts with a pre-modifier, rank or role: the hot list holds the words that may.
    const i = hot[h]!;
    if (ctx.claim[i] === DOC) continue;
    const parsed = parseTitle(ctx, i);
    const title = parsed && extendToClause(ctx, withConcurrent(ctx, parsed));
    if (!title || ctx.claim.subarray(title.start, title.end).includes(DOC) || rankInName(ctx, title)) continue;
    out.push(title);
    claimTokens(ctx, title.start, title.end, TITLE);
    h = skipBefore(hot, h, title.end);
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
  const hot = ctx.hot.prefixes;
  for (let h = 0; h < hot.length; h++) {
    const i = hot[h]!;
    if (ctx.claim[i] !== FREE) continue;
    const degree = degreeChain(ctx, i);
    const intro = degree < 0 ? ctx.lex.introducers.match(ctx.tokens, i) : null;
    const end = degree > 0 ? degree : intro ? intro.end : -1;
    if (end < 0) continue;
    out.push({ kind: degree > 0 ? 'degree' : 'introducer', start: i, end });
    h = skipBefore(hot, h, end);
  }
  return out;
}
