/**
 * Cost of recognising + highlighting an article in the reader, as a ratio to extracting it, on the
 * same Vietnamese article fixtures (jsdom, same process). Budget ≤ 0.3×. The highlight side runs
 * on a fresh copy of the extracted body each round (copies made outside the timed region), exactly
 * what the reader does: index the text, recognise, wrap the mentions.
 */
import { entitySpans } from '../../utils/entities/spans.ts';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import { highlightSpans } from '../../utils/highlight/highlighter.ts';
import { indexText } from '../../utils/highlight/text-index.ts';
import { recognise } from '../../utils/ner/recognise.ts';
import { listPageFixtures } from '../../tests/helpers/fixtures.ts';
import { parsePage } from '../eval/extraction.ts';
import { median } from '../lib/timing.ts';

const BUDGET = 0.3;
const ROUNDS = 9;


/** Prints the ratio of medians of (recognise + highlight) to extraction. */
export async function run(): Promise<void> {
  const pages = listPageFixtures()
    .filter((f) => f.expected.isArticle)
    .map((f) => ({ doc: parsePage(f.html, f.url), url: f.url }));
  const bodies = pages.map((p) => {
    const a = extractArticle(p.doc, p.url)!;
    const el = p.doc.createElement('div');
    el.innerHTML = a.html;
    return el;
  });
  recognise('Đồng chí Tô Lâm, Tổng Bí thư.'); // compile the gazetteers outside the timings
  const extract: number[] = [];
  const mark: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t = performance.now();
    for (const p of pages) extractArticle(p.doc, p.url);
    extract.push(performance.now() - t);
    const copies = bodies.map((b) => b.cloneNode(true) as HTMLElement);
    t = performance.now();
    for (const c of copies) {
      const index = indexText(c);
      highlightSpans(index, entitySpans(recognise(index.text)));
    }
    mark.push(performance.now() - t);
  }
  const ratio = median(mark) / median(extract);
  const verdict = ratio <= BUDGET ? 'OK' : 'OVER';
  console.log(`recognise + highlight vs extraction (${pages.length} Vietnamese articles)  ${median(mark).toFixed(1)} ms vs ${median(extract).toFixed(1)} ms  ratio ${ratio.toFixed(2)}×  (budget ≤ ${BUDGET}×) ${verdict}`);
}
