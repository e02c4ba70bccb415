/**
 * The archive's entity index: which saved articles name a person or cite a document. It is derived
 * data: rebuilt from the stored articles whenever the recogniser's version changes, never migrated.
 */
import { articleEntityText, entityEntries, type EntityEntry } from '../entities/entries';
import type { EntityKind } from '../entities/keys';
import type { Entities } from '../ner/types';
import { openArchive } from './open-archive';

const VERSION_KEY = 'entityIndexVersion';

/** Every saved article's row for one entity, newest publication first. */
export async function lookupEntity(kind: EntityKind, key: string): Promise<EntityEntry[]> {
  const rows = await (await openArchive()).getAllFromIndex('entities', 'by-key', [kind, key]);
  return rows.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.savedAt - a.savedAt);
}

/** Rebuilds the whole index with `recognise` when `version` differs from the one it was built with. */
export async function reindexIfStale(version: string, recognise: (text: string) => Entities): Promise<number> {
  const db = await openArchive();
  const built = await db.get('meta', VERSION_KEY);
  if (built?.value === version) return 0;
  const articles = await db.getAll('articles');
  // Recognise outside the transaction: IDB transactions close when they wait on non-IDB work.
  const rows = articles.flatMap((a) => entityEntries(a, recognise(articleEntityText(a))));
  const tx = db.transaction(['entities', 'meta'], 'readwrite');
  await tx.objectStore('entities').clear();
  for (const row of rows) await tx.objectStore('entities').put(row);
  await tx.objectStore('meta').put({ key: VERSION_KEY, value: version });
  await tx.done;
  return articles.length;
}

/** One person or document across the archive, for filter menus. */
export interface EntitySummary {
  kind: EntityKind;
  key: string;
  label: string;
  /** How many saved articles name it. */
  articles: number;
}

/** Every person or document in the index, most-cited first. */
export async function listEntities(kind: EntityKind): Promise<EntitySummary[]> {
  const db = await openArchive();
  const range = IDBKeyRange.bound([kind, ''], [kind, '\uffff']);
  const byKey = new Map<string, EntitySummary>();
  for (const row of await db.getAllFromIndex('entities', 'by-key', range)) {
    const s = byKey.get(row.key) ?? { kind, key: row.key, label: row.label, articles: 0 };
    s.articles += 1;
    byKey.set(row.key, s);
  }
  return [...byKey.values()].sort((a, b) => b.articles - a.articles || a.label.localeCompare(b.label, 'vi'));
}
