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

/** The data, and a reload function. */
export function useArchiveData(): [ArchiveData, () => void] {
  const [data, setData] = useState<ArchiveData>({ items: null, annotations: [], tags: [], people: [], documents: [] });
  const reload = () =>
    void Promise.all([
      request('archive.list', {}),
      request('annotations.list', {}),
      request('archive.tags', null),
      request('entities.list', { kind: 'person' }),
      request('entities.list', { kind: 'document' }),
    ]).then(([items, annotations, tags, people, documents]) => setData({ items, annotations, tags, people, documents }));
  useEffect(reload, []);
  return [data, reload];
}
