/**
 * Where a title ends when its organ is written freely ("Giám đốc Trung tâm Dự báo khí tượng thuỷ
 * văn tỉnh Sóc Trăng", "Phó giám đốc bệnh viện"): the organ gazetteers stop early, so the words up
 * to a clear end belong to the title. A clear end is a name that follows (shape A), or punctuation,
 * a line break or a predicate word (shape B: "X, T …, cho biết"). Without one the title is left as
 * parsed, so a title never swallows the clause that follows it.
 */
import { notOrgan, reportingAt } from './clause-words.ts';
import { DOC, sameLine, type Ctx } from './context.ts';
import { isNameStart, orgHeadEndsAt, parseOrgPhrase, placeName } from './match-organs.ts';
import { isForeignWord, isNameWord } from './match-names.ts';
import type { TitleSpan } from './match-titles.ts';

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')']);
const APPOSITION = new Set([',', '-', '(']);

// Only a full name (three capitalised syllables) pulls the title on: "… Vũ Quang," is a place.
function fullNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  return !!t[k + 2]?.cap && t[k + 2]!.word && sameLine(ctx, k, k + 2) && t[k + 1]!.end < t[k + 2]!.start;
}

// "… Lào - Việt Nam Thonglun Xixulit", "Singapore Lee Hsien Loong": a run of two to four
// capitalised words, one of them not Vietnamese-shaped, that is not a known place.
function foreignNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  let foreign = false;
  let j = k;
  // The run stops where a Vietnamese name starts ("Vinashin Nguyễn Quốc Ánh").
  for (; j < t.length && j - k < 4 && t[j]!.cap && t[j]!.word && !t[j]!.upper && (j === k || (sameLine(ctx, j - 1, j) && !isNameStart(ctx, j))); j++) {
    if (!isNameWord(t[j]!.key)) return false;
    foreign ||= isForeignWord(t[j]!.key);
  }
  // "Phó giám đốc Hanoi Toserco Mai Tiến Dũng": a company before a Vietnamese name; and
  // "trường Ealing Hammersmith": right after an organ head the run names the organ.
  return foreign && j - k >= 2 && !placeName(ctx, k) && !isNameStart(ctx, j) && !orgHeadEndsAt(ctx, k);
}


// "Lào - Việt Nam", "Giáo dục - Đào tạo": a hyphen spaced on both sides joins capitalised words;
// "Bộ GD-ĐT", "Sở TN-MT": one with no space on either side joins an abbreviation.
function joiningHyphen(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  if (t[k]!.key !== '-' || k === 0 || !t[k + 1]?.cap) return false;
  const spaced = t[k - 1]!.end < t[k]!.start && t[k]!.end < t[k + 1]!.start;
  const inner = t[k - 1]!.end === t[k]!.start && t[k]!.end === t[k + 1]!.start && t[k - 1]!.cap;
  return spaced || inner;
}

/**
 * "Giám đốc Khu bảo tồn thiên nhiên Vũ Quang Phạm Văn Ngoàn": when a name follows within a few
 * words on the same line, the words between belong to the title (shape A). Returns the extended
 * end, or `end` when no name follows.
 */
export function extendToName(ctx: Ctx, end: number): number {
  const t = ctx.tokens;
  for (let k = end; k < t.length && k - end <= 8; k++) {
    const tk = t[k]!;
    // "Trưởng ban quản lý chợ Thành Công, bà Đặng Thị Bích Hằng": the title, a comma, an honorific
    // and the name (shape A with the honorific in between).
    const intro = tk.key === ',' && k > end ? ctx.lex.introducers.match(t, k + 1) : null;
    if (intro && isNameStart(ctx, intro.end)) return k;
    if (isNameStart(ctx, k)) return k === end || fullNameAt(ctx, k) ? k : end;
    if (ctx.lex.introducers.match(t, k)) break;
    // "Đại sứ Mỹ tại VN Michael Marine", "Tổng Lãnh sự Lào tại TPHCM": the post's seat.
    const seat = tk.key === 'tại' && t[k + 1]?.cap && sameLine(ctx, k, k + 1) ? placeName(ctx, k + 1) : null;
    if (seat) {
      k = seat.end - 1;
      continue;
    }
    if (foreignNameAt(ctx, k)) return t[k - 1]?.key === '-' && k - 1 > end ? k - 1 : k;
    const place = tk.cap ? placeName(ctx, k) : null;
    if (place) k = place.end - 1;
    else if ((!tk.word && !tk.digit && !joiningHyphen(ctx, k)) || notOrgan(ctx, k) || ctx.claim[k] === DOC || !sameLine(ctx, k - 1, k)) break;
    else if (ctx.lex.introducers.match(t, k) || ctx.lex.roles.match(t, k)) break;
  }
  return end;
}

/**
 * Token index where the clause after the title cleanly ends it, or -1. Punctuation or a line end
 * counts only after an apposition ("X, T …, cho biết"); a reporting verb counts anywhere.
 */
