/**
 * Author lines: structured ones (JSON-LD, meta, byline elements) and the signature Vietnamese
 * articles end with ("T.H", "PV", "Theo TTXVN", "PGS.TS Nguyễn Văn A", "Minh Châu (TTXVN)").
 */
import { normalizeSpace } from './text-utils.ts';

const TITLES = String.raw`(?:GS|PGS|TS|ThS|NCS|CN|KS|BS|LS|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Nhà báo|Luật sư)\.?\s*`;
const NOTE = String.raw`(?:\s*\([^()]{1,40}\))?`;
// "T.H", "H.A", "N.V.A", "PV", "TTXVN", "Ng.Hà"
const INITIALS = new RegExp(String.raw`^(?:\p{Lu}\p{L}{0,4}\s?\.\s?)+\p{Lu}\p{L}{0,4}\.?${NOTE}$|^\p{Lu}{2,6}${NOTE}$`, 'u');
// "Nguyễn Văn A", "PGS.TS Nguyễn Văn A", "Minh Châu (TTXVN)"
// Words are Capitalised or, as many papers print the signature, ALL CAPS ("HOÀNG VIỆT").
const WORD = String.raw`\p{Lu}(?:\p{Ll}*|\p{Lu}*)`;
const NAME = new RegExp(String.raw`^(?:${TITLES})*${WORD}(?:\s${WORD}){1,4}${NOTE}$`, 'u');
// "Theo TTXVN", "Nguồn: Báo Nhân Dân", "Bài và ảnh: Thanh Hà"
const ATTRIBUTION = /^(?:theo|nguồn\s*:|bài và ảnh\s*:|bài, ảnh\s*:|bài\s*:|tin, ảnh\s*:)\s*\S.{0,58}$/iu;
const JOINER = /\s+[-–]\s+|\s*,\s*|\s+và\s+/;

/** True when a short last line of a Vietnamese article is the author signature, not a sentence. */
export function isSignature(line: string): boolean {
  const text = normalizeSpace(line);
  if (!text || text.length > 60) return false;
  if (ATTRIBUTION.test(text)) return true;
  // Initials may end with a dot ("T.H."); a name or sentence that ends with punctuation is prose.
  return text.split(JOINER).every((part) => INITIALS.test(part) || NAME.test(part));
}

/** Cleans a structured byline: drops "By"/"Tác giả:" prefixes, URLs, and site-name-as-author. */
export function cleanByline(raw: string | null | undefined, siteName: string | null): string | null {
  const text = normalizeSpace(raw).replace(/^(?:by|tác giả|bài)\s*:?\s+/i, '');
  if (!text || text.length > 100 || /^https?:\/\//.test(text)) return null;
  if (siteName && text.toLowerCase() === siteName.toLowerCase()) return null;
  return text;
}
