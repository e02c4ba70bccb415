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
} from '../../utils/archive/articles';
import { onMessage } from '../../utils/ext/messaging';
import { validateExtractedArticle, validateStoredArticle } from '../../utils/archive/validate';
import { isExtensionPage } from './tabs';

function requireExtensionPage(sender: Parameters<typeof isExtensionPage>[0]): void {
  if (!isExtensionPage(sender)) throw new Error('not allowed from a web page');
}

/** Registers archive.* handlers. */
export function registerArchiveHandlers(): void {
  onMessage('archive.save', async ({ article }, sender) => {
    requireExtensionPage(sender);
    return saveArticle(validateExtractedArticle(article));
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
  onMessage('archive.restore', async ({ article }, sender) => {
    requireExtensionPage(sender);
    await restoreArticle(validateStoredArticle(article));
    return null;
  });
}
