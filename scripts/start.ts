/**
 * `npm start` (after `npm ci`): builds the extension, serves the bundled demo article (our own
 * text, in the style of a Party-magazine page) from 127.0.0.1 under its real site name, and opens it
 * in Chromium with the extension: headed when there is a display, otherwise headless, taking
 * screenshots of the page with the prompt, the reader view (light and dark), the popup and the
 * archive, and printing their paths.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { listPageFixtures } from '../tests/helpers/fixtures.ts';
import { chromiumPath, launch, newProfile, removeProfile } from '../tests/e2e/browser.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';

const DEMO = 'tapchicongsan--demo-chi-thi-35';
const outDir = path.resolve(import.meta.dirname, '../artifacts/start');

if (!chromiumPath()) {
  console.error('Chromium not found. Install it: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
const demo = listPageFixtures().find((f) => f.name === DEMO)!;
const server = await startFixtureServer();
const profile = newProfile('start');
const headed = !!process.env.DISPLAY;
const b = await launch(profile, server.port, { headless: !headed });
const url = server.urlOf(demo.url);
console.log(`Demo article: ${url} (served from 127.0.0.1:${server.port})`);
const page = await b.ctx.newPage();
await page.goto(url);

if (headed) {
  console.log('Chromium is open with Close Reader. Close the browser window to stop.');
  await new Promise((resolve) => b.ctx.on('close', resolve));
} else {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shot = async (p: typeof page, name: string) => {
    const file = path.join(outDir, `${name}.png`);
    await p.screenshot({ path: file });
    shots.push(file);
  };
  await page.locator('close-reader-prompt .read').waitFor({ timeout: 15_000 });
  await shot(page, '1-article-with-prompt');
  await page.locator('close-reader-prompt').getByRole('button').first().click();
  const frame = await (await page.locator('close-reader-overlay iframe').elementHandle({ timeout: 15_000 }))!.contentFrame();
  await frame!.locator('.cr-title').waitFor();
  await shot(page, '2-reader-light');
  await frame!.locator('.cr-theme-dark').click();
  await shot(page, '3-reader-dark');
  await frame!.locator('.cr-theme-light').click();
  await frame!.locator('.cr-save').click();
  await frame!.locator('.cr-status', { hasText: /./ }).waitFor();
  const tabId = await b.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, page.url());
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.locator('.cr-item').first().waitFor();
  await shot(popup, '4-popup');
  const archive = await b.ctx.newPage();
  await archive.goto(b.extUrl('archive.html'));
  await archive.locator('.cr-item').first().waitFor();
  await shot(archive, '5-archive');
  console.log('No display: ran headless. Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  await b.ctx.close();
}
await server.close();
removeProfile(profile);
