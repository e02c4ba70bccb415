/**
 * The prose signal: is there one block of body text? Readability's isProbablyReaderable sums
 * long paragraphs anywhere on the page, which is why it calls section fronts readable (teaser
 * summaries add up). Grouping paragraphs by their parent tells a story from a front instead.
 */
import type { Signal } from './types';

interface Block {
  chars: number;
  paragraphs: number;
}

// A paragraph shorter than this is a caption, a label or a one-line teaser, not body prose.
const MIN_PARAGRAPH = 50;
// Once one container holds this much prose the page is settled, so stop reading paragraphs.
const STRONG_BLOCK: Block = { chars: 1200, paragraphs: 4 };
// A story's body starts within its first couple of hundred <p>s (or prose <div>s); past that,
// reading more of a long listing only costs time. Each element read is the unit of cost here.
const MAX_PARAGRAPHS = 200;
const MAX_DIVS = 1500;
// Fewer prose <p>s than this on the whole page: the page may write its paragraphs as <div>s.
const FEW_PARAGRAPHS = 5;
// Children that may sit inside a prose <div> ("<div>text <a>link</a> <strong>PV</strong></div>").
const INLINE = new Set(['a', 'b', 'br', 'em', 'font', 'i', 'img', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

const isStrong = (b: Block) => b.chars >= STRONG_BLOCK.chars && b.paragraphs >= STRONG_BLOCK.paragraphs;

/** Adds one paragraph to its parent's block and returns the best block so far. */
function addParagraph(blocks: Map<Node | null, Block>, el: Element, best: Block): Block {
  const chars = (el.textContent ?? '').trim().length;
  if (chars < MIN_PARAGRAPH) return best;
  const block = blocks.get(el.parentNode) ?? { chars: 0, paragraphs: 0 };
  block.chars += chars;
  block.paragraphs += 1;
  blocks.set(el.parentNode, block);
  return block.chars > best.chars ? block : best;
}

/** True for a <div> that holds only text and inline markup: a paragraph in all but name. */
function isProseDiv(div: Element): boolean {
  // Sibling links, not div.children: a live HTMLCollection per div is costly in DOM shims.
  let child = div.firstElementChild;
  for (let n = 0; child; n++, child = child.nextElementSibling) {
    if (n >= 3 || !INLINE.has(child.localName)) return false;
  }
  return true;
}

/** The largest block of prose: <p>s sharing a parent, then (on pages not written in <p>s) <div>s. */
export function largestProseBlock(doc: Document): Block {
  const blocks = new Map<Node | null, Block>();
  let best: Block = { chars: 0, paragraphs: 0 };
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && !isStrong(best); i++)
    best = addParagraph(blocks, paragraphs.item(i)!, best);
  if (best.chars >= 600 || proseCount(blocks) >= FEW_PARAGRAPHS) return best;
  // Some CMSs write paragraphs as <div>s (SharePoint portals, tests/fixtures/pages/quochoi--…;
  // some news templates). Reading every <div> costs several times the whole detector, so it is
  // done only on pages with almost no prose <p> at all.
  const divs = doc.querySelectorAll('body div');
  for (let i = 0; i < divs.length && i < MAX_DIVS && !isStrong(best); i++) {
    const div = divs[i]!;
    if (isProseDiv(div)) best = addParagraph(blocks, div, best);
  }
  return best;
}

const proseCount = (blocks: Map<Node | null, Block>) => [...blocks.values()].reduce((n, b) => n + b.paragraphs, 0);

/** Scores the largest block of prose: a story's body is one; a front's teasers are many small ones. */
export function textBlockSignal(doc: Document): Signal {
  const best = largestProseBlock(doc);
  const label = `main text block: ${best.paragraphs} paragraphs, ${best.chars} chars`;
  if (isStrong(best)) return { label, weight: 3 };
  if (best.chars >= 600 && best.paragraphs >= 3) return { label, weight: 2 };
  if (best.chars >= 300 && best.paragraphs >= 2) return { label, weight: 1 };
  // A caption or a one-line standfirst over a player, map or slideshow is not a story to read.
  if (best.chars < 300) return { label: `little prose (${best.chars} chars in one block)`, weight: -1 };
  return { label, weight: 0 };
}
