/**
 * Playwright-shaped locators over any FrameDriver: the scenarios read as they did with Playwright,
 * and the same code drives puppeteer in Firefox. Locators are lazy step lists, resolved in the page
 * (query.ts) on every use, with auto-waiting and Playwright's strictness (an action on a locator
 * that matches several elements is an error).
 */
import { bounded } from './guard';
import { isVisible, pageExpression, resolveSteps, textMatch, type Step } from './query';
import type { ElementDriver, FrameDriver } from './types';

/** Playwright's default for actions and waits. */
export const DEFAULT_TIMEOUT = 30_000;
/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` every 100 ms until it returns a non-undefined value; throws `what` on timeout. */
export async function poll<T>(probe: () => Promise<T | undefined>, timeout: number, what: () => string): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    // A navigation in flight can destroy the context mid-evaluate: that is "not yet", not a failure.
    // A probe that does not answer at all is cut off at the deadline, so the wait stays a wait.
    const got = await bounded(`poll probe: ${what()}`, Math.max(1000, end - Date.now() + 1000), probe).catch((e: unknown) => void (lastError = e));
    if (got !== undefined) return got;
    if (Date.now() > end) {
      const why = lastError instanceof Error ? ` (last probe: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeout} ms: ${what()}${why}`);
    }
    await sleep(100);
  }
}

type RoleOptions = { name?: string | RegExp; exact?: boolean };
type TextOptions = { exact?: boolean };

/** A document (page or frame) the scenarios can query and evaluate in. */
export class Surface {
  constructor(readonly frame: FrameDriver) {}

  /** Runs `fn(arg)` in the page; `arg` must be JSON. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.frame.evaluate<R>(pageExpression(fn, arg as A));
  }
  locator(css: string, opts: { hasText?: string | RegExp } = {}): Locator {
    return new Locator(this.frame, []).locator(css, opts);
  }
  getByRole(role: string, opts: RoleOptions = {}): Locator {
    return new Locator(this.frame, []).getByRole(role, opts);
  }
  getByText(text: string | RegExp, opts: TextOptions = {}): Locator {
    return new Locator(this.frame, []).getByText(text, opts);
  }
  getByLabel(text: string | RegExp, opts: TextOptions = {}): Locator {
    return new Locator(this.frame, []).getByLabel(text, opts);
  }
  getByTestId(id: string): Locator {
    return new Locator(this.frame, []).getByTestId(id);
  }
}

/** A lazy, chainable element query with Playwright's action names. */
export class Locator {
  constructor(private readonly frame: FrameDriver, readonly steps: Step[]) {}

  private with(...more: Step[]): Locator {
    return new Locator(this.frame, [...this.steps, ...more]);
  }
  locator(css: string, opts: { hasText?: string | RegExp } = {}): Locator {
    return this.with({ kind: 'css', css }, ...(opts.hasText !== undefined ? [{ kind: 'hasText' as const, text: textMatch(opts.hasText) }] : []));
  }
  getByRole(role: string, opts: RoleOptions = {}): Locator {
    return this.with({ kind: 'role', role, name: opts.name === undefined ? undefined : textMatch(opts.name), exact: opts.exact });
  }
  getByText(text: string | RegExp, opts: TextOptions = {}): Locator {
    return this.with({ kind: 'text', text: textMatch(text), exact: opts.exact });
  }
  getByLabel(text: string | RegExp, opts: TextOptions = {}): Locator {
    return this.with({ kind: 'label', text: textMatch(text), exact: opts.exact });
  }
  getByTestId(id: string): Locator {
    return this.with({ kind: 'testId', id });
  }
  first(): Locator {
    return this.with({ kind: 'nth', index: 0 });
  }
  private describe(): string {
    return JSON.stringify(this.steps);
  }

  /** How many elements match now. */
  count(): Promise<number> {
    return this.frame.evaluate<number>(pageExpression((steps) => resolveSteps(steps).length, this.steps));
  }

  /** Waits until the locator is visible (default), attached, hidden or detached. */
  async waitFor(opts: { state?: 'visible' | 'attached' | 'hidden' | 'detached'; timeout?: number } = {}): Promise<void> {
    const state = opts.state ?? 'visible';
    const probe = pageExpression(({ steps, state }) => {
      const els = resolveSteps(steps);
      const shown = els.some((el) => isVisible(el));
      const ok = state === 'attached' ? els.length > 0 : state === 'detached' ? els.length === 0 : state === 'visible' ? shown : !shown;
      return ok || undefined;
    }, { steps: this.steps, state });
    await poll(() => this.frame.evaluate<true | undefined>(probe), opts.timeout ?? DEFAULT_TIMEOUT, () => `${state}: ${this.describe()}`);
  }

  /** Waits for exactly one match (strict mode) that is visible, or attached when `visible` is false. */
  private async one(visible = true, timeout = DEFAULT_TIMEOUT): Promise<ElementDriver> {
    const probe = pageExpression(({ steps, visible }) => {
      const els = resolveSteps(steps);
      if (els.length > 1) return `strict mode violation: ${els.length} elements`;
      return els.length === 1 && (!visible || isVisible(els[0]!)) ? 'ok' : undefined;
    }, { steps: this.steps, visible });
    const verdict = await poll(() => this.frame.evaluate<string | undefined>(probe), timeout, () => `one ${visible ? 'visible ' : ''}element for ${this.describe()}`);
    if (verdict !== 'ok') throw new Error(`${verdict} for ${this.describe()}`);
    const el = await this.frame.element(pageExpression((steps) => resolveSteps(steps)[0], this.steps));
    if (!el) throw new Error(`element vanished: ${this.describe()}`);
    return el;
  }
  private async act<T>(fn: (el: ElementDriver) => Promise<T>, visible = true): Promise<T> {
    const el = await this.one(visible);
    try {
      return await fn(el);
    } finally {
      await el.dispose().catch(() => undefined);
    }
  }
  click(): Promise<void> {
    return this.act((el) => el.click());
  }
  fill(value: string): Promise<void> {
    return this.act((el) => el.fill(value));
  }
  press(key: string): Promise<void> {
    return this.act((el) => el.press(key), false);
  }
  setInputFiles(file: string): Promise<void> {
    return this.act((el) => el.setInputFiles(file), false);
  }
  scrollIntoViewIfNeeded(): Promise<void> {
    return this.act((el) => el.scrollIntoView(), false);
  }
  /** Clicks a checkbox if it is not checked yet, then waits until it is. */
  check(): Promise<void> {
    return this.setChecked(true);
  }
  uncheck(): Promise<void> {
    return this.setChecked(false);
  }
  private async setChecked(want: boolean): Promise<void> {
    const isChecked = () => this.attrState('checked');
    if ((await isChecked()) !== want) await this.click();
    await poll(async () => ((await isChecked()) === want ? true : undefined), 5000, () => `checked=${want}: ${this.describe()}`);
  }
  private attrState(prop: 'checked'): Promise<boolean> {
    return this.frame.evaluate<boolean>(pageExpression(({ steps, prop }) => !!(resolveSteps(steps)[0] as HTMLInputElement | undefined)?.[prop], { steps: this.steps, prop }));
  }
  async textContent(): Promise<string | null> {
    await this.one(false).then((el) => el.dispose());
    return this.frame.evaluate(pageExpression((steps) => resolveSteps(steps)[0]?.textContent ?? null, this.steps));
  }
  async innerText(): Promise<string> {
    await this.one(false).then((el) => el.dispose());
    return this.frame.evaluate(pageExpression((steps) => (resolveSteps(steps)[0] as HTMLElement).innerText, this.steps));
  }
  async getAttribute(name: string): Promise<string | null> {
    await this.one(false).then((el) => el.dispose());
    return this.frame.evaluate(pageExpression(({ steps, name }) => resolveSteps(steps)[0]!.getAttribute(name), { steps: this.steps, name }));
  }
  allTextContents(): Promise<string[]> {
    return this.frame.evaluate<string[]>(pageExpression((steps) => resolveSteps(steps).map((el) => el.textContent ?? ''), this.steps));
  }
  /** Selects the option with this label, firing input and change as a user's choice does. */
  async selectOption(choice: string | { label: string }): Promise<void> {
    await this.one(true).then((el) => el.dispose());
    const ok = await this.frame.evaluate<boolean>(pageExpression(({ steps, choice }) => {
      const select = resolveSteps(steps)[0] as HTMLSelectElement;
      const option = Array.from(select.options).find((o) => (typeof choice === 'string' ? o.value === choice : o.label.trim() === choice.label));
      if (!option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, { steps: this.steps, choice }));
    if (!ok) throw new Error(`no option ${JSON.stringify(choice)} in ${this.describe()}`);
  }
  /** Dispatches a synthetic, bubbling event of this type on the element. */
  async dispatchEvent(type: string): Promise<void> {
    await this.one(false).then((el) => el.dispose());
    await this.frame.evaluate(pageExpression(({ steps, type }) => {
      const el = resolveSteps(steps)[0]!;
      const init = { bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(type.startsWith('mouse') || type === 'click' ? new MouseEvent(type, init) : new Event(type, init));
    }, { steps: this.steps, type }));
  }
  /** The document of the iframe this locator points at. */
  async contentFrame(): Promise<Surface> {
    return this.act(async (el) => {
      const f = await el.contentFrame();
      if (!f) throw new Error(`not an iframe: ${this.describe()}`);
      return new Surface(f);
    }, false);
  }
}
