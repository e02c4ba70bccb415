import { useEffect, useState } from 'preact/hooks';
import { parseTags } from '../utils/annotate/colours';
import type { Translate } from '../utils/i18n/strings';

/** Props of TagEditor. */
export interface TagEditorProps {
  t: Translate;
  tags: string[];
  known: string[];
  onChange: (tags: string[]) => void;
  /** Distinguishes several editors' datalists on one page. */
  id: string;
}

/** A comma-separated tag field with autocomplete from the tags already in use; saves on blur/Enter. */
export function TagEditor({ t, tags, known, onChange, id }: TagEditorProps) {
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => setText(tags.join(', ')), [tags.join(',')]);
  const commit = () => {
    const next = parseTags(text);
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  return (
    <span class="cr-tags">
      <input aria-label={t('editTags')} placeholder={t('tagsPlaceholder')} value={text} list={`tags-${id}`}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()} />
      <datalist id={`tags-${id}`}>{known.map((k) => <option key={k} value={k} />)}</datalist>
    </span>
  );
}
