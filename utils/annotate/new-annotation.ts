import type { ArticleId } from '../archive/schema';
import { randomId } from '../random-id';
import { describe } from './anchor';
import type { Annotation, AnnotationId, ColourId } from './types';

/** What the composer returns. */
export interface AnnotationDraft {
  colour: ColourId | null;
  note: string;
  tags: string[];
}

/** A new highlight of text span [start, end) of the reader text. */
export function newHighlight(articleId: ArticleId, source: string, text: string, start: number, end: number, draft: AnnotationDraft, now = new Date()): Annotation {
  const iso = now.toISOString();
  return {
    id: randomId() as AnnotationId,
    articleId,
    motivation: 'highlighting',
    target: { source, selector: describe(text, start, end) },
    ...draft,
    created: iso,
    modified: iso,
  };
}

/** A new note on the whole article. */
export function newArticleNote(articleId: ArticleId, source: string, note: string, now = new Date()): Annotation {
  const iso = now.toISOString();
  return { id: randomId() as AnnotationId, articleId, motivation: 'commenting', target: { source, selector: [] }, colour: null, note, tags: [], created: iso, modified: iso };
}
