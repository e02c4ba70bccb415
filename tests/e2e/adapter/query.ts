/**
 * The one element-finding engine both browsers use: a serialisable list of steps, resolved INSIDE
 * the page by `resolveSteps` (stringified and evaluated), so a scenario finds the same elements in
 * Chromium and Firefox. It follows Playwright's locator semantics for what the scenarios use: CSS
 * descendant selectors pierce open shadow roots (our prompt and overlay live in them), text and
 * accessible names match case-insensitively by substring unless `exact`, and getByText picks the
 * innermost matching element.
 */

/** A text to match: a plain string, or a regular expression in serialisable form. */
export type TextMatch = string | { source: string; flags: string };

/** One step of a query: find descendants of the current elements, or filter them. */
export type Step =
  | { kind: 'css'; css: string }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'label'; text: TextMatch; exact?: boolean }
  | { kind: 'testId'; id: string }
  | { kind: 'hasText'; text: TextMatch }
  | { kind: 'nth'; index: number };

/** A string or RegExp as a TextMatch (RegExps do not survive JSON). */
export function textMatch(m: string | RegExp): TextMatch {
  return typeof m === 'string' ? m : { source: m.source, flags: m.flags };
}

/**
 * Runs in the page: the elements the steps select, in document order. Self-contained on purpose
 * (it is sent as source text); tsx's `__name` helper is shimmed by `pageExpression`.
 */
export function resolveSteps(steps: Step[]): Element[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (value: string | null | undefined, m: TextMatch, exact?: boolean) => {
    const v = norm(value ?? '');
    if (typeof m !== 'string') return new RegExp(m.source, m.flags).test(v);
    return exact ? v === norm(m) : v.toLowerCase().includes(norm(m).toLowerCase());
  };
  const descendants = (root: Element | Document | ShadowRoot): Element[] => {
    const out: Element[] = [];
    const walk = (node: Element | Document | ShadowRoot) => {
      for (const el of Array.from(node.children)) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root);
    if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot);
    return out;
  };
  // Split "a .b c[x='1 2']" on descendant combinators only (quotes and brackets kept whole).
  const compounds = (css: string): string[] => {
    const parts: string[] = [];
    let cur = '';
    let depth = 0;
    let quote = '';
    for (const ch of css.trim()) {
      if (quote) (cur += ch), ch === quote && (quote = '');
      else if (ch === '"' || ch === "'") (cur += ch), (quote = ch);
      else if (ch === '[' || ch === '(') (cur += ch), depth++;
      else if (ch === ']' || ch === ')') (cur += ch), depth--;
      else if (/\s/.test(ch) && depth === 0) cur && (parts.push(cur), (cur = ''));
      else cur += ch;
    }
    if (cur) parts.push(cur);
    if (parts.some((p) => /^[>+~]$/.test(p))) throw new Error(`only descendant combinators are supported: ${css}`);
    return parts;
  };
  const ROLES: Record<string, string> = {
    button: 'button, [role=button], input[type=button], input[type=submit], input[type=reset]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    searchbox: 'input[type=search], [role=searchbox]',
    textbox: 'input:not([type]), input[type=text], textarea, [role=textbox]',
    combobox: 'select, [role=combobox]',
    tab: '[role=tab]',
    link: 'a[href], [role=link]',
    dialog: 'dialog, [role=dialog]',
  };
  const labelText = (el: Element): string | null => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return Array.from(labels).map((l) => l.textContent ?? '').join(' ');
    return null;
  };
  const accessibleName = (el: Element): string => {
    const label = labelText(el);
    if (label !== null) return label;
    if (el.localName === 'input') return (el as HTMLInputElement).type === 'button' || (el as HTMLInputElement).type === 'submit' ? (el as HTMLInputElement).value : el.getAttribute('title') ?? '';
    return norm(el.textContent ?? '') || el.getAttribute('title') || '';
  };
  const innermost = (els: Element[]) => els.filter((el) => !els.some((o) => o !== el && el.contains(o)));
  const SKIP = new Set(['script', 'style', 'noscript', 'head', 'template', 'title']);

  let current: (Element | Document)[] = [document];
  for (const step of steps) {
    const under = () => [...new Set(current.flatMap((root) => descendants(root)))];
    if (step.kind === 'css') {
      for (const part of compounds(step.css)) current = [...new Set(current.flatMap((root) => descendants(root).filter((el) => el.matches(part))))];
    } else if (step.kind === 'testId') current = under().filter((el) => el.getAttribute('data-testid') === step.id);
    else if (step.kind === 'role') {
      const selector = ROLES[step.role];
      if (!selector) throw new Error(`role not supported by the test adapter: ${step.role}`);
      current = under().filter((el) => el.matches(selector) && (step.name === undefined || matches(accessibleName(el), step.name, step.exact)));
    } else if (step.kind === 'label') current = under().filter((el) => matches(labelText(el), step.text, step.exact) && labelText(el) !== null);
    else if (step.kind === 'text') current = innermost(under().filter((el) => !SKIP.has(el.localName) && matches(el.textContent, step.text, step.exact)));
    else if (step.kind === 'hasText') current = current.filter((el) => matches(el.textContent, step.text));
    else current = current[step.index] ? [current[step.index]!] : [];
  }
  return current.filter((el) => el.nodeType === 1) as Element[];
}

/** Runs in the page: whether an element is visible the way Playwright means it (a box, not visibility:hidden). */
export function isVisible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * Source text that calls `fn(arg)` in a page. Both drivers evaluate strings, because tsx wraps
 * named inner functions in a `__name(...)` helper that does not exist in the page (shimmed here),
 * and because the in-page engine above must travel with each call. `prelude` is source run first
 * in the same scope (e.g. to bind `chrome`).
 */
export function pageExpression<A>(fn: (arg: A) => unknown, arg: A, prelude = ''): string {
  return `((__name) => { const resolveSteps = ${resolveSteps.toString()}; const isVisible = ${isVisible.toString()}; ${prelude} return (${fn.toString()})(${JSON.stringify(arg)}); })((f) => f)`;
}
