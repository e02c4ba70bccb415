/**
 * What the page says about itself: Open Graph type and schema.org types (JSON-LD or microdata).
 * CMSs fill these from the template, so they are cheap and usually right, but never sufficient:
 * some templates stamp og:type=article on every page, which is why text signals still count.
 */
import type { Signal } from './types';

// Article and its schema.org subtypes: NewsArticle, ReportageNewsArticle, AnalysisNewsArticle,
// OpinionNewsArticle, ScholarlyArticle, …; plus blog posts and reports.
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;
const LISTING_TYPE = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage|\w*Gallery|Blog)$/;
const MEDIA_TYPE = /^(?:VideoObject|AudioObject|PodcastEpisode|PodcastSeries|Clip|Movie)$/;
// A bound on JSON-LD entries looked at, so a page with a huge @graph cannot make detection slow.
const MAX_LD_NODES = 200;

// The Open Graph properties the checks read. Only `property` is looked at: each attribute read
// costs about as much as a selector match in jsdom, and some pages carry a hundred <meta>s.
const META_PROPERTIES = new Set(['og:type', 'article:published_time']);
// Head-only elements the parser moves into <body> when a stray tag (often a tag manager's
// <noscript><iframe>) sits in <head>: everything after the stray tag lands at the start of <body>.
const HEAD_ONLY = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
const MAX_STRAY = 2;

/** Reads wanted properties from `first` and its following siblings into `found`. */
function scanMetas(first: Element | null | undefined, found: Map<string, string>, inBody: boolean): void {
  let stray = 0;
  for (let el = first; el && found.size < META_PROPERTIES.size; el = el.nextElementSibling) {
    if (inBody && !HEAD_ONLY.has(el.localName) && ++stray > MAX_STRAY) return;
    if (el.localName !== 'meta') continue;
    const key = el.getAttribute('property')?.toLowerCase();
    if (key && META_PROPERTIES.has(key) && !found.has(key)) found.set(key, el.getAttribute('content') ?? '');
  }
}

/**
 * The page's og:type and article:published_time, by property name. Walks <head>'s children
 * (and the head elements pushed into <body>) rather than querying: in jsdom one selector query
 * costs more than the whole walk.
 */
export function metaOf(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  scanMetas(doc.head?.firstElementChild, found, false);
  scanMetas(doc.body?.firstElementChild, found, true);
  return found;
}

/** Scores the Open Graph type: "article" for stories, "website" for fronts, "video.*" etc. for media. */
export function ogTypeSignal(meta: Map<string, string>): Signal | null {
  const type = meta.get('og:type')?.trim().toLowerCase();
  if (!type) return null;
  const label = `og:type=${type.slice(0, 40)}`;
  if (type === 'article' || type.startsWith('article:') || type === 'news') return { label, weight: 2 };
  if (type === 'website') return { label, weight: -1 };
  if (/^(?:video|music|image|audio|profile|book)\b/.test(type)) return { label, weight: -3 };
  return null;
}

/** The last path part of a schema.org type ("http://schema.org/NewsArticle" → "NewsArticle"). */
const bareType = (t: unknown): string => (typeof t === 'string' ? (t.split('/').pop() ?? '') : '');

/**
 * Adds the @type of each top-level JSON-LD entry (and of @graph members) to `types`. Nested
 * values are not visited: a listing's ItemList holds NewsArticle teasers that are not the page.
 */
function collectLdTypes(json: unknown, types: string[]): void {
  const queue: unknown[] = [json];
  for (let i = 0; i < queue.length && i < MAX_LD_NODES; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node.slice(0, MAX_LD_NODES));
    else if (node && typeof node === 'object') {
      const { '@type': type, '@graph': graph } = node as Record<string, unknown>;
      for (const t of Array.isArray(type) ? type : [type]) if (bareType(t)) types.push(bareType(t));
      if (graph) queue.push(graph);
    }
  }
}

/**
 * Where microdata article scopes sit in practice: the root, <body>, the first <article>s and
 * <main>. Only the first few <article>s: a front has hundreds, all teasers.
 */
function microdataHosts(doc: Document): Element[] {
  const articles = doc.getElementsByTagName('article');
  const hosts: (Element | null)[] = [doc.documentElement, doc.body, articles.item(0), articles.item(1), articles.item(2)];
  hosts.push(doc.getElementsByTagName('main').item(0));
  return hosts.filter((el): el is Element => el !== null);
}

/**
 * Every schema.org type the page declares: JSON-LD entries, then microdata scopes on
 * microdataHosts. A scope on a plain <div> is not looked for: finding it needs an attribute search
 * over every element, far over the cost budget, and JSON-LD is the common form now.
 */
export function schemaTypesOf(doc: Document): { ld: string[]; microdata: string[] } {
  const ld: string[] = [];
  const microdata: string[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collectLdTypes(JSON.parse(script.textContent ?? ''), ld);
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines in strings): skip that block.
    }
  }
  for (const el of microdataHosts(doc)) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (bareType(t)) microdata.push(bareType(t));
  }
  return { ld, microdata };
}

/**
 * Scores declared schema.org types: one or two Article entries (the story, perhaps repeated by a
 * plugin) are strong evidence; more are a teaser list. JSON-LD and microdata are counted apart,
 * since one page often states its own article in both.
 */
export function structuredDataSignal(doc: Document): Signal | null {
  const { ld, microdata } = schemaTypesOf(doc);
  const ldArticles = ld.filter((t) => ARTICLE_TYPE.test(t));
  const mdArticles = microdata.filter((t) => ARTICLE_TYPE.test(t));
  for (const [source, found] of [['JSON-LD', ldArticles], ['microdata', mdArticles]] as const) {
    if (found.length > 0 && found.length <= 2) return { label: `${source} @type=${found[0]}`, weight: 3 };
  }
  const teasers = Math.max(ldArticles.length, mdArticles.length);
  if (teasers > 2) return { label: `${teasers} schema.org article items (teasers)`, weight: -1 };
  const listing = ld.find((t) => LISTING_TYPE.test(t) || MEDIA_TYPE.test(t));
  return listing ? { label: `JSON-LD @type=${listing}`, weight: -2 } : null;
}
