/** URLs of the extension's own pages, built in one place so their query shapes stay in step with
 * the pages that read them (reader/load.ts parseSource, archive/main.tsx). */
import { browser } from 'wxt/browser';

/** The reader on a saved article, optionally scrolled to one annotation. */
export const savedReaderUrl = (id: string, annotationId?: string): string =>
  `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}${annotationId ? `#ann=${annotationId}` : ''}`;

/** The reader overlay for the article extracted from a tab. */
export const tabReaderUrl = (tabId: number): string => `${browser.runtime.getURL('/reader.html')}?tab=${tabId}`;

/** The archive page, optionally with a search query. */
export const archiveUrl = (query?: string): string =>
  `${browser.runtime.getURL('/archive.html')}${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** The options page. */
export const optionsUrl = (): string => browser.runtime.getURL('/options.html');
