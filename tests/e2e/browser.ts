/**
 * Launches headless Chromium with the built extension (see ../shared/research/toolchain.md §3):
 * the profile directory goes to launchPersistentContext, not to args; Playwright's own
 * --disable-extensions must be dropped; every host resolves to the local fixture server.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { bounded } from './adapter/guard';

/** Where the Chrome build lives. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** Where e2e runs write their screenshots (named in the README). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../artifacts/screenshots');
const PROFILE_ROOT = path.resolve(import.meta.dirname, '../../.e2e-profiles');

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when absent. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** A launched browser with the extension. */
export interface ExtBrowser {
  ctx: BrowserContext;
  extId: string;
  worker: Worker;
  /** chrome-extension://<id>/<path> */
  extUrl: (p: string) => string;
}

/** A fresh profile directory (deleted by removeProfile). */
export function newProfile(name: string): string {
  mkdirSync(PROFILE_ROOT, { recursive: true });
  const dir = path.join(PROFILE_ROOT, `${name}-${process.pid}-${Date.now()}`);
  mkdirSync(dir);
  return dir;
}

/** Deletes a profile directory. */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Launches Chromium on a profile with the extension loaded; every host maps to the fixture port. */
export async function launch(profile: string, port: number, opts: { headless?: boolean } = {}): Promise<ExtBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=vi',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  let [worker] = ctx.serviceWorkers();
  worker ??= await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
  const extId = new URL(worker.url()).host;
  // The background registers the detector at install/startup, asynchronously: a page opened before
  // that would get no content script. Wait for it, as a user would by not being that fast.
  for (let i = 0; i < 150; i++) {
    const n = await bounded('chromium worker.evaluate(registered content scripts)', 10_000, () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).catch(() => 0);
    if (n > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ctx, extId, worker, extUrl: (p) => `chrome-extension://${extId}/${p.replace(/^\//, '')}` };
}

/**
 * Closes a browser; when it does not close in time (a wedged browser), kills every process started
 * on `profile` so that neither the next launch on it nor the test process's exit waits for it.
 */
export async function closeOrKill(close: () => Promise<unknown>, profile: string, label: string): Promise<void> {
  try {
    await bounded(`${label} close`, 30_000, close);
  } catch (e) {
    console.log(`${label} did not close (${(e as Error).message}): killing the processes on ${profile}`);
    killProcessesOn(profile);
  }
}

/** SIGKILLs every process whose command line names `profile` (read from /proc: no pkill needed). */
function killProcessesOn(profile: string): void {
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
}
