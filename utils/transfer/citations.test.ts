// Every citation format is parsed back with a real parser (citation-js), not checked by eye.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../archive/schema';
import { toBibtex, toCslJson, toRis } from './citations';
import { foldAscii } from './bibtex';
import { ARTICLES, ARTICLE_AGENCY, ARTICLE_MAGAZINE, ARTICLE_NEWS } from './test-data';

/** What must survive any format: title, authors, year, URL. */
const EXPECTED = [
  { title: ARTICLE_NEWS.title, names: ['Nguyễn|Thị Hương'], year: 2020, url: ARTICLE_NEWS.canonicalUrl },
  { title: ARTICLE_MAGAZINE.title, names: ['Trần|Văn Minh'], year: 2023, url: ARTICLE_MAGAZINE.canonicalUrl },
  { title: ARTICLE_AGENCY.title, names: ['TTXVN'], year: 2024, url: ARTICLE_AGENCY.canonicalUrl },
];

/** A CSL name as "family|given", or the literal. */
function nameOf(n: unknown): string {
  if (typeof n === 'string') return n.includes(', ') ? n.replace(', ', '|') : n; // RIS "reporter" stays a string
  const { family, given, literal } = n as { family?: string; given?: string; literal?: string };
  // A braced BibTeX name ({TTXVN}) comes back as a family name alone, which is what braces mean.
  return literal ?? (given ? `${family}|${given}` : `${family}`);
}

function summary(item: Record<string, unknown>) {
  const issued = item.issued as { 'date-parts': number[][] } | undefined;
  // RIS NEWS puts AU under "reporter" (the RIS type table calls a NEWS author the reporter).
  const names = (item.author ?? item.reporter) as unknown;
  return {
    title: item.title,
    names: (Array.isArray(names) ? names : [names]).map(nameOf),
    year: issued?.['date-parts'][0]?.[0],
    url: item.URL,
  };
}

describe('citations parse back with citation-js', () => {
  it.each([
    ['CSL-JSON', () => toCslJson(ARTICLES)],
    ['BibLaTeX', () => toBibtex(ARTICLES)],
    ['BibTeX', () => toBibtex(ARTICLES, { dialect: 'bibtex' })],
    ['RIS', () => toRis(ARTICLES)],
  ])('%s keeps title, authors, year and URL', (_, make) => {
    const cite = new Cite(make());
    expect(cite.data.map(summary)).toEqual(EXPECTED);
  });

  it('CSL-JSON types: Tạp chí is a magazine, the rest newspapers', () => {
    expect(toCslJson(ARTICLES).map((i) => i.type)).toEqual(['article-newspaper', 'article-magazine', 'article-newspaper']);
  });

  it('CSL-JSON formats as a bibliography (the CSL processor accepts it)', () => {
    const text = new Cite(toCslJson([ARTICLE_NEWS])).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    // citeproc-js prints "Nguyễn T. H." without a comma: it does not count ễ as a "romanesque"
    // letter, so it uses the East Asian name order, which for Vietnamese is the right one anyway.
    expect(text).toContain('Nguyễn T. H. (2020, November 7)');
    expect(text).toContain(`${ARTICLE_NEWS.title}. Nhân Dân.`);
  });

  it('BibLaTeX keeps container, dates and the newspaper subtype', () => {
    const [news, magazine] = new Cite(toBibtex(ARTICLES)).data;
    expect(news).toMatchObject({ 'container-title': 'Nhân Dân', issued: { 'date-parts': [[2020, 11, 7]] }, accessed: { 'date-parts': [[2024, 1, 2]] } });
    // citation-js reads biblatex's entrysubtype as the CSL genre, keeping the type article-journal.
    expect(news).toMatchObject({ type: 'article-journal', genre: 'newspaper' });
    expect(magazine?.['container-title']).toBe('Tạp chí Cộng sản');
  });

  it('BibTeX keys are ASCII, from personal name + year + first title word, and unique', () => {
    const twice = [ARTICLE_NEWS, { ...ARTICLE_NEWS, id: 'other' } as StoredArticle];
    const keys = [...toBibtex([...ARTICLES, ...twice]).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['huong2020ha', 'minh2023phat', 'ttxvn2024thu', 'huong2020haa', 'huong2020hab']);
  });

  it('an article without publication or date is an @online entry', () => {
    const bare = { ...ARTICLE_NEWS, siteName: null, publishedAt: null, byline: null };
    const bib = toBibtex([bare]);
    expect(bib).toMatch(/^@online\{anonndha,/);
    expect(new Cite(bib).data[0]).toMatchObject({ title: ARTICLE_NEWS.title, URL: ARTICLE_NEWS.canonicalUrl });
  });

  it('RIS lines are "XX  - value" with CRLF, and each record ends with ER', () => {
    const ris = toRis(ARTICLES);
    const lines = ris.split('\r\n').filter(Boolean);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY')).map((l) => l.slice(6))).toEqual(['NEWS', 'MGZN', 'NEWS']);
    expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(3);
  });

  it.each([
    ['Hương', 'huong'],
    ['Đỗ Ngọc Thịnh', 'dongocthinh'],
    ['Thủy/Thuỷ', 'thuythuy'],
  ])('folds %s to %s', (s, ascii) => expect(foldAscii(s)).toBe(ascii));
});
