/**
 * Recognises the officials and documents of the rendered article and marks them in place. Runs
 * on the reader's own DOM (lead + body), so offsets are the reader's text, and keeps the marks in
 * sync with the "highlights on/off" switch. The recogniser works on text only; the highlighter
 * maps its offsets back to text nodes.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { entitySpans } from '../../utils/entities/spans';
import { highlightSpans, removeHighlights } from '../../utils/highlight/highlighter';
import { indexText } from '../../utils/highlight/text-index';
import { recognise } from '../../utils/ner/recognise';
import type { Entities } from '../../utils/ner/types';

const EMPTY: Entities = { persons: [], documents: [] };

/** Entities of the text under `root` (once its HTML is in), highlighted while `visible`. */
export function useEntities(root: RefObject<HTMLElement | null>, html: string, visible: boolean): Entities {
  const [entities, setEntities] = useState<Entities>(EMPTY);
  useEffect(() => {
    const el = root.current;
    if (!el || !html) return;
    setEntities(recognise(indexText(el).text));
  }, [html]);
  useEffect(() => {
    const el = root.current;
    if (!el || !visible || entities === EMPTY) return;
    // Index afresh: the text is the same, but earlier marks split its nodes.
    highlightSpans(indexText(el), entitySpans(entities));
    return () => removeHighlights(el, 'cr-ent');
  }, [entities, visible]);
  return entities;
}
