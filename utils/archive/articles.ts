import type { ExtractedArticle } from '../extract/types';
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

/** Saves an extracted article unless its canonical URL is already in the archive. */
export async function saveArticle(article: ExtractedArticle, now = Date.now()): Promise<SaveOutcome> {
  const db = await openArchive();
  const key = urlKey(article.canonicalUrl || article.url);
  const tx = db.transaction('articles', 'readwrite');
  const existing = await tx.store.index('by-urlKey').get(key);
  if (existing) {
    await tx.done;
    return { id: existing.id, alreadySaved: true };
  }
  const stored: StoredArticle = { ...article, id: newId(), urlKey: key, site: siteOf(article.url), savedAt: now };
  await tx.store.add(stored);
  await tx.done;
  return { id: stored.id, alreadySaved: false };
}

/** Puts a stored article back exactly as it was (the undo of a delete). */
export async function restoreArticle(article: StoredArticle): Promise<void> {
  const db = await openArchive();
  await db.put('articles', article);
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

/** Deletes a saved article and returns it (for undo), or undefined when it was not there. */
export async function deleteArticle(id: ArticleId): Promise<StoredArticle | undefined> {
  const db = await openArchive();
  const tx = db.transaction('articles', 'readwrite');
  const found = await tx.store.get(id);
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

/** The list fields of a stored article. */
export function summarise(a: StoredArticle): ArticleSummary {
  const { id, title, siteName, site, publishedAt, savedAt, url, excerpt, section, byline, wordCount } = a;
  return { id, title, siteName, site, publishedAt, savedAt, url, excerpt, section, byline, wordCount };
}
