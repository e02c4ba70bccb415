/**
 * The Chromium driver: playwright-core over CDP, launched by ../browser.ts (host mapping by
 * --host-resolver-rules, extension loaded unpacked, the MV3 background is a service worker).
 */
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { chromiumPath, launch, type ExtBrowser } from '../browser';
import { pageExpression } from './query';
import { Tab } from './tab';
import type { Driver, ElementDriver, FrameDriver, PageDriver } from './types';

function elementDriver(h: ElementHandle): ElementDriver {
  return {
    click: () => h.click(),
    fill: (value) => h.fill(value),
    // Through the page's keyboard, not h.press: a key that closes the reader removes this element's
    // frame between keydown and keyup, and h.press then waits on the dead frame until it times out.
    press: async (key) => {
      await h.focus();
      const frame = await h.ownerFrame();
      await (frame ? frame.page().keyboard : null)?.press(key);
    },
    setInputFiles: (file) => h.setInputFiles(file),
    scrollIntoView: () => h.scrollIntoViewIfNeeded(),
    contentFrame: async () => {
      const f = await h.contentFrame();
      return f ? frameDriver(f) : null;
    },
    dispose: () => h.dispose(),
  };
}

function frameDriver(f: Frame | Page): FrameDriver {
  return {
    evaluate: (expression) => f.evaluate(expression),
    element: async (expression) => {
      const el = (await f.evaluateHandle(expression)).asElement();
      return el ? elementDriver(el as ElementHandle) : null;
    },
  };
}

function pageDriver(p: Page): PageDriver {
  return {
    ...frameDriver(p),
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
  };
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
  return {
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
      await b.ctx.close();
      b = await launch(profile, port);
      watch(b.ctx);
    },
    takeErrors: () => errors.splice(0),
    close: () => b.ctx.close(),
  };
}
