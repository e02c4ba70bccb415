import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Expected results of a page fixture (expected.json). */
export interface PageExpectation {
  isArticle: boolean;
  title?: string;
  section?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  siteName?: string | null;
  lead?: string | null;
  /** Visible boilerplate strings that must not reach the reader text. */
  boilerplate?: string[];
}

/** One page fixture folder under tests/fixtures/pages/. */
export interface PageFixture {
  name: string;
  dir: string;
  url: string;
  html: string;
  expected: PageExpectation;
  /** expected.md: body paragraphs separated by blank lines; null for non-articles. */
  expectedText: string | null;
}

/** Directory of the page fixtures. */
export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

/** Reads the URL from the leading `<!-- {"url": "…"} -->` comment of a fixture page. */
export function fixtureUrl(html: string): string {
  const m = /^\s*<!--\s*(\{.*?\})\s*-->/s.exec(html);
  if (!m) throw new Error('fixture has no leading {"url"} comment');
  return (JSON.parse(m[1]!) as { url: string }).url;
}

/** All page fixtures, sorted by name. */
export function listPageFixtures(): PageFixture[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(PAGES_DIR, name);
      const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
      const md = path.join(dir, 'expected.md');
      return {
        name,
        dir,
        url: fixtureUrl(html),
        html,
        expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as PageExpectation,
        expectedText: existsSync(md) ? readFileSync(md, 'utf8') : null,
      };
    });
}
