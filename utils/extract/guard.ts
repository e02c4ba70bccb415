/**
 * Input limits checked before the expensive work. Readability's cost grows faster than the page
 * (it rescans candidates), so a 10 MB or pathologically deep page is refused with a reason instead
 * of freezing the tab; numbers measured in extract-article.test.ts.
 */

/** Limits for one extraction; the defaults pass every real article we have measured. */
export interface ExtractLimits {
  /** Most elements the page may have (Readability's maxElemsToParse). */
  maxElements: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
}

/**
 * Default limits. Real article pages have < 10,000 elements and nest < 60 deep; Readability is
 * quadratic in depth (a 1,000-deep page took 28 s in jsdom), so depth is capped well below that.
 */
export const DEFAULT_LIMITS: ExtractLimits = { maxElements: 40_000, maxDepth: 250 };

/** Depth of the deepest element, stopping early once `cap` is passed. */
function depthOver(root: Element, cap: number): boolean {
  // Iterative: a recursive walk is exactly what a deeply nested page would overflow.
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > cap) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return false;
}

/** Why doc must not be extracted, or null when it is within the limits. */
export function checkLimits(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): string | null {
  const root = doc.documentElement;
  if (!root || !doc.body) return 'empty page: no <html> or <body>';
  const count = doc.getElementsByTagName('*').length;
  if (count > limits.maxElements) return `page too large: ${count} elements (limit ${limits.maxElements})`;
  if (depthOver(root, limits.maxDepth)) return `page nested too deep (limit ${limits.maxDepth})`;
  return null;
}
