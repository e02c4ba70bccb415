/**
 * Regression guard over Mozilla Readability's 130 test pages (../shared/corpora/readability-test-pages):
 * our extractor must not crash, must find an article where Readability's expected metadata says the
 * page is readerable, and should agree with the expected title. expected.html IS Readability's own
 * output, so this guards against breaking what Readability already does; it does not score quality.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { tryExtractArticle } from '../../utils/extract/extract-article.ts';
import { titlesAgree } from '../../utils/extract/title.ts';
import { parsePage } from './extraction.ts';

interface Expected {
  title?: string | null;
  readerable?: boolean;
}

// The test pages were saved from these URLs' hosts; any http URL works for resolving links.
const BASE = 'http://fakehost/test/page.html';

/** Prints the counts and the total time; corpora is the ../shared/corpora folder. */
export async function run(corpora: string): Promise<void> {
  const dir = path.join(corpora, 'readability-test-pages');
  const slugs = readdirSync(dir).filter((s) => existsSync(path.join(dir, s, 'source.html')));
  let parsed = 0, readerable = 0, found = 0, titled = 0, titleAgrees = 0, ms = 0, plainMs = 0;
  const errors: string[] = [];
  const misses: string[] = [];
  for (const slug of slugs) {
    const expected = JSON.parse(readFileSync(path.join(dir, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    const doc = parsePage(readFileSync(path.join(dir, slug, 'source.html'), 'utf8'), BASE);
    const p0 = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    plainMs += performance.now() - p0;
    const t0 = performance.now();
    try {
      const r = tryExtractArticle(doc, BASE);
      parsed++;
      if (expected.readerable) {
        readerable++;
        if (r.ok) found++;
        else misses.push(`${slug} (${r.error})`);
      }
      if (r.ok && expected.title) {
        titled++;
        if (titlesAgree(r.value.title, expected.title)) titleAgrees++;
      }
    } catch (e) {
      errors.push(`${slug}: ${e instanceof Error ? e.message : String(e)}`);
    }
    ms += performance.now() - t0;
  }
  console.log(`pages: ${slugs.length}; parsed without error: ${parsed}`);
  console.log(`article found where expected readerable: ${found}/${readerable}`);
  console.log(`title agrees with expected (of pages with both): ${titleAgrees}/${titled}`);
  console.log(`time: ours ${(ms / 1000).toFixed(1)} s, plain Readability ${(plainMs / 1000).toFixed(1)} s (${(ms / plainMs).toFixed(2)}×)`);
  for (const line of [...errors, ...misses].slice(0, 8)) console.log(`  ${line.slice(0, 140)}`);
}
