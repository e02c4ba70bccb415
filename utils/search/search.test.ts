import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../archive/schema.ts';
import { fold } from './fold.ts';
import { search } from './query.ts';
import { addToIndex, buildIndex, loadIndex, removeFromIndex, SEARCH_INDEX_VERSION, serializeIndex } from './search-index.ts';
import type { SearchDoc, SearchHit } from './types.ts';

const doc = (id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id: id as ArticleId, title: `Bài ${id}`, text, notes: '', tags: [], site: 'nhandan.vn', publishedAt: null, ...extra,
});

const DOCS: SearchDoc[] = [
  doc('exact', 'Đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, phát biểu tại hội nghị.'),
  doc('plain', 'Dong chi Vuong Dinh Hue phat bieu tai hoi nghi ve chinh tri.'),
  doc('tones', 'Ông Vượng Định Huế dự họp về kinh tế.'),
  doc('nfd', 'Thực hiện Chỉ thị số 35-CT/TW và Nghị định 15/2020/NĐ-CP, giữ hoà bình.'.normalize('NFD')),
  doc('scattered', 'Bộ trưởng nói: chính sách này là trị liệu cho nền kinh tế.'),
  doc('noted', 'Một bài về đất đai.', { notes: 'Cần đối chiếu số liệu ngân sách', tags: ['cần đọc lại', 'kinh-tế'] }),
];
const BY_ID = new Map(DOCS.map((d) => [d.id as string, d]));
const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id);
const run = (q: string): string[] => ids(search(buildIndex(DOCS), BY_ID, q));

describe('search: matching', () => {
  it.each([
    ['unaccented query finds every diacritic variant', 'vuong dinh hue', ['exact', 'plain', 'tones']],
    ['đ folds to d', 'đinh hue', ['exact', 'plain', 'tones']],
    ['terms are ANDed', 'vương kinh', ['tones']],
    ['a phrase matches only the exact sequence', '"Bộ Chính trị"', ['exact']],
    ['a phrase is diacritic-insensitive', '"bo chinh tri"', ['exact']],
    ['a phrase is diacritic-insensitive the other way', '"vương đình huệ"', ['exact', 'plain', 'tones']],
    ['a phrase in NFD text', '"chỉ thị số"', ['nfd']],
    ['a phrase does not run across punctuation', '"Huệ Ủy viên"', []],
    ['an unclosed phrase is still being typed', '"bộ chính t', ['exact']],
    ['a symbol', '35-CT/TW', ['nfd']],
    ['a symbol in lower case', '35-ct/tw', ['nfd']],
    ['the type part of a symbol', 'ct/tw', ['nfd']],
    ['a decree number and type', 'nđ-cp 15/2020', ['nfd']],
    ['old tone placement in the text', 'hòa bình', ['nfd']],
    ['notes are searchable', 'ngân sách', ['noted']],
    ['tags are searchable', 'đọc lại', ['noted']],
    ['the last word is a prefix while typing', 'vuong dinh hu', ['exact', 'plain', 'tones']],
    ['a trailing space ends the prefix', 'phat bie ', []],
    ['no terms, no hits', ' "" ', []],
  ])('%s: %s', (_label, query, expected) => {
    expect(run(query).sort()).toEqual([...expected].sort());
  });
});

describe('search: ranking', () => {
  it.each([
    ['Vương Đình Huệ', 'exact'],
    ['Vượng Định Huế', 'tones'],
    ['"Vương Đình Huệ"', 'exact'],
    ['Vương Đình H', 'exact'],
  ])('%s ranks the document with the same diacritics first', (query, first) => {
    const hits = run(query);
    expect(hits[0]).toBe(first);
    expect(hits).toHaveLength(3);
  });

  it('ranks a title match above a body match', () => {
    const docs = [doc('body', 'Bàn về ngân sách địa phương.'), doc('title', 'Bàn về địa phương.', { title: 'Ngân sách' })];
    const hits = search(buildIndex(docs), new Map(docs.map((d) => [d.id as string, d])), 'ngân sách');
    expect(ids(hits)).toEqual(['title', 'body']);
  });

  it('honours the limit', () => {
    expect(search(buildIndex(DOCS), BY_ID, 'hue', { limit: 2 })).toHaveLength(2);
  });
});

