/**
 * Dates as Vietnamese pages print them, turned into ISO 8601 with an offset.
 * The detector owns the shared signal regexes (utils/detect/signals.ts); when this module was
 * written that file did not exist yet, so the parser lives here and the detector may import it.
 */

/** Offset assumed for Vietnamese pages that print a local time without one (Indochina Time). */
export const VIETNAM_OFFSET = '+07:00';

// d/m/yyyy with / - or . between parts ("7/11/2020", "07-11-2020", "07.11.2020").
const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
// "ngày 7 tháng 11 năm 2020"
const DMY_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
// yyyy-mm-dd (machine dates, sometimes printed as is).
const YMD = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "15:54", "15:54:07", "15h54", "15:54'" — the apostrophe is the Party-magazine CMS's minute mark.
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?::([0-5]\d))?(?!\d)/i;
// "GMT+7", "(GMT+07:00)", "UTC+7", or a bare "+07:00" right after a time.
const ZONE = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|(?<=\d)\s*([+-])(\d{2}):?(\d{2})\b/i;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function findDate(text: string): [number, number, number] | null {
  const ymd = YMD.exec(text);
  if (ymd) return [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const m = DMY.exec(text) ?? DMY_WORDS.exec(text);
  return m ? [Number(m[3]), Number(m[2]), Number(m[1])] : null;
}

function findOffset(text: string, fallback: string): string {
  const z = ZONE.exec(text);
  if (!z) return fallback;
  const sign = z[1] ?? z[4] ?? '+';
  const hh = z[2] ?? z[5] ?? '0';
  const mm = z[3] ?? z[6] ?? '00';
  return `${sign}${pad(hh)}:${pad(mm)}`;
}

/** Normalises a machine date ("2020-11-07T15:54:00Z", "2020-11-07 15:54") to ISO with offset. */
export function normalizeIsoDate(value: string, defaultOffset = VIETNAM_OFFSET): string | null {
  const v = value.trim();
  if (!ISO.test(v)) return null;
  const [date = '', rest = ''] = v.split(/[T ]/, 2);
  const time = /^(\d{2}:\d{2})(:\d{2})?/.exec(rest);
  const zone = /(Z|[+-]\d{2}:?\d{2})$/i.exec(v)?.[1];
  const offset = !zone ? defaultOffset : /z/i.test(zone) ? '+00:00' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!isValidDay(y, m, d)) return null;
  return `${date}T${time ? `${time[1]}${time[2] ?? ':00'}` : '00:00:00'}${offset}`;
}

/**
 * Parses a visible Vietnamese date ("15:54' 7/11/2020", "Thứ bảy, 07/11/2020 - 15:54",
 * "07/11/2020 15:54 (GMT+7)", "Cập nhật: 07-11-2020") or a machine date into ISO 8601 with offset.
 * Day comes before month, as everywhere in Vietnamese. Without a printed zone the offset is +07:00.
 */
export function parseVietnameseDate(text: string, defaultOffset = VIETNAM_OFFSET): string | null {
  const iso = normalizeIsoDate(text, defaultOffset);
  if (iso) return iso;
  const date = findDate(text);
  if (!date || !isValidDay(...date)) return null;
  const [y, m, d] = date;
  // Look for time and zone outside the date itself, so "07.11.2020" is not read as 07:11
  // and "07-11-2020" not as a -11:20 offset.
  const rest = text.replace(DMY, ' ').replace(YMD, ' ').replace(DMY_WORDS, ' ');
  const t = TIME.exec(rest);
  const time = t ? `${pad(t[1]!)}:${t[2]}:${t[3] ?? '00'}` : '00:00:00';
  return `${y}-${pad(m)}-${pad(d)}T${time}${findOffset(rest, defaultOffset)}`;
}
