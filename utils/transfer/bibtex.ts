/**
 * BibLaTeX (default) or classic BibTeX entries. Values stay UTF-8 (Vietnamese would be unreadable
 * as TeX accent macros, and biber and bibtex8 read UTF-8); only TeX specials are escaped. Keys are
 * ASCII, as some tools still require: the author's personal name (the last syllable, which is how
 * Vietnamese people are referred to), the year and the first word of the title, e.g. huong2020thanh.
 */
import { asciiSkeleton } from '../text/ascii-skeleton';
import type { StoredArticle } from '../archive/schema';
import { authorsOf, citedUrl, formatParts, periodicalKind, publishedParts, savedParts } from './citation-fields';
import type { CitationName } from './names';

/** Options of toBibtex. */
export interface BibtexOptions {
  /** "biblatex" writes journaltitle/date; "bibtex" writes journal/year/month. */
  dialect?: 'biblatex' | 'bibtex';
}

/** The articles as a .bib file. */
export function toBibtex(articles: readonly StoredArticle[], options: BibtexOptions = {}): string {
  const used = new Set<string>();
  return articles.map((a) => entry(a, uniqueKey(baseKey(a), used), options.dialect ?? 'biblatex')).join('\n');
}

function entry(a: StoredArticle, key: string, dialect: 'biblatex' | 'bibtex'): string {
  const issued = publishedParts(a);
  const authors = authorsOf(a);
  const type = a.siteName ? 'article' : 'online';
  const fields: [string, string | null][] = [
    ['author', authors.length ? authors.map(bibName).join(' and ') : null],
    ['title', escapeTex(a.title)],
    [dialect === 'biblatex' ? 'journaltitle' : 'journal', a.siteName && escapeTex(a.siteName)],
    // biblatex's way to mark a newspaper article (styles then print it as one).
    ['entrysubtype', type === 'article' && periodicalKind(a) === 'newspaper' && dialect === 'biblatex' ? 'newspaper' : null],
    ...dateFields(issued, dialect),
    ['url', citedUrl(a).replace(/[{}\\\s]/g, encodeURIComponent)],
    ['urldate', formatParts(savedParts(a))],
    ['langid', a.lang === 'vi' || !a.lang ? 'vietnamese' : escapeTex(a.lang)],
  ];
  const body = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `  ${k} = {${v}},`);
  return `@${type}{${key},\n${body.join('\n')}\n}\n`;
}

function dateFields(issued: [number, number, number] | null, dialect: 'biblatex' | 'bibtex'): [string, string][] {
  if (!issued) return [];
  if (dialect === 'biblatex') return [['date', formatParts(issued)]];
  return [
    ['year', String(issued[0])],
    ['month', String(issued[1])],
  ];
}

/** "Family, Given"; a literal is braced so BibTeX does not split it into first and last names. */
function bibName(n: CitationName): string {
  return 'literal' in n ? `{${escapeTex(n.literal)}}` : `${escapeTex(n.family)}, ${escapeTex(n.given)}`;
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX's special characters; everything else, Vietnamese included, stays as it is. */
export function escapeTex(s: string): string {
  return s.replace(/[\\{}~^&%$#_]/g, (c) => TEX_SPECIALS[c] ?? `\\${c}`).replace(/\s+/g, ' ');
}

/** Lower-case ASCII: diacritics dropped, đ → d ("Hương" → "huong"). */
export const foldAscii = asciiSkeleton;

function baseKey(a: StoredArticle): string {
  const first = authorsOf(a)[0];
  const words = first ? ('literal' in first ? first.literal : first.given || first.family).split(/\s+/) : [];
  // The personal name is the last syllable of a Vietnamese name; an agency's first word reads best.
  const who = foldAscii((first && 'literal' in first ? words[0] : words.at(-1)) ?? '') || 'anon';
  const year = publishedParts(a)?.[0] ?? 'nd';
  const word = a.title.split(/\s+/).map(foldAscii).find(Boolean) ?? '';
  return `${who}${year}${word}`;
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let i = 0; used.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
  used.add(key);
  return key;
}
