import type { DBSchema } from 'idb';
import type { Annotation, AnnotationId } from '../annotate/types';
import type { EntityEntry } from '../entities/entries';
import type { ExtractedArticle } from '../extract/types';

/** Name of the one archive database, in the extension's origin. */
export const DB_NAME = 'close-reader';
/** Current schema version; bump it and append a step to migrations.ts together. */
export const DB_VERSION = 3;

/** Identifier of a saved article; branded so it is never mixed up with a URL. */
export type ArticleId = string & { __brand: 'ArticleId' };

/** An article as the archive keeps it. */
export interface StoredArticle extends ExtractedArticle {
  id: ArticleId;
  /** urlKey(canonicalUrl): the dedupe key. */
  urlKey: string;
  /** Bare host, e.g. "nhandan.vn", for filtering by site. */
  site: string;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
  /** User tags (v3; absent on older rows = []). */
  tags?: string[];
}

/** The fields an archive list shows, without the heavy body. */
export type ArticleSummary = Pick<
  StoredArticle,
  'id' | 'title' | 'siteName' | 'site' | 'publishedAt' | 'savedAt' | 'url' | 'excerpt' | 'section' | 'byline' | 'wordCount' | 'tags'
>;

/** The archive database, described once; idb infers store and index types from it. */
export interface ArchiveDB extends DBSchema {
  articles: {
    key: ArticleId;
    value: StoredArticle;
    indexes: { 'by-urlKey': string; 'by-savedAt': number; 'by-site': string; 'by-tag': string };
  };
  /** v3: highlights and notes (W3C Web Annotation shaped). */
  annotations: {
    key: AnnotationId;
    value: Annotation;
    indexes: { 'by-articleId': ArticleId; 'by-tag': string; 'by-colour': string };
  };
  /** v2: derived index of the people and documents each article names (rebuilt, never migrated). */
  entities: {
    key: string;
    value: EntityEntry;
    indexes: { 'by-key': [string, string]; 'by-article': ArticleId };
  };
  meta: {
    key: string;
    value: { key: string; value: unknown };
  };
}
