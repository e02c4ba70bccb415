/**
 * Per-tab transient state in storage.session: the article extracted for the reader overlay (not
 * yet saved) and the detector's last verdict. The MV3 worker may die at any moment; session
 * storage outlives it, but not the browser session, so nothing unsaved lingers on disk.
 */
import { browser } from 'wxt/browser';
import type { Detection } from '../detect/types';
import type { ExtractedArticle } from '../extract/types';

const pendingKey = (tabId: number) => `pending:${tabId}`;
const detectedKey = (tabId: number) => `detected:${tabId}`;
const inPageKey = (tabId: number) => `inpage:${tabId}`;

/** Records whether in-place highlights are on in a tab. */
export async function putInPage(tabId: number, on: boolean): Promise<void> {
  await browser.storage.session.set({ [inPageKey(tabId)]: on });
}

/** Whether in-place highlights are on in a tab. */
export async function getInPage(tabId: number): Promise<boolean> {
  return (await browser.storage.session.get(inPageKey(tabId)))[inPageKey(tabId)] === true;
}

/** Stores the article extracted from a tab. */
export async function putPending(tabId: number, article: ExtractedArticle): Promise<void> {
  await browser.storage.session.set({ [pendingKey(tabId)]: article });
}

/** The article extracted from a tab, or null. */
export async function getPending(tabId: number): Promise<ExtractedArticle | null> {
  const got = await browser.storage.session.get(pendingKey(tabId));
  return (got[pendingKey(tabId)] as ExtractedArticle | undefined) ?? null;
}

/** Records the detector's verdict for a tab. */
export async function putDetection(tabId: number, detection: Detection): Promise<void> {
  await browser.storage.session.set({ [detectedKey(tabId)]: detection });
}

/** The last verdict for a tab, or null when the detector has not run there. */
export async function getDetection(tabId: number): Promise<Detection | null> {
  const got = await browser.storage.session.get(detectedKey(tabId));
  return (got[detectedKey(tabId)] as Detection | undefined) ?? null;
}

/** Forgets everything about a closed tab. */
export async function dropTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([pendingKey(tabId), detectedKey(tabId), inPageKey(tabId)]);
}
