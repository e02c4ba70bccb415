import { useState } from 'preact/hooks';
import type { AnnotationDraft } from '../utils/annotate/new-annotation';
import { parseTags } from '../utils/annotate/colours';
import { COLOURS, type ColourId } from '../utils/annotate/types';
import type { Translate } from '../utils/i18n/strings';

/** Props of AnnotationComposer. */
export interface AnnotationComposerProps {
  t: Translate;
  labels: Record<ColourId, string>;
  position: { top: number; left: number };
  initial?: AnnotationDraft;
  knownTags: string[];
  onSave: (draft: AnnotationDraft) => void;
  onCancel: () => void;
  /** Present when editing an existing highlight. */
  onDelete?: () => void;
}

/** The floating box to highlight a selection (colour, note, tags) or edit a highlight. */
export function AnnotationComposer(p: AnnotationComposerProps) {
  const { t } = p;
  const [colour, setColour] = useState<ColourId | null>(p.initial?.colour ?? 'key');
  const [note, setNote] = useState(p.initial?.note ?? '');
  const [tags, setTags] = useState((p.initial?.tags ?? []).join(', '));
  const save = () => p.onSave({ colour, note: note.trim(), tags: parseTags(tags) });
  return (
    <div class="cr-composer" role="dialog" aria-label={t('highlight')} style={{ top: `${p.position.top}px`, left: `${p.position.left}px` }}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), p.onCancel())}>
      <div class="cr-colours" role="radiogroup" aria-label={t('highlight')}>
        {COLOURS.map((c) => (
          <button key={c} type="button" role="radio" aria-checked={colour === c} class={`cr-colour cr-hl-${c}`} title={p.labels[c]} onClick={() => setColour(c)}>
            {p.labels[c]}
          </button>
        ))}
      </div>
      <textarea aria-label={t('note')} placeholder={t('notePlaceholder')} value={note} rows={3} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <input aria-label={t('tags')} placeholder={t('tagsPlaceholder')} value={tags} list="cr-known-tags" onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      <datalist id="cr-known-tags">{p.knownTags.map((k) => <option key={k} value={k} />)}</datalist>
      <div class="cr-composer-actions">
        {p.onDelete && <button type="button" class="cr-danger" onClick={p.onDelete}>{t('delete')}</button>}
        <span class="cr-spacer" />
        <button type="button" onClick={p.onCancel}>{t('cancel')}</button>
        <button type="button" class="cr-primary" onClick={save}>{p.initial ? t('saveNote') : t('highlight')}</button>
      </div>
    </div>
  );
}
