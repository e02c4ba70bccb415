import type { Annotation } from '../annotate/types';
import { entityEntries } from '../entities/entries';
import type { ExtractedArticle } from '../extract/types';
import type { Entities } from '../ner/types';
import { siteOf, urlKey } from '../url';
import { openArchive } from './open-archive';
import type { ArticleId, ArticleSummary, StoredArticle } from './schema';

/** What saveArticle did: stored a new article, or found the same URL already saved. */
export interface SaveOutcome {
  id: ArticleId;
  alreadySaved: boolean;
}

function newId(): ArticleId {
  return crypto.randomUUID() as ArticleId;
}

/** Options of saveArticle. */
export interface SaveOptions {
  now?: number;
  /** The recogniser's entities for the article; indexed in the same transaction. */
  entities?: Entities;
}

/**
 * Saves an extracted article unless its canonical URL is already in the archive. The article and
 * its entity-index rows are written in one transaction: all or nothing, even if the worker dies.
 */
export async function saveArticle(article: ExtractedArticle, { now = Date.now(), entities }: SaveOptions = {}): Promise<SaveOutcome> {
  const db = await openArchive();
  const key = urlKey(article.canonicalUrl || article.url);
  const tx = db.transaction(['articles', 'entities'], 'readwrite');
  const articles = tx.objectStore('articles');
  const existing = await articles.index('by-urlKey').get(key);
  if (existing) {
    await tx.done;
    return { id: existing.id, alreadySaved: true };
  }
  const stored: StoredArticle = { ...article, id: newId(), urlKey: key, site: siteOf(article.url), savedAt: now };
  await articles.add(stored);
  if (entities) for (const row of entityEntries(stored, entities)) await tx.objectStore('entities').put(row);
  await tx.done;
  return { id: stored.id, alreadySaved: false };
}

/** Puts a deleted article back exactly as it was (Undo), with its annotations and entity rows. */
export async function restoreArticle(article: StoredArticle, entities?: Entities, annotations: Annotation[] = []): Promise<void> {
  const db = await openArchive();
  const tx = db.transaction(['articles', 'entities', 'annotations'], 'readwrite');
  await tx.objectStore('articles').put(article);
  for (const a of annotations) await tx.objectStore('annotations').put(a);
  if (entities) for (const row of entityEntries(article, entities)) await tx.objectStore('entities').put(row);
  await tx.done;
}

/** One saved article, or undefined. */
export async function getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
  return (await openArchive()).get('articles', id);
}

/** The saved article for a URL (any of its variants), or undefined. */
export async function findArticleByUrl(url: string): Promise<StoredArticle | undefined> {
  return (await openArchive()).getFromIndex('articles', 'by-urlKey', urlKey(url));
}

/** Summaries of all saved articles, newest save first. */
export async function listArticles(limit = Infinity): Promise<ArticleSummary[]> {
  const db = await openArchive();
  const out: ArticleSummary[] = [];
  let cursor = await db.transaction('articles').store.index('by-savedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(summarise(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

/** What a delete removed, so Undo can put it all back. */
export interface Removed {
  article: StoredArticle;
  annotations: Annotation[];
}

/** Deletes a saved article with its annotations and entity rows, in one transaction; returns them for Undo. */
export async function deleteArticle(id: ArticleId): Promise<Removed | undefined> {
  const db = await openArchive();
  const tx = db.transaction(['articles', 'entities', 'annotations'], 'readwrite');
  const article = await tx.objectStore('articles').get(id);
  if (article) await tx.objectStore('articles').delete(id);
  for (const key of await tx.objectStore('entities').index('by-article').getAllKeys(id)) await tx.objectStore('entities').delete(key);
  const annotations = await tx.objectStore('annotations').index('by-articleId').getAll(id);
  for (const a of annotations) await tx.objectStore('annotations').delete(a.id);
  await tx.done;
  return article ? { article, annotations } : undefined;
}

/** Sets an article's tags. */
export async function setArticleTags(id: ArticleId, tags: string[]): Promise<void> {
  const db = await openArchive();
  const tx = db.transaction('articles', 'readwrite');
  const a = await tx.store.get(id);
  if (a) await tx.store.put({ ...a, tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))] });
  await tx.done;
}

/** The list fields of a stored article. */
export function summarise(a: StoredArticle): ArticleSummary {
  const { id, title, siteName, site, publishedAt, savedAt, url, excerpt, section, byline, wordCount } = a;
  return { id, title, siteName, site, publishedAt, savedAt, url, excerpt, section, byline, wordCount, tags: a.tags ?? [] };
}

/** Every tag in use, on articles and on annotations, sorted (Vietnamese collation), for autocomplete. */
export async function listTags(): Promise<string[]> {
  const db = await openArchive();
  const tags = new Set<string>();
  for (const store of ['articles', 'annotations'] as const) {
    let cursor = await db.transaction(store).store.index('by-tag').openKeyCursor(null, 'nextunique');
    while (cursor) {
      tags.add(String(cursor.key));
      cursor = await cursor.continue();
    }
  }
  return [...tags].sort(new Intl.Collator('vi').compare);
}
