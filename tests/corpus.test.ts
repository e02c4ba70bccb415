// @vitest-environment node
// Golden corpus: every folder under tests/fixtures/pages/ is one saved page (see its README.md).
// The detector must classify it, and for articles the extractor must reproduce the metadata and
// the reader text in expected.json / expected.md, keep boilerplate out, and leave the page alone.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../utils/detect/detect-article.ts';
import { extractArticle } from '../utils/extract/extract-article.ts';
import { listPageFixtures, type PageFixture } from './helpers/fixtures.ts';

const fixtures = listPageFixtures();
const articles = fixtures.filter((f) => f.expected.isArticle);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function parse(f: PageFixture): Document {
  return new JSDOM(f.html, { url: f.url }).window.document;
}

/** Paragraphs of expected.md (blank-line separated), whitespace-collapsed. */
function expectedParagraphs(md: string): string[] {
  return md.split(/\n\s*\n/).map(collapse).filter(Boolean);
}

/**
 * The expected paragraphs that are missing from `text`, or out of order: each one must be found
 * at or after the end of the previous one. Returns [] when all are present in order.
 */
function missingInOrder(text: string, paragraphs: string[]): string[] {
  const haystack = collapse(text);
  const missing: string[] = [];
  let from = 0;
  for (const p of paragraphs) {
    const at = haystack.indexOf(p, from);
    if (at < 0) missing.push(p);
    else from = at + p.length;
  }
  return missing;
}

describe('corpus: detection', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const detection = detectArticle(parse(f), f.url);
    expect(detection.isArticle, detection.reasons.join('; ')).toBe(f.expected.isArticle);
  });
});

describe('corpus: extraction', () => {
  it.each(articles.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const doc = parse(f);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, f.url);

    // The extractor works on a clone: the live page must be untouched.
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article).not.toBeNull();
    if (!article) return;

    const exp = f.expected;
    expect({
      title: article.title,
      section: article.section,
      byline: article.byline,
      publishedAt: article.publishedAt,
      lead: article.lead,
    }).toEqual({
      title: exp.title,
      section: exp.section ?? null,
      byline: exp.byline ?? null,
      publishedAt: exp.publishedAt ?? null,
      lead: exp.lead ?? null,
    });
    if (exp.siteName != null) expect(article.siteName).toBe(exp.siteName);

    expect(missingInOrder(article.text, expectedParagraphs(f.expectedText ?? ''))).toEqual([]);

    const lower = collapse(article.text).toLowerCase();
    const leaked = (exp.boilerplate ?? []).filter((b) => lower.includes(collapse(b).toLowerCase()));
    expect(leaked).toEqual([]);
  });
});

describe('corpus: fixtures', () => {
  it('has enough pages of each kind', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(fixtures.length - articles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(articles.map((f) => [f.name, f] as const))('%s has expected.md', (_name, f) => {
    expect(f.expectedText).not.toBeNull();
  });
});
