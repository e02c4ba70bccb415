/**
 * The full-text index over saved articles: a MiniSearch instance whose every term is stored twice
 * when it carries diacritics, once folded ("vuong") and once exact ("=vương"). Queries require the
 * folded form and add the exact one as an optional bonus (query.ts), which is how "vuong dinh hue"
 * finds "Vương Đình Huệ" while the accented query ranks the exactly-accented article first.
 *
 * Why MiniSearch (choose by measurement: scripts/bench/search.ts, synthetic 800-word articles):
 * TODO(figures) filled in from the bench run below.
 *
 * The index is derived data (STYLE 3.9): serializeIndex stamps SEARCH_INDEX_VERSION and loadIndex
 * returns null for any other version, so the caller rebuilds instead of migrating.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { ArticleId } from '../archive/schema.ts';
import { fold, normalizeVi } from './fold.ts';
import { indexTerms } from './tokenize.ts';
import type { SearchDoc, SearchField } from './types.ts';

/** Bump whenever fold, tokenize or the field layout change: stored indexes are then rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

/** Prefix marking the exact-diacritic copy of a term; '=' never occurs inside a token. */
export const EXACT = '=';

/** The fields searched, in display order. */
export const FIELDS: readonly SearchField[] = ['title', 'text', 'notes', 'tags'];

/** A built index; treat as opaque outside utils/search. */
export interface SearchIndex {
  readonly engine: MiniSearch<SearchDoc>;
}

function termsOf(text: string): string[] {
  return indexTerms(normalizeVi(text));
}

// Only terms whose folded form differs get an exact copy: half the postings of an index that
// copied every term, and an unaccented query term has nothing to prefer anyway.
function foldedAndExact(term: string): string | string[] {
  const folded = fold(term);
  return folded === term ? term : [folded, EXACT + term];
}

function extractField(doc: SearchDoc, field: string): string {
  if (field === 'tags') return doc.tags.join(' ');
  return String(doc[field as keyof SearchDoc] ?? '');
}

/** MiniSearch options; loadIndex must pass exactly these, so they live in one place. */
const OPTIONS: Options<SearchDoc> = {
  fields: [...FIELDS],
  idField: 'id',
  extractField: extractField as Options<SearchDoc>['extractField'],
  tokenize: termsOf,
  processTerm: foldedAndExact,
  // query.ts hands MiniSearch finished terms; re-tokenising "=vương" or "35-ct/tw" would break them.
  searchOptions: { tokenize: (q) => [q], processTerm: (t) => t, boost: { title: 3, tags: 2, notes: 1.5 } },
};

/** Builds an index over `docs`. */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  const engine = new MiniSearch<SearchDoc>(OPTIONS);
  engine.addAll(docs);
  return { engine };
}

/** Adds `doc`, replacing any earlier version with the same id. */
export function addToIndex(index: SearchIndex, doc: SearchDoc): void {
  if (index.engine.has(doc.id)) index.engine.replace(doc);
  else index.engine.add(doc);
}

/** Removes the document `id`; a no-op when it is not indexed. */
export function removeFromIndex(index: SearchIndex, id: ArticleId): void {
  // discard needs only the id (remove would need the exact document as indexed).
  if (index.engine.has(id)) index.engine.discard(id);
}

/** Serialises the index as JSON stamped with SEARCH_INDEX_VERSION. */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify({ version: SEARCH_INDEX_VERSION, engine: index.engine });
}

/** Loads a serialised index; null when it is from another version or unreadable (rebuild it). */
export function loadIndex(json: string): SearchIndex | null {
  try {
    const data = JSON.parse(json) as { version?: unknown; engine?: unknown };
    if (data.version !== SEARCH_INDEX_VERSION || typeof data.engine !== 'object' || !data.engine) return null;
    const engine = MiniSearch.loadJS<SearchDoc>(data.engine as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return { engine };
  } catch {
    return null;
  }
}
