/**
 * Opening the archive database.
 *
 * Guarantees: one cached connection per IDBFactory; an upgrade runs the ordered migration steps
 * inside the single versionchange transaction (never awaiting non-IDB work, see idb's README on
 * transaction lifetime); when another context needs a newer version we close our connection
 * (`blocking`) so its upgrade is not stuck, and the next call reopens.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { migrations } from './migrations';
import { DB_NAME, DB_VERSION, type ArchiveDB } from './schema';

let cached: { factory: IDBFactory; db: Promise<IDBPDatabase<ArchiveDB>> } | null = null;

/** Opens (and upgrades) the archive in the global IndexedDB; cached per factory (tests swap it). */
export function openArchive(): Promise<IDBPDatabase<ArchiveDB>> {
  const factory = globalThis.indexedDB;
  if (cached && cached.factory === factory) return cached.db;
  const db = openDB<ArchiveDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) migrations[v]!(database, tx);
    },
    blocking() {
      void db.then((d) => d.close());
      cached = null;
    },
    terminated() {
      cached = null;
    },
  });
  cached = { factory, db };
  db.catch(() => {
    cached = null;
  });
  return db;
}

/** Forgets the cached connection (tests, and after deleting the database). */
export function resetArchiveConnection(): void {
  cached = null;
}
