import { describe, expect, it } from 'vitest';
import v001 from '../../tests/fixtures/archive/v001.json';
import v002 from '../../tests/fixtures/archive/v002.json';
import v003 from '../../tests/fixtures/archive/v003.json';
import type { Annotation, AnnotationId } from '../annotate/types';
import { DB_VERSION, type ArticleId, type StoredArticle } from '../archive/schema';
import { BUNDLE_FORMAT, exportBundle, serializeBundle } from './bundle';
import { bundleMigrations } from './bundle-migrations';
import { parseBundle, planImport, type UncheckedBundle } from './import-bundle';
import { ANNOTATIONS, ARTICLES, ARTICLE_NEWS, makeHighlight } from './test-data';

const NOW = Date.UTC(2024, 5, 1, 12);
const EMPTY = { articles: [], annotations: [] };

function parsed(text: string): UncheckedBundle {
  const r = parseBundle(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const demoText = (): string => serializeBundle(exportBundle({ articles: ARTICLES, annotations: ANNOTATIONS }, NOW));
/** A bundle file from raw rows, as an older or damaged export would have written it. */
const fileOf = (over: Record<string, unknown>): string =>
  JSON.stringify({ format: BUNDLE_FORMAT, schemaVersion: DB_VERSION, exportedAt: '2024-06-01T00:00:00.000Z', articles: [], annotations: [], ...over });

describe('export → serialize → parse → planImport', () => {
  it('stamps format, version and time', () => {
    const b = exportBundle({ articles: ARTICLES, annotations: ANNOTATIONS, settings: { theme: 'sepia' } }, NOW);
    expect(b).toMatchObject({ format: 'close-reader-archive', schemaVersion: DB_VERSION, exportedAt: '2024-06-01T12:00:00.000Z' });
    expect(serializeBundle(b)).toMatch(/^\{\n {2}"format"/);
    expect(parsed(serializeBundle(b)).settings).toEqual({ theme: 'sepia' });
  });

  it('into an empty archive gives back the same articles and annotations', () => {
    const plan = planImport(EMPTY, parsed(demoText()));
    expect(plan.articles).toEqual(ARTICLES);
    expect(plan.annotations).toEqual(ANNOTATIONS);
    expect(plan.report).toEqual({
      articlesAdded: 3, articlesMerged: 0, articlesSkipped: 0,
      annotationsAdded: 4, annotationsUpdated: 0, annotationsSkipped: 0, rejected: [],
    });
  });

  it('re-importing the same backup adds nothing', () => {
    const plan = planImport({ articles: ARTICLES, annotations: ANNOTATIONS }, parsed(demoText()));
    expect(plan.articles).toEqual([]);
    expect(plan.annotations).toEqual([]);
    expect(plan.report).toMatchObject({ articlesAdded: 0, articlesSkipped: 3, annotationsAdded: 0, annotationsSkipped: 4, rejected: [] });
  });
});

describe('merging', () => {
  const otherId = 'ffffffff-0000-4000-8000-000000000009' as ArticleId;
  const copy: StoredArticle = { ...ARTICLE_NEWS, id: otherId, tags: ['Hà Nội', 'đề án 06'], savedAt: ARTICLE_NEWS.savedAt + 1 };
  const onCopy = makeHighlight(copy, 'dữ liệu dân cư', { id: 'c0ffee00-2222-4b4b-8d8d-0000000000aa' as AnnotationId });

  it('same URL under another id: keeps the stored id, unites tags, remaps annotations', () => {
    const text = fileOf({ articles: [copy], annotations: [onCopy] });
    const plan = planImport({ articles: [ARTICLE_NEWS], annotations: [] }, parsed(text));
    expect(plan.articles).toEqual([{ ...ARTICLE_NEWS, tags: ['chuyển đổi số', 'Hà Nội', 'đề án 06'] }]);
    expect(plan.annotations).toEqual([{ ...onCopy, articleId: ARTICLE_NEWS.id }]);
    expect(plan.report).toMatchObject({ articlesMerged: 1, articlesAdded: 0, annotationsAdded: 1 });
  });

  it('same URL, no new tags: nothing to write for the article, but annotations still follow it', () => {
    const text = fileOf({ articles: [{ ...copy, tags: ['Hà Nội'] }], annotations: [onCopy] });
    const plan = planImport({ articles: [ARTICLE_NEWS], annotations: [] }, parsed(text));
    expect(plan.articles).toEqual([]);
    expect(plan.annotations[0]?.articleId).toBe(ARTICLE_NEWS.id);
    expect(plan.report.articlesMerged).toBe(1);
  });

  const stored = ANNOTATIONS[0] as Annotation;
  it.each([
    ['newer', '2025-01-01T00:00:00.000Z', 1, 0],
    ['same time', stored.modified, 0, 1],
    ['older', '2020-01-01T00:00:00.000Z', 0, 1],
  ])('an annotation with the same id, %s: newer modified wins', (_, modified, updated, skipped) => {
    const incoming = { ...stored, note: 'Sửa lại ghi chú.', modified };
    const plan = planImport({ articles: ARTICLES, annotations: [stored] }, parsed(fileOf({ annotations: [incoming] })));
    expect(plan.report).toMatchObject({ annotationsUpdated: updated, annotationsSkipped: skipped, annotationsAdded: 0 });
    expect(plan.annotations).toEqual(updated ? [incoming] : []);
  });

  it('an id already used by an article at another URL is renamed, not overwritten', () => {
    const clash = { ...ARTICLES[2], id: ARTICLE_NEWS.id } as StoredArticle;
    const note = makeHighlight(clash, '', { id: 'x-1' as AnnotationId });
    const plan = planImport({ articles: [ARTICLE_NEWS], annotations: [] }, parsed(fileOf({ articles: [clash], annotations: [note] })));
    expect(plan.articles.map((a) => a.id)).toEqual([`${ARTICLE_NEWS.id}-2`]);
    expect(plan.annotations[0]?.articleId).toBe(`${ARTICLE_NEWS.id}-2`);
  });
});

describe('whole-file problems are errors, and no plan is made', () => {
  const half = demoText().slice(0, Math.floor(demoText().length / 2));
  it.each([
    ['truncated', half, 'not JSON (the file may be truncated)'],
    ['empty', '', 'not JSON (the file may be truncated)'],
    ['an array', '[]', 'not a Close Reader backup (not a JSON object)'],
    ['another format', JSON.stringify({ format: 'obsidian-web-clipper', schemaVersion: 1 }), 'not a Close Reader backup (format is "obsidian-web-clipper")'],
    ['no format', JSON.stringify({ articles: [] }), 'not a Close Reader backup (format is missing)'],
    ['a future version', fileOf({ schemaVersion: 9 }), `schema version 9 is newer than this version of Close Reader (${DB_VERSION})`],
    ['a bad version', fileOf({ schemaVersion: '3' }), 'the schema version is missing or invalid'],
    ['no article list', fileOf({ articles: {} }), 'the backup has no list of articles'],
    ['no annotation list (v3)', fileOf({ annotations: null }), 'the backup has no list of annotations'],
  ])('%s', (_, text, error) => {
    expect(parseBundle(text)).toEqual({ ok: false, error });
  });
});

describe('bad rows are rejected with a reason, the rest imports', () => {
  const good = ARTICLE_NEWS;
  const goodNote = ANNOTATIONS[1] as Annotation;
  it.each([
    ['article', 'not an object', 'just a string', 'invalid article: not an object'],
    ['article', 'no title', { ...good, id: 'z1', urlKey: 'k1', title: 42 }, 'invalid article: title'],
    ['article', 'javascript: URL', { ...good, id: 'z2', urlKey: 'k2', url: 'javascript:alert(1)' }, 'invalid article: url'],
    ['article', 'no id', { ...good, urlKey: 'k3', id: '' }, 'invalid article: id'],
    ['article', 'tags not strings', { ...good, id: 'z4', urlKey: 'k4', tags: [1] }, 'invalid article: tags'],
    ['annotation', 'bad colour', { ...goodNote, id: 'n1', colour: 'pink' }, 'invalid annotation: colour'],
    ['annotation', 'bad date', { ...goodNote, id: 'n2', created: 'hôm qua' }, 'invalid annotation: created'],
    ['annotation', 'bad selector', { ...goodNote, id: 'n3', target: { source: 'x', selector: [{ type: 'CssSelector' }] } }, 'invalid annotation: target.selector'],
    ['annotation', 'orphan', { ...goodNote, id: 'n4', articleId: 'không-có' }, 'its article (không-có) is neither in the backup nor in the archive'],
  ])('%s: %s', (kind, _, row, reason) => {
    const text = fileOf(kind === 'article' ? { articles: [row, good], annotations: [goodNote] } : { articles: [good], annotations: [goodNote, row] });
    const plan = planImport(EMPTY, parsed(text));
    expect(plan.report.rejected).toEqual([{ kind, index: kind === 'article' ? 0 : 1, reason }]);
    expect(plan.articles).toEqual([good]);
    expect(plan.annotations).toEqual([goodNote]);
  });

  it('an annotation whose article was rejected is rejected too', () => {
    const plan = planImport(EMPTY, parsed(fileOf({ articles: [{ ...good, html: null }], annotations: [goodNote] })));
    expect(plan.report.rejected.map((r) => r.kind)).toEqual(['article', 'annotation']);
    expect(plan.articles).toEqual([]);
  });

  it('an annotation may point at an article already in the archive', () => {
    const plan = planImport({ articles: [good], annotations: [] }, parsed(fileOf({ annotations: [goodNote] })));
    expect(plan.annotations).toEqual([goodNote]);
  });

  it('damaged settings are dropped, good ones kept', () => {
    const settings = { theme: 'neon', fontSize: 21, sites: ['nhandan.vn'], colourLabels: { key: 'quan điểm', pink: 'x' }, admin: true };
    expect(parsed(fileOf({ settings })).settings).toEqual({ fontSize: 21, sites: ['nhandan.vn'] });
  });
});

describe('old backups migrate', () => {
  it('has one bundle step per schema version', () => {
    expect(bundleMigrations.length).toBe(DB_VERSION);
  });

  // A v1/v2 backup carried the rows of that schema's frozen dump and no annotations.
  it.each([
    ['v1', 1, v001.articles],
    ['v2', 2, v002.articles],
  ])('%s: articles gain empty tags, and import', (_, schemaVersion, articles) => {
    const b = parsed(JSON.stringify({ format: BUNDLE_FORMAT, schemaVersion, exportedAt: '2022-01-01T00:00:00Z', articles }));
    expect(b.schemaVersion).toBe(DB_VERSION);
    const plan = planImport(EMPTY, b);
    expect(plan.report).toMatchObject({ articlesAdded: 2, rejected: [] });
    expect(plan.articles).toEqual(articles.map((a) => ({ ...a, tags: [] })));
  });

  it('v3 fixture rows import as they are', () => {
    const plan = planImport(EMPTY, parsed(fileOf({ articles: v003.articles, annotations: v003.annotations })));
    expect(plan.articles).toEqual(v003.articles);
    expect(plan.annotations).toEqual(v003.annotations);
  });

  it('a v2 backup merges into a v3 archive holding the same URL', () => {
    const b = parsed(JSON.stringify({ format: BUNDLE_FORMAT, schemaVersion: 2, exportedAt: '', articles: v002.articles }));
    const plan = planImport({ articles: v003.articles as unknown as StoredArticle[], annotations: [] }, b);
    expect(plan.report).toMatchObject({ articlesAdded: 0, articlesMerged: 2, articlesSkipped: 0 });
    expect(plan.articles).toEqual([]);
  });
});
