/**
 * RIS (the RefMan/Research Information Systems format). Every line is a tag, two spaces, a hyphen
 * and a space ("TI  - …"); a record starts with TY and ends with "ER  - ". The specification asks
 * for CRLF line ends, and the 2011 type table gives NEWS (AU = reporter, T2 = newspaper, SE =
 * section) and MGZN (T2 = magazine).
 */
import type { StoredArticle } from '../archive/schema';
import { authorsOf, citedUrl, formatParts, periodicalKind, publishedParts, savedParts } from './citation-fields';

const EOL = '\r\n';

/** The articles as one RIS file (UTF-8, CRLF). */
export function toRis(articles: readonly StoredArticle[]): string {
  return articles.map(record).join('');
}

function record(a: StoredArticle): string {
  const issued = publishedParts(a);
  const kind = periodicalKind(a) === 'magazine' ? 'MGZN' : 'NEWS';
  const lines: [string, string | null | undefined][] = [
    ['TY', kind],
    ['TI', a.title],
    ...authorsOf(a).map((n): [string, string] => ['AU', 'literal' in n ? n.literal : `${n.family}, ${n.given}`]),
    ['T2', a.siteName],
    // DA is "YYYY/MM/DD/" with a trailing slash for the (empty) "other information" part.
    ['DA', issued && `${formatParts(issued, '/')}/`],
    ['PY', issued && String(issued[0])],
    // SE is the section only for NEWS; for MGZN the spec uses it for the start page.
    ['SE', kind === 'NEWS' ? a.section : null],
    ['UR', citedUrl(a)],
    ['Y2', `${formatParts(savedParts(a), '/')}/`],
    ['LA', a.lang || 'vi'],
    ['ID', a.id],
  ];
  const body = lines.filter((l): l is [string, string] => !!l[1]).map(([tag, v]) => `${tag}  - ${oneLine(v)}`);
  return [...body, 'ER  - ', ''].join(EOL);
}

/** A value on one line: RIS has no escaping, and a line break would start a bogus tag. */
function oneLine(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}
