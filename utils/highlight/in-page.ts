/**
 * "On the original page" mode: paints recognised entities on the live page WITHOUT touching its
 * DOM, through the CSS Custom Highlight API (ranges styled by ::highlight(); the page's nodes,
 * scripts and layout are untouched). Where the API is missing it falls back to <mark> wrappers
 * (still reversible with clearInPage). The stylesheet goes in as an adopted sheet, not a <style>
 * node, so even the page's own DOM queries see nothing new.
 */
import { entitySpans } from '../entities/spans';
import type { Entities } from '../ner/types';
import { highlightSpans, removeHighlights } from './highlighter';
import { indexText, rangeOf, type TextIndex } from './text-index';

const NAMES = { official: 'cr-official', person: 'cr-person', document: 'cr-doc' } as const;
const CSS_TEXT = `
::highlight(cr-official) { background-color: rgba(31,111,235,.16); text-decoration: underline 2px solid #1f6feb; }
::highlight(cr-person) { text-decoration: underline 2px dashed #6b7280; }
::highlight(cr-doc) { background-color: rgba(183,121,31,.18); text-decoration: underline 3px double #b7791f; }
mark.cr-inpage { background: rgba(183,121,31,.18); color: inherit; }`;

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightWindow {
  CSS?: { highlights?: Map<string, object> };
  Highlight?: HighlightCtor;
  CSSStyleSheet: typeof CSSStyleSheet;
}

let sheet: CSSStyleSheet | null = null;

/** Text of the page for recognition, skipping our own injected UI. */
export function pageTextIndex(doc: Document): TextIndex {
  return indexText(doc.body ?? doc.documentElement, (el) => el.localName.startsWith('close-reader-'));
}

/** Paints the entities; returns which mechanism was used and how many mentions were painted. */
export function paintInPage(doc: Document, index: TextIndex, entities: Entities): { mode: 'highlight-api' | 'marks'; count: number } {
  const win = doc.defaultView as unknown as HighlightWindow;
  const spans = entitySpans(entities);
  if (!win.CSS?.highlights || !win.Highlight) {
    highlightSpans(index, spans.map((s) => ({ ...s, className: `cr-inpage ${s.className}` })));
    return { mode: 'marks', count: spans.length };
  }
  const groups: Record<string, Range[]> = { [NAMES.official]: [], [NAMES.person]: [], [NAMES.document]: [] };
  for (const s of spans) {
    const range = rangeOf(index, s.start, s.end);
    const name = s.className.includes('official') ? NAMES.official : s.className.includes('doc') ? NAMES.document : NAMES.person;
    if (range) groups[name]!.push(range);
  }
  for (const [name, ranges] of Object.entries(groups)) win.CSS.highlights.set(name, new win.Highlight(...ranges));
  adoptSheet(doc, win);
  return { mode: 'highlight-api', count: spans.length };
}

/** Removes whatever paintInPage added. */
export function clearInPage(doc: Document): void {
  const win = doc.defaultView as unknown as HighlightWindow;
  for (const name of Object.values(NAMES)) win.CSS?.highlights?.delete(name);
  if (doc.body) removeHighlights(doc.body, 'cr-inpage');
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

function adoptSheet(doc: Document, win: HighlightWindow): void {
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
