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

/** Scores the Open Graph type: "article" for stories, "website" for fronts, "video.*" etc. for media. */
export function ogTypeSignal(doc: Document): Signal | null {
  const meta = doc.head?.querySelector('meta[property="og:type"], meta[name="og:type"]');
  const type = meta?.getAttribute('content')?.trim().toLowerCase();
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

/** Every schema.org type the page declares: JSON-LD entries first, then microdata itemscopes. */
export function schemaTypesOf(doc: Document): { ld: string[]; microdata: string[] } {
  const ld: string[] = [];
  const microdata: string[] = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"], [itemscope][itemtype]')) {
    if (el.localName !== 'script') {
      for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (bareType(t)) microdata.push(bareType(t));
      continue;
    }
    try {
      collectLdTypes(JSON.parse(el.textContent ?? ''), ld);
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines in strings): skip that block.
    }
  }
  return { ld, microdata };
}

/** Scores declared schema.org types: one Article is strong evidence; many are a teaser list. */
export function structuredDataSignal(doc: Document): Signal | null {
  const { ld, microdata } = schemaTypesOf(doc);
  const articles = [...ld, ...microdata].filter((t) => ARTICLE_TYPE.test(t));
  const source = ld.some((t) => ARTICLE_TYPE.test(t)) ? 'JSON-LD' : 'microdata';
  if (articles.length > 0 && articles.length <= 2) return { label: `${source} @type=${articles[0]}`, weight: 3 };
  if (articles.length > 2) return { label: `${articles.length} schema.org article items (teasers)`, weight: -1 };
  const listing = ld.find((t) => LISTING_TYPE.test(t) || MEDIA_TYPE.test(t));
  return listing ? { label: `JSON-LD @type=${listing}`, weight: -2 } : null;
}
