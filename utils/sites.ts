/**
 * The built-in list of Vietnamese press and government sites where the detector runs by itself.
 * Everywhere else the extension only acts on a user gesture (activeTab), or after the user grants
 * "run on all sites" in the options. Keep sorted; tests/sites.test.ts lints it.
 */
export const BUILTIN_SITES: readonly string[] = [
  'baochinhphu.vn',
  'chinhphu.vn',
  'dangcongsan.vn',
  'laodong.vn',
  'nhandan.vn',
  'qdnd.vn',
  'quochoi.vn',
  'tapchicongsan.org.vn',
  'thanhnien.vn',
  'tuoitre.vn',
  'vietnamnet.vn',
  'vnexpress.net',
  'xaydungdang.org.vn',
];

/** Match patterns (site and all subdomains, http and https) for a list of bare domains. */
export function sitePatterns(domains: readonly string[]): string[] {
  return domains.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** Normalises what a user typed ("https://www.Nhandan.vn/abc") to a bare domain, or null. */
export function parseSiteDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  try {
    host = new URL(host.includes('://') ? host : `http://${host}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(host) ? host : null;
}

/** True when hostname is one of the domains or a subdomain of one. */
export function isListedHost(hostname: string, domains: readonly string[]): boolean {
  const h = hostname.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
