import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotate/types';
import { annotationIri, annotationsToJsonLd, ANNO_CONTEXT } from './web-annotation';
import { ANNOTATIONS, ARTICLES } from './test-data';

type Json = Record<string, unknown>;
const items = (c: Json): Json[] => (c.first as { items: Json[] }).items;

describe('annotationsToJsonLd', () => {
  const collection = annotationsToJsonLd(ANNOTATIONS, ARTICLES);

  it('is an AnnotationCollection that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
    expect(collection).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 4 });
    expect(typeof collection.id).toBe('string');
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
  });

  it('gives every annotation @context, id, type, motivation, dates and a target source', () => {
    for (const [i, item] of items(collection).entries()) {
      const a = ANNOTATIONS[i] as Annotation;
      expect(item).toMatchObject({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:uuid:${a.id}`,
        type: 'Annotation',
        motivation: a.motivation,
        created: a.created,
        modified: a.modified,
        target: { source: a.target.source },
      });
    }
  });

  it('highlights carry both selectors; a whole-article note targets the page alone', () => {
    const [first, , note] = items(collection);
    expect((first?.target as Json).selector).toEqual([
      { type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) },
      { type: 'TextQuoteSelector', exact: 'hoàn thành kết nối dữ liệu dân cư trước quý IV', prefix: expect.any(String), suffix: '' },
    ]);
    expect(note?.target).toEqual({ source: ARTICLES[0]?.canonicalUrl });
  });

  it('writes the note as a Markdown commenting body, tags as tagging bodies, the colour as classifying', () => {
    expect(items(collection)[0]?.body).toEqual([
      { type: 'TextualBody', value: 'Đối chiếu với **Nghị quyết 57-NQ/TW** về khoa học, công nghệ.', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'dữ liệu dân cư', purpose: 'tagging' },
      { type: 'TextualBody', value: 'đề án 06', purpose: 'tagging' },
      { type: 'TextualBody', value: 'tasks', purpose: 'classifying' },
    ]);
  });

  it('leaves body out when there is nothing to say (a bare highlight is valid)', () => {
    const bare = { ...(ANNOTATIONS[3] as Annotation), colour: null };
    expect(items(annotationsToJsonLd([bare], ARTICLES))[0]).not.toHaveProperty('body');
  });

  it.each([
    ['C0FFEE00-2222-4B4B-8D8D-000000000001', 'urn:uuid:c0ffee00-2222-4b4b-8d8d-000000000001'],
    ['n1', 'urn:close-reader:annotation:n1'],
    ['a b/c', 'urn:close-reader:annotation:a%20b%2Fc'],
  ])('id %s → %s', (id, iri) => expect(annotationIri(id)).toBe(iri));
});
