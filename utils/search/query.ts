/**
 * Runs a query: the index ranks the documents holding every folded term (the exact-diacritic copy
 * of each accented term is an optional bonus), then the hits are walked in rank order, phrases are
 * verified on the folded fields (the index keeps no positions), and snippets are cut, stopping at
 * `limit`. Verifying lazily keeps a phrase query's cost at about `limit` documents, not every
 * document holding the words.
 */
import type { ArticleId } from '../archive/schema.ts';
import { parseQuery, type QueryTerm } from './parse-query.ts';
import type { TermAlt } from './postings.ts';
import { EXACT, type SearchIndex } from './search-index.ts';
import { foldFields, makeSnippets, matchesPhrases } from './snippets.ts';
import type { DocLookup, SearchDoc, SearchHit, SearchOptions } from './types.ts';

const DEFAULT_LIMIT = 20;

// Each term: folded form OR exact form. Every indexed accented term also has its folded copy, so
// the OR never widens the match; it only adds the exact form's score where the diacritics agree.
function termGroup(t: QueryTerm): TermAlt[] {
  const group = [{ term: t.folded, prefix: t.prefix }];
  if (t.folded !== t.exact) group.push({ term: EXACT + t.exact, prefix: t.prefix });
  return group;
}

function lookup(docs: DocLookup, id: ArticleId): SearchDoc | undefined {
  return typeof docs === 'function' ? docs(id) : docs.get(id);
}

/**
 * Searches `index` for `query` and returns the best hits with highlighted snippets.
 * @param docs the indexed documents by id, for phrase checks and snippets; ids it lacks are
 *   skipped (a stale index entry for a deleted article).
 */
export function search(index: SearchIndex, docs: DocLookup, query: string, opts: SearchOptions = {}): SearchHit[] {
  const parsed = parseQuery(query);
  if (!parsed.terms.length) return [];
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const ranked = index.engine.search(parsed.terms.map(termGroup));
  const hits: SearchHit[] = [];
  for (const r of ranked) {
    if (hits.length >= limit) break;
    const doc = lookup(docs, r.id as ArticleId);
    if (!doc) continue;
    const fields = foldFields(doc);
    if (!matchesPhrases(fields, parsed)) continue;
    hits.push({ id: doc.id, score: r.score, snippets: makeSnippets(fields, parsed) });
  }
  return hits;
}
