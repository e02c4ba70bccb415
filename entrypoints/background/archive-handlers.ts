/**
 * The archive's side of the protocol. The background owns the database: extension pages framed
 * inside a web page (the reader overlay) are third-party contexts whose IndexedDB the browser may
 * deny or partition, so every page goes through here. Destructive keys accept only our own pages.
 */
import {
  deleteArticle,
  findArticleByUrl,
  getArticle,
  listArticles,
  restoreArticle,
  saveArticle,
  setArticleTags,
  listTags,
} from '../../utils/archive/articles';
import { deleteAnnotation, listAllAnnotations, listAnnotations, putAnnotation } from '../../utils/archive/annotations';
import { listEntities, lookupEntity } from '../../utils/archive/entities';
import { markSearchDirty } from '../../utils/archive/search-store';
import { articleEntityText } from '../../utils/entities/entries';
import { onMessage } from '../../utils/ext/messaging';
import type { ExtractedArticle } from '../../utils/extract/types';
import { recognise } from '../../utils/ner/recognise';
import { validateAnnotation, validateExtractedArticle, validateStoredArticle } from '../../utils/archive/validate';
import { requireExtensionPage } from './tabs';


/** Saves an article with its entity-index rows (recognised here, before the transaction). */
export async function saveWithEntities(article: ExtractedArticle) {
  const outcome = await saveArticle(article, { entities: recognise(articleEntityText(article)) });
  if (!outcome.alreadySaved) await markSearchDirty([outcome.id]);
  return outcome;
}

/** Registers archive.* and entities.* handlers. */
export function registerArchiveHandlers(): void {
  onMessage('archive.save', async ({ article }, sender) => {
    requireExtensionPage(sender);
    return saveWithEntities(validateExtractedArticle(article));
  });
  onMessage('archive.lookup', async ({ url }) => (await findArticleByUrl(String(url)))?.id ?? null);
  onMessage('archive.get', async ({ id }, sender) => {
    requireExtensionPage(sender);
    return (await getArticle(id)) ?? null;
  });
  onMessage('archive.list', async ({ limit }, sender) => {
    requireExtensionPage(sender);
    return listArticles(limit ?? Infinity);
  });
  onMessage('archive.delete', async ({ id }, sender) => {
    requireExtensionPage(sender);
    const removed = (await deleteArticle(id)) ?? null;
    await markSearchDirty([id]);
    return removed;
  });
  onMessage('entities.lookup', async ({ kind, key }, sender) => {
    requireExtensionPage(sender);
    return lookupEntity(kind, String(key));
  });
  onMessage('entities.list', async ({ kind }, sender) => {
    requireExtensionPage(sender);
    return listEntities(kind);
  });
  onMessage('archive.tags', async (_, sender) => {
    requireExtensionPage(sender);
    return listTags();
  });
  onMessage('archive.setTags', async ({ id, tags }, sender) => {
    requireExtensionPage(sender);
    await setArticleTags(id, tags.map(String));
    await markSearchDirty([id]);
    return null;
  });
  onMessage('annotations.list', async ({ articleId }, sender) => {
    requireExtensionPage(sender);
    return articleId ? listAnnotations(articleId) : listAllAnnotations();
  });
  onMessage('annotations.put', async ({ annotation }, sender) => {
    requireExtensionPage(sender);
    const valid = validateAnnotation(annotation);
    await putAnnotation(valid);
    await markSearchDirty([valid.articleId]);
    return null;
  });
  onMessage('annotations.delete', async ({ id }, sender) => {
    requireExtensionPage(sender);
    const gone = (await deleteAnnotation(id)) ?? null;
    if (gone) await markSearchDirty([gone.articleId]);
    return gone;
  });
  onMessage('archive.restore', async ({ article, annotations }, sender) => {
    requireExtensionPage(sender);
    const stored = validateStoredArticle(article);
    await restoreArticle(stored, recognise(articleEntityText(stored)), annotations.map(validateAnnotation));
    await markSearchDirty([stored.id]);
    return null;
  });
}
