import type { ArticleId } from '../archive/schema.ts';

/** What the search index knows of one article; built by the caller from a StoredArticle and its annotations. */
export interface SearchDoc {
  id: ArticleId;
  title: string;
  /** Body text (lead included if the caller wants it searchable). */
  text: string;
  /** All annotation notes of the article joined (e.g. with "\n\n"); '' for none. */
  notes: string;
  /** Article tags and annotation tags. */
  tags: string[];
  /** Bare host, e.g. "nhandan.vn"; carried for the caller's filters, not indexed. */
  site: string;
  /** ISO 8601 or null; carried for the caller's sorting, not indexed. */
  publishedAt: string | null;
}

/** A searchable field of a SearchDoc. */
export type SearchField = 'title' | 'text' | 'notes' | 'tags';

/** A piece of a field's text with the query's matches marked. */
export interface Snippet {
  field: SearchField;
  /** The excerpt as shown (may start or end with "…"). */
  text: string;
  /** [start, end) code-unit offsets into `text` of each match, in order, non-overlapping. */
  highlights: [number, number][];
}

/** One search result. */
export interface SearchHit {
  id: ArticleId;
  /** BM25 score (field boosts and exact-diacritic bonus included); higher is better. */
  score: number;
  /** Title (always), the first matching window of text (or its opening), then notes and tags when they match. */
  snippets: Snippet[];
}

/** Options of search(). */
export interface SearchOptions {
  /** Most hits to return; default 20. */
  limit?: number;
}

/** Looks an indexed document up by id (a Map, or a function over the caller's cache). */
export type DocLookup = ReadonlyMap<string, SearchDoc> | ((id: ArticleId) => SearchDoc | undefined);
