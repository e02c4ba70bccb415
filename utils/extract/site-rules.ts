/**
 * Registry of per-site help for the extractor (defuddle's extractor-registry idea): what to strip
 * before Readability and where the metadata sits. Generic rules in boilerplate.ts cover most pages;
 * a site gets a file in site-rules/<domain>.ts only when they do not. Keep SITE_RULES sorted by
 * domain; site-rules.test.ts checks that every file is registered.
 */
import { isListedHost } from '../sites.ts';
import { baochinhphuVn } from './site-rules/baochinhphu-vn.ts';
import { dangcongsanVn } from './site-rules/dangcongsan-vn.ts';
import { nhandanVn } from './site-rules/nhandan-vn.ts';
import { qdndVn } from './site-rules/qdnd-vn.ts';
import { tapchicongsanOrgVn } from './site-rules/tapchicongsan-org-vn.ts';
import { tuoitreVn } from './site-rules/tuoitre-vn.ts';
import { vnexpressNet } from './site-rules/vnexpress-net.ts';

/** Help for one site; every selector list is tried before the generic one for the same field. */
export interface SiteRule {
  /** Bare domain; subdomains match too. */
  domain: string;
  /** Elements removed from the clone before Readability (boxes the generic rules miss). */
  strip?: readonly string[];
  /** The article body; generic cleaning never removes an element that contains it. */
  body?: string;
  /** Headline element. */
  title?: readonly string[];
  /** Section / category element (breadcrumb links: the last one that is not the title wins). */
  section?: readonly string[];
  /** Author element. */
  byline?: readonly string[];
  /** Element whose text (or datetime attribute) is the publication date. */
  date?: readonly string[];
  /** Sapo / standfirst element. */
  lead?: readonly string[];
}

/** All site rules, sorted by domain. */
export const SITE_RULES: readonly SiteRule[] = [
  baochinhphuVn,
  dangcongsanVn,
  nhandanVn,
  qdndVn,
  tapchicongsanOrgVn,
  tuoitreVn,
  vnexpressNet,
];

/** The rule for the page's host (or a parent domain of it), null when none. */
export function findSiteRule(url: string): SiteRule | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return SITE_RULES.find((r) => isListedHost(host, [r.domain])) ?? null;
}