function clauseEnd(ctx: Ctx, title: TitleSpan): number {
  const t = ctx.tokens;
  const before = t[title.start - 1];
  const appos = !!before && APPOSITION.has(before.key) && !!t[title.start - 2]?.cap && sameLine(ctx, title.start - 2, title.start);
  // In apposition a comma must close the title, so a longer free-form organ is safe to take
  // ("…, Phó giám đốc Ban quản lý các dự án trọng điểm phát triển đô thị Hà Nội, …").
  const limit = appos ? 14 : 10;
  for (let k = title.end; k - title.end <= limit; k++) {
    const tk = t[k];
    if (!tk || !sameLine(ctx, k - 1, k) || CLAUSE_PUNCT.has(tk.key)) {
      if (!appos) return -1;
      const parent = tk?.key === ',' ? parentOrgan(ctx, k + 1) : tk?.key === '(' ? parentInParens(ctx, k + 1) : -1;
      return parent > 0 ? parent : k;
    }
    if (reportingAt(ctx, k)) return k;
    if (ctx.claim[k] === DOC || (!tk.word && !tk.digit && !joiningHyphen(ctx, k)) || notOrgan(ctx, k)) return -1;
    // In apposition the person was named before the title: a two-word capitalised run that closes
    // the clause after free organ words ("…, Giám đốc Khu bảo tồn thiên nhiên Vũ Quang, đều …") is a
    // place in the organ. Right after the title it is a name ("…, nguyên Tổng Bí thư Đỗ Mười, …").
    if (appos && k > title.end && isNameStart(ctx, k) && placeBeforeClose(ctx, k)) {
      k++;
      continue;
    }
    // A name is never part of the title: "…, Thứ trưởng Bộ Tài chính Vũ Văn Ninh"; and after a title
    // not in apposition a foreign name may follow ("Thủ tướng Jamali"): unsure.
    if (isNameStart(ctx, k) || (!appos && tk.cap && isForeignWord(tk.key) && !placeName(ctx, k))) return -1;
    if (ctx.lex.introducers.match(t, k) || ctx.lex.roles.match(t, k) || ctx.lex.ranks.match(t, k)) return -1;
  }
  return -1;
}

// "Vũ Quang" + a comma or the line's end: two capitalised words and nothing after them in the clause.
function placeBeforeClose(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  const next = t[k + 1];
  if (!next?.cap || !next.word || !sameLine(ctx, k, k + 1)) return false;
  const after = t[k + 2];
  return !after || !sameLine(ctx, k + 1, k + 2) || CLAUSE_PUNCT.has(after.key);
}

const CLOSES = new Set([',', '.', ';', ')', ':']);

/**
 * The body a unit belongs to, after the comma that ends the unit: "…, Giám đốc Trung tâm tin học,
 * Bộ Giáo dục - Đào tạo cho biết", "…, Phó Vụ trưởng Vụ CCHC, Văn phòng Chính phủ, cho biết".
 * Taken when a reporting verb follows it, or when it is an organ the gazetteer knows and the
 * clause closes after it. Returns where it ends, or -1 (another title, a name, a clause going on).
 */
function parentOrgan(ctx: Ctx, k: number): number {
  const t = ctx.tokens;
  if (!t[k]?.cap || !sameLine(ctx, k - 1, k) || ctx.lex.roles.match(t, k) || ctx.lex.ranks.match(t, k) || ctx.lex.introducers.match(t, k)) return -1;
  const org = parseOrgPhrase(ctx, k);
  if (!org) return -1;
  const next = t[org.end];
  if (next && sameLine(ctx, org.end - 1, org.end) && reportingAt(ctx, org.end)) return org.end;
  const closes = !next || !sameLine(ctx, org.end - 1, org.end) || CLOSES.has(next.key);
  return closes && ctx.lex.organs.match(t, k) ? org.end : -1;
}

/** "…, Vụ trưởng Vụ CCHC (Văn phòng Chính phủ), …": a known parent organ in parentheses. */
function parentInParens(ctx: Ctx, k: number): number {
  const t = ctx.tokens;
  if (!t[k]?.cap || !ctx.lex.organs.match(t, k)) return -1;
  const org = parseOrgPhrase(ctx, k);
  return org && t[org.end]?.key === ')' && sameLine(ctx, k, org.end) ? org.end + 1 : -1;
}

// "Viện trưởng VKSND tối cao mạnh dạn đề xuất …", "Bộ trưởng Bộ Quốc phòng dẫn đầu …": a ministry,
// a supreme court or procuracy, or a committee of the National Assembly, known whole to the
// gazetteer, has not stopped early: nothing after it is free-form organ text. (Generic organs —
// "Huyện ủy", "Chi bộ", "Ban Chỉ đạo", even "Chính phủ" — take a complement: "… Huyện ủy Tân Hiệp",
// "… Chính phủ nước CHDCND Lào".)
const COMPLETE_ORGAN = /^Bộ \p{Lu}|tối cao$/u;
function endsWithKnownOrgan(ctx: Ctx, title: TitleSpan): boolean {
  for (let s = title.roleEnd; s < title.end; s++) {
    // The words as written, not the canonical form: a code such as "Y tế" expands to "Bộ Y tế".
    if (ctx.lex.organs.match(ctx.tokens, s)?.end !== title.end) continue;
    const written = ctx.text.slice(ctx.tokens[s > 0 && ctx.tokens[s - 1]!.key === 'của' ? s - 1 : s]!.start, ctx.tokens[title.end - 1]!.end);
    if (COMPLETE_ORGAN.test(written) || /^của Quốc hội$/u.test(written)) return true;
  }
  return false;
}

/** The title with free-form organ words up to a clean end of the clause (see the module comment). */
export function extendToClause(ctx: Ctx, title: TitleSpan): TitleSpan {
  if (title.rank || endsWithKnownOrgan(ctx, title)) return title;
  let end = clauseEnd(ctx, title);
  if (end > title.end && ctx.tokens[end - 1]!.key === '-') end--; // "Thị trưởng thành phố Adelaide - …"
  return end > title.end ? { ...title, end } : title;
}