describe('search: index upkeep', () => {
  it('removes documents, and removing twice is harmless', () => {
    const index = buildIndex(DOCS);
    removeFromIndex(index, 'exact' as ArticleId);
    removeFromIndex(index, 'exact' as ArticleId);
    expect(ids(search(index, BY_ID, 'vuong dinh hue')).sort()).toEqual(['plain', 'tones']);
    expect(index.engine.documentCount).toBe(DOCS.length - 1);
  });

  it('re-adding a document replaces it', () => {
    const index = buildIndex(DOCS);
    addToIndex(index, doc('tones', 'Nay nói về giáo dục.'));
    const docs = new Map(BY_ID).set('tones', doc('tones', 'Nay nói về giáo dục.'));
    expect(ids(search(index, docs, 'vuong')).sort()).toEqual(['exact', 'plain']);
    expect(ids(search(index, docs, 'giáo dục'))).toEqual(['tones']);
  });

  it('skips ids the lookup no longer has (a stale index)', () => {
    expect(ids(search(buildIndex(DOCS), (id) => (id === 'plain' ? undefined : BY_ID.get(id)), 'vuong'))).not.toContain('plain');
  });

  it('round-trips through JSON with identical results, removals included', () => {
    const index = buildIndex(DOCS);
    removeFromIndex(index, 'plain' as ArticleId);
    const loaded = loadIndex(serializeIndex(index));
    expect(loaded).not.toBeNull();
    for (const q of ['vuong dinh hue', 'Vương Đình Huệ', '"bo chinh tri"', '35-CT/TW', 'kinh', 'hu']) {
      expect(search(loaded!, BY_ID, q)).toEqual(search(index, BY_ID, q));
    }
    addToIndex(loaded!, doc('new', 'Vương quốc'));
    expect(ids(search(loaded!, new Map(BY_ID).set('new', doc('new', 'Vương quốc')), 'vương quốc'))).toEqual(['new']);
  });

  it.each([
    ['another version', JSON.stringify({ version: SEARCH_INDEX_VERSION + 1, engine: { ids: [], lengths: [], terms: [] } })],
    ['no version', JSON.stringify({ engine: { ids: [], lengths: [], terms: [] } })],
    ['a wrong shape', JSON.stringify({ version: SEARCH_INDEX_VERSION, engine: { ids: 1 } })],
    ['not JSON', '{"version":'],
  ])('loadIndex returns null for %s (the caller rebuilds)', (_label, json) => {
    expect(loadIndex(json)).toBeNull();
  });
});

describe('search: snippets', () => {
  const snippet = (query: string, id: string, field = 'text') =>
    search(buildIndex(DOCS), BY_ID, query).find((h) => h.id === id)!.snippets.find((s) => s.field === field)!;
  const marked = (s: { text: string; highlights: [number, number][] }) => s.highlights.map(([a, b]) => s.text.slice(a, b));

  it.each([
    ['an unaccented query marks accented words', 'vuong dinh hue', 'exact', 'text', ['Vương', 'Đình', 'Huệ']],
    ['a phrase is marked whole', '"bo chinh tri"', 'exact', 'text', ['Bộ Chính trị']],
    ['a symbol is marked once, whole', '35-ct/tw', 'nfd', 'text', ['35-CT/TW'.normalize('NFD')]],
    ['a prefix marks the whole word', 'vuong dinh hu', 'tones', 'text', ['Vượng', 'Định', 'Huế']],
    ['NFD text keeps its marks inside the highlight', '"hoa binh"', 'nfd', 'text', ['hoà bình'.normalize('NFD')]],
    ['notes get a snippet when they match', 'ngân sách', 'noted', 'notes', ['ngân', 'sách']],
    ['tags too', 'đọc lại', 'noted', 'tags', ['đọc', 'lại']],
  ])('%s', (_label, query, id, field, words) => {
    expect(marked(snippet(query, id, field))).toEqual(words);
  });

  it('cuts ~160 characters around the first match of a long text', () => {
    const long = `${'Mở đầu dài dòng về nhiều việc. '.repeat(20)}Đồng chí Vương Đình Huệ phát biểu. ${'Kết thúc. '.repeat(30)}`;
    const docs = [doc('long', long)];
    const s = search(buildIndex(docs), new Map([['long', docs[0]!]]), 'vuong dinh hue')[0]!.snippets.find((x) => x.field === 'text')!;
    expect(s.text.length).toBeLessThanOrEqual(162);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(marked(s).map(fold)).toEqual(['vuong', 'dinh', 'hue']);
  });

  it('always gives the title, and the opening of the text when only the title matches', () => {
    const docs = [doc('t', 'Nội dung không liên quan.', { title: 'Quốc hội họp' })];
    const hit = search(buildIndex(docs), new Map([['t', docs[0]!]]), 'quoc hoi')[0]!;
    expect(hit.snippets).toEqual([
      { field: 'title', text: 'Quốc hội họp', highlights: [[0, 4], [5, 8]] },
      { field: 'text', text: 'Nội dung không liên quan.', highlights: [] },
    ]);
  });
});

describe('snippet placement', () => {
  it('centres the snippet on the full name, not on an earlier lone syllable', async () => {
    const { buildIndex } = await import('./search-index');
    const { search } = await import('./query');
    const filler = 'Hội nghị diễn ra trong không khí dân chủ, thẳng thắn và trách nhiệm cao. '.repeat(4);
    const doc = {
      id: 'x' as never, title: 'Phiên chất vấn', site: 'quochoi.vn', publishedAt: null, notes: '', tags: [],
      text: `Phó Chủ tịch Quốc hội Nguyễn Khắc Định điều hành phiên họp. ${filler}Chủ tịch Quốc hội Vương Đình Huệ phát biểu kết luận.`,
    };
    const [hit] = search(buildIndex([doc]), new Map([['x', doc]]), 'vuong dinh hue');
    const text = hit!.snippets.find((s) => s.field === 'text')!;
    expect(text.highlights.map(([s, e]) => text.text.slice(s, e))).toEqual(expect.arrayContaining(['Vương', 'Đình', 'Huệ']));
  });
});
