import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { listArticles } from './articles';
import { migrations } from './migrations';
import { openArchive, resetArchiveConnection } from './open-archive';
import { DB_NAME, DB_VERSION } from './schema';

beforeEach(() => resetArchiveConnection());

interface Dump {
  version: number;
  stores: Record<string, { keyPath: string; indexes: Record<string, { keyPath: string; unique: boolean }> }>;
  articles: Record<string, unknown>[];
}
const dump = (v: number): Dump =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../tests/fixtures/archive/v${String(v).padStart(3, '0')}.json`), 'utf8'));

describe('archive migrations', () => {
  it('has exactly one step per version', () => expect(migrations).toHaveLength(DB_VERSION));

  it('creates the v1 schema described by the frozen dump', async () => {
    const db = await openArchive();
    const want = dump(1);
    expect(db.version).toBe(want.version);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(want.stores).sort());
    const tx = db.transaction('articles');
    for (const [name, idx] of Object.entries(want.stores.articles!.indexes)) {
      const index = tx.store.index(name as 'by-urlKey');
      expect({ keyPath: index.keyPath, unique: index.unique }).toEqual(idx);
    }
  });

  it('reads rows written in the v1 shape', async () => {
    const db1 = await openDB(DB_NAME, 1, { upgrade: (db, o, n, tx) => migrations[0]!(db as never, tx as never) });
    for (const row of dump(1).articles) await db1.put('articles', row);
    db1.close();
    const list = await listArticles();
    expect(list.map((a) => a.title)).toEqual(['Bài thứ hai', 'Bài thứ nhất']);
  });
});
