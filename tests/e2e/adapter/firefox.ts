/**
 * The Firefox driver: puppeteer-core over WebDriver BiDi with Debian's firefox-esr (recipe and
 * pitfalls: ../shared/research/firefox-e2e.md). Differences from Chromium, all handled here:
 * - hosts: every request goes through the fixture server as an HTTP proxy (the pages keep their
 *   real site names, which the content-script registration needs);
 * - the extension is a temporary add-on, reinstalled on every launch; a pref pins its moz-extension
 *   UUID so URLs and storage stay the same across relaunches;
 * - extension pages send no load event (goto with `waitUntil: []`, then wait for the document);
 * - the MV3 background is an event page with no BiDi target: extension API calls run in an
 *   extension page, and it is stopped through about:debugging's own "terminate" call;
 * - extension errors only reach Firefox's stdout.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, copyFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { closeOrKill } from '../browser';
import { firefoxPrefs } from './firefox-prefs';
import { guard } from './guard';
import { pageExpression } from './query';
import { poll } from './surface';
import { Tab } from './tab';
import type { Driver, ElementDriver, FrameDriver, PageDriver } from './types';

/** Where the Firefox MV3 build lives. */
export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** Any fixed v4-looking UUID: the moz-extension:// host for the whole run. */
const UUID = 'c105e4ea-0000-4000-8000-00000000d0c1';

/** The Firefox binary: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr; null when absent. */
export function firefoxPath(): string | null {
  const p = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  return existsSync(p) ? p : null;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

function elementDriver(h: ElementHandle): ElementDriver {
  return guard<ElementDriver>({
    click: () => h.click(),
    fill: async (value) => {
      await h.evaluate((el) => {
        (el as HTMLInputElement).focus();
        (el as HTMLInputElement).select();
      });
      if (await h.evaluate((el) => (el as HTMLInputElement).value !== '')) await h.press('Backspace');
      if (value) await h.type(value);
    },
    press: (key) => h.press(key as never),
    setInputFiles: (file) => (h as ElementHandle<HTMLInputElement>).uploadFile(file),
    scrollIntoView: () => h.scrollIntoView(),
    contentFrame: async () => {
      const f = await h.contentFrame();
      return f ? frameDriver(f) : null;
    },
    dispose: () => h.dispose(),
  }, 'firefox element');
}

function rawFrame(f: Frame | Page): FrameDriver {
  return {
    evaluate: <R>(expression: string) => f.evaluate(expression) as Promise<R>,
    element: async (expression) => {
      const el = (await f.evaluateHandle(expression)).asElement();
      return el ? elementDriver(el as ElementHandle) : null;
    },
  };
}

function frameDriver(f: Frame | Page): FrameDriver {
  return guard(rawFrame(f), 'firefox frame');
}

/** Waits for a new document: moz-extension documents send no load event (firefox-e2e.md §6.2). */
async function settled(p: Page, url: string | null, timeout: number): Promise<void> {
  const probe = `(() => window.__crOld !== true && document.readyState === 'complete' && (${JSON.stringify(url)} === null || location.href === ${JSON.stringify(url)}) || undefined)()`;
  await poll(() => p.evaluate(probe) as Promise<true | undefined>, timeout, () => `document loaded: ${url ?? 'reload'}`);
}

/** goto's bound follows its own timeout; a download waits for the file as well. */
const PAGE_LIMITS = { goto: (args: unknown[]) => (args[1] as number) + 15_000, reload: 60_000, download: 90_000 };

function pageDriver(p: Page, downloads: string): PageDriver {
  return guard<PageDriver>({
    ...rawFrame(p),
    goto: async (url, timeout) => {
      if (!url.startsWith('moz-extension:')) return void (await p.goto(url, { timeout }));
      await p.evaluate('window.__crOld = true').catch(() => undefined);
      await p.goto(url, { waitUntil: [], timeout });
      await settled(p, url, timeout);
    },
    reload: async () => {
      await p.evaluate('window.__crOld = true');
      await p.reload({ waitUntil: [] });
      await settled(p, null, 30_000);
    },
    // page.url() stays about:blank on extension pages (firefox-e2e.md §6.3).
    url: () => p.evaluate('location.href') as Promise<string>,
    screenshot: async (file) => void (await p.screenshot({ path: file as `${string}.png` })),
    setViewportSize: (width, height) => p.setViewport({ width, height }),
    bringToFront: () => p.bringToFront(),
    close: () => p.close(),
    download: async (click, saveAs) => {
      const before = new Set(readdirSync(downloads));
      await click();
      // Firefox writes <name>.part and renames it when done.
      const name = await poll(async () => readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part') && statSync(path.join(downloads, f)).size > 0), 30_000, () => `a download in ${downloads}`);
      copyFileSync(path.join(downloads, name), saveAs);
      rmSync(path.join(downloads, name));
    },
  }, 'firefox page', PAGE_LIMITS);
}

interface Session {
  browser: Browser;
  helper: Page | null;
}

async function start(profile: string, port: number, downloads: string, errors: string[]): Promise<Session> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    // Needed to open moz-extension:// pages and to reach the parent process (stopBackground).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs({ port, downloads, addonId: geckoId(), uuid: UUID }),
  });
  const scan = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (/JavaScript error: moz-extension:\/\//.test(line)) errors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', scan);
  browser.process()?.stderr?.on('data', scan);
  // A temporary add-on's storage survives a restart (only a real uninstall wipes it), so the
  // relaunch tests see what a signed install would keep; the UUID pref keeps the same origin.
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, helper: null };
}

