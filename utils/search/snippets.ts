/**
 * Finds a parsed query's matches in a document's fields and cuts highlighted snippets. Matching
 * runs on folded text (so "vuong" marks "Vương"), and offsets go back to the original text through
 * the folded map, so highlights index the text as stored, NFD or old tone placement included.
 */
import { foldWithMap, toOriginal, type Folded } from './fold.ts';
import type { ParsedQuery } from './parse-query.ts';
import type { SearchDoc, SearchField, Snippet } from './types.ts';

/** A field's original text and its folded form. */
export interface FieldText {
  field: SearchField;
  source: string;
  folded: Folded;
}

/** Snippet length in code units; about two lines of a result list. */
const WINDOW = 160;
/** Context kept before the first match. */
const LEAD = 50;
const ELLIPSIS = '…';

/** Folds every searchable field of `doc` (tags joined with ", "). */
export function foldFields(doc: SearchDoc): FieldText[] {
  const fields: [SearchField, string][] = [['title', doc.title], ['text', doc.text], ['notes', doc.notes], ['tags', doc.tags.join(', ')]];
  return fields.map(([field, source]) => ({ field, source, folded: foldWithMap(source) }));
}

/** True when every phrase of `q` occurs in some field. */
export function matchesPhrases(fields: readonly FieldText[], q: ParsedQuery): boolean {
  // String#search leaves lastIndex alone; test() would move it and make the later matchAll skip.
  return q.phrases.every((re) => fields.some((f) => f.folded.text.search(re) !== -1));
}

/** Matches of `q` in `f` as [start, end) offsets into the original text, sorted, non-overlapping. */
export function findMatches(f: FieldText, q: ParsedQuery): [number, number][] {
  const found: [number, number][] = [];
  for (const re of q.pattern ? [q.pattern, ...q.phrases] : q.phrases) {
    for (const m of f.folded.text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
  }
  return merge(found).map(([s, e]) => [toOriginal(f.folded, s), toOriginal(f.folded, e)]);
}

// Longest first at equal starts, and a match inside an earlier one is dropped, so "35-CT/TW"
// is marked once rather than as a symbol and three syllables.
function merge(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const s of spans) if (!out.length || s[0] >= out[out.length - 1]![1]) out.push(s);
  return out;
}

/** The window [start, end) of `source` around `at`, snapped to spaces so no word is cut. */
function windowAround(source: string, at: [number, number] | undefined): [number, number] {
  let start = at ? Math.max(0, at[0] - LEAD) : 0;
  if (start > 0) {
    const space = source.indexOf(' ', start);
    if (space !== -1 && space < (at?.[0] ?? start)) start = space + 1;
  }
  let end = Math.min(source.length, start + WINDOW);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > (at?.[1] ?? start)) end = space;
  }
  return [start, end];
}

/**
 * The match to centre the snippet on: the one whose window holds the most DIFFERENT matched words
 * (a full name beats a lone "Định" that only shares one folded syllable with the query), earliest
 * on ties.
 */
function bestAnchor(f: FieldText, matches: [number, number][]): [number, number] | undefined {
  let best: { at: [number, number]; score: number } | undefined;
  for (const m of matches) {
    const words = new Set(matches.filter(([s, e]) => s >= m[0] && e <= m[0] + WINDOW - LEAD).map(([s, e]) => f.source.slice(s, e).toLowerCase()));
    if (!best || words.size > best.score) best = { at: m, score: words.size };
  }
  return best?.at;
}

/** Cuts the snippet of `f`: all of it when `whole`, else the window around its best match (or its opening). */
function snippetOf(f: FieldText, matches: [number, number][], whole: boolean): Snippet {
  const [start, end] = whole ? [0, f.source.length] : windowAround(f.source, bestAnchor(f, matches));
  const before = start > 0 ? ELLIPSIS : '';
  // Newlines become spaces one for one, so offsets hold and a result list shows one flowing line.
  const body = f.source.slice(start, end).replace(/\s/g, ' ');
  const text = before + body + (end < f.source.length ? ELLIPSIS : '');
  const highlights = matches
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + before.length, e - start + before.length]);
  return { field: f.field, text, highlights };
}

/** Snippets for one hit: the title always, text always (its opening if it has no match), notes and tags when they match. */
export function makeSnippets(fields: readonly FieldText[], q: ParsedQuery): Snippet[] {
  const out: Snippet[] = [];
  for (const f of fields) {
    const matches = findMatches(f, q);
    if (f.field === 'title' || (f.field === 'text' && f.source) || matches.length) out.push(snippetOf(f, matches, f.field === 'title'));
  }
  return out;
}
