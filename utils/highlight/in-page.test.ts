import { afterEach, describe, expect, it } from 'vitest';
import type { Entities } from '../ner/types';
import { clearInPage, pageTextIndex, paintInPage } from './in-page';

const NAME = 'Vương Đình Huệ';
const DOC = 'Nghị quyết số 18-NQ/TW';

function page(): { doc: Document; entities: Entities } {
  const doc = document;
  doc.body.innerHTML = `<p id="p">Chủ tịch Quốc hội ${NAME} nhắc lại ${DOC}.</p>`;
  const text = pageTextIndex(doc).text;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const entities = {
    persons: [{ name: NAME, official: true, titles: ['Chủ tịch Quốc hội'], mentions: [at(NAME)] }],
    documents: [{ mentions: [at(DOC)] }],
  } as unknown as Entities;
  return { doc, entities };
}

type HighlightGlobals = { CSS?: unknown; Highlight?: unknown };
const win = window as unknown as HighlightGlobals;
const saved = { CSS: win.CSS, Highlight: win.Highlight };

describe('paintInPage', () => {
  afterEach(() => void Object.assign(win, saved));

  it('falls back to <mark> wrappers where the CSS Custom Highlight API is missing, and clears them', () => {
    Object.assign(win, { CSS: undefined, Highlight: undefined });
    const { doc, entities } = page();
    const before = doc.body.innerHTML;
    expect(paintInPage(doc, pageTextIndex(doc), entities)).toEqual({ mode: 'marks', count: 2 });
    expect([...doc.querySelectorAll('mark.cr-inpage')].map((m) => m.textContent)).toEqual([NAME, DOC]);
    clearInPage(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('uses highlight ranges, not DOM changes, where the API exists (Chromium, Firefox 140+)', () => {
    const { doc, entities } = page();
    const highlights = new Map<string, { ranges: Range[] }>();
    Object.assign(win, {
      CSS: { highlights },
      Highlight: class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } },
    });
    const before = doc.body.innerHTML;
    expect(paintInPage(doc, pageTextIndex(doc), entities)).toEqual({ mode: 'highlight-api', count: 2 });
    expect(highlights.get('cr-official')!.ranges.map(String)).toEqual([NAME]);
    expect(highlights.get('cr-doc')!.ranges.map(String)).toEqual([DOC]);
    expect(doc.body.innerHTML).toBe(before);
    clearInPage(doc);
    expect(highlights.size).toBe(0);
  });
});
