/** What every citation format needs from a saved article: its kind, authors and dates. */
import type { StoredArticle } from '../archive/schema';
import { parseByline, type CitationName } from './names';

/** Newspaper (báo) or magazine (tạp chí). */
export type PeriodicalKind = 'newspaper' | 'magazine';

/** "Tạp chí Cộng sản", tapchicongsan.org.vn, tapchitoaan.vn… are magazines; the rest of the press is newspapers. */
export function periodicalKind(a: StoredArticle): PeriodicalKind {
  const name = (a.siteName ?? '').normalize('NFC').toLocaleLowerCase('vi');
  return name.startsWith('tạp chí') || /^tapchi/.test(a.site) ? 'magazine' : 'newspaper';
}

/** The authors of an article. */
export function authorsOf(a: StoredArticle): CitationName[] {
  return parseByline(a.byline);
}

/** [year, month, day] of publication as printed (the local date in the ISO string, not UTC), or null. */
export function publishedParts(a: StoredArticle): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(a.publishedAt ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** [year, month, day] the article was saved, in UTC (the archive keeps no time zone). */
export function savedParts(a: StoredArticle): [number, number, number] {
  const d = new Date(a.savedAt);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** The URL to cite: the canonical one when the page gave it. */
export function citedUrl(a: StoredArticle): string {
  return a.canonicalUrl || a.url;
}

/** Date parts as "YYYY-MM-DD" (with the separator given). */
export function formatParts(p: readonly number[], sep = '-'): string {
  return p.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join(sep);
}
