/**
 * The full-text index over saved articles. Every term is stored folded ("vuong") and, when it
 * carries diacritics, also exact ("=vương"). Queries require the folded form and take the exact
 * one as an optional bonus (query.ts): "vuong dinh hue" finds "Vương Đình Huệ", and the accented
 * query ranks the exactly-accented article above "Vuong Dinh Hue" or "Vượng Định Huế".
 *
 * Why our own inverted index (inverted-index.ts) and not MiniSearch: chosen by measurement,
 * `npm run bench -- search` (synthetic 600–900-word articles, same tokeniser and folded + exact
 * terms on both sides, one run on the shared 2-core machine, load ~9, 2026-07):
 *
 *                          10,000 articles               1,000 articles
 *   ranking p50 / p95      ours 2.7 / 8.5 ms             ours 0.5 / 7.3 ms
 *                          MiniSearch 42 / 165 ms        MiniSearch 2.1 / 9.8 ms
 *   build                  ours 10.8 s, MiniSearch 43 s  ours 1.1 s, MiniSearch 5.6 s
 *   heap                   ours 92 MB, MiniSearch 221 MB ours 17 MB, MiniSearch 22 MB
 *   serialised JSON        ours 21 MB, MiniSearch 46 MB  ours 2.2 MB, MiniSearch 4.2 MB
 *
 * Folding makes Vietnamese terms collide a lot ("dinh" = đình, định, đính…), so most queries touch
 * postings of most documents; MiniSearch allocates a result object per posting and misses the
 * p95 < 50 ms goal at 10,000 four times over, while flat number arrays scored into a Float64Array
 * meet it with phrases and snippets included (search() p95 14 ms). What MiniSearch would add
 * (fuzzy matching, auto-suggest) we do not use.
 *
 * The index is derived data (STYLE 3.9): serializeIndex stamps SEARCH_INDEX_VERSION and loadIndex
 * returns null for any other version (or unreadable JSON), so the caller rebuilds, never migrates.
 */
import type { ArticleId } from '../archive/schema.ts';
import { fold, normalizeVi } from './fold.ts';
import { InvertedIndex } from './inverted-index.ts';
import { countTerm, fieldNumber, type DocTerms, type IndexField, type InvertedIndexData } from './postings.ts';
import { indexTerms } from './tokenize.ts';
import type { SearchDoc } from './types.ts';

/** Bump whenever fold, tokenize, scoring inputs or the stored layout change: stored indexes are then rebuilt. */
// 2: own inverted index (1 was a MiniSearch dump).
export const SEARCH_INDEX_VERSION = 2;

/** Prefix marking the exact-diacritic copy of a term; '=' never occurs inside a token. */
export const EXACT = '=';

/** A built index; treat as opaque outside utils/search. */
export interface SearchIndex {
  readonly engine: InvertedIndex;
}

function fieldText(doc: SearchDoc, field: IndexField): string {
  return field === 'tags' ? doc.tags.join(' ') : doc[field];
}

// Only terms whose folded form differs get an exact copy: an unaccented term has nothing to
// prefer, and most function words ("và", "của" do differ, "theo" does not) cost one posting less.
function docTerms(doc: SearchDoc): { terms: DocTerms; lengths: number[] } {
  const terms: DocTerms = new Map();
  const lengths: number[] = [];
  for (const field of ['text', 'title', 'notes', 'tags'] as const) {
    const f = fieldNumber(field);
    const tokens = indexTerms(normalizeVi(fieldText(doc, field)));
    lengths[f] = tokens.length;
    for (const token of tokens) {
      const folded = fold(token);
      countTerm(terms, folded, f);
      if (folded !== token) countTerm(terms, EXACT + token, f);
    }
  }
  return { terms, lengths };
}

/** Builds an index over `docs`. */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index: SearchIndex = { engine: new InvertedIndex() };
  for (const doc of docs) addToIndex(index, doc);
  return index;
}

/** Adds `doc`, replacing any earlier version with the same id. */
export function addToIndex(index: SearchIndex, doc: SearchDoc): void {
  const { terms, lengths } = docTerms(doc);
  index.engine.add(doc.id, terms, lengths);
}

/** Removes the document `id`; a no-op when it is not indexed. */
export function removeFromIndex(index: SearchIndex, id: ArticleId): void {
  index.engine.remove(id);
}

/** Serialises the index as JSON stamped with SEARCH_INDEX_VERSION (compacting removed documents away first). */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify({ version: SEARCH_INDEX_VERSION, engine: index.engine.toData() });
}

/** Loads a serialised index; null when it is from another version or unreadable (rebuild it). */
export function loadIndex(json: string): SearchIndex | null {
  try {
    const data = JSON.parse(json) as { version?: unknown; engine?: Partial<InvertedIndexData> };
    const e = data.engine;
    if (data.version !== SEARCH_INDEX_VERSION || !e || !Array.isArray(e.ids) || !Array.isArray(e.lengths) || !Array.isArray(e.terms)) return null;
    return { engine: InvertedIndex.fromData(e as InvertedIndexData) };
  } catch {
    return null;
  }
}
