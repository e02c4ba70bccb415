/**
 * The search index's life in the archive. The index is derived data: its serialized form sits in
 * the `meta` store stamped with its version, and is rebuilt (never migrated) when missing or stale.
 * Writers elsewhere (the background saving an article, an annotation edited in the reader) only
 * append the article id to a small "dirty" list — O(1) per write — and whoever opens the index for
 * a search (the archive page) re-indexes those articles first, then stores the index again.
 */
import type { Annotation } from '../annotate/types';
import { addToIndex, buildIndex, loadIndex, removeFromIndex, serializeIndex, type SearchIndex } from '../search/search-index';
import type { SearchDoc } from '../search/types';
import { openArchive } from './open-archive';
import type { ArticleId, StoredArticle } from './schema';

const INDEX_KEY = 'searchIndex';
const DIRTY_KEY = 'searchDirty';

/** The searchable view of an article and its annotations. */
export function searchDoc(a: StoredArticle, annotations: readonly Annotation[]): SearchDoc {
  const own = annotations.filter((x) => x.articleId === a.id);
  return {
    id: a.id,
    title: a.title,
    text: [a.lead, a.text].filter(Boolean).join('\n\n'),
    notes: own.map((x) => x.note).filter(Boolean).join('\n\n'),
    tags: [...new Set([...(a.tags ?? []), ...own.flatMap((x) => x.tags)])],
    site: a.site,
    publishedAt: a.publishedAt,
  };
}

/** Records that these articles' searchable content changed. */
export async function markSearchDirty(ids: readonly ArticleId[]): Promise<void> {
  const db = await openArchive();
  const tx = db.transaction('meta', 'readwrite');
  const prev = ((await tx.store.get(DIRTY_KEY))?.value as string[] | undefined) ?? [];
  await tx.store.put({ key: DIRTY_KEY, value: [...new Set([...prev, ...ids])] });
  await tx.done;
}

/** Opens the index with every searchable doc, bringing the stored index up to date first. */
export async function openSearch(): Promise<{ index: SearchIndex; docs: Map<string, SearchDoc> }> {
  const db = await openArchive();
  const [articles, annotations, stored, dirty] = await Promise.all([
    db.getAll('articles'),
    db.getAll('annotations'),
    db.get('meta', INDEX_KEY),
    db.get('meta', DIRTY_KEY),
  ]);
  const docs = new Map(articles.map((a) => [a.id as string, searchDoc(a, annotations)]));
  let index = typeof stored?.value === 'string' ? loadIndex(stored.value) : null;
  const changed = (dirty?.value as string[] | undefined) ?? [];
  if (!index) index = buildIndex([...docs.values()]);
  else for (const id of changed) docs.has(id) ? addToIndex(index, docs.get(id)!) : removeFromIndex(index, id as ArticleId);
  if (!stored || changed.length || index.engine.documentCount !== docs.size) {
    if (index.engine.documentCount !== docs.size) index = buildIndex([...docs.values()]); // lost updates: rebuild
    const tx = db.transaction('meta', 'readwrite');
    await tx.store.put({ key: INDEX_KEY, value: serializeIndex(index) });
    // Keep ids marked dirty while we were indexing; they are applied next time.
    const now = ((await tx.store.get(DIRTY_KEY))?.value as string[] | undefined) ?? [];
    await tx.store.put({ key: DIRTY_KEY, value: now.filter((id) => !changed.includes(id)) });
    await tx.done;
  }
  return { index, docs };
}
