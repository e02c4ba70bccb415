import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { listArticles } from './articles';
import { lookupEntity } from './entities';
import { migrations } from './migrations';
import { openArchive, resetArchiveConnection } from './open-archive';
import { DB_NAME, DB_VERSION, type ArchiveDB } from './schema';

beforeEach(() => resetArchiveConnection());

interface Dump {
  version: number;
  stores: Record<string, { keyPath: string; indexes: Record<string, { keyPath: string | string[]; unique: boolean }> }>;
  articles: Record<string, unknown>[];
  entities?: Record<string, unknown>[];
}
const dump = (v: number): Dump =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../tests/fixtures/archive/v${String(v).padStart(3, '0')}.json`), 'utf8'));

/** Opens the database at an old version by replaying only the steps up to it. */
function openAt(version: number) {
  return openDB(DB_NAME, version, {
    upgrade: (db, old, _new, tx) => {
      for (let v = old; v < version; v++) migrations[v]!(db as never, tx as never);
    },
  });
}

function describeSchema(db: IDBPDatabase<ArchiveDB>): Dump['stores'] {
  const tx = db.transaction([...db.objectStoreNames]);
  const out: Dump['stores'] = {};
  for (const name of db.objectStoreNames) {
    const store = tx.objectStore(name);
    const indexes: Dump['stores'][string]['indexes'] = {};
    for (const i of store.indexNames) {
      const idx = store.index(i as never);
      indexes[i] = { keyPath: idx.keyPath as string | string[], unique: idx.unique };
    }
    out[name] = { keyPath: store.keyPath as string, indexes };
  }
  return out;
}

describe('archive migrations', () => {
  it('has exactly one step per version', () => expect(migrations).toHaveLength(DB_VERSION));

  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))('builds the schema of frozen dump v%i', async (v) => {
    const db = await openAt(v);
    expect(db.version).toBe(v);
    expect(describeSchema(db as never)).toEqual(dump(v).stores);
    db.close();
  });

  it('upgrades a v1 archive with its rows to the current version', async () => {
    const db1 = await openAt(1);
    for (const row of dump(1).articles) await db1.put('articles', row);
    db1.close();
    const db = await openArchive();
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(dump(DB_VERSION).stores);
    expect((await listArticles()).map((a) => a.title)).toEqual(['Bài thứ hai', 'Bài thứ nhất']);
  });

  it('reads entity rows written in the v2 shape', async () => {
    const db2 = await openAt(2);
    for (const row of dump(2).articles) await db2.put('articles', row);
    for (const row of dump(2).entities!) await db2.put('entities', row);
    db2.close();
    const rows = await lookupEntity('person', 'phan văn giang');
    expect(rows.map((r) => r.articleTitle)).toEqual(['Bài thứ hai']);
  });
});
