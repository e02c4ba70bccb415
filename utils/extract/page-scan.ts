/**
 * One pass over the live page collecting the elements metadata comes from. jsdom's selector
 * engine is slow on long [class*=…] lists, so we walk a static querySelectorAll('*') once and
 * test class names in JS (measured by scripts/bench/extraction.ts). Read-only.
 */

/** Candidate elements for each metadata field, in document order. */
export interface PageScan {
  /** meta name/property/itemprop → content (first wins). */
  metas: Map<string, string>;
  /** ld+json scripts. */
  jsonLd: Element[];
  /** h1 elements, then headline-classed ones ("td.article-title" on old portals). */
  headlines: Element[];
  /** Breadcrumb containers. */
  crumbs: Element[];
  /** time elements and date/time-classed ones. */
  dates: Element[];
  /** Author-classed elements and rel=author links. */
  bylines: Element[];
  /** Sapo / summary-classed elements. */
  leads: Element[];
}

const HEADLINE = /article-title|detail-title|post-title|title-detail|title-news/i;
const CRUMB = /breadcrumb|bread-crumb/i;
const DATE = /date|time/i;
const AUTHOR = /author|byline|tac-gia/i;
// Whole class tokens only: "author-description" or "lead-image" are not a standfirst.
const LEAD = /sapo|(?:^|\s)(?:lead|summary|description|chapeau|standfirst|article-summary)(?:\s|$)/i;

function readMetas(doc: Document, scan: PageScan): void {
  for (const m of (doc.head ?? doc).querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase();
    const value = m.getAttribute('content');
    if (key && value?.trim() && !scan.metas.has(key)) scan.metas.set(key, value);
  }
}

function classify(el: Element, cls: string, scan: PageScan): void {
  const name = el.localName;
  if (name === 'script') {
    if (el.getAttribute('type') === 'application/ld+json') scan.jsonLd.push(el);
    return;
  }
  if (!cls && name !== 'time' && name !== 'a') return;
  if (HEADLINE.test(cls)) scan.headlines.push(el);
  if (CRUMB.test(cls)) scan.crumbs.push(el);
  if (name === 'time' || DATE.test(cls)) scan.dates.push(el);
  if (AUTHOR.test(cls) || (name === 'a' && el.getAttribute('rel') === 'author')) scan.bylines.push(el);
  if (LEAD.test(cls)) scan.leads.push(el);
}

/** Scans doc once for metadata candidates. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { metas: new Map(), jsonLd: [], headlines: [], crumbs: [], dates: [], bylines: [], leads: [] };
  readMetas(doc, scan);
  const all = doc.querySelectorAll('*');
  const h1s: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.localName === 'h1') h1s.push(el);
    else classify(el, el.getAttribute('class') ?? '', scan);
  }
  // h1s first, in document order, then the classed headlines.
  scan.headlines.unshift(...h1s);
  return scan;
}
