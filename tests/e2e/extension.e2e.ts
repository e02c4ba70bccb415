/**
 * End to end, in real headless browsers with the built extension, driven as a user would:
 * detection prompt on articles only → reader view over the page → save → archive → relaunch the
 * browser on the same profile → the article opens again with the network off.
 *
 * One set of scenarios, run once per browser through the adapter (./adapter): Chromium with
 * playwright-core, Firefox ESR with puppeteer-core over WebDriver BiDi. A browser that is not
 * installed has its scenarios skipped with the reason (Chromium is still required by `npm test`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { listPageFixtures } from '../helpers/fixtures';
import { browserTargets, DriverHang, traceReport, type Driver, type Surface, type Tab } from './adapter';
import { newProfile, removeProfile, SCREENSHOT_DIR } from './browser';
import { hostilePages } from './hostile-pages';
import { LIVE_PAGE, LIVE_PAGE_ROUTE } from './live-page';
import { startFixtureServer, type FixtureServer } from './server';

const fixtures = listPageFixtures();
const articles = fixtures.filter((f) => f.expected.isArticle);
const nonArticles = fixtures.filter((f) => !f.expected.isArticle);
/** A highlight's note, in Markdown as a reader would write it. */
const NOTE = '**Đối chiếu** với số liệu biên chế năm 2021 ([nguồn](https://www.qdnd.vn/)).';
const demo = fixtures.find((f) => f.name === 'tapchicongsan--demo-chi-thi-35') ?? articles[0]!;

/** The id of the tab showing `url`, asked of the extension (as the popup-as-a-page needs it). */
async function tabIdOf(d: Driver, page: Tab): Promise<number | undefined> {
  return d.evalExtension(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.split('#')[0] === u.split('#')[0])?.id, await page.url());
}

/** The detector's verdict for a page, read from the background's session state. */
async function detectionOf(d: Driver, page: Tab): Promise<{ isArticle: boolean } | null> {
  const url = await page.url();
  for (let i = 0; i < 50; i++) {
    const got = await d.evalExtension(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.split('#')[0] === u.split('#')[0]);
      if (!tab?.id) return null;
      const stored = await chrome.storage.session.get(`detected:${tab.id}`);
      return (stored[`detected:${tab.id}`] as { isArticle: boolean } | undefined) ?? null;
    }, url);
    if (got) return got;
    await page.waitForTimeout(100);
  }
  return null;
}

/** A new tab on `url`, once the detector's prompt is on the page. */
async function openArticle(d: Driver, url: string): Promise<Tab> {
  const page = await d.newPage();
  await page.goto(url);
  await page.locator('close-reader-prompt .read').waitFor();
  return page;
}

/** Saves from the reader's toolbar and waits until it says so. */
async function saveFromReader(reader: Surface): Promise<void> {
  await reader.getByRole('button', { name: 'Lưu', exact: true }).click();
  await reader.getByText('Đã lưu', { exact: true }).waitFor();
}

async function openReader(page: Tab): Promise<Surface> {
  await page.locator('close-reader-prompt').getByRole('button', { name: 'Mở chế độ đọc' }).click();
  const frameEl = page.locator('close-reader-overlay iframe');
  await frameEl.waitFor({ state: 'attached', timeout: 15_000 });
  const f = await frameEl.contentFrame();
  await f.locator('.cr-title').waitFor({ timeout: 15_000 });
  return f;
}

/** Selects the first occurrence of `quote` in the reader body, as a mouse drag would, and releases. */
async function selectText(frame: Surface, quote: string): Promise<void> {
  await frame.evaluate((q) => {
    const body = document.querySelector('.cr-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(q);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + q.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      (n.parentElement ?? body).dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not found in the reader: ${q}`);
  }, quote);
}

/**
 * Asserts that the element is on screen and not covered or clipped: the point at its centre
 * belongs to it (a card placed inside a scrolling side column passed "visible" and showed nowhere).
 */
async function assertOnScreen(frame: Surface, css: string): Promise<void> {
  const why = await frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return `${sel}: not in the document`;
    const r = el.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 40);
    const y = r.top + Math.min(r.height / 2, 20);
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return `${sel}: off screen at ${Math.round(x)},${Math.round(y)}`;
    const hit = document.elementFromPoint(x, y);
    return hit && el.contains(hit) ? null : `${sel}: covered or clipped at ${Math.round(x)},${Math.round(y)} (${hit?.className ?? 'nothing'})`;
  }, css);
  assert.equal(why, null);
}

