/**
 * Works out what an import writes, without touching the database: every row is validated (a bad
 * row is rejected with its reason, the rest still imports), articles are deduped by urlKey and
 * annotations by id. Invariants of the plan:
 * - no article in it shares a urlKey with a stored article under another id (the by-urlKey index is
 *   unique, so such a put would abort the whole transaction);
 * - every annotation in it points at an article that is stored or in the plan.
 */
import type { Annotation } from '../annotate/types';
import type { ArticleId, StoredArticle } from '../archive/schema';
import { validateAnnotation, validateStoredArticle } from '../archive/validate';

/** A row that was not imported, and why. */
export interface RejectedRow {
  kind: 'article' | 'annotation';
  /** Position of the row in the backup's list. */
  index: number;
  reason: string;
}

/** Counts of what an import did, for the user. */
export interface ImportReport {
  articlesAdded: number;
  /** Same URL as a stored article but not identical: the stored one is kept, tags are united. */
  articlesMerged: number;
  /** Identical to a stored article. */
  articlesSkipped: number;
  annotationsAdded: number;
  /** Same id as a stored annotation and modified later: replaces it. */
  annotationsUpdated: number;
  /** Same id as a stored annotation, not newer. */
  annotationsSkipped: number;
  rejected: RejectedRow[];
}

/** The rows to put, and the report. */
export interface ImportPlan {
  articles: StoredArticle[];
  annotations: Annotation[];
  report: ImportReport;
}

/** The rows already in the archive. */
export interface ArchiveRows {
  articles: StoredArticle[];
  annotations: Annotation[];
}

/** Rows of a parsed backup; unknown, because they are validated here. */
export interface BundleRows {
  articles: readonly unknown[];
  annotations: readonly unknown[];
}

interface State {
  byUrlKey: Map<string, StoredArticle>;
  usedIds: Set<string>;
  /** Backup article id → id in the archive after import. */
  idMap: Map<string, ArticleId>;
  annotations: Map<string, Annotation>;
  put: { articles: Map<string, StoredArticle>; annotations: Map<string, Annotation> };
  report: ImportReport;
}

/** Plans the import of a backup into an archive; never throws on bad rows. */
export function planImport(existing: ArchiveRows, bundle: BundleRows): ImportPlan {
  const s = initialState(existing);
  bundle.articles.forEach((row, index) => {
    const reason = tryArticle(s, row);
    if (reason) s.report.rejected.push({ kind: 'article', index, reason });
  });
  bundle.annotations.forEach((row, index) => {
    const reason = tryAnnotation(s, row);
    if (reason) s.report.rejected.push({ kind: 'annotation', index, reason });
  });
  return { articles: [...s.put.articles.values()], annotations: [...s.put.annotations.values()], report: s.report };
}

function initialState(existing: ArchiveRows): State {
  const report: ImportReport = {
    articlesAdded: 0,
    articlesMerged: 0,
    articlesSkipped: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    annotationsSkipped: 0,
    rejected: [],
  };
  return {
    byUrlKey: new Map(existing.articles.map((a) => [a.urlKey, a])),
    usedIds: new Set(existing.articles.map((a) => a.id)),
    idMap: new Map(),
    annotations: new Map(existing.annotations.map((a) => [a.id, a])),
    put: { articles: new Map(), annotations: new Map() },
    report,
  };
}

/** Validates one article row and records its outcome; returns a reason when it is rejected. */
function tryArticle(s: State, row: unknown): string | undefined {
  const checked = check(() => validateStoredArticle(row));
  if (typeof checked === 'string') return checked;
  const tags = checked.tags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))) return 'invalid article: tags';
  const stored = s.byUrlKey.get(checked.urlKey);
  if (stored) mergeArticle(s, stored, checked);
  else addArticle(s, checked);
  return undefined;
}

function addArticle(s: State, article: StoredArticle): void {
  // Ids are random UUIDs, so a clash with another URL means a hand-made or damaged file: keep both.
  let id = article.id;
  for (let n = 2; s.usedIds.has(id); n++) id = `${article.id}-${n}` as ArticleId;
  const added = id === article.id ? article : { ...article, id };
  s.usedIds.add(id);
  s.idMap.set(article.id, id);
  s.byUrlKey.set(added.urlKey, added);
  s.put.articles.set(id, added);
  s.report.articlesAdded++;
}

function mergeArticle(s: State, stored: StoredArticle, incoming: StoredArticle): void {
  s.idMap.set(incoming.id, stored.id);
  const tags = unionTags(stored.tags, incoming.tags);
  const tagsChanged = tags.length !== (stored.tags ?? []).length;
  if (tagsChanged) {
    const merged = { ...stored, tags };
    s.byUrlKey.set(merged.urlKey, merged);
    s.put.articles.set(merged.id, merged);
  }
  if (!tagsChanged && sameJson(stored, incoming)) s.report.articlesSkipped++;
  else s.report.articlesMerged++;
}

/** Validates one annotation row, points it at the imported or stored article, newer `modified` wins. */
function tryAnnotation(s: State, row: unknown): string | undefined {
  const checked = check(() => validateAnnotation(row));
  if (typeof checked === 'string') return checked.replace(/^invalid article: annotation\.?/, 'invalid annotation: ');
  const articleId = s.idMap.get(checked.articleId) ?? (s.usedIds.has(checked.articleId) ? checked.articleId : undefined);
  if (!articleId) return `its article (${checked.articleId}) is neither in the backup nor in the archive`;
  const annotation = articleId === checked.articleId ? checked : { ...checked, articleId };
  const current = s.annotations.get(annotation.id);
  if (current && !isNewer(annotation, current)) {
    s.report.annotationsSkipped++;
    return undefined;
  }
  if (current && !s.put.annotations.has(annotation.id)) s.report.annotationsUpdated++;
  else if (!current) s.report.annotationsAdded++;
  s.annotations.set(annotation.id, annotation);
  s.put.annotations.set(annotation.id, annotation);
  return undefined;
}

function isNewer(a: Annotation, b: Annotation): boolean {
  const ta = Date.parse(a.modified);
  const tb = Date.parse(b.modified);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a.modified > b.modified : ta > tb;
}

/** Union of two tag lists, stored order first, without duplicates. */
function unionTags(a: readonly string[] = [], b: readonly string[] = []): string[] {
  return [...new Set([...a, ...b])];
}

function sameJson(a: StoredArticle, b: StoredArticle): boolean {
  // Rows come from JSON, so comparing their JSON is a full deep comparison (key order aside).
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(a: StoredArticle): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...a, tags: a.tags ?? [] }).sort(([x], [y]) => (x < y ? -1 : 1)));
}

function check<T>(validate: () => T): T | string {
  try {
    return validate();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
