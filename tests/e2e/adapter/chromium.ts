/**
 * The Chromium driver: playwright-core over CDP, launched by ../browser.ts (host mapping by
 * --host-resolver-rules, extension loaded unpacked, the MV3 background is a service worker).
 */
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { chromiumPath, closeOrKill, launch, type ExtBrowser } from '../browser';
import { guard } from './guard';
import { pageExpression } from './query';
import { sleep } from './surface';
import { Tab } from './tab';
import type { Driver, ElementDriver, FrameDriver, PageDriver } from './types';

function elementDriver(h: ElementHandle): ElementDriver {
  return guard<ElementDriver>({
    click: () => h.click(),
    fill: (value) => h.fill(value),
    // A key that closes the reader removes this element's (out-of-process) frame between keydown
    // and keyup. Chromium may then never acknowledge the keyup, and the CDP call never returns (a
    // CI run sat 80 min there; reproduced here on a fresh ~/.config/chromium about one run in two).
    // So: keydown is awaited (the handler has run when it is acknowledged), keyup is sent but
    // waited for at most 2 s. Playwright forgets the key as pressed before it sends the keyup, so
    // the next press is not an auto-repeat.
    press: async (key) => {
      await h.focus();
      const keyboard = (await h.ownerFrame())?.page().keyboard;
      if (!keyboard) throw new Error(`press ${key}: the element has no frame`);
      await keyboard.down(key);
      await Promise.race([keyboard.up(key).catch(() => undefined), sleep(2000)]);
    },
    setInputFiles: (file) => h.setInputFiles(file),
    scrollIntoView: () => h.scrollIntoViewIfNeeded(),
    contentFrame: async () => {
      const f = await h.contentFrame();
      return f ? frameDriver(f) : null;
    },
    dispose: () => h.dispose(),
  }, 'chromium element');
}

function rawFrame(f: Frame | Page): FrameDriver {
  return {
    evaluate: (expression) => f.evaluate(expression),
    element: async (expression) => {
      const el = (await f.evaluateHandle(expression)).asElement();
      return el ? elementDriver(el as ElementHandle) : null;
    },
  };
}

function frameDriver(f: Frame | Page): FrameDriver {
  return guard(rawFrame(f), 'chromium frame');
}

/** goto's bound follows its own timeout; a download waits for the file as well. */
const PAGE_LIMITS = { goto: (args: unknown[]) => (args[1] as number) + 15_000, reload: 60_000, download: 90_000 };

function pageDriver(p: Page): PageDriver {
  return guard<PageDriver>({
    ...rawFrame(p),
    goto: async (url, timeout) => void (await p.goto(url, { timeout })),
    reload: async () => void (await p.reload()),
    url: async () => p.url(),
    screenshot: async (file) => void (await p.screenshot({ path: file })),
    setViewportSize: (width, height) => p.setViewportSize({ width, height }),
    bringToFront: () => p.bringToFront(),
    close: () => p.close(),
    download: async (click, saveAs) => {
      const [dl] = await Promise.all([p.waitForEvent('download'), click()]);
      await dl.saveAs(saveAs);
    },
  }, 'chromium page', PAGE_LIMITS);
}

/** The Chromium binary, or null when it is not installed. */
export { chromiumPath };

/** Launches Chromium with the extension on `profile`; every host maps to the fixture server's port. */
export async function launchChromium(profile: string, port: number): Promise<Driver> {
  let b: ExtBrowser = await launch(profile, port);
  const errors: string[] = [];
  const watch = (ctx: BrowserContext) =>
    ctx.on('weberror', (e) => {
      const url = e.page()?.url() ?? '';
      if (url.startsWith('chrome-extension://')) errors.push(`${url}: ${e.error().message}`);
    });
  watch(b.ctx);
  // After a stop the worker handle is stale: always ask the context for the live one.
  const worker = async () => b.ctx.serviceWorkers()[0] ?? (await b.ctx.waitForEvent('serviceworker'));
  return guard<Driver>({
    name: 'chromium',
    version: `Chromium ${b.ctx.browser()?.version() ?? ''}`.trim(),
    shotPrefix: '',
    uiIsVietnamese: true, // launched with --lang=vi
    newPage: async () => new Tab(pageDriver(await b.ctx.newPage())),
    extUrl: (p) => b.extUrl(p),
    evalExtension: async (fn, arg) => (await worker()).evaluate(pageExpression(fn, arg)),
    stopBackground: async () => {
      // Stop the MV3 worker the way Chrome does when idle (toolchain.md §3), through CDP.
      const page = await b.ctx.newPage();
      await page.goto(b.extUrl('options.html'));
      const cdp = await b.ctx.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    },
    setOffline: (on) => b.ctx.setOffline(on),
    relaunch: async () => {
      await closeOrKill(() => b.ctx.close(), profile, 'chromium');
      b = await launch(profile, port);
      watch(b.ctx);
    },
    takeErrors: () => errors.splice(0),
    close: () => closeOrKill(() => b.ctx.close(), profile, 'chromium'),
  }, 'chromium', { relaunch: 120_000, stopBackground: 60_000 });
}
