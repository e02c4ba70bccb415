import { useEffect, useState } from 'preact/hooks';
import type { Annotation, ColourId } from '../utils/annotate/types';
import type { Translate } from '../utils/i18n/strings';
import { NoteText } from './NoteText';

/** Props of NotesPanel. */
export interface NotesPanelProps {
  t: Translate;
  labels: Record<ColourId, string>;
  /** Highlights that were placed in the text, in reading order. */
  placed: Annotation[];
  /** Highlights that could not be placed (orphans): kept and shown with their quote. */
  orphans: Annotation[];
  articleNote: string;
  onArticleNote: (note: string) => void;
  onPick: (a: Annotation) => void;
}

const quoteOf = (a: Annotation) => (a.target.selector[1]?.exact ?? '').slice(0, 140);

/** The highlights-and-notes part of the side panel: article note, highlights, orphans. */
export function NotesPanel({ t, labels, placed, orphans, articleNote, onArticleNote, onPick }: NotesPanelProps) {
  const [draft, setDraft] = useState(articleNote);
  useEffect(() => setDraft(articleNote), [articleNote]);
  return (
    <section class="cr-notes" aria-label={t('annotations')}>
      <h2>{t('articleNote')}</h2>
      <textarea class="cr-article-note" aria-label={t('articleNote')} rows={3} value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} onBlur={() => draft !== articleNote && onArticleNote(draft)} />
      <h2>{t('annotations')} ({placed.length})</h2>
      <ul>
        {placed.map((a) => (
          <li key={a.id}>
            <button class={`cr-pick cr-note-item cr-hl-${a.colour ?? 'key'}`} onClick={() => onPick(a)} title={a.colour ? labels[a.colour] : ''}>
              “{quoteOf(a)}”{a.note && <NoteText inline class="cr-titles" note={a.note} />}
            </button>
          </li>
        ))}
      </ul>
      {orphans.length > 0 && (
        <div class="cr-orphans">
          <h2>{t('orphans')} ({orphans.length})</h2>
          <p class="cr-titles">{t('orphansHint')}</p>
          <ul>
            {orphans.map((a) => (
              <li key={a.id} class="cr-orphan">“{quoteOf(a)}”{a.note && <NoteText class="cr-titles" note={a.note} />}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
