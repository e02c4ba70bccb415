import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotate/types';
import { filterArticles, filterOptions } from './filter';
import type { ArticleId, ArticleSummary } from './schema';

const item = (id: string, site: string, publishedAt: string | null, tags: string[] = []): ArticleSummary => ({
  id: id as ArticleId, title: id, siteName: null, site, publishedAt, savedAt: 0, url: `https://${site}/${id}`, excerpt: null, section: null, byline: null, wordCount: 1, tags,
});
const ann = (articleId: string, colour: Annotation['colour'], tags: string[] = []) => ({ articleId, colour, tags }) as unknown as Annotation;

const items = [
  item('a', 'nhandan.vn', '2020-11-07T15:54:00+07:00', ['đại hội']),
  item('b', 'qdnd.vn', '2023-08-18T07:45:00+07:00'),
  item('c', 'nhandan.vn', null, ['tổ chức']),
];
const anns = [ann('b', 'verify', ['cần hỏi']), ann('a', 'key')];

describe('filterArticles', () => {
  it.each([
    [{}, ['a', 'b', 'c']],
    [{ site: 'nhandan.vn' }, ['a', 'c']],
    [{ from: '2021-01-01' }, ['b']],
    [{ to: '2021-01-01' }, ['a']],
    [{ tag: 'đại hội' }, ['a']],
    [{ tag: 'cần hỏi' }, ['b']],
    [{ colour: 'verify' as const }, ['b']],
    [{ entityArticles: new Set(['c' as ArticleId]) }, ['c']],
    [{ searchHits: ['c', 'a'] as ArticleId[] }, ['c', 'a']],
    [{ site: 'nhandan.vn', searchHits: ['b', 'a'] as ArticleId[] }, ['a']],
  ])('%o → %j', (f, want) => expect(filterArticles(items, anns, f).map((a) => a.id)).toEqual(want));
  it('offers the sites and tags in use', () =>
    expect(filterOptions(items, anns)).toEqual({ sites: ['nhandan.vn', 'qdnd.vn'], tags: ['cần hỏi', 'đại hội', 'tổ chức'] }));
});
