/** Every background message handler, registered once (tests/protocol.test.ts checks the set). */
import { tabReaderUrl } from '../../utils/ext/pages';
import { browser } from 'wxt/browser';
import { findArticleByUrl, getArticle, setArticleTags } from '../../utils/archive/articles';
import { listAnnotations } from '../../utils/archive/annotations';
import { markSearchDirty } from '../../utils/archive/search-store';
import { onMessage, sendToTab } from '../../utils/ext/messaging';
import { getDetection, getInPage, getPending, putDetection, putInPage, putPending } from '../../utils/ext/session';
import type { TabStatus } from '../../utils/ext/protocol';
import { saveWithEntities } from './archive-handlers';
import { extractTab, injectContentScript, isExtensionPage, requireExtensionPage, setInPage, targetTab } from './tabs';

/** Registers the background side of the protocol. */
export function registerHandlers(): void {
  onMessage('tab.detected', async ({ detection }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await putDetection(tabId, detection);
    await browser.action.setBadgeText({ tabId, text: detection.isArticle ? '✓' : '' });
    if (detection.isArticle) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4f91' });
    return null;
  });

  onMessage('reader.prepare', async ({ tabId }, sender) => {
    const tab = targetTab(sender, tabId);
    const res = await extractTab(tab);
    if (!res.ok) throw new Error(res.error);
    await putPending(tab, res.value);
    return { readerUrl: tabReaderUrl(tab) };
  });

  // Firefox gives an extension frame inside a web page (our reader overlay) only content-script
  // APIs (no storage.session, no tabs), so the reader asks here for what reader.prepare stashed.
  onMessage('reader.pending', async ({ tabId }, sender) => {
    requireExtensionPage(sender);
    return getPending(tabId);
  });
  // Same reason: the reader frame has no tabs API in Firefox to reach its own tab.
  onMessage('reader.close', async ({ tabId }, sender) => {
    const res = await sendToTab(targetTab(sender, tabId), 'overlay.close', null);
    if (!res.ok) throw new Error(res.error);
    return null;
  });

  onMessage('tab.save', async ({ tabId, tags }, sender) => {
    const res = await extractTab(targetTab(sender, tabId));
    if (!res.ok) throw new Error(res.error);
    const outcome = await saveWithEntities(res.value);
    // Tags typed in the popup are added to the article's tags (also when it was saved before).
    if (tags?.length && isExtensionPage(sender)) {
      const current = (await getArticle(outcome.id))?.tags ?? [];
      await setArticleTags(outcome.id, [...current, ...tags.map(String)]);
      await markSearchDirty([outcome.id]);
    }
    return outcome;
  });

  onMessage('tab.status', async ({ tabId }, sender) => {
    requireExtensionPage(sender);
    // The popup waits on this answer: independent reads run at once, not one after another.
    // The verdict the content script reported at load is in session storage: no round trip to the
    // page; ask the page only when there is none yet.
    const [tab, stored, inPage] = await Promise.all([browser.tabs.get(tabId), getDetection(tabId), getInPage(tabId)]);
    const [detected, saved] = await Promise.all([
      stored ? { ok: true as const, value: stored } : sendToTab(tabId, 'page.detect', null),
      tab.url ? findArticleByUrl(tab.url) : undefined,
    ]);
    const status: TabStatus = {
      detection: detected.ok ? detected.value : null,
      savedId: saved?.id ?? null,
      url: tab.url ?? '',
      title: tab.title ?? '',
      inPage,
      highlights: saved ? (await listAnnotations(saved.id)).filter((a) => a.motivation === 'highlighting').length : 0,
    };
    return status;
  });

  onMessage('tab.inPage', async ({ tabId, on }, sender) => {
    requireExtensionPage(sender);
    const painted = await setInPage(tabId, on);
    await putInPage(tabId, on);
    return painted;
  });

  onMessage('tab.openReader', async ({ tabId }, sender) => {
    requireExtensionPage(sender);
    await openReaderOn(tabId);
    return null;
  });
}

/** Opens the overlay on a tab, injecting the content script first when it is not there. */
export async function openReaderOn(tabId: number): Promise<void> {
  let res = await sendToTab(tabId, 'overlay.open', null);
  if (!res.ok && /no handler|Receiving end does not exist|Could not establish connection/i.test(res.error)) {
    await injectContentScript(tabId);
    res = await sendToTab(tabId, 'overlay.open', null);
  }
  if (!res.ok) throw new Error(res.error);
}