/** Every article and annotation in the extension's database, sorted by id (read from an extension page). */
function dumpDb(page: Surface): Promise<{ articles: { id: string }[]; annotations: { id: string }[] }> {
  return page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('close-reader');
    req.onsuccess = () => {
      const tx = req.result.transaction(['articles', 'annotations']);
      const out: Record<string, { id: string }[]> = {};
      for (const s of ['articles', 'annotations']) tx.objectStore(s).getAll().onsuccess = (e) => {
        out[s] = ((e.target as IDBRequest).result as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
      };
      tx.oncomplete = () => (req.result.close(), resolve(out as never));
    };
  }));
}

/** Waits (up to 10 s) until each quote is covered by user-highlight marks. */
async function expectHighlights(frame: Surface, quotes: string[]): Promise<void> {
  let texts: string[] = [];
  for (let i = 0; i < 100; i++) {
    texts = await frame.evaluate(() => {
      const byId = new Map<string, string>();
      for (const m of document.querySelectorAll<HTMLElement>('mark.cr-hl')) byId.set(m.dataset.annotation!, (byId.get(m.dataset.annotation!) ?? '') + m.textContent);
      return [...byId.values()];
    });
    if (quotes.every((q) => texts.includes(q))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`highlights ${JSON.stringify(quotes)} not all in ${JSON.stringify(texts)}`);
}

/** Waits (up to 5 s) until `read()` returns `want`; a UI change lands after the click's promise. */
async function expectEventually<T>(read: () => Promise<T>, want: T, message: string): Promise<void> {
  let got = await read();
  for (let i = 0; i < 50 && got !== want; i++) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  assert.equal(got, want, message);
}

/** Picks Vietnamese in the options page, as a user of an English browser would. */
async function chooseVietnamese(d: Driver): Promise<void> {
  const options = await d.newPage();
  await options.goto(d.extUrl('options.html'));
  await options.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await options.getByText('Cài đặt').waitFor();
  await options.close();
}

/** Longer than any scenario takes here (≤ 10 s) by far, short enough that a hang cannot eat CI's time. */
const SCENARIO_TIMEOUT = 240_000;

for (const target of browserTargets()) {
  const skip = target.missing ? `SKIPPED ${target.label}: ${target.missing}` : false;
  const ff = target.name === 'firefox';
  describe(`Close Reader in ${target.label}`, () => {
    let server: FixtureServer;
    let profile: string;
    let d: Driver;
    const shot = (name: string) => path.join(SCREENSHOT_DIR, `${d.shotPrefix}${name}.png`);

    before(async () => {
      if (skip) return void console.log(skip);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      server = await startFixtureServer({ ...hostilePages(), [LIVE_PAGE_ROUTE]: LIVE_PAGE });
      profile = newProfile(`e2e-${target.name}`);
      d = await target.launch(profile, server.port);
      console.log(`browser: ${d.version}`);
      if (!d.uiIsVietnamese) await chooseVietnamese(d);
    }, { timeout: 180_000 });
    after(async () => {
      await d?.close();
      await server?.close();
      if (profile) removeProfile(profile);
    }, { timeout: 90_000 });
    /**
     * A scenario body, run once more on a relaunched browser when the browser (not the product)
     * stopped answering: every driver call is bounded (adapter/guard.ts), so a wedged browser is a
     * DriverHang, reported with the driver calls that led to it. An assertion failure is never
     * retried, and a hang that happens again fails the scenario.
     */
    function scenario(body: () => Promise<void>): () => Promise<void> {
      return async () => {
        try {
          await body();
        } catch (e) {
          const hang = e instanceof DriverHang || (e instanceof Error && /did not answer in/.test(e.message));
          console.log(`\n${target.label}: ${hang ? 'the browser stopped answering' : 'scenario failed'}: ${(e as Error).message}\n${traceReport()}`);
          if (!hang) throw e;
          console.log(`RETRIED once on a relaunched ${target.label} (the failure above stays in this log)`);
          await d.relaunch();
          d.takeErrors();
          await body();
        }
      };
    }

    afterEach(() => {
      const errors = d?.takeErrors() ?? [];
      assert.deepEqual(errors, [], 'uncaught errors in extension code');
    });

    it('shows the prompt on every article fixture and on no other page', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      for (const f of [...articles, ...nonArticles]) {
        // A fresh tab each time: a verdict is kept per tab, and the previous page's must not answer.
        const page = await d.newPage();
        await page.goto(server.urlOf(f.url));
        const det = await detectionOf(d, page);
        assert.ok(det, `no detection reported for ${f.name}`);
        assert.equal(det.isArticle, f.expected.isArticle, `detection of ${f.name}`);
        // The prompt mounts once the background has acknowledged the verdict, just after it is stored.
        if (f.expected.isArticle) await page.locator('close-reader-prompt').waitFor({ state: 'attached', timeout: 5000 });
        assert.equal(await page.locator('close-reader-prompt').count(), f.expected.isArticle ? 1 : 0, `prompt on ${f.name}`);
        await page.close();
      }
    }));

    it('opens a clean reader view over the article, with themes, and Esc gives the page back', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const page = await openArticle(d, server.urlOf(demo.url));
      await page.evaluate(() => window.scrollTo(0, 400));
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const reader = await openReader(page);
      assert.equal((await reader.locator('.cr-title').textContent())?.trim(), demo.expected.title);
      const body = (await reader.locator('.cr-body').innerText()).replace(/\s+/g, ' ');
      for (const para of (demo.expectedText ?? '').split(/\n\s*\n/).slice(0, 3))
        assert.ok(body.includes(para.replace(/\s+/g, ' ').trim()), `body paragraph missing: ${para.slice(0, 60)}`);
      for (const junk of demo.expected.boilerplate ?? []) assert.ok(!body.toLowerCase().includes(junk.toLowerCase()), `boilerplate in reader: ${junk}`);
      assert.match(await reader.locator('.cr-meta time').innerText(), /\d{2}\/\d{2}\/\d{4}/);
      await page.screenshot({ path: shot('reader-light') });
      await reader.getByRole('button', { name: 'Tối' }).click();
      await reader.locator('.cr-page.theme-dark').waitFor(); // rendered before the screenshot
      await page.screenshot({ path: shot('reader-dark') });
      await reader.getByRole('button', { name: 'Sáng' }).click();
      await reader.locator('.cr-page.theme-light').waitFor();
      await reader.locator('body').press('Escape');
      await page.locator('close-reader-overlay').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => window.scrollY), scrollBefore);
      await page.close();
    }));

    it('saves from the reader; the archive lists it; it survives a relaunch and opens offline', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const page = await openArticle(d, server.urlOf(demo.url));
      const reader = await openReader(page);
      await saveFromReader(reader);
      // Popup as a page (toolchain.md P10), pointed at the article's tab.
      const tabId = await tabIdOf(d, page);
      const popup = await d.newPage();
      await popup.setViewportSize({ width: 380, height: 520 });
      await popup.goto(d.extUrl(`popup.html?tab=${tabId}`));
      await popup.getByTestId('popup-state').getByText('Đã lưu').waitFor();
      await popup.screenshot({ path: shot('popup') });
      await popup.close();
      await page.close();

      // Close the browser, relaunch on the same profile, go offline.
      await d.relaunch();
      const archive = await d.newPage();
      await archive.goto(d.extUrl('archive.html'));
      const item = archive.locator('.cr-item', { hasText: demo.expected.title! });
      await item.waitFor();
      await archive.screenshot({ path: shot('archive') });
      await d.setOffline(true);
      await item.locator('.cr-item-title').click();
      await archive.locator('.cr-title').waitFor();
      assert.equal((await archive.locator('.cr-title').textContent())?.trim(), demo.expected.title);
      const first = (demo.expectedText ?? '').split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
      assert.ok((await archive.locator('.cr-body').innerText()).replace(/\s+/g, ' ').includes(first));
      await d.setOffline(false);
      await archive.close();
    }));

    it(`saves after the ${ff ? 'event page' : 'service worker'} was stopped, losing nothing`, { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const other = articles.find((f) => f.name !== demo.name)!;
      const page = await openArticle(d, server.urlOf(other.url));
      const reader = await openReader(page);
      // Stop the background the way the browser does when idle (Chromium: the MV3 worker; Firefox:
      // the event page): state must come back from storage.session and IndexedDB, not from memory.
      const ext = await d.newPage();
      await ext.goto(d.extUrl('archive.html'));
      await d.stopBackground();
      await saveFromReader(reader);
      await ext.reload();
      await ext.locator('.cr-item', { hasText: other.expected.title! }).waitFor();
      await ext.close();
      await page.close();
    }));

    it('deletes from the archive with undo', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const archive = await d.newPage();
      await archive.goto(d.extUrl('archive.html'));
      const item = archive.locator('.cr-item', { hasText: demo.expected.title! });
      await item.getByRole('button', { name: /Xóa/ }).click();
      await item.waitFor({ state: 'detached' });
      await archive.getByRole('button', { name: 'Hoàn tác' }).click();
      await item.waitFor();
      await archive.close();
    }));

    it('highlights officials and documents; the panel cycles mentions; the card shows another saved article', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const saved = fixtures.find((f) => f.name === 'nhandan--chat-van-bo-truong-noi-vu')!;
      const reading = fixtures.find((f) => f.name === 'vnexpress--quoc-hoi-thong-qua-luat-dat-dai')!;
      const first = await openArticle(d, server.urlOf(saved.url));
      const r1 = await openReader(first);
      await saveFromReader(r1);
      await first.close();

      const page = await openArticle(d, server.urlOf(reading.url));
      const reader = await openReader(page);
      await reader.locator('mark.cr-ent-official').first().waitFor();
      assert.ok((await reader.locator('mark.cr-ent-doc').count()) > 0, 'documents highlighted');
      const row = reader.locator('.cr-panel .cr-pick', { hasText: 'Vương Đình Huệ' });
      await row.click();
      const id = await row.getAttribute('data-pick');
      const focused = await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ent ?? null);
      assert.equal(focused, id, 'panel click moves focus to a mention');
      // Focus (from the panel) opens the card; it lists the other saved article that names him.
      const card = reader.locator('.cr-card');
      await card.getByText(saved.expected.title!).waitFor();
      await page.waitForTimeout(800); // let the smooth scroll to the mention settle
      await assertOnScreen(reader, '.cr-card');
      await page.screenshot({ path: shot('reader-entity-card') });
      await reader.locator('body').press('Escape');
      await card.waitFor({ state: 'detached' });
      assert.equal(await page.locator('close-reader-overlay').count(), 1, 'Esc closes the card first, not the reader');
      assert.equal(await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ent ?? null), id, 'focus returns to the mark');
      // Hovering a document opens its card too.
      const doc = reader.locator('mark.cr-ent-doc').first();
      await doc.scrollIntoViewIfNeeded();
      await doc.dispatchEvent('mouseover');
      await card.locator('h3').waitFor();
      await reader.locator('body').press('Escape');
      await reader.getByRole('button', { name: 'Đánh dấu' }).click();
      await expectEventually(() => reader.locator('mark.cr-ent').count(), 0, 'highlights toggle off');
      await page.close();
    }));

    it('highlights in place on the live page without touching its DOM, scripts or layout', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const page = await openArticle(d, `http://${LIVE_PAGE_ROUTE}`);
      const before = await page.evaluate(() => {
        (window as unknown as { __mutations: number }).__mutations = 0;
        return { rect: JSON.stringify(document.getElementById('p1')!.getBoundingClientRect()), html: document.body.innerHTML };
      });
      const tabId = await tabIdOf(d, page);
      const popup = await d.newPage();
      await popup.goto(d.extUrl(`popup.html?tab=${tabId}`));
      await popup.getByLabel('Đánh dấu ngay trên trang gốc').check();
      await popup.getByText(/Đã đánh dấu \d+ chỗ/).waitFor();
      const after = await page.evaluate(() => ({
        official: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('cr-official')?.size ?? 0,
        docs: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('cr-doc')?.size ?? 0,
        rect: JSON.stringify(document.getElementById('p1')!.getBoundingClientRect()),
        html: document.body.innerHTML,
        mutations: (window as unknown as { __mutations: number }).__mutations,
      }));
      assert.ok(after.official >= 3, `officials painted: ${after.official}`);
      assert.ok(after.docs >= 2, `documents painted: ${after.docs}`);
      assert.equal(after.mutations, 0, 'the page saw no DOM mutation');
      assert.equal(after.html, before.html);
      assert.equal(after.rect, before.rect, 'layout unchanged');
      await page.bringToFront();
      await page.screenshot({ path: shot('in-page-highlights') });
      await page.locator('#like').click();
      await page.locator('#like').click();
      assert.equal(await page.locator('#counter').textContent(), '2', "the page's own script still works");
      await popup.getByLabel('Đánh dấu ngay trên trang gốc').uncheck();
      await popup.waitForTimeout(300);
      assert.equal(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size), 0, 'cleared');
      await popup.close();
      await page.close();
    }));

    it('annotates: highlights with notes survive a relaunch, re-anchor on changed text, orphans are listed', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const f = fixtures.find((x) => x.name === 'qdnd--dai-tuong-phan-van-giang-quan-khu-4')!;
      const A = 'điều chỉnh tổ chức, biên chế các đơn vị theo hướng tinh, gọn, mạnh';
      const B = 'diễn tập khu vực phòng thủ cấp tỉnh, cấp huyện';
      const C = 'tiếp tục đổi mới công tác huấn luyện, sát với thực tế chiến đấu';
      const page = await openArticle(d, server.urlOf(f.url));
      let reader = await openReader(page);
      await selectText(reader, A);
      await reader.locator('.cr-composer').waitFor();
      await assertOnScreen(reader, '.cr-composer');
      await reader.locator('.cr-composer').getByRole('radio', { name: 'Số liệu' }).click();
      await reader.locator('.cr-composer').getByLabel('Ghi chú').fill(NOTE);
      await reader.locator('.cr-composer').getByRole('button', { name: 'Đánh dấu' }).click();
      await reader.locator('mark.cr-hl-figures').first().waitFor();
      await reader.getByText('Đã lưu', { exact: true }).waitFor(); // highlighting an unsaved article saved it
      await selectText(reader, B);
      await reader.locator('.cr-composer').waitFor();
      await reader.locator('body').press('h'); // one-key highlight
      await selectText(reader, C);
      await reader.locator('.cr-composer').getByRole('radio', { name: 'Nhiệm vụ, giải pháp' }).click();
      await reader.locator('.cr-composer').getByRole('button', { name: 'Đánh dấu' }).click();
      await expectHighlights(reader, [A, B, C]);
      await page.waitForTimeout(300);
      await page.screenshot({ path: shot('reader-annotations') });
      await page.close();

      // Relaunch on the same profile: the highlights come back in place, with the note.
      await d.relaunch();
      const archive = await d.newPage();
      await archive.goto(d.extUrl('archive.html'));
      await archive.locator('.cr-item', { hasText: f.expected.title! }).locator('.cr-item-title').click();
      await expectHighlights(archive, [A, B, C]);
      assert.equal(await archive.locator('mark.cr-hl-figures').first().getAttribute('title'), NOTE, 'the tooltip shows the note as written');
      await archive.close();

      // The page is re-published with changes: a sentence added before A, B lightly edited, C's paragraph gone.
      const para = (text: string) => f.expectedText!.split('\n\n').find((p) => p.includes(text))!;
      const changed = f.html
        .replace(para(A).slice(0, 40), `Chuyến công tác diễn ra trong hai ngày. ${para(A).slice(0, 40)}`)
        .replace(B, 'diễn tập khu vực phòng thủ cấp tỉnh và cấp huyện')
        .replace(para(C), '');
      assert.notEqual(changed, f.html);
      server.setPage(f.url, changed);
      const again = await openArticle(d, server.urlOf(f.url));
      reader = await openReader(again);
      await expectHighlights(reader, [A, 'diễn tập khu vực phòng thủ cấp tỉnh và cấp huyện']);
      await reader.locator('.cr-orphans .cr-orphan', { hasText: C }).waitFor();
      server.setPage(f.url, f.html);
      await again.close();
    }));

    it('searches with and without diacritics, filters, and restores a wiped archive from a backup', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const archive = await d.newPage();
      await archive.goto(d.extUrl('archive.html'));
      await archive.locator('.cr-item').first().waitFor();
      const search = archive.getByRole('searchbox', { name: 'Tìm kiếm' });
      for (const q of ['vuong dinh hue', 'Vương Đình Huệ']) {
        await search.fill(q);
        await archive.locator('.cr-item .cr-snippet mark').first().waitFor();
        const titles = await archive.locator('.cr-item-title').allTextContents();
        assert.ok(titles.includes('Quốc hội chất vấn Bộ trưởng Bộ Nội vụ về cải cách tiền lương và công tác cán bộ'), `${q} → ${titles.join(' | ')}`);
      }
      await archive.screenshot({ path: shot('archive-search') });
      await search.fill('');
      await archive.getByLabel('Màu').selectOption({ label: 'Số liệu' });
      await expectEventually(() => archive.locator('.cr-item').count(), 1, 'colour filter');
      await archive.getByRole('tab', { name: 'Đánh dấu và ghi chú' }).click();
      // The note's Markdown is rendered: bold, and a link that opens in a new tab.
      await archive.locator('.cr-hl-note strong', { hasText: 'Đối chiếu' }).waitFor();
      assert.equal(await archive.locator('.cr-hl-note a').getAttribute('target'), '_blank');
      await archive.screenshot({ path: shot('archive-filters-highlights') });
      await archive.getByRole('button', { name: 'Bỏ lọc' }).click();
      await archive.getByRole('tab', { name: /Bài viết/ }).click();
      // Person filter: its list comes from the entity index, loaded when the control is first used.
      await archive.getByLabel('Nhân vật').dispatchEvent('focus');
      await archive.locator('option[value="phan văn giang"]').waitFor({ state: 'attached' });
      await archive.getByLabel('Nhân vật').selectOption('phan văn giang');
      await archive.locator('.cr-item', { hasText: 'Đại tướng Phan Văn Giang kiểm tra công tác sẵn sàng chiến đấu tại Quân khu 4' }).waitFor();
      await expectEventually(() => archive.locator('.cr-item').count(), 1, 'person filter');
      await archive.getByRole('button', { name: 'Bỏ lọc' }).click();

      // Export a backup, wipe the database, import it: the archive comes back identical.
      const before = await dumpDb(archive);
      await archive.getByLabel('Xuất', { exact: true }).selectOption('backup');
      const file = path.join(SCREENSHOT_DIR, '..', `${d.shotPrefix}backup.json`);
      await archive.download(() => archive.locator('.cr-export').click(), file);
      await archive.evaluate(() => new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('close-reader');
        req.onsuccess = () => {
          const tx = req.result.transaction(['articles', 'annotations', 'entities'], 'readwrite');
          for (const s of ['articles', 'annotations', 'entities']) tx.objectStore(s).clear();
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }));
      assert.equal((await dumpDb(archive)).articles.length, 0);
      const truncated = path.join(SCREENSHOT_DIR, '..', `${d.shotPrefix}backup-truncated.json`);
      writeFileSync(truncated, readFileSync(file, 'utf8').slice(0, 5000));
      await archive.locator('.cr-import input[type=file]').setInputFiles(truncated);
      await archive.getByText(/Không nhập được, kho không thay đổi/).waitFor();
      assert.equal((await dumpDb(archive)).articles.length, 0, 'a truncated backup changes nothing');
      await archive.locator('.cr-import input[type=file]').setInputFiles(file);
      await archive.getByText(/Đã nhập: \d+ bài mới/).waitFor();
      assert.deepEqual(await dumpDb(archive), before);
      await archive.close();
    }));

    it('keeps the host page alive on hostile pages (empty, 10 MB, 5,000-deep, NFD)', { skip, timeout: SCENARIO_TIMEOUT }, scenario(async () => {
      const page = await d.newPage();
      for (const url of Object.keys(hostilePages())) {
        await page.goto(`http://${url}`, { timeout: 60_000 });
        const det = await detectionOf(d, page);
        assert.ok(det, `no detection for ${url}`);
        assert.equal(await page.evaluate(() => 6 * 7), 42, `page responsive: ${url}`);
      }
      await page.close();
    }));
  });
}
