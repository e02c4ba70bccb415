/** Picks the headline and strips the site-name suffix ("… - Tạp chí Cộng sản"). */
import { asciiSkeleton } from '../text/ascii-skeleton.ts';
import { comparable, normalizeSpace } from './text-utils.ts';

const SEPARATOR = /\s+[|\-–—:·»/]{1,2}\s+/;

/** ASCII skeleton of a string (see utils/text/ascii-skeleton.ts). */
export const fold = asciiSkeleton;

function isSiteName(segment: string, siteName: string | null, host: string): boolean {
  const seg = fold(segment);
  if (!seg) return false;
  if (siteName && (seg === fold(siteName) || fold(siteName).includes(seg))) return true;
  const label = fold(host.replace(/^www\./, '').split('.')[0] ?? '');
  // Host match only for short segments: "… - Ủy ban Thường vụ Quốc hội" on quochoi.vn is not a brand.
  return label.length >= 4 && seg.length <= label.length + 12 && (seg.includes(label) || label.includes(seg));
}

/** Removes leading or trailing segments that name the site; Vietnamese titles keep inner " - ". */
export function stripSiteSuffix(title: string, siteName: string | null, host: string): string {
  let parts = normalizeSpace(title).split(SEPARATOR);
  while (parts.length > 1 && isSiteName(parts[parts.length - 1]!, siteName, host)) parts = parts.slice(0, -1);
  while (parts.length > 1 && isSiteName(parts[0]!, siteName, host)) parts = parts.slice(1);
  // Re-join with the separators the title had: find the kept span in the original.
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const norm = normalizeSpace(title);
  const start = norm.indexOf(first);
  const end = norm.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? norm.slice(start, end) : parts.join(' - ');
}

/** True when two headlines say the same thing (one may be a truncation of the other). */
export function titlesAgree(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && short.length >= 0.6 * long.length;
}

/** Candidate headlines from the page, each possibly empty. */
export interface TitleSources {
  rule: string;
  h1: string;
  /** A headline-classed element ("td.article-title" on portals without an h1). */
  classed: string;
  og: string;
  jsonLd: string;
  twitter: string;
  document: string;
  readability: string;
}

/** The headline: a site-rule element, else h1 when metadata agrees, else og/JSON-LD, else the rest. */
export function pickTitle(s: TitleSources, siteName: string | null, host: string): string {
  const strip = (t: string) => stripSiteSuffix(t, siteName, host);
  if (s.rule) return strip(s.rule);
  const metas = [s.og, s.jsonLd, s.twitter, s.document].map(strip).filter(Boolean);
  // h1 alone is not trusted: old Vietnamese CMSes put the site logo in the h1.
  if (s.h1 && metas.some((m) => titlesAgree(m, s.h1))) return s.h1;
  const meta = [s.og, s.jsonLd, s.twitter].map(strip).find(Boolean);
  // Old portals' <title> is often just the portal name, so a headline-classed element beats it;
  // a bare h1 that disagrees with <title> is more often a site or section header.
  return meta || s.classed || strip(s.document) || s.h1 || strip(s.readability);
}
