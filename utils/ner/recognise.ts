/**
 * recognise(text): the whole pipeline, in the style of eyecite —
 * normalise → tokenise → documents → titles → places/organs → names → persons → resolve.
 * Pure: no DOM, no network; the compiled gazetteers are built once and cached.
 */
import { blockPlacesAndOrgans } from './match-organs.ts';
import { findDocuments } from './match-documents.ts';
import { findNames } from './match-names.ts';
import { matchPersons } from './match-persons.ts';
import { findPrefixes, findTitles } from './match-titles.ts';
import { hotTokens } from './hot-tokens.ts';
import { getLexicon } from './lexicon.ts';
import { normalize } from './normalize.ts';
import { resolveDocuments, resolvePersons } from './resolve.ts';
import { tokenize } from './tokenize.ts';
import type { Ctx } from './context.ts';
import type { Entities } from './types.ts';

/** Finds the persons and cited documents in `text`; offsets are into `text` exactly as given. */
export function recognise(text: string): Entities {
  // The lexicon first: compiling it fills the vocabulary that tokenize() assigns ids from.
  const lex = getLexicon();
  const { text: shadow, map } = normalize(text);
  const tokens = tokenize(shadow);
  const ctx: Ctx = { input: text, text: shadow, map, tokens, lex, claim: new Uint8Array(tokens.length), hot: hotTokens(tokens, lex) };
  // Documents first: a name inside "… của Thủ tướng Chính phủ về …" or a subject is no person.
  const documents = findDocuments(ctx);
  const titles = findTitles(ctx);
  blockPlacesAndOrgans(ctx);
  const prefixes = findPrefixes(ctx);
  const names = findNames(ctx, [...titles, ...prefixes]);
  const persons = matchPersons(ctx, names, titles, prefixes);
  return { persons: resolvePersons(ctx, persons), documents: resolveDocuments(ctx, documents) };
}

export type { CitedDocument, Entities, Mention, Person } from './types.ts';
