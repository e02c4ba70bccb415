/**
 * Loads the reader's article and keeps track of its archive id: known for a saved article, looked
 * up by URL for a live page (an article read again is matched to its saved copy, so its highlights
 * come back, re-anchored on the new text), and created on demand by `ensureSaved`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleId } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';
import type { ExtractedArticle } from '../../utils/extract/types';
import { loadArticle, type ReaderSource } from './load';

/** The article (undefined while loading, null when missing), its id, and a way to save it. */
export function useArticle(source: ReaderSource | null) {
  const [article, setArticle] = useState<ExtractedArticle | null | undefined>(undefined);
  const [articleId, setArticleId] = useState<ArticleId | null>(source?.kind === 'saved' ? source.id : null);
  const [wasSaved, setWasSaved] = useState(false);
  useEffect(() => {
    if (!source) return setArticle(null);
    void loadArticle(source)
      .then(async (a) => {
        setArticle(a);
        if (a && source.kind === 'tab') {
          const id = await request('archive.lookup', { url: a.canonicalUrl || a.url });
          setArticleId(id);
          setWasSaved(id !== null);
        }
      })
      .catch(() => setArticle(null));
  }, [source]);
  const ensureSaved = async (): Promise<{ id: ArticleId; alreadySaved: boolean }> => {
    if (articleId) return { id: articleId, alreadySaved: true };
    if (!article) throw new Error('no article');
    const r = await request('archive.save', { article });
    setArticleId(r.id);
    return r;
  };
  return { article, articleId, wasSaved, ensureSaved };
}
