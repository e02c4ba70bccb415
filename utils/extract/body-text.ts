/**
 * Plain text and figures of the extracted body. Paragraphs are separated by one blank line;
 * captions stay where they are, as their own paragraphs. The walk is iterative, so a page nested
 * thousands of levels deep cannot overflow the stack.
 */
import type { ExtractedImage } from './types.ts';
import { normalizeSpace } from './text-utils.ts';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th',
  'tr', 'ul',
]);
// Their text is code, never prose (Readability strips them; live-page metadata elements may hold them).
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const CAPTION_CLASS = /caption|desc|chuthich|chu-thich|note|image_?txt/i;

function flush(buffer: string[], out: string[]): void {
  // A double <br> is a paragraph break; a single one stays a line break inside the paragraph.
  for (const chunk of buffer.join('').split(/\n\s*\n/)) {
    const para = chunk.split('\n').map(normalizeSpace).filter(Boolean).join('\n');
    if (para) out.push(para);
  }
  buffer.length = 0;
}

/** The text of root as paragraphs, in document order. */
export function toParagraphs(root: Node): string[] {
  const out: string[] = [];
  const buffer: string[] = [];
  const stack: Array<Node | 'end'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush(buffer, out);
      continue;
    }
    if (node.nodeType === 3) buffer.push((node as Text).data.replace(/\n/g, ' '));
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).localName;
    if (SKIP.has(name)) continue;
    if (name === 'br') buffer.push('\n');
    if (name && BLOCK.has(name)) {
      flush(buffer, out);
      stack.push('end');
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush(buffer, out);
  return out;
}

function absolute(src: string, base: string): string | null {
  try {
    return new URL(src, base).href;
  } catch {
    return null;
  }
}

/** The caption of an image: figcaption, a caption cell of an old CMS table, or a caption paragraph after it. */
export function captionOf(img: Element): string {
  const figure = img.closest('figure');
  const fc = figure?.querySelector('figcaption');
  if (fc) return normalizeSpace(fc.textContent);
  const table = img.closest('table');
  if (table && table.querySelectorAll('tr').length <= 3) {
    const text = normalizeSpace(table.textContent);
    if (text.length <= 500) return text;
  }
  const holder = img.closest('p, div') ?? img.parentElement;
  const next = holder && !normalizeSpace(holder.textContent) ? holder.nextElementSibling : null;
  if (!next || next.querySelector('img')) return '';
  const text = normalizeSpace(next.textContent);
  // Old CMSes mark a caption only by italics ("<div><span><em>caption</em></span></div>").
  const italic = next.querySelector('em, i');
  const styled = CAPTION_CLASS.test(next.className) || (!!italic && normalizeSpace(italic.textContent) === text);
  return styled && text.length <= 400 ? text : '';
}

/** Images of root with absolute src and their captions; data: URLs other than images are skipped. */
export function collectImages(root: Element, baseUrl: string): ExtractedImage[] {
  const out: ExtractedImage[] = [];
  for (const img of root.querySelectorAll('img')) {
    const raw = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    if (!raw || (/^data:/i.test(raw) && !/^data:image\//i.test(raw))) continue;
    const src = /^data:/i.test(raw) ? raw : absolute(raw, baseUrl);
    if (!src) continue;
    out.push({ src, alt: normalizeSpace(img.getAttribute('alt')), caption: captionOf(img) });
  }
  return out;
}
