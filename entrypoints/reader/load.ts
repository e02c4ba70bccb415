/** Where the reader's article comes from: a tab's fresh extraction, or the archive (offline). */
import type { ArticleId, StoredArticle } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';
import type { ExtractedArticle } from '../../utils/extract/types';

/** What the reader shows, and how it was opened. */
export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'saved'; id: ArticleId };

/** Reads the source from the reader URL's query (?tab=12 or ?id=…), null when neither. */
export function parseSource(search: string): ReaderSource | null {
  const q = new URLSearchParams(search);
  const tab = Number(q.get('tab'));
  if (q.has('tab') && Number.isInteger(tab) && tab >= 0) return { kind: 'tab', tabId: tab };
  const id = q.get('id');
  return id ? { kind: 'saved', id: id as ArticleId } : null;
}

/** Loads the article for a source, or null when it is gone. */
export async function loadArticle(src: ReaderSource): Promise<ExtractedArticle | StoredArticle | null> {
  // Through the background: in Firefox this frame has no storage.session (see handlers.ts).
  if (src.kind === 'tab') return request('reader.pending', { tabId: src.tabId });
  return request('archive.get', { id: src.id });
}
