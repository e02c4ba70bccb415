/**
 * The words that name boilerplate boxes, Vietnamese first, then English for the benchmark.
 * Data, reviewed like code: a phrase here removes the whole small box it heads.
 */

// Trailing bits a box title may carry: a colon, a count "(12)", an arrow.
// Leading arrows and bullets: ">> Xem thêm:", "» Tin liên quan".
const LEAD_IN = String.raw`^[\s>»›•*\-–—]*`;

const TAIL = String.raw`\s*(?:[:：»>›…|\-–—]|\(\d+\)|\d+)*\s*$`;

/** Titles that mean boilerplate only when they are the whole text ("Chia sẻ" can start a sentence). */
const EXACT = [
  'bình luận', 'chia sẻ', 'chia sẻ bài viết', 'tin mới', 'tin mới nhất', 'mới nhất', 'đọc nhiều',
  'đọc nhiều nhất', 'xem nhiều', 'xem nhiều nhất', 'tin khác', 'các tin khác', 'tin đã đưa', 'tiêu điểm',
  'in bài', 'bản in', 'gửi email', 'gửi bài', 'video clips?', 'video', 'thông tin tòa soạn', 'quảng cáo',
  'comments?', 'share', 'share this( article| story)?', 'print', 'email', 'trending', 'recommended',
  'most (read|popular|viewed)', 'advertisement', 'newsletter', 'sign up', 'tags?', 'topics',
  'more (stories|news|from \S+( \S+)?)', 'you (may|might) also like', 'about the author', 'also on \S+',
  'sign in', 'log in', 'subscribe', 'image \d+ of( / \d+)?', 'continue reading( below)?', 'more great \S+ stories',
  'citation', 'nghe nhanh( tin nổi bật)?', 'nghe (bài viết|đọc bài|audio)', 'like this story\? share it with a friend!',
];

/** Titles that mean boilerplate at the start of a short heading ("Tin liên quan đến …"). */
const PREFIX = [
  'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi bình luận', 'gửi ý kiến', 'viết bình luận', 'bình luận của bạn',
  'bài cùng chuyên mục', 'tin cùng chuyên mục', 'cùng chuyên mục', 'tin liên quan', 'bài liên quan',
  'bài viết liên quan', 'tin bài liên quan', 'xem thêm', 'đọc thêm', 'giới thiệu tạp chí in',
  'tra cứu tạp chí in', 'từ khóa', 'từ khoá', 'tags:', 'related( articles| stories| news| posts| coverage| content)?:?$',
  'read more', 'see also', 'leave a (comment|reply)', 'join the conversation', 'more on this',
];

const alternation = (list: string[]) => list.join('|');

/** Whole-text match for the EXACT titles. */
export const EXACT_HEADING = new RegExp(`${LEAD_IN}(?:${alternation(EXACT)})${TAIL}`, 'iu');

/** Start-of-text match for the PREFIX titles, ending at a word boundary (Unicode-aware). */
export const PREFIX_HEADING = new RegExp(`${LEAD_IN}(?:${alternation(PREFIX)})(?![\\p{L}\\p{N}])`, 'iu');

/** Link texts of share / print / e-mail toolbars. */
export const TOOL_LINK = new RegExp(
  `^(?:in bài|in bài viết|bản in|gửi email|gửi e-mail|gửi cho bạn bè|chia sẻ|lưu bài|print|email|share)${TAIL}`,
  'iu',
);
