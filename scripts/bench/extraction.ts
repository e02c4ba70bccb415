/**
 * Cost of extractArticle (cleaning + Readability + metadata + sanitize) against plain Readability
 * (clone + parse, which serializes its HTML) on the same pre-parsed jsdom documents. Budget 1.3×.
 * Pages: ~20 benchmark pages from ../shared/corpora, or the Vietnamese fixtures when it is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import { parsePage } from '../eval/extraction.ts';
import { compare, formatRatio } from '../lib/timing.ts';

const BUDGET = 1.3;

function benchmarkPages(corpora: string): Array<{ doc: Document; url: string }> {
  const dir = path.join(corpora, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  // Every 4th page: a fixed, spread-out sample of 21 pages.
  return Object.entries(truth)
    .filter((_, i) => i % 4 === 0)
    .map(([id, { url }]) => ({ doc: parsePage(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8'), url), url }));
}

function fixturePages(): Array<{ doc: Document; url: string }> {
  const dir = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const html = readFileSync(path.join(dir, d.name, 'source.html'), 'utf8');
      const url = (JSON.parse(/<!--\s*(\{.*?\})\s*-->/.exec(html)?.[1] ?? '{}') as { url?: string }).url ?? 'https://example.vn/';
      return { doc: parsePage(html, url), url };
    });
}

/** Prints the ratio of medians for the whole page set, against the 1.3× budget. */
export async function run(corpora: string | null): Promise<void> {
  const pages = corpora ? benchmarkPages(corpora) : fixturePages();
  const label = corpora ? `${pages.length} benchmark pages` : `${pages.length} Vietnamese fixtures`;
  const baseline = () => {
    for (const p of pages) new Readability(p.doc.cloneNode(true) as Document).parse();
  };
  const candidate = () => {
    for (const p of pages) extractArticle(p.doc, p.url);
  };
  console.log(formatRatio(`extractArticle vs Readability (${label})`, compare(baseline, candidate, 7, 2), BUDGET));
}
