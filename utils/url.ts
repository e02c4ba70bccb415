/**
 * URL keys used to dedupe saved articles. Two loads of the same article differ in fragment, tracking
 * parameters and a trailing slash; we drop those so "already saved" is recognised.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|zarsrc|gidzl|_gl|mc_cid|mc_eid|ref|source)$/i;

/** A normalised key for an article URL, or the input unchanged when it does not parse. */
export function urlKey(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  u.protocol = 'https:';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
  return s;
}

/** The bare host of a URL without "www.", '' when it does not parse. */
export function siteOf(raw: string): string {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
