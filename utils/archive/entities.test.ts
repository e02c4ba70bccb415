import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/helpers/article';
import { articleEntityText } from '../entities/entries';
import { documentKey, personKey } from '../entities/keys';
import { recognise } from '../ner/recognise';
import { deleteArticle, restoreArticle, saveArticle } from './articles';
import { lookupEntity, reindexIfStale } from './entities';
import { resetArchiveConnection } from './open-archive';

beforeEach(() => resetArchiveConnection());

const first = makeArticle({
  url: 'https://nhandan.vn/a-1.html',
  canonicalUrl: 'https://nhandan.vn/a-1.html',
  publishedAt: '2020-11-07T15:54:00+07:00',
  text: 'Đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội chủ trì hội nghị tổng kết Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.',
});
const second = makeArticle({
  url: 'https://quochoi.vn/b-2.html',
  canonicalUrl: 'https://quochoi.vn/b-2.html',
  publishedAt: '2021-04-01T09:00:00+07:00',
  text: 'Chủ tịch Quốc hội Vương Đình Huệ phát biểu bế mạc kỳ họp.',
});
const entitiesOf = (a: typeof first) => recognise(articleEntityText(a));

describe('entity index', () => {
  it('finds every saved article naming a person, with the titles used there, newest first', async () => {
    await saveArticle(first, { entities: entitiesOf(first) });
    await saveArticle(second, { entities: entitiesOf(second) });
    const rows = await lookupEntity('person', personKey({ name: 'Vương Đình Huệ' }));
    expect(rows.map((r) => r.publishedAt?.slice(0, 4))).toEqual(['2021', '2020']);
    expect(rows[0]!.titles.join(' ')).toContain('Chủ tịch Quốc hội');
    expect(rows[1]!.titles.join(' ')).toContain('Bí thư Thành ủy');
    const docs = await lookupEntity('document', documentKey({ type: 'Chỉ thị', symbol: '35-CT/TW', number: '35', date: '2019-05-30' }));
    expect(docs).toHaveLength(1);
  });

  it('drops an article’s rows on delete and brings them back on undo', async () => {
    const { id } = await saveArticle(first, { entities: entitiesOf(first) });
    const key = personKey({ name: 'Vương Đình Huệ' });
    const removed = await deleteArticle(id);
    expect(await lookupEntity('person', key)).toEqual([]);
    await restoreArticle(removed!.article, entitiesOf(removed!.article));
    expect(await lookupEntity('person', key)).toHaveLength(1);
  });

  it('rebuilds when the recogniser version changes, and only then', async () => {
    await saveArticle(first); // saved without entities (e.g. by an older version)
    const key = personKey({ name: 'Vương Đình Huệ' });
    expect(await lookupEntity('person', key)).toEqual([]);
    expect(await reindexIfStale('v1', recognise)).toBe(1);
    expect(await lookupEntity('person', key)).toHaveLength(1);
    expect(await reindexIfStale('v1', recognise)).toBe(0);
  });
});

describe('listEntities', () => {
  it('aggregates people across articles, most-cited first', async () => {
    const { listEntities } = await import('./entities');
    await saveArticle(first, { entities: entitiesOf(first) });
    await saveArticle(second, { entities: entitiesOf(second) });
    const people = await listEntities('person');
    expect(people[0]).toMatchObject({ label: 'Vương Đình Huệ', articles: 2 });
    expect((await listEntities('document')).map((d) => d.label)).toContain('Chỉ thị số 35-CT/TW');
  });
});
