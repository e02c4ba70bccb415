/**
 * Vietnamese author lines ("PGS.TS Nguyễn Văn A", "PGS, TS LÊ THỊ HẰNG NGA", "Minh Châu (TTXVN)",
 * "T.H", "Theo TTXVN") as citation names. A Vietnamese name is surname first, so family is the
 * first syllable and given is the rest; everything else (initials, agencies, pen names) is a
 * literal, so citation styles print it as written instead of inventing "Giang, T.".
 */

/** A name as CSL-JSON writes it. */
export type CitationName = { family: string; given: string } | { literal: string };

// Academic degrees and ranks printed before a name; they are not part of it.
const DEGREES = new RegExp(
  String.raw`^(?:(?:GS|PGS|TSKH|TS|ThS|NCS|CN|KS|BS|LS|Nhà báo|Luật sư|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|uý|tướng)|Đại tướng)(?:\.\s*|,\s*|\s+|$))+`,
  'u',
);
const ATTRIBUTION = /^(?:theo|nguồn\s*:|bài và ảnh\s*:|bài,? ảnh\s*:|bài\s*:|tin,? ảnh\s*:|ảnh\s*:)\s*/iu;
const SPLIT = /\s+[-–—]\s+|\s*[,;]\s*|\s+và\s+/u;
const WORD = /^\p{Lu}\p{L}*$/u;
// Signatures in initials: "T.H", "N.V.A", "Ng.Hà".
const INITIALS = /^(?:\p{Lu}\p{L}{0,4}\s?\.\s?)+\p{Lu}\p{L}{0,4}\.?$/u;

// The commonest surnames (together well over 90% of people). A two-syllable byline whose first
// syllable is none of these is taken as a pen name ("Thu Giang", "Khánh Linh"), not surname + name.
const SURNAMES = new Set(
  ('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Trịnh Trương Lâm Lương ' +
    'Mai Tạ Hà Cao Tô Thái Chu Kiều Lưu Quách Vương Tăng Đàm Châu Triệu Khúc La Hứa Phùng Nghiêm Doãn Khổng Giang ' +
    'Âu Hàn Mạc Lại Tống Thân Từ Ninh Quan Bạch Diệp Lục Mạch Viên Đồng Kim Lò Phí Ông Ung Vi Lã')
    .normalize('NFC')
    .split(' '),
);

/** The authors named by a byline; [] for an empty one. */
export function parseByline(byline: string | null | undefined): CitationName[] {
  const text = (byline ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  // "Theo TTXVN" (according to the news agency): the source is the author.
  if (/^theo\s/iu.test(text)) return [{ literal: text.replace(ATTRIBUTION, '') }];
  const parts = text
    .replace(ATTRIBUTION, '')
    .replace(/\s*\([^()]*\)/g, '')
    .split(SPLIT)
    .map((p) => p.replace(DEGREES, '').trim())
    .filter(Boolean);
  const names = parts.map(toName);
  const people = names.filter((n): n is CitationName => n !== null);
  // A part with lower-case words is a job title after the name ("…, nguyên Phó Chủ tịch …").
  if (people.length) return people;
  return [{ literal: text }];
}

/** A person's name from one part of a byline, a literal for initials, null for a job title. */
function toName(part: string): CitationName | null {
  if (INITIALS.test(part)) return { literal: part };
  const words = part.split(' ');
  if (!words.every((w) => WORD.test(w))) return null;
  if (words.length < 2 || words.length > 5) return { literal: part };
  const cased = words.map(titleCase);
  const [family = '', ...given] = cased;
  if (words.length === 2 && !SURNAMES.has(family)) return { literal: cased.join(' ') };
  return { family, given: given.join(' ') };
}

/** "LÊ" → "Lê"; papers often print signatures in capitals. Mixed case is kept as printed. */
function titleCase(word: string): string {
  if (word !== word.toLocaleUpperCase('vi') || word.length < 2) return word;
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
