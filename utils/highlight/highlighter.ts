/**
 * Wraps text spans in <mark> elements, and removes them again restoring the original text nodes.
 * All spans are converted to text-node pieces BEFORE any wrapper is inserted, and each node is cut
 * from its end backwards, so one insertion never shifts the offsets of the next. Spans that cross
 * element boundaries are wrapped piece by piece. Entity marks and user highlights use different
 * class names, so the two layers never clash.
 */
import { indexText, piecesOf, type TextIndex } from './text-index';

/** A span to wrap, with the attributes its <mark> gets. */
export interface HighlightSpan {
  start: number;
  end: number;
  className: string;
  /** data-* and aria attributes, e.g. {"data-entity": "p3"}. */
  attrs?: Record<string, string>;
}

function overlaps(spans: HighlightSpan[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.some((s, i) => i > 0 && s.start < sorted[i - 1]!.end);
}

/**
 * Wraps every span; returns the marks of each span, in document order. Overlapping spans (two
 * user highlights sharing words) are wrapped one after another, re-indexing in between, so the
 * later one nests inside or beside the earlier one's marks; the text never changes.
 */
export function highlightSpans(index: TextIndex, spans: HighlightSpan[]): HTMLElement[][] {
  if (!overlaps(spans)) return wrapDisjoint(index, spans);
  return spans.map((span, i) => wrapDisjoint(i === 0 ? index : indexText(index.root, index.skip), [span])[0]!);
}

function wrapDisjoint(index: TextIndex, spans: HighlightSpan[]): HTMLElement[][] {
  const jobs = spans.flatMap((span, i) => piecesOf(index, span.start, span.end).map((p) => ({ ...p, span, i })));
  const marks: HTMLElement[][] = spans.map(() => []);
  const byNode = new Map<Text, typeof jobs>();
  for (const j of jobs) byNode.set(j.node, [...(byNode.get(j.node) ?? []), j]);
  for (const [node, list] of byNode) {
    // Cut each node from its end backwards so earlier offsets stay valid.
    list.sort((a, b) => b.from - a.from);
    for (const j of list) {
      const doc = node.ownerDocument;
      const mark = doc.createElement('mark');
      mark.className = j.span.className;
      for (const [k, v] of Object.entries(j.span.attrs ?? {})) mark.setAttribute(k, v);
      if (j.to < node.data.length) node.splitText(j.to);
      const middle = j.from > 0 ? node.splitText(j.from) : node;
      middle.replaceWith(mark);
      mark.append(middle);
      marks[j.i]!.push(mark);
    }
  }
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  for (const list of marks) list.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return marks;
}

/** Removes every mark with this class under root and merges the text back together. */
export function removeHighlights(root: Element, className: string): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${className}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
