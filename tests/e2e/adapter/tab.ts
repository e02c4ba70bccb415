/** A browser tab for the scenarios: its top document as a Surface, plus navigation and capture. */
import { DEFAULT_TIMEOUT, sleep, Surface } from './surface';
import type { PageDriver } from './types';

/** A tab: a Surface for its top document, plus navigation, screenshots and viewport. */
export class Tab extends Surface {
  constructor(readonly page: PageDriver) {
    super(page);
  }
  goto(url: string, opts: { timeout?: number } = {}): Promise<void> {
    return this.page.goto(url, opts.timeout ?? DEFAULT_TIMEOUT);
  }
  reload(): Promise<void> {
    return this.page.reload();
  }
  url(): Promise<string> {
    return this.page.url();
  }
  screenshot(opts: { path: string }): Promise<void> {
    return this.page.screenshot(opts.path);
  }
  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.page.setViewportSize(size.width, size.height);
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  /** Runs `click`, which downloads a file, and saves that file at `saveAs`. */
  download(click: () => Promise<void>, saveAs: string): Promise<void> {
    return this.page.download(click, saveAs);
  }
  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }
}
