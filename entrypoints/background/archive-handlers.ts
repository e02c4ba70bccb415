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
} from '../../utils/archive/articles';
import { deleteAnnotation, listAllAnnotations, listAnnotations, putAnnotation } from '../../utils/archive/annotations';
import { lookupEntity } from '../../utils/archive/entities';
import { articleEntityText } from '../../utils/entities/entries';
import { onMessage } from '../../utils/ext/messaging';
import type { ExtractedArticle } from '../../utils/extract/types';
import { recognise } from '../../utils/ner/recognise';
import { validateAnnotation, validateExtractedArticle, validateStoredArticle } from '../../utils/archive/validate';
import { isExtensionPage } from './tabs';

function requireExtensionPage(sender: Parameters<typeof isExtensionPage>[0]): void {
  if (!isExtensionPage(sender)) throw new Error('not allowed from a web page');
}

/** Saves an article with its entity-index rows (recognised here, before the transaction). */
export function saveWithEntities(article: ExtractedArticle) {
  return saveArticle(article, { entities: recognise(articleEntityText(article)) });
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
    return (await deleteArticle(id)) ?? null;
  });
  onMessage('entities.lookup', async ({ kind, key }, sender) => {
    requireExtensionPage(sender);
    return lookupEntity(kind, String(key));
  });
  onMessage('archive.setTags', async ({ id, tags }, sender) => {
    requireExtensionPage(sender);
    await setArticleTags(id, tags.map(String));
    return null;
  });
  onMessage('annotations.list', async ({ articleId }, sender) => {
    requireExtensionPage(sender);
    return articleId ? listAnnotations(articleId) : listAllAnnotations();
  });
  onMessage('annotations.put', async ({ annotation }, sender) => {
    requireExtensionPage(sender);
    await putAnnotation(validateAnnotation(annotation));
    return null;
  });
  onMessage('annotations.delete', async ({ id }, sender) => {
    requireExtensionPage(sender);
    return (await deleteAnnotation(id)) ?? null;
  });
  onMessage('archive.restore', async ({ article, annotations }, sender) => {
    requireExtensionPage(sender);
    const stored = validateStoredArticle(article);
    await restoreArticle(stored, recognise(articleEntityText(stored)), annotations.map(validateAnnotation));
    return null;
  });
}
