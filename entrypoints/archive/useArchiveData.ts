/** Loads what the archive workspace shows, and reloads it after a change. */
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../utils/annotate/types';
import type { EntitySummary } from '../../utils/archive/entities';
import type { ArticleSummary } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';

/** Articles, annotations, tags and the people/documents of the entity index. */
export interface ArchiveData {
  items: ArticleSummary[] | null;
  annotations: Annotation[];
  tags: string[];
  people: EntitySummary[];
  documents: EntitySummary[];
}

/**
 * The data, a reload function, and a loader for the person/document lists. Those lists aggregate
 * the whole entity index (tens of rows per article), so they are read only when the user first
 * opens a person or document filter, not every time the archive opens.
 */
export function useArchiveData(): [ArchiveData, () => void, () => void] {
  const [data, setData] = useState<ArchiveData>({ items: null, annotations: [], tags: [], people: [], documents: [] });
  const [wantEntities, setWantEntities] = useState(false);
  const reload = () =>
    void Promise.all([request('archive.list', {}), request('annotations.list', {}), request('archive.tags', null)]).then(([items, annotations, tags]) =>
      setData((d) => ({ ...d, items, annotations, tags })),
    );
  const reloadEntities = () =>
    void Promise.all([request('entities.list', { kind: 'person' }), request('entities.list', { kind: 'document' })]).then(([people, documents]) =>
      setData((d) => ({ ...d, people, documents })),
    );
  useEffect(reload, []);
  useEffect(() => {
    if (wantEntities) reloadEntities();
  }, [wantEntities, data.items]);
  return [data, reload, () => setWantEntities(true)];
}