/** A raw WebDriver BiDi command (puppeteer has no API for these). */
async function send<T = unknown>(browser: Browser, method: string, params: object): Promise<T> {
  const conn = (browser as unknown as { connection: { send: (m: string, p: object) => Promise<{ result: T }> } }).connection;
  return (await conn.send(method, params)).result;
}

/** Evaluates privileged code in the browser's own (chrome) window; needs --remote-allow-system-access. */
async function inParent<R>(browser: Browser, expression: string): Promise<R> {
  const tree = await send<{ contexts: { context: string }[] }>(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const r = await send<{ result: { value: R } }>(browser, 'script.evaluate', { expression, target: { context: tree.contexts[0]!.context }, awaitPromise: true });
  return r.result.value;
}

/**
 * Stops the add-on's event page as about:debugging's "Terminate background script" button does
 * (the idle timeout takes the same path), and waits until Firefox reports it stopped.
 */
async function stopEventPage(browser: Browser, addonId: string): Promise<void> {
  const debug = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.DebugUtils`;
  await inParent(browser, `${debug}.terminateBackgroundScript(${JSON.stringify(addonId)}).then(() => true)`);
  const running = () => inParent<boolean>(browser, `${debug}.isBackgroundScriptRunning(${JSON.stringify(addonId)})`);
  await poll(async () => ((await running()) === false ? true : undefined), 10_000, () => 'event page stopped');
}

/** Launches Firefox ESR on `profile` with the extension as a temporary add-on; all hosts go to `port`. */
export async function launchFirefox(profile: string, port: number): Promise<Driver> {
  const downloads = path.join(profile, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const errors: string[] = [];
  const id = geckoId();
  let s = await start(profile, port, downloads, errors);
  const extUrl = (p: string) => `moz-extension://${UUID}/${p.replace(/^\//, '')}`;
  // A quiet extension page that runs extension API calls for the tests: options.html only reads settings.
  const helper = async () => {
    if (s.helper && !s.helper.isClosed()) return s.helper;
    const page = await s.browser.newPage();
    await pageDriver(page, downloads).goto(extUrl('options.html'), 30_000);
    return (s.helper = page);
  };
  const evalExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    (await helper()).evaluate(pageExpression(fn, arg, 'const chrome = globalThis.browser;')) as Promise<R>;
  const ready = () => poll(() => evalExtension(async () => ((await chrome.scripting.getRegisteredContentScripts()).length > 0 ? true : undefined), undefined), 15_000, () => 'content script registered');
  await ready();
  const version = await s.browser.version();
  return guard<Driver>({
    name: 'firefox',
    version: `Firefox ${version.replace(/^firefox\//i, '')}`,
    shotPrefix: 'firefox-',
    uiIsVietnamese: false, // Debian's firefox-esr is en-US; the suite picks Vietnamese in the options
    newPage: async () => new Tab(pageDriver(await s.browser.newPage(), downloads)),
    extUrl,
    evalExtension,
    stopBackground: () => stopEventPage(s.browser, id),
    // WebDriver BiDi network emulation for the whole browser (no contexts given).
    setOffline: (on) => send(s.browser, 'emulation.setNetworkConditions', { networkConditions: on ? { type: 'offline' } : null }).then(() => undefined),
    relaunch: async () => {
      await closeOrKill(() => s.browser.close(), profile, 'firefox');
      s = await start(profile, port, downloads, errors);
      await ready();
    },
    takeErrors: () => errors.splice(0),
    close: () => closeOrKill(() => s.browser.close(), profile, 'firefox'),
  }, 'firefox', { relaunch: 120_000, stopBackground: 60_000 });
}
