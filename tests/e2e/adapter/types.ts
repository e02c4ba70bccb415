/**
 * What a browser driver must provide for the end-to-end scenarios. One scenario file drives both
 * browsers through these; each browser's quirks stay in its own driver (chromium.ts, firefox.ts).
 */
import type { Tab } from './tab';

/** The browsers the suite knows. */
export type BrowserName = 'chromium' | 'firefox';

/** The minimum a browser library gives us for one frame: evaluate source text, get an element. */
export interface FrameDriver {
  /** Evaluates a JS expression (source text) in the frame's main world; awaits a promise result. */
  evaluate<R>(expression: string): Promise<R>;
  /** The element an expression evaluates to, as a native handle (null when it is not an element). */
  element(expression: string): Promise<ElementDriver | null>;
}

/** Native input on one element: real mouse and keyboard events where the library has them. */
export interface ElementDriver {
  click(): Promise<void>;
  /** Replaces the value of an input or textarea, as typing would. */
  fill(value: string): Promise<void>;
  /** Focuses the element and presses a key (Playwright key names: 'Escape', 'h'). */
  press(key: string): Promise<void>;
  setInputFiles(file: string): Promise<void>;
  scrollIntoView(): Promise<void>;
  /** The document inside an iframe element. */
  contentFrame(): Promise<FrameDriver | null>;
  dispose(): Promise<void>;
}

/** A page (tab) as the driver sees it; wrapped by surface.ts's Tab for scenarios. */
export interface PageDriver extends FrameDriver {
  goto(url: string, timeout: number): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  screenshot(file: string): Promise<void>;
  setViewportSize(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Runs `click` (which downloads a file) and saves the downloaded file at `saveAs`. */
  download(click: () => Promise<void>, saveAs: string): Promise<void>;
}

/** A launched browser with the extension installed. */
export interface Driver {
  readonly name: BrowserName;
  /** Human-readable browser and version, for the suite's title. */
  readonly version: string;
  /** Prefix of the screenshots this browser writes ('' for Chromium, 'firefox-' for Firefox). */
  readonly shotPrefix: string;
  /** Whether the browser's UI language is Vietnamese (else the suite picks it in the options page). */
  readonly uiIsVietnamese: boolean;
  newPage(): Promise<Tab>;
  /** The URL of an extension page: chrome-extension://<id>/<path> or moz-extension://<uuid>/<path>. */
  extUrl(path: string): string;
  /**
   * Runs `fn(arg)` with the extension's API (`chrome`, promise-based in both browsers). Chromium: in
   * the service worker. Firefox: in an extension page (the event page has no BiDi target).
   */
  evalExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Stops the background the way the browser does when it is idle; resolves once it is stopped. */
  stopBackground(): Promise<void>;
  /** Turns the browser's network off or on. */
  setOffline(on: boolean): Promise<void>;
  /** Closes the browser and starts it again on the same profile, extension reinstalled as a user's would be. */
  relaunch(): Promise<void>;
  /** Uncaught errors in extension code since the last call. */
  takeErrors(): string[];
  close(): Promise<void>;
}
