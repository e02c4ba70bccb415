/**
 * Loads every gazetteer file once and compiles it (tries, the document-type regex, lookup maps).
 * The compiled Lexicon is cached: recognise() pays the cost on its first call only.
 */
import awards from '../../assets/gazetteers/awards.vi.json' with { type: 'json' };
import companyHeads from '../../assets/gazetteers/company-heads.vi.json' with { type: 'json' };
import countries from '../../assets/gazetteers/countries.vi.json' with { type: 'json' };
import degrees from '../../assets/gazetteers/degrees.vi.json' with { type: 'json' };
import documentTypes from '../../assets/gazetteers/document-types.vi.json' with { type: 'json' };
import foreignTitles from '../../assets/gazetteers/foreign-titles.vi.json' with { type: 'json' };
import introducers from '../../assets/gazetteers/introducers.vi.json' with { type: 'json' };
import lawNames from '../../assets/gazetteers/law-names.vi.json' with { type: 'json' };
import issuerCodes from '../../assets/gazetteers/issuer-codes.vi.json' with { type: 'json' };
import namedDocumentTypes from '../../assets/gazetteers/named-document-types.vi.json' with { type: 'json' };
import orgHeads from '../../assets/gazetteers/org-heads.vi.json' with { type: 'json' };
import organs from '../../assets/gazetteers/organs.vi.json' with { type: 'json' };
import persons from '../../assets/gazetteers/persons.vi.json' with { type: 'json' };
import placePrefixes from '../../assets/gazetteers/place-prefixes.vi.json' with { type: 'json' };
import places from '../../assets/gazetteers/places.vi.json' with { type: 'json' };
import ranks from '../../assets/gazetteers/ranks.vi.json' with { type: 'json' };
import surnames from '../../assets/gazetteers/surnames.vi.json' with { type: 'json' };
import titleModifiers from '../../assets/gazetteers/title-modifiers.vi.json' with { type: 'json' };
import titles from '../../assets/gazetteers/titles.vi.json' with { type: 'json' };
import { compileTrie, parseGazetteer, TokenTrie, type GazetteerEntry } from './gazetteer.ts';
import { canonicalKey } from './normalize.ts';

/** Raw gazetteer data by file name (without `.vi.json`), for the lint test and for tools. */
export const GAZETTEERS: Record<string, unknown> = {
  awards, 'company-heads': companyHeads, countries, degrees, 'document-types': documentTypes, 'foreign-titles': foreignTitles, introducers,
  'issuer-codes': issuerCodes, 'law-names': lawNames, 'named-document-types': namedDocumentTypes, 'org-heads': orgHeads, organs,
  persons, 'place-prefixes': placePrefixes, places, ranks, surnames, 'title-modifiers': titleModifiers, titles,
};

/** Document-type vocabulary compiled for the citation matcher. */
export interface DocumentTypes {
  /** Type words over token keys ("nghị quyết liên tịch" beats "nghị quyết": longest match). */
  trie: TokenTrie<string>;
  /** Symbol abbreviation (case-sensitive, "QĐ") → canonical type. */
  byAbbr: Map<string, string>;
  /** Canonical types cited by name ("Luật Đất đai"). */
  named: Set<string>;
}

/** Every compiled gazetteer the matchers use. */
export interface Lexicon {
  surnames: Set<string>;
  /** Awards and honours ("Huân chương Lao động"): a name never runs on into one. */
  awards: TokenTrie<string>;
  organs: TokenTrie<string>;
  /** Heads of companies: a post there ("Giám đốc Công ty …") is not a title of office. */
  companyHeads: TokenTrie<string>;
  /** Names of laws and codes, cited without a year ("Luật Đất đai", "Bộ luật hình sự"). */
  lawNames: TokenTrie<string>;
  orgHeads: TokenTrie<string>;
  places: TokenTrie<string>;
  countries: TokenTrie<string>;
  placePrefixes: TokenTrie<string>;
  roles: TokenTrie<string>;
  foreignRoles: Set<string>;
  ranks: TokenTrie<string>;
  preModifiers: TokenTrie<string>;
  postModifiers: TokenTrie<string>;
  degrees: TokenTrie<string>;
  introducers: TokenTrie<string>;
  persons: TokenTrie<string>;
  documentTypes: DocumentTypes;
  /** Issuer code in a symbol ("TTg", "QH") → issuing body; absent or "" when ambiguous ("TW"). */
  issuerCodes: Map<string, string>;
  /** Token.mask bits that may start a title, a place or organ, a degree or introducer (-1: any). */
  starts: { title: number; placeOrOrgan: number; prefix: number };
}

