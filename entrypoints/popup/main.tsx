import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from './PopupApp';
import './popup.css';

// The tab the popup acts on: the active tab; `?tab=<id>` lets tests open the popup as a page.
async function currentTabId(): Promise<number | null> {
  const forced = new URLSearchParams(location.search).get('tab');
  if (forced !== null) return Number(forced);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void currentTabId().then((tabId) => render(<PopupApp tabId={tabId} />, document.getElementById('app')!));
