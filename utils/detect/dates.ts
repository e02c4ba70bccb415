/**
 * Dates as news pages print them, and their conversion to ISO 8601 with an offset. The detector
 * uses the patterns to spot a dated byline; the extractor uses parseVietnameseDate for publishedAt.
 * This is the one copy of these regexes (STYLE 3.10): import it, do not re-declare it.
 */

/** Offset assumed for Vietnamese pages that print a local time without a zone (Indochina Time). */
export const VIETNAM_OFFSET = '+07:00';

/**
 * Printed Vietnamese date forms. Day comes before month everywhere in Vietnamese, and the
 * separator is "/", "-" or "." ("7/11/2020", "07-11-2020", "07.11.2020").
 */
export const VN_DATE_PATTERNS = {
  /** d/m/yyyy with / - or . between the parts. */
  dmy: /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/,
  /** "ngày 7 tháng 11 năm 2020", the formal form of government documents. */
  words: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i,
  /** yyyy-mm-dd, machine dates that some CMSs print as they are. */
  ymd: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/,
  /** "15:54", "15:54:07", "15h54"; the "15:54'" apostrophe is one Party-press CMS's minute mark. */
  time: /(?<!\d)([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?::([0-5]\d))?(?!\d)/i,
  /** "GMT+7", "(GMT+07:00)", "UTC+7", or a bare "+07:00" right after a time. */
  zone: /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|(?<=\d)\s*([+-])(\d{2}):?(\d{2})\b/i,
} as const;

/** English byline dates ("May 24, 2019", "24 May 2019", "Updated 0412 GMT ... May 24, 2019"). */
export const EN_DATE_PATTERN =
  /\b(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b/i;

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when a short text carries a printed date in a Vietnamese, English or ISO form. */
export function looksLikeDate(text: string): boolean {
  const { dmy, words, ymd } = VN_DATE_PATTERNS;
  return dmy.test(text) || ymd.test(text) || EN_DATE_PATTERN.test(text) || words.test(text);
}

/** Normalises a machine date ("2020-11-07T15:54:00Z", "2020-11-07 15:54") to ISO with offset. */
export function normalizeIsoDate(value: string, defaultOffset = VIETNAM_OFFSET): string | null {
  const v = value.trim();
  if (!ISO.test(v)) return null;
  const [date = '', rest = ''] = v.split(/[T ]/, 2);
  const time = /^(\d{2}:\d{2})(:\d{2})?/.exec(rest);
  const zone = /(Z|[+-]\d{2}:?\d{2})$/i.exec(v)?.[1];
  // Keep the page's own offset: the instant must not move. Only "Z" is spelled out.
  const offset = !zone ? defaultOffset : /z/i.test(zone) ? '+00:00' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!isValidDay(y, m, d)) return null;
  return `${date}T${time ? `${time[1]}${time[2] ?? ':00'}` : '00:00:00'}${offset}`;
}

function findDate(text: string): [number, number, number] | null {
  const { dmy, words, ymd } = VN_DATE_PATTERNS;
  const iso = ymd.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const m = dmy.exec(text) ?? words.exec(text);
  return m ? [Number(m[3]), Number(m[2]), Number(m[1])] : null;
}

function findOffset(text: string, fallback: string): string {
  const z = VN_DATE_PATTERNS.zone.exec(text);
  if (!z) return fallback;
  const hh = z[2] ?? z[5] ?? '0';
  const mm = z[3] ?? z[6] ?? '00';
  return `${z[1] ?? z[4] ?? '+'}${pad(hh)}:${pad(mm)}`;
}

/**
 * Parses a printed Vietnamese date ("15:54' 7/11/2020", "Thứ bảy, 07/11/2020 - 15:54",
 * "07/11/2020 15:54 (GMT+7)", "Cập nhật: 07-11-2020") or a machine date into ISO 8601.
 * Without a printed zone the offset is `defaultOffset` (+07:00); ISO input keeps its own.
 * @returns "2020-11-07T15:54:00+07:00", or null when no valid date is found.
 */
export function parseVietnameseDate(text: string, defaultOffset = VIETNAM_OFFSET): string | null {
  const iso = normalizeIsoDate(text, defaultOffset);
  if (iso) return iso;
  const date = findDate(text);
  if (!date || !isValidDay(...date)) return null;
  const [y, m, d] = date;
  const { dmy, ymd, words, time } = VN_DATE_PATTERNS;
  // Read time and zone outside the date itself, so "07.11.2020" is not read as 07:11
  // and "07-11-2020" not as a -11:20 offset.
  const rest = text.replace(dmy, ' ').replace(ymd, ' ').replace(words, ' ');
  const t = time.exec(rest);
  const hms = t ? `${pad(t[1]!)}:${t[2]}:${t[3] ?? '00'}` : '00:00:00';
  return `${y}-${pad(m)}-${pad(d)}T${hms}${findOffset(rest, defaultOffset)}`;
}
