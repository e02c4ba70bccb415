/**
 * `npm run bench -- detection`: cost of detectArticle against Readability's isProbablyReaderable
 * on the same parsed documents in the same process (budget: 1.5×). Documents are parsed once;
 * each timed round runs one function over every document. Pages: every SAMPLE_STEP-th page of
 * ../shared/corpora/article-vs-nonarticle when present, and the project's Vietnamese fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../utils/detect/detect-article.ts';
import { loadDetectionCorpus, parsePage } from '../eval/detection.ts';
import { compare, formatRatio } from '../lib/timing.ts';

const BUDGET = 1.5;
// Parsing all 173 pages with jsdom takes about a minute; a spread-out third keeps every site.
const SAMPLE_STEP = 3;
const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');

interface Page {
  doc: Document;
  url: string;
}

function corpusPages(corpora: string | null): Page[] {
  if (!corpora) return [];
  return loadDetectionCorpus(corpora)
    .filter((_, i) => i % SAMPLE_STEP === 0)
    .map((p) => ({ doc: parsePage(p.html, p.url), url: p.url }));
}

function fixturePages(): Page[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .map((d) => path.join(FIXTURES, d, 'source.html'))
    .filter((f) => existsSync(f))
    .map((f) => {
      const html = readFileSync(f, 'utf8');
      const url = /"url"\s*:\s*"([^"]+)"/.exec(html.slice(0, 2000))?.[1] ?? 'https://example.invalid/';
      return { doc: parsePage(html, url), url };
    });
}

function benchOne(label: string, pages: Page[]): void {
  const result = compare(
    () => pages.forEach((p) => isProbablyReaderable(p.doc)),
    () => pages.forEach((p) => detectArticle(p.doc, p.url)),
    15,
    3,
  );
  console.log(formatRatio(`detectArticle vs isProbablyReaderable (${pages.length} pages, ${label})`, result, BUDGET));
}

/** Prints the detectArticle / isProbablyReaderable time ratio on corpus pages, then on fixtures. */
export async function run(corpora: string | null): Promise<void> {
  const corpus = corpusPages(corpora);
  const fixtures = fixturePages();
  if (corpus.length) benchOne('article-vs-nonarticle sample', corpus);
  if (fixtures.length) benchOne('tests/fixtures/pages', fixtures);
  if (!corpus.length && !fixtures.length) console.log('bench detection: no corpus and no fixtures, skipping.');
}
