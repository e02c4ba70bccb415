/**
 * Annotations as a W3C Web Annotation AnnotationCollection in JSON-LD
 * (https://www.w3.org/TR/annotation-model/, https://www.w3.org/TR/annotation-vocab/), so other
 * tools (Hypothesis, Recogito, annotation servers) can read them. Our stored annotations are
 * already shaped like the model; this adds the JSON-LD context, IRIs and typed bodies.
 */
import type { Annotation } from '../annotate/types';
import type { StoredArticle } from '../archive/schema';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Options of annotationsToJsonLd. */
export interface JsonLdOptions {
  /** IRI of the collection; a model requirement, so a stable default is used when none is given. */
  id?: string;
  label?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GENERATOR = { type: 'Software', name: 'Close Reader (Đọc Kỹ)' };

/** An IRI for an annotation id: urn:uuid: for UUIDs (what the extension makes), else a urn of ours. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:close-reader:annotation:${encodeURIComponent(id)}`;
}

/** The annotations as one AnnotationCollection with a single embedded page. */
export function annotationsToJsonLd(
  annotations: readonly Annotation[],
  articles: readonly StoredArticle[],
  options: JsonLdOptions = {},
): Record<string, unknown> {
  const byId = new Map(articles.map((a) => [a.id as string, a]));
  const items = annotations.map((a) => toWebAnnotation(a, byId.get(a.articleId)));
  return {
    '@context': ANNO_CONTEXT,
    id: options.id ?? 'urn:close-reader:annotations',
    type: 'AnnotationCollection',
    label: options.label ?? 'Close Reader annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** One annotation in Web Annotation JSON-LD; `article` supplies the canonical source URL when known. */
export function toWebAnnotation(a: Annotation, article?: StoredArticle): Record<string, unknown> {
  const source = article ? article.canonicalUrl || article.url : a.target.source;
  // Selectors are offsets into the archived reader text, not the live page; a whole-article note has
  // none, and the model says to leave `selector` out rather than give an empty one.
  const target = a.target.selector.length ? { source, selector: a.target.selector.map((s) => ({ ...s })) } : { source };
  const body = bodiesOf(a);
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    generator: GENERATOR,
    ...(body.length ? { body } : {}),
    target,
  };
}

function bodiesOf(a: Annotation): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  if (a.note.trim()) bodies.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  // The colour is our own category; "classifying" is the vocabulary's word for that.
  if (a.colour) bodies.push({ type: 'TextualBody', value: a.colour, purpose: 'classifying' });
  return bodies;
}
