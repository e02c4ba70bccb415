/**
 * The browsers the end-to-end suite can drive, and why one is unavailable. Chromium is required
 * (CI runs it); Firefox is skipped with the reason when firefox-esr is not installed.
 */
import { chromiumPath, launchChromium } from './chromium';
import { firefoxPath, launchFirefox } from './firefox';
import type { BrowserName, Driver } from './types';

/** One browser the suite knows how to drive. */
export interface BrowserTarget {
  name: BrowserName;
  /** Display name for the suite title. */
  label: string;
  /** Why it cannot run here (with the install command), or null when it can. */
  missing: string | null;
  launch: (profile: string, port: number) => Promise<Driver>;
}

/** Every browser, in the order the suite runs them; E2E_BROWSERS=chromium,firefox narrows the list. */
export function browserTargets(): BrowserTarget[] {
  const all: BrowserTarget[] = [
    {
      name: 'chromium',
      label: 'Chromium',
      missing: chromiumPath() ? null : 'Chromium not found — apt-get install -y chromium (or set CHROMIUM_PATH)',
      launch: launchChromium,
    },
    {
      name: 'firefox',
      label: 'Firefox',
      missing: firefoxPath() ? null : `${process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'} not found — apt-get install -y firefox-esr`,
      launch: launchFirefox,
    },
  ];
  const only = process.env.E2E_BROWSERS?.split(',').map((s) => s.trim());
  return only ? all.filter((b) => only.includes(b.name)) : all;
}

export { Locator, Surface } from './surface';
export { Tab } from './tab';
export type { BrowserName, Driver } from './types';
export { bounded, DriverHang, traceReport } from './guard';
