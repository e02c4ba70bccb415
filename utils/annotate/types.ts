/**
 * Annotations, stored in the shape of the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/): a target with a TextPositionSelector and a
 * TextQuoteSelector against the article's stored reader text, and a body (note, tags, colour).
 */
import type { ArticleId } from '../archive/schema';

/** W3C TextQuoteSelector: the exact text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: code-unit offsets into the reader text (lead + body, see annotate/README). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A selector of a highlight's target. */
export type Selector = TextPositionSelector | TextQuoteSelector;

/** Identifier of an annotation. */
export type AnnotationId = string & { __brand: 'AnnotationId' };

/** The highlight colours; their meanings are named by the user (defaults in i18n). */
export const COLOURS = ['key', 'figures', 'tasks', 'verify'] as const;
/** One highlight colour. */
export type ColourId = (typeof COLOURS)[number];

/** A highlight (with an optional note) on a passage, or a note on the whole article. */
export interface Annotation {
  id: AnnotationId;
  articleId: ArticleId;
  /** "highlighting" for a passage, "commenting" for a note on the whole article. */
  motivation: 'highlighting' | 'commenting';
  target: {
    /** URL of the article. */
    source: string;
    /** [position, quote] for a passage; [] for a whole-article note. */
    selector: [TextPositionSelector, TextQuoteSelector] | [];
  };
  colour: ColourId | null;
  /** Note text, plain or Markdown; '' for none. */
  note: string;
  tags: string[];
  /** ISO 8601. */
  created: string;
  /** ISO 8601. */
  modified: string;
}
