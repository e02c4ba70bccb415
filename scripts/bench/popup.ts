/**
 * The popup's open time with an archive of 1,000 saved articles, in headless Chromium with the
 * built extension: from navigation start to the popup showing its data (page status and the
 * five most recent saves), median and p95 of 30 opens. Goal < 100 ms. Printed beside the
 * baseline of the same page's DOMContentLoaded (the cost of loading the static HTML and scripts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, EXTENSION_DIR, launch, newProfile, removeProfile } from '../../tests/e2e/browser.ts';
import { startFixtureServer } from '../../tests/e2e/server.ts';
import { makeArticle } from '../../tests/helpers/article.ts';
import { quantile as pct } from '../lib/timing.ts';

const OPENS = 30;
const ARTICLES = 1000;

/** Prints median / p95 popup open time. */
export async function run(): Promise<void> {
  if (!chromiumPath()) return console.log('popup: Chromium not found, skipping (apt-get install -y chromium).');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    execFileSync(path.resolve(import.meta.dirname, '../../node_modules/.bin/wxt'), ['build'], { stdio: 'ignore' });
  const server = await startFixtureServer();
  const profile = newProfile('bench-popup');
  const b = await launch(profile, server.port);
  try {
    const rows = Array.from({ length: ARTICLES }, (_, i) => ({
      ...makeArticle({ url: `https://nhandan.vn/bai-${i}.html`, canonicalUrl: `https://nhandan.vn/bai-${i}.html`, title: `Bài số ${i}` }),
      id: `bench-${i}`, urlKey: `https://nhandan.vn/bai-${i}.html`, site: 'nhandan.vn', savedAt: 1_700_000_000_000 + i, tags: [`thẻ ${i % 20}`],
    }));
    const page = await b.ctx.newPage();
    await page.goto(b.extUrl('archive.html'));
    await page.evaluate((articles) => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('close-reader');
      req.onsuccess = () => {
        const tx = req.result.transaction('articles', 'readwrite');
        for (const a of articles) tx.objectStore('articles').put(a);
        tx.oncomplete = () => (req.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    }), rows);
    const article = await b.ctx.newPage();
    await article.goto(`http://${new URL(rows[0]!.url).host}/`).catch(() => null);
    const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({}))[0]?.id ?? 0);
    const ready: number[] = [];
    const dcl: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.goto(`${b.extUrl('popup.html')}?tab=${tabId}`);
      await page.locator('.cr-popup .cr-item').first().waitFor();
      // The popup marks the moment its status is rendered (PopupApp, 'cr-popup-ready').
      await page.waitForFunction(() => performance.getEntriesByName('cr-popup-ready').length > 0);
      const t = await page.evaluate(() => ({
        ready: performance.getEntriesByName('cr-popup-ready')[0]!.startTime,
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      ready.push(t.ready);
      dcl.push(t.dcl);
    }
    const verdict = pct(ready, 0.95) < 100 ? 'OK' : 'OVER';
    console.log(`popup open, ${ARTICLES} articles saved: ready p50 ${pct(ready, 0.5).toFixed(1)} ms, p95 ${pct(ready, 0.95).toFixed(1)} ms (goal < 100 ms) ${verdict}`);
    console.log(`  baseline DOMContentLoaded p50 ${pct(dcl, 0.5).toFixed(1)} ms; ready / DOMContentLoaded ${(pct(ready, 0.5) / pct(dcl, 0.5)).toFixed(2)}×`);
  } finally {
    await b.ctx.close();
    await server.close();
    removeProfile(profile);
  }
}
