import { useMemo } from 'preact/hooks';
import { noteHtml, noteInlineHtml } from '../utils/annotate/note-markdown';
import './NoteText.css';

/** Props of NoteText. */
export interface NoteTextProps {
  /** The note as the reader wrote it (Markdown or plain text). */
  note: string;
  /** One line inside a control (no links, no blocks) instead of a block of its own. */
  inline?: boolean;
  class?: string;
}

/** A note rendered from its Markdown; the HTML is sanitized (utils/extract/sanitize.ts sanitizeNote). */
export function NoteText({ note, inline, class: cls }: NoteTextProps) {
  const html = useMemo(() => (inline ? noteInlineHtml(note) : noteHtml(note)), [note, inline]);
  return inline
    ? <span class={`cr-note-md ${cls ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />
    : <div class={`cr-note-md ${cls ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