/** The OR of the tries' first-key bits, or -1 (every token may start) if one has no bit. */
function startBits(...tries: TokenTrie<string>[]): number {
  return tries.some((t) => t.bit === 0) ? -1 : tries.reduce((bits, t) => bits | t.bit, 0);
}

let cached: Lexicon | null = null;

/** The compiled lexicon (built on first use, then cached). */
export function getLexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

const load = (name: string): GazetteerEntry[] => parseGazetteer(GAZETTEERS[name], name);

function buildLexicon(): Lexicon {
  const lex = compileAll();
  lex.starts = {
    title: startBits(lex.preModifiers, lex.ranks, lex.roles),
    placeOrOrgan: startBits(lex.places, lex.countries, lex.placePrefixes, lex.organs, lex.orgHeads, lex.awards),
    prefix: startBits(lex.degrees, lex.introducers),
  };
  return lex;
}

function compileAll(): Lexicon {
  const mods = load('title-modifiers');
  const codes = load('issuer-codes');
  return {
    surnames: new Set(load('surnames').map((e) => canonicalKey(e[0]))),
    awards: compileTrie(load('awards')),
    organs: compileOrgans(load('organs'), codes),
    companyHeads: compileTrie(load('company-heads')),
    lawNames: compileTrie(load('law-names')),
    orgHeads: compileTrie(load('org-heads')),
    places: compileTrie(load('places')),
    countries: compileTrie(load('countries')),
    placePrefixes: compileTrie(load('place-prefixes')),
    roles: compileTrie(load('titles')),
    foreignRoles: new Set(load('foreign-titles').map((e) => e[0])),
    ranks: compileTrie(load('ranks')),
    preModifiers: compileTrie(mods.filter((e) => e[1] === 'pre'), false),
    postModifiers: compileTrie(mods.filter((e) => e[1] === 'post'), false),
    degrees: compileTrie(load('degrees')),
    introducers: compileTrie(load('introducers')),
    persons: compileTrie(load('persons')),
    documentTypes: compileDocumentTypes(load('document-types'), load('named-document-types')),
    issuerCodes: new Map(codes.map((e) => [e[0], e[1] ?? ''])),
    starts: { title: -1, placeOrOrgan: -1, prefix: -1 },
  };
}

// "Bộ trưởng Nông nghiệp và Phát triển nông thôn": ministers are often named without "Bộ".
// Only ministries (organs a symbol code names) get the short alias, so "Bộ Chính trị" does not.
function compileOrgans(organs: GazetteerEntry[], codes: GazetteerEntry[]): TokenTrie<string> {
  const trie = compileTrie(organs);
  const ministries = new Set(codes.map((e) => e[1]).filter((o): o is string => !!o?.startsWith('Bộ ')));
  for (const [name] of organs) if (ministries.has(name)) trie.add(name.slice(3), name);
  return trie;
}

function compileDocumentTypes(types: GazetteerEntry[], named: GazetteerEntry[]): DocumentTypes {
  const trie = new TokenTrie<string>();
  const byAbbr = new Map<string, string>();
  for (const [name, ...abbrs] of types) {
    trie.add(name, name);
    for (const a of abbrs) if (!byAbbr.has(a)) byAbbr.set(a, name);
  }
  return { trie, byAbbr, named: new Set(named.map((e) => e[0])) };
}
