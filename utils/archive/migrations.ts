import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArchiveDB } from './schema';

type UpgradeTx = IDBPTransaction<ArchiveDB, StoreNames<ArchiveDB>[], 'versionchange'>;
/** One upgrade step: migrations[v] takes a database at version v to v+1. Synchronous IDB work only. */
export type Migration = (db: IDBPDatabase<ArchiveDB>, tx: UpgradeTx) => void;

/** v0 → v1: articles (deduped by URL key) and a small key-value meta store. */
function createV1(db: IDBPDatabase<ArchiveDB>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-urlKey', 'urlKey', { unique: true });
  articles.createIndex('by-savedAt', 'savedAt');
  articles.createIndex('by-site', 'site');
  db.createObjectStore('meta', { keyPath: 'key' });
}

/** v1 → v2: the entity index (people by name, documents by symbol + year), filled by reindexing. */
function createV2(db: IDBPDatabase<ArchiveDB>): void {
  const entities = db.createObjectStore('entities', { keyPath: 'id' });
  entities.createIndex('by-key', ['kind', 'key']);
  entities.createIndex('by-article', 'articleId');
}

/** v2 → v3: annotations, and article tags (multiEntry: one index key per tag). */
function createV3(db: IDBPDatabase<ArchiveDB>, tx: UpgradeTx): void {
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('by-articleId', 'articleId');
  annotations.createIndex('by-tag', 'tags', { multiEntry: true });
  annotations.createIndex('by-colour', 'colour');
  tx.objectStore('articles').createIndex('by-tag', 'tags', { multiEntry: true });
}

/** Ordered upgrade steps; index = version upgraded from. */
export const migrations: Migration[] = [createV1, createV2, createV3];
