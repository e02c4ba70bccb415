/**
 * A plain-text view of a DOM subtree with a map back to its text nodes, so spans found in the text
 * (by the recogniser, or stored annotation offsets) become DOM Ranges. Block boundaries become a
 * "\n" that belongs to no node, so a name at the end of one paragraph never runs into the next.
 * (The idea of hypothesis's TextRange/TextPosition, without the live-DOM coupling.)
 */

/** One text node and where its text starts in TextIndex.text. */
export interface IndexedNode {
  node: Text;
  start: number;
}

/** The text of a subtree and the text nodes it came from. */
export interface TextIndex {
  text: string;
  nodes: IndexedNode[];
  /** What was indexed, to index it again after marks split its text nodes. */
  root: Node;
  skip: (el: Element) => boolean;
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|SECTION|ARTICLE|HEADER|FOOTER|BR|PRE|DD|DT)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;

function blockOf(node: Node, root: Node): Node {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) if (BLOCK.test(n.nodeName)) return n;
  return root;
}

/** Indexes the visible text nodes under root, in document order. */
export function indexText(root: Node, skip: (el: Element) => boolean = () => false): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */ | 0x1 /* SHOW_ELEMENT */, {
    acceptNode: (n) =>
      n.nodeType === 1 ? (SKIP.test(n.nodeName) || skip(n as Element) ? 2 /* REJECT */ : 3 /* SKIP */) : 1 /* ACCEPT */,
  });
  const nodes: IndexedNode[] = [];
  let text = '';
  let lastBlock: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const block = blockOf(t, root);
    if (lastBlock && block !== lastBlock && !text.endsWith('\n')) text += '\n';
    lastBlock = block;
    nodes.push({ node: t, start: text.length });
    text += t.data;
  }
  return { text, nodes, root, skip };
}

/** The text offset of a DOM point (e.g. a selection boundary) under the indexed root, or null. */
export function offsetOf(index: TextIndex, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const hit = index.nodes.find((n) => n.node === node);
    return hit ? hit.start + Math.min(offset, (node as Text).data.length) : null;
  }
  // An element boundary: the first indexed text node at or after child `offset`.
  const child = node.childNodes[offset] ?? null;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  for (const n of index.nodes) {
    if (child ? child === n.node || child.contains(n.node) || child.compareDocumentPosition(n.node) & FOLLOWING : !node.contains(n.node) && node.compareDocumentPosition(n.node) & FOLLOWING)
      return n.start;
  }
  return index.text.length;
}

/** The node holding text offset `pos` (a boundary at a node's end belongs to that node when `end`). */
function locate(index: TextIndex, pos: number, end: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { node, start } = index.nodes[mid]!;
    const stop = start + node.data.length;
    if (pos < start || (end && pos === start && mid > 0)) hi = mid - 1;
    else if (pos > stop || (!end && pos === stop && mid < index.nodes.length - 1)) lo = mid + 1;
    else return { node, offset: pos - start };
  }
  return null;
}

/** The text-node pieces [node, from, to) covered by text span [start, end). */
export function piecesOf(index: TextIndex, start: number, end: number): { node: Text; from: number; to: number }[] {
  const out: { node: Text; from: number; to: number }[] = [];
  for (const { node, start: s } of index.nodes) {
    const e = s + node.data.length;
    if (e <= start || s >= end) continue;
    out.push({ node, from: Math.max(0, start - s), to: Math.min(node.data.length, end - s) });
  }
  return out;
}

/** A DOM Range for text span [start, end), or null when out of bounds. */
export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  const a = locate(index, start, false);
  const b = locate(index, end, true);
  if (!a || !b || end < start) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
