import type { ArchiveFilter } from '../utils/archive/filter';
import { COLOURS, type ColourId } from '../utils/annotate/types';
import type { EntitySummary } from '../utils/archive/entities';
import type { Translate } from '../utils/i18n/strings';

/** The filter values as the controls hold them (entity by key; resolved to articles by the container). */
export type FilterValues = Omit<ArchiveFilter, 'entityArticles' | 'searchHits'> & { person?: string; document?: string };

/** Props of ArchiveFilters. */
export interface ArchiveFiltersProps {
  t: Translate;
  values: FilterValues;
  sites: string[];
  tags: string[];
  people: EntitySummary[];
  documents: EntitySummary[];
  labels: Record<ColourId, string>;
  onChange: (values: FilterValues) => void;
  /** Asks for the person/document lists (loaded lazily, on first use). */
  onNeedEntities: () => void;
}

/** Filter controls of the archive: site, dates, tag, colour, person, document. */
export function ArchiveFilters({ t, values, sites, tags, people, documents, labels, onChange, onNeedEntities }: ArchiveFiltersProps) {
  const set = (k: keyof FilterValues) => (e: Event) => onChange({ ...values, [k]: (e.currentTarget as HTMLInputElement).value || undefined });
  const select = (k: keyof FilterValues, label: string, options: [string, string][], onFocus?: () => void) => (
    <label>
      {label}
      <select value={(values[k] as string | undefined) ?? ''} onChange={set(k)} onFocus={onFocus} onMouseDown={onFocus}>
        <option value="">{t('any')}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
  return (
    <fieldset class="cr-filters">
      <legend>{t('filters')}</legend>
      {select('site', t('site'), sites.map((s) => [s, s]))}
      <label>{t('dateFrom')}<input type="date" value={values.from ?? ''} onChange={set('from')} /></label>
      <label>{t('dateTo')}<input type="date" value={values.to ?? ''} onChange={set('to')} /></label>
      {select('tag', t('tags'), tags.map((s) => [s, s]))}
      {select('colour', t('colour'), COLOURS.map((c) => [c, labels[c]]))}
      {select('person', t('people'), people.slice(0, 300).map((p) => [p.key, `${p.label} (${p.articles})`]), onNeedEntities)}
      {select('document', t('documents'), documents.slice(0, 300).map((d) => [d.key, `${d.label} (${d.articles})`]), onNeedEntities)}
      <button type="button" onClick={() => onChange({})}>{t('clearFilters')}</button>
    </fieldset>
  );
}
