/**
 * The ONLY place that turns untrusted HTML into safe HTML (defuddle's dom.ts rule). DOMPurify runs
 * with the document's window: jsdom's in Node, the page's in the browser. A DOMParser document has
 * no defaultView, so callers may pass the window explicitly; otherwise globalThis.window is used.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

/** Where sanitize() gets its DOM and how it resolves relative URLs. */
export interface SanitizeOptions {
  /** Window whose DOM implementation DOMPurify uses; defaults to the node's document's, then globalThis.window. */
  window?: WindowLike;
  /** Base for relative href/src; they are made absolute. */
  baseUrl?: string;
}

const CONFIG: Config = {
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'applet', 'style', 'link', 'meta', 'base', 'svg', 'math', 'audio', 'video', 'source', 'track', 'noscript', 'template'],
  FORBID_ATTR: ['style', 'class', 'srcset', 'sizes', 'action', 'formaction', 'xlink:href', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
  // No data: links at all; data: is only let through on img, and checked again in the hook.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):|^[^a-z]|^[a-z+.-]+(?:[^a-z+.\-:]|$)/i,
};

// The base URL of the sanitize() call in progress; DOMPurify hooks are per instance, not per call.
let currentBase: string | undefined;
const instances = new WeakMap<object, Purifier>();

function absolute(value: string): string | null {
  try {
    return currentBase ? new URL(value, currentBase).href : value;
  } catch {
    return null;
  }
}

function fixElement(node: Element): void {
  if (node.localName === 'a' && node.hasAttribute('href')) {
    const href = absolute(node.getAttribute('href') ?? '');
    if (href) node.setAttribute('href', href);
    else node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.localName === 'img') {
    const src = node.getAttribute('src') ?? '';
    const ok = /^data:/i.test(src) ? /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp)[;,]/i.test(src) : !!src && absolute(src);
    if (!ok) return node.remove();
    if (!/^data:/i.test(src)) node.setAttribute('src', absolute(src)!);
    node.setAttribute('loading', 'lazy');
  }
}

function purifierFor(win: WindowLike): Purifier {
  let p = instances.get(win);
  if (!p) {
    p = DOMPurify(win);
    // Set once: passing the config on every call makes DOMPurify rebuild its allow-lists each time.
    p.setConfig(CONFIG);
    p.addHook('afterSanitizeAttributes', fixElement);
    instances.set(win, p);
  }
  return p;
}

function windowOf(input: string | Node, options: SanitizeOptions): WindowLike {
  const doc = typeof input === 'string' ? null : (input.ownerDocument ?? (input as Document));
  const win = options.window ?? doc?.defaultView ?? (globalThis as { window?: WindowLike }).window;
  if (!win) throw new Error('sanitize: no window; pass options.window (a DOMParser document has none)');
  return win as WindowLike;
}

/** Returns safe HTML for untrusted HTML or a node: no scripts, handlers, forms, frames, styles or unsafe URLs. */
export function sanitize(input: string | Node, options: SanitizeOptions = {}): string {
  const purifier = purifierFor(windowOf(input, options));
  currentBase = options.baseUrl;
  try {
    return purifier.sanitize(input);
  } finally {
    currentBase = undefined;
  }
}

/** sanitize() for a stored HTML string, with the window of the page that will render it. */
export function sanitizeHtml(html: string, win?: WindowLike, baseUrl?: string): string {
  return sanitize(html, { window: win, baseUrl });
}

/**
 * Notes are Markdown the reader wrote, or that came in a backup (so: untrusted). Their HTML keeps
 * only text formatting and links; no images (an image would be a network request of the
 * extension's own), no tables, no attributes but href.
 */
const NOTE_CONFIG: Config = {
  ALLOWED_TAGS: ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr'],
  ALLOWED_ATTR: ['href', 'start'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
};
const noteInstances = new WeakMap<object, Purifier>();

/** Safe HTML for a rendered note (see NOTE_CONFIG); links open in a new tab without a referrer. */
export function sanitizeNote(html: string, win?: WindowLike): string {
  const w = win ?? windowOf(html, {});
  let p = noteInstances.get(w);
  if (!p) {
    p = DOMPurify(w);
    p.setConfig(NOTE_CONFIG);
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.localName !== 'a') return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    noteInstances.set(w, p);
  }
  return p.sanitize(html);
}
