/** Background actions on a tab: extract it, inject the content script, resolve which tab a message means. */
import { browser, type Browser } from 'wxt/browser';
import type { ExtractedArticle } from '../../utils/extract/types';
import { err, type Result } from '../../utils/result';

/** Runs the on-demand extractor in a tab and returns its article. */
export async function extractTab(tabId: number): Promise<Result<ExtractedArticle>> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  const result = (await frame?.result) as Result<ExtractedArticle> | undefined;
  return result ?? err('the extractor returned nothing');
}

/** Turns in-place entity highlights on or off in a tab; replies with what was painted. */
export async function setInPage(tabId: number, on: boolean): Promise<{ mode: string; count: number }> {
  // Pass the switch into the isolated world, then run the on-demand painter there.
  await browser.scripting.executeScript({ target: { tabId }, func: (v: boolean) => void ((globalThis as { __closeReaderInPage?: boolean }).__closeReaderInPage = v), args: [on] });
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/in-page.js'] });
  const result = (await frame?.result) as Result<{ mode: string; count: number }> | undefined;
  if (!result?.ok) throw new Error(result?.error ?? 'the in-page highlighter returned nothing');
  return result.value;
}

/** Injects the detector/prompt content script into a tab (activeTab flow on unlisted sites). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/article.js'] });
}

/** True when the sender is one of our own extension pages (popup, reader, archive, options). */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Throws unless the sender is one of our extension pages (keys that act on any tab or the whole archive). */
export function requireExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (!isExtensionPage(sender)) throw new Error('not allowed from a web page');
}

/**
 * The tab a request is about: a content script may only act on its own tab; an explicit tabId is
 * accepted only from our extension pages (a hostile page must not drive other tabs).
 */
export function targetTab(sender: Browser.runtime.MessageSender, tabId: number | undefined): number {
  if (tabId !== undefined && isExtensionPage(sender)) return tabId;
  const own = sender.tab?.id;
  if (own === undefined) throw new Error('no tab for this request');
  return own;
}
