/** The archive workspace's filters, as a pure function over article summaries. */
import type { Annotation, ColourId } from '../annotate/types';
import type { ArticleId, ArticleSummary } from './schema';

/** What the user filtered by; empty fields do not filter. */
export interface ArchiveFilter {
  site?: string;
  /** Published on or after (yyyy-mm-dd). */
  from?: string;
  /** Published on or before (yyyy-mm-dd). */
  to?: string;
  tag?: string;
  colour?: ColourId;
  /** Articles naming the chosen person / citing the chosen document (from the entity index). */
  entityArticles?: ReadonlySet<ArticleId>;
  /** Articles matching the search query, in rank order. */
  searchHits?: readonly ArticleId[];
}

/** Articles passing every filter; in search-rank order when searching, else as given. */
export function filterArticles(items: readonly ArticleSummary[], annotations: readonly Annotation[], f: ArchiveFilter): ArticleSummary[] {
  const withColour = f.colour ? new Set(annotations.filter((a) => a.colour === f.colour).map((a) => a.articleId)) : null;
  const withTagNote = f.tag ? new Set(annotations.filter((a) => a.tags.includes(f.tag!)).map((a) => a.articleId)) : null;
  const keep = (a: ArticleSummary) => {
    const day = a.publishedAt?.slice(0, 10) ?? '';
    if (f.site && a.site !== f.site) return false;
    if (f.from && (!day || day < f.from)) return false;
    if (f.to && (!day || day > f.to)) return false;
    if (f.tag && !(a.tags ?? []).includes(f.tag) && !withTagNote!.has(a.id)) return false;
    if (withColour && !withColour.has(a.id)) return false;
    if (f.entityArticles && !f.entityArticles.has(a.id)) return false;
    return true;
  };
  const kept = items.filter(keep);
  if (!f.searchHits) return kept;
  const rank = new Map(f.searchHits.map((id, i) => [id, i]));
  return kept.filter((a) => rank.has(a.id)).sort((x, y) => rank.get(x.id)! - rank.get(y.id)!);
}

/** The values the filter menus offer: sites and tags in use, sorted (Vietnamese collation). */
export function filterOptions(items: readonly ArticleSummary[], annotations: readonly Annotation[]): { sites: string[]; tags: string[] } {
  const collator = new Intl.Collator('vi');
  const sites = [...new Set(items.map((a) => a.site))].sort(collator.compare);
  const tags = [...new Set([...items.flatMap((a) => a.tags ?? []), ...annotations.flatMap((a) => a.tags)])].sort(collator.compare);
  return { sites, tags };
}
