import { documentLabel } from '../utils/entities/keys';
import { entityId } from '../utils/entities/spans';
import type { Translate } from '../utils/i18n/strings';
import type { Entities } from '../utils/ner/types';

/** Props of EntityPanel. */
export interface EntityPanelProps {
  entities: Entities;
  t: Translate;
  /** Called with an entity id ("p0", "d1") when its row is clicked: scroll to the next mention. */
  onPick: (id: string) => void;
}

/** The side list of the article's people (officials first, with titles) and cited documents. */
export function EntityPanel({ entities, t, onPick }: EntityPanelProps) {
  const people = entities.persons.map((p, i) => ({ p, id: entityId('person', i) })).sort((a, b) => Number(b.p.official) - Number(a.p.official));
  return (
    <aside class="cr-panel" aria-label={t('entitiesPanel')}>
      <h2>
        {t('people')} ({people.length})
      </h2>
      <ul>
        {people.map(({ p, id }) => (
          <li key={id}>
            <button class={`cr-pick ${p.official ? 'is-official' : 'is-person'}`} data-pick={id} onClick={() => onPick(id)}>
              <strong>{p.name}</strong> <span class="cr-count">×{p.mentions.length}</span>
              {p.titles.length > 0 && <span class="cr-titles">{p.titles.join(', ')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <h2>
        {t('documents')} ({entities.documents.length})
      </h2>
      <ul>
        {entities.documents.map((d, i) => (
          <li key={entityId('document', i)}>
            <button class="cr-pick is-doc" data-pick={entityId('document', i)} onClick={() => onPick(entityId('document', i))}>
              <strong>{documentLabel(d)}</strong> <span class="cr-count">×{d.mentions.length}</span>
              <span class="cr-titles">{[d.date, d.issuer].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
