/** Turns recognised entities into highlight spans with stable ids ("p0", "d2") for the reader. */
import type { HighlightSpan } from '../highlight/highlighter';
import type { Entities } from '../ner/types';

/** Class names of the entity layer (user highlights use another prefix, so the layers never clash). */
export const ENTITY_CLASS = { official: 'cr-ent cr-ent-official', person: 'cr-ent cr-ent-person', document: 'cr-ent cr-ent-doc' } as const;

/** The id of the i-th person or document of a recognition result. */
export const entityId = (kind: 'person' | 'document', i: number) => `${kind === 'person' ? 'p' : 'd'}${i}`;

/** One span per mention, carrying its entity id and making the mark focusable for the look-up card. */
export function entitySpans(entities: Entities): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  entities.persons.forEach((p, i) => {
    for (const m of p.mentions)
      spans.push({
        start: m.start,
        end: m.end,
        className: p.official ? ENTITY_CLASS.official : ENTITY_CLASS.person,
        attrs: { 'data-ent': entityId('person', i), tabindex: '0' },
      });
  });
  entities.documents.forEach((d, i) => {
    for (const m of d.mentions)
      spans.push({ start: m.start, end: m.end, className: ENTITY_CLASS.document, attrs: { 'data-ent': entityId('document', i), tabindex: '0' } });
  });
  return spans.sort((a, b) => a.start - b.start);
}
