/**
 * Document numbers and symbols (vn-entities.md §2.1–2.3): Party "35-CT/TW", State "15/2020/NĐ-CP",
 * "749/QĐ-TTg", and the bare running number "155". Symbol tokens must start with a capital, so dates
 * ("30/5/2019") and fractions ("4/4") never match.
 */
import type { Lexicon } from './lexicon.ts';

const UP = 'A-ZĐƯƠÂĂÊÔ';
const LO = 'a-zđươâăêô';
const CODE = `[${UP}][${UP}${LO}]*\\d{0,2}`;
const NUM = '\\d{1,5}[a-z]?';
const PARTY = `(${NUM})\\s?-\\s?(${CODE})\\s?\\/\\s?((?:T\\.[ƯW]|${CODE})(?:-${CODE})*)`;
const STATE_YEAR = `(${NUM})\\s?\\/\\s?((?:19|20)\\d{2})\\s?\\/\\s?(${CODE}(?:-${CODE})*)`;
const STATE = `(${NUM})\\s?\\/\\s?(${CODE}(?:-${CODE})*)`;
const END = '(?![\\p{L}\\p{N}])';

/** A symbol (or bare number) at the sticky position; groups are read by parseSymbol. */
export const ID_RE = new RegExp(`(?:${PARTY}|${STATE_YEAR}|${STATE})${END}|(${NUM})(?![\\p{L}\\p{N}]|\\s?[-/]\\s?\\p{N})`, 'uy');
/** Any symbol anywhere (no bare numbers), for citations without a type word. */
export const SYMBOL_RE = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${PARTY}|${STATE_YEAR}|${STATE})${END}`, 'gu');

/** The parts of a matched symbol. */
export interface SymbolParts {
  /** Canonical symbol (no spaces; TƯ, T.Ư, T.W → TW), or null for a bare number. */
  symbol: string | null;
  number: string;
  /** Type abbreviation inside the symbol ("CT", "NĐ"), if any. */
  typeAbbr: string | null;
  /** Issuer code inside the symbol, digits stripped ("TTg", "QH", "TW"). */
  issuerCode: string | null;
}

const canonicalSymbol = (s: string): string => s.replace(/\s+/g, '').replace(/T\.?[ƯW](?![\p{L}])/gu, 'TW');
const stripTerm = (code: string): string => code.replace(/\d+$/, '');

/** Reads the groups of an ID_RE or SYMBOL_RE match. */
export function parseSymbol(m: RegExpExecArray, lex: Lexicon): SymbolParts {
  const symbol = canonicalSymbol(m[0]);
  if (m[1]) {
    const issuer = canonicalSymbol(m[3]!).split('-')[0]!;
    return { symbol, number: m[1], typeAbbr: m[2]!, issuerCode: issuer };
  }
  if (m[4]) {
    const parts = m[6]!.split('-');
    const typed = parts.length > 1 && lex.documentTypes.byAbbr.has(parts[0]!);
    return { symbol, number: m[4], typeAbbr: typed ? parts[0]! : null, issuerCode: stripTerm((typed ? parts[1] : parts[0])!) };
  }
  if (m[7]) {
    const parts = m[8]!.split('-');
    const typed = lex.documentTypes.byAbbr.has(parts[0]!);
    // "1129/UBTVQH13-PL": an untyped letter puts the issuer first (NĐ 30/2020, công văn).
    return { symbol, number: m[7], typeAbbr: typed ? parts[0]! : null, issuerCode: stripTerm((typed ? parts[1] ?? '' : parts[0])!) || null };
  }
  return { symbol: null, number: m[9]!, typeAbbr: null, issuerCode: null };
}

/** The issuing body a symbol names, or null when it names none or an ambiguous one ("TW"). */
export function issuerFromSymbol(parts: SymbolParts, lex: Lexicon): string | null {
  return (parts.issuerCode && lex.issuerCodes.get(parts.issuerCode)) || null;
}

/** Whether a symbol standing alone (no type word before it) is a citation, not a form code. */
export function isCitableSymbol(parts: SymbolParts, lex: Lexicon): boolean {
  if (!parts.issuerCode || !lex.issuerCodes.has(parts.issuerCode)) return false;
  return parts.typeAbbr === null ? /^(?:QH|UBTVQH)$/.test(parts.issuerCode) : lex.documentTypes.byAbbr.has(parts.typeAbbr);
}
