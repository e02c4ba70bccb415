import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchIndex } from '../../utils/search/search-index';
import { openSearch } from '../../utils/archive/search-store';
import type { ArticleId } from '../../utils/archive/schema';
import type { Translate } from '../../utils/i18n/strings';
import { search } from '../../utils/search/query';
import type { SearchDoc, SearchHit } from '../../utils/search/types';

/** Props of SearchPanel. */
export interface SearchPanelProps {
  t: Translate;
  /** Initial query (archive.html?q=… from the popup). */
  initial: string;
  /** Hits in rank order, or undefined when the box is empty. */
  onHits: (hits: SearchHit[] | undefined) => void;
  /** Changes whenever the archive changed, so the index is refreshed. */
  generation: number;
}

/**
 * The search box. The index opens on first use (loading and refreshing the stored one, see
 * utils/archive/search-store.ts), then every keystroke queries it in memory.
 */
export function SearchPanel({ t, initial, onHits, generation }: SearchPanelProps) {
  const [q, setQ] = useState(initial);
  const [count, setCount] = useState<number | null>(null);
  const engine = useRef<Promise<{ index: SearchIndex; docs: Map<string, SearchDoc> }> | null>(null);
  useEffect(() => void (engine.current = null), [generation]);
  useEffect(() => {
    if (!q.trim()) return (setCount(null), onHits(undefined));
    let live = true;
    engine.current ??= openSearch();
    void engine.current.then(({ index, docs }) => {
      if (!live) return;
      const hits = search(index, docs, q, { limit: 200 });
      setCount(hits.length);
      onHits(hits);
    });
    return () => void (live = false);
  }, [q, generation]);
  return (
    <form class="cr-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <input type="search" aria-label={t('search')} placeholder={t('searchPlaceholder')} value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
      {count !== null && <span class="cr-search-count" role="status">{t('results', { n: count })}</span>}
    </form>
  );
}

/** The ids of hits, for filtering. */
export const hitIds = (hits: SearchHit[] | undefined): ArticleId[] | undefined => hits?.map((h) => h.id);
