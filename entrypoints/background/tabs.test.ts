import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { isExtensionPage, requireExtensionPage, targetTab } from './tabs';

const page = (path: string) => ({ url: browser.runtime.getURL(path as '/popup.html') });
const contentScript = { url: 'https://nhandan.vn/bai-1.html', tab: { id: 7 } } as never;

describe('who may act on which tab', () => {
  it('recognises our own pages and nothing else', () => {
    expect(isExtensionPage(page('/popup.html'))).toBe(true);
    expect(isExtensionPage(contentScript)).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://someone-else/popup.html' })).toBe(false);
    expect(() => requireExtensionPage(contentScript)).toThrow('not allowed from a web page');
  });
  it('lets a content script act only on its own tab', () => {
    expect(targetTab(contentScript, 99)).toBe(7);
    expect(targetTab(page('/popup.html'), 99)).toBe(99);
    expect(() => targetTab({ url: 'https://x.vn/' }, undefined)).toThrow('no tab');
  });
});
