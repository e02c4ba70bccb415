/**
 * Words that tell a title or an organ name has ended and the clause has moved on: function words,
 * predicate verbs, time adverbials. Organ names are noun phrases, often written in lower case
 * ("Trung tâm Dự báo khí tượng thuỷ văn"), so these lists are what bound them.
 */
import type { Ctx } from './context.ts';

/** Words that end a title: a verb or a function word means the clause has moved on. */
export const TITLE_STOPS = new Set(['đã', 'đang', 'sẽ', 'cho', 'là', 'và', 'với', 'được', 'bị', 'có', 'không', 'vừa', 'cũng', 'tại', 'ở', 'khi', 'theo', 'về', 'thì', 'mà', 'này', 'đó']);
/** Reporting verbs that follow an apposition without a comma ("X, Trưởng ban … TP cho biết"). */
export const REPORTING = new Set(['cho biết', 'cho rằng', 'cho hay', 'khẳng định', 'nhấn mạnh', 'phát biểu', 'trả lời', 'chia sẻ', 'thông tin', 'nhận định', 'đề nghị', 'bày tỏ', 'tiết lộ', 'giải thích', 'xác nhận', 'nói', 'kiến nghị', 'đề xuất']);
/**
 * Lower-case words no organ name contains: meeting one, the clause has moved on and the title is
 * left as parsed ("… Bộ Chỉ huy Quân sự tỉnh cùng …", "… nhìn nhận").
 */
export const NOT_ORGAN = new Set([
  ...TITLE_STOPS, 'cùng', 'kiêm', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'ngày', 'lúc', 'nay', 'rằng', 'nên', 'nhưng', 'do', 'để',
  'như', 'thăm', 'trao', 'tặng', 'đến', 'đi', 'làm', 'nhớ', 'chúc', 'gặp', 'ký', 'đều', 'vẫn', 'còn', 'chưa', 'phải', 'muốn', 'thấy',
  'biết', 'hỏi', 'gửi', 'mời', 'đón', 'nghe', 'xem', 'nêu', 'lên', 'lo', 'góp', 'nhìn',
]);
/** Two-syllable verbs whose syllables also occur in organ names ("thông báo" / "Giao thông", "kiểm tra" / "ban kiểm phiếu"). */
export const NOT_ORGAN_PAIRS = new Set(['thông báo', 'tham gia', 'nhận xét', 'phát động', 'chủ trì', 'ban hành', 'kiểm tra', 'hiện nay', 'tiếp tục', 'dự kiến',
  // "… Bộ trưởng Bộ Quốc phòng dẫn đầu đoàn công tác của Quân ủy Trung ương, …": a verb, though "đầu" is an organ word elsewhere.
  'dẫn đầu']);

// First syllables of the two-syllable entries: only after one of these is the pair string built
// and hashed. title-extent.ts and match-organs.ts ask per token; with a pair string per call,
// notOrgan + reportingAt + clauseGoesOn were ~2.5–3% of recognise()'s samples (bundled VNTC pass,
// CPU profile, 2 processes each), with this notOrgan ~0.6% and the others below 0.5%.
const firstSyllables = (words: Set<string>): Set<string> => new Set([...words].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
const NOT_ORGAN_FIRST = firstSyllables(NOT_ORGAN_PAIRS);
const REPORTING_FIRST = firstSyllables(REPORTING);

/** True when token k (lower case) is a word no organ name contains. */
export function notOrgan(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.cap) return false;
  const key = t.key;
  return NOT_ORGAN.has(key) || (NOT_ORGAN_FIRST.has(key) && NOT_ORGAN_PAIRS.has(`${key} ${ctx.tokens[k + 1]?.key}`));
}

/** True when a reporting verb starts at token k ("cho biết", "khẳng định", "nói"). */
export function reportingAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.cap) return false;
  const key = t.key;
  // "Trung tâm Công nghệ thông tin": "thông tin" after "công nghệ" is information, not "reported".
  if (key === 'thông' && ctx.tokens[k - 1]?.key === 'nghệ') return false;
  return REPORTING.has(key) || (REPORTING_FIRST.has(key) && REPORTING.has(`${key} ${ctx.tokens[k + 1]?.key}`));
}
