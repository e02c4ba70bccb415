/**
 * What a URL's shape says about the page. Free to compute, so detectArticle reads it first, and
 * a listing shape settles the verdict before the DOM is touched.
 */
import type { Signal } from './types';

// Whole path segments that name a list of articles: tags, topics, search, authors, pagination.
// Vietnamese: chu-de = topic, tu-khoa = keyword, tim-kiem = search, chuyen-muc/danh-muc = section,
// tac-gia = author, trang = page. A bare "page" only counts before a number ("/page/3"): Oracle
// portals serve articles under "/portal/page/portal/…" (tests/fixtures/pages/chinhphu--…).
const LISTING_SEGMENT =
  /^(?:tags?|chu-de|tu-khoa|search|tim-kiem|timkiem|topics?|section|category|categories|chuyen-muc|danh-muc|authors?|tac-gia|trang-\d+|video|videos)$/;
// Media pages: a player or a slideshow with a caption, not prose worth a reader view.
const MEDIA_SEGMENT =
  /^(?:av|audio|podcasts?|pictures|photos|gallery|galleries|slideshows?|multimedia|live-?tv|livestream)$/;
const PAGE_QUERY = /[?&](?:page|paged|trang)=\d+/i;
const ROOT_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.(?:html?|php|aspx?)|home|trang-chu(?:\.html?)?)?$/i;
const DATE_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\/(?:(?:0?[1-9]|[12]\d|3[01])\/)?/;
// An id of five or more digits ending a segment ("-63250123", "/a-48854746", "post778899.html")
// or given as a query parameter ("story?id=63254875", "ItemID=12345").
const SEGMENT_ID = /\d{5,}$/;
const QUERY_ID = /[?&]\w*id=\d{3,}/i;
const EXTENSION = /\.(?:s?html?|aspx?|php|cms)$/i;

function segmentsOf(pathname: string): string[] {
  return pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(EXTENSION, ''));
}

const wordCount = (segment: string) => segment.split(/[-_+]+/).filter((w) => /[a-z]/.test(w)).length;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Names the listing shape of a URL ("tag page", "site root", …), or null when it has none. */
export function listingShapeOf(url: string): string | null {
  const u = parseUrl(url);
  if (!u) return null;
  if (ROOT_PATH.test(u.pathname) && !QUERY_ID.test(u.search)) return 'site root';
  if (PAGE_QUERY.test(u.search)) return 'page=N';
  const segs = segmentsOf(u.pathname);
  const hit = segs.find(
    (s, i) => LISTING_SEGMENT.test(s) || s.endsWith('-ptag') || /-trang-\d+$/.test(s) || (s === 'page' && /^\d+$/.test(segs[i + 1] ?? '')),
  );
  if (hit) return `/${hit}/`;
  const media = segs.find((s) => MEDIA_SEGMENT.test(s));
  return media ? `/${media}/ (media)` : null;
}

/** True for URLs shaped like a home, section-index, tag, search, author, pagination or video page. */
export function isListingUrl(url: string): boolean {
  return listingShapeOf(url) !== null;
}

/**
 * Scores a URL that is not a listing: a date path or a long slug with a numeric id is how CMSs
 * name single stories; a short path of one- or two-word segments is how they name sections.
 */
export function urlSignal(url: string): Signal | null {
  const u = parseUrl(url);
  if (!u) return null;
  const segs = segmentsOf(u.pathname);
  const hasId = segs.some((s) => SEGMENT_ID.test(s)) || QUERY_ID.test(u.search);
  const hasSlug = segs.some((s) => wordCount(s) >= 4);
  if (DATE_PATH.test(u.pathname)) return { label: 'URL has a /YYYY/MM/DD/ date path', weight: 2 };
  if (hasId && hasSlug) return { label: 'URL has a story slug and numeric id', weight: 2 };
  if (hasId) return { label: 'URL has a numeric id', weight: 1 };
  if (hasSlug) return { label: 'URL has a story slug', weight: 1 };
  if (segs.length <= 3 && segs.every((s) => wordCount(s) <= 3 && !/\d{4}/.test(s)))
    return { label: 'URL looks like a section index', weight: -2 };
  return null;
}
