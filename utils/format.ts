import type { Lang } from './i18n/strings';

/**
 * Shows an ISO 8601 timestamp as the article's own wall-clock time ("15:54, 07/11/2020"), not
 * converted to the reader's zone: a Hanoi paper's "15:54" should read 15:54 wherever the reader is.
 */
export function formatPublished(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const date = lang === 'vi' ? `${d}/${mo}/${y}` : `${y}-${mo}-${d}`;
  const midnight = h === undefined || (h === '00' && mi === '00');
  return midnight ? date : `${h}:${mi}, ${date}`;
}

/** Formats an epoch-ms time in the reader's own zone, for "saved at". */
export function formatLocal(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(ms);
}
