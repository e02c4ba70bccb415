/**
 * Citations of saved articles for reference managers: CSL-JSON (Zotero, Pandoc), BibTeX/BibLaTeX
 * (bibtex.ts) and RIS (ris.ts). Outputs are checked by parsing them back with citation-js in
 * citations.test.ts, not by eye.
 */
import type { StoredArticle } from '../archive/schema';
import { authorsOf, citedUrl, periodicalKind, publishedParts, savedParts } from './citation-fields';

export { toBibtex } from './bibtex';
export { toRis } from './ris';

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = Record<string, unknown> & { id: string; type: string };

/** The articles as CSL-JSON items, one per article, keyed by article id. */
export function toCslJson(articles: readonly StoredArticle[]): CslItem[] {
  return articles.map((a) => {
    const issued = publishedParts(a);
    const authors = authorsOf(a);
    const item: CslItem = {
      id: a.id,
      type: periodicalKind(a) === 'magazine' ? 'article-magazine' : 'article-newspaper',
      title: a.title,
      ...(a.siteName ? { 'container-title': a.siteName } : {}),
      ...(authors.length ? { author: authors } : {}),
      ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
      accessed: { 'date-parts': [savedParts(a)] },
      URL: citedUrl(a),
      language: a.lang || 'vi',
      ...(a.section ? { section: a.section } : {}),
    };
    return item;
  });
}
