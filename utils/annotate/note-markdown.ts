/**
 * A note's Markdown as safe HTML, for display (the stored note stays the Markdown source; the
 * exports carry it as written). marked (CommonMark + GFM) parses; sanitizeNote keeps text
 * formatting and http(s)/mailto links only. Raw HTML typed in a note is shown as text, not
 * interpreted: a reader writing "<Nghị quyết 57>" means those characters.
 */
import type { WindowLike } from 'dompurify';
import { Marked } from 'marked';
import { sanitizeNote } from '../extract/sanitize';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// An instance of our own: setting options on the shared `marked` would leak into other users of it.
// Raw HTML is shown as typed; an image would load from the network: its alt text only.
const asText = { html: ({ text }: { text: string }) => escapeHtml(text), image: ({ text }: { text: string }) => escapeHtml(text) };

const md = new Marked({
  async: false,
  gfm: true,
  breaks: true, // a line break in the textarea is a line break on screen, as the reader typed it
  renderer: asText,
});

/** Block-level HTML for a note (paragraphs, lists, quotes, code). */
export function noteHtml(note: string, win?: WindowLike): string {
  return sanitizeNote(md.parse(note) as string, win).trim();
}

// Inline: for a note shown inside a button (the reader's side panel), where a link cannot be
// clicked on its own: links are shown as their text.
const mdInline = new Marked({
  async: false,
  gfm: true,
  renderer: {
    ...asText,
    link({ tokens }) {
      return this.parser.parseInline(tokens);
    },
  },
});

/** Inline HTML for a note on one line inside a control: emphasis and code kept, lines joined, links as text. */
export function noteInlineHtml(note: string, win?: WindowLike): string {
  return sanitizeNote(mdInline.parseInline(note.replace(/\s*\n\s*/g, ' ')) as string, win);
}

