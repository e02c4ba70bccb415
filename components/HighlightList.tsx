import type { Annotation, ColourId } from '../utils/annotate/types';
import type { Translate } from '../utils/i18n/strings';
import { NoteText } from './NoteText';

/** Props of HighlightList. */
export interface HighlightListProps {
  t: Translate;
  annotations: Annotation[];
  titles: Map<string, string>;
  labels: Record<ColourId, string>;
  /** Link into the reader at this annotation. */
  hrefOf: (a: Annotation) => string;
}

/** Every highlight and note across the archive, each linking back into its context. */
export function HighlightList({ t, annotations, titles, labels, hrefOf }: HighlightListProps) {
  if (!annotations.length) return <p class="cr-empty">{t('noHighlights')}</p>;
  return (
    <ul class="cr-list cr-highlights">
      {annotations.map((a) => (
        <li key={a.id} class={`cr-hl-item cr-hl-${a.colour ?? 'note'}`}>
          <a href={hrefOf(a)} class="cr-hl-quote">
            {a.motivation === 'commenting' ? `✎ ${t('articleNote')}` : `“${a.target.selector[1]?.exact ?? ''}”`}
          </a>
          {a.note && <NoteText class="cr-hl-note" note={a.note} />}
          <p class="cr-item-meta">
            <span>{titles.get(a.articleId) ?? ''}</span>
            {a.colour && <span>{labels[a.colour]}</span>}
            {a.tags.map((tag) => <span key={tag} class="cr-tag">#{tag}</span>)}
          </p>
        </li>
      ))}
    </ul>
  );
}
