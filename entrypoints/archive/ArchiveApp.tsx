import { savedReaderUrl } from '../../utils/ext/pages';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArchiveFilters, type FilterValues } from '../../components/ArchiveFilters';
import { ArticleListItem } from '../../components/ArticleListItem';
import { HighlightList } from '../../components/HighlightList';
import { UndoToast } from '../../components/UndoToast';
import { colourLabels } from '../../utils/annotate/colours';
import type { Removed } from '../../utils/archive/articles';
import { filterArticles, filterOptions } from '../../utils/archive/filter';
import type { ArticleId } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';
import { getSettings, DEFAULT_SETTINGS, type Settings } from '../../utils/ext/settings';
import { resolveLang, translator } from '../../utils/i18n/strings';
import { hitIds, SearchPanel } from './SearchPanel';
import type { SearchHit } from '../../utils/search/types';
import { TransferPanel } from './TransferPanel';
import { useArchiveData } from './useArchiveData';

const readerHref = savedReaderUrl;

/** Props of ArchiveApp. */
export interface ArchiveAppProps {
  /** Query to start with (from the popup's search box). */
  initialQuery: string;
}

/** The research workspace: search, filters, articles with tags, all highlights, export/import. */
export function ArchiveApp({ initialQuery }: ArchiveAppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [data, reload, needEntities] = useArchiveData();
  const [tab, setTab] = useState<'articles' | 'highlights'>('articles');
  const [filters, setFilters] = useState<FilterValues>({});
  const [entityArticles, setEntityArticles] = useState<Set<ArticleId> | undefined>();
  const [hits, setHits] = useState<SearchHit[] | undefined>();
  const [generation, setGeneration] = useState(0);
  const changed = () => (reload(), setGeneration((g) => g + 1));
  const [removed, setRemoved] = useState<Removed | null>(null);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  const t = translator(lang);
  const labels = colourLabels(settings.colourLabels, t);
  useEffect(() => void getSettings().then(setSettings), []);
  useEffect(() => {
    const [kind, key] = filters.person ? (['person', filters.person] as const) : filters.document ? (['document', filters.document] as const) : [];
    if (!kind || !key) return setEntityArticles(undefined);
    void request('entities.lookup', { kind, key }).then((rows) => setEntityArticles(new Set(rows.map((r) => r.articleId))));
  }, [filters.person, filters.document]);

  const items = data.items ?? [];
  const shown = useMemo(() => filterArticles(items, data.annotations, { ...filters, entityArticles, searchHits: hitIds(hits) }), [items, data.annotations, filters, entityArticles, hits]);
  const shownIds = new Set(shown.map((a) => a.id));
  // Walks of the whole archive: recomputed when the data changes, not on every keystroke of the search box.
  const titles = useMemo(() => new Map(items.map((a) => [a.id as string, a.title])), [items]);
  const { sites, tags } = useMemo(() => filterOptions(items, data.annotations), [items, data.annotations]);
  const snippets = new Map(hits?.map((h) => [h.id as string, h.snippets.find((s) => s.field !== 'title')]));
  const remove = async (id: ArticleId) => (setRemoved(await request('archive.delete', { id })), changed());
  const undo = async () => (removed && (await request('archive.restore', removed)), setRemoved(null), changed());

  return (
    <div class="cr-archive">
      <header class="cr-archive-head">
        <h1>{t('appName')} · {t('archive')}</h1>
        {data.items && <p class="cr-count">{t('articlesCount', { n: data.items.length })}</p>}
      </header>
      <SearchPanel t={t} initial={initialQuery} onHits={setHits} generation={generation} />
      <ArchiveFilters t={t} values={filters} sites={sites} tags={tags} people={data.people} documents={data.documents} labels={labels} onChange={setFilters} onNeedEntities={needEntities} />
      <div class="cr-tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'articles'} onClick={() => setTab('articles')}>{t('tabArticles')} ({shown.length})</button>
        <button role="tab" aria-selected={tab === 'highlights'} onClick={() => setTab('highlights')}>{t('tabHighlights')}</button>
      </div>
      {removed && <UndoToast message={t('deleted', { title: removed.article.title })} undoLabel={t('undo')} onUndo={() => void undo()} />}
      {data.items === null && <p>{t('loading')}</p>}
      {data.items?.length === 0 && <p class="cr-empty">{t('emptyArchive')}</p>}
      {tab === 'articles' ? (
        <ul class="cr-list">
          {shown.map((a) => (
            <ArticleListItem key={a.id} article={a} href={readerHref(a.id)} lang={lang} t={t} onDelete={() => void remove(a.id)} snippet={snippets.get(a.id)}
              knownTags={data.tags} onTags={(next) => void request('archive.setTags', { id: a.id, tags: next }).then(changed)} />
          ))}
        </ul>
      ) : (
        <HighlightList t={t} labels={labels} titles={titles} hrefOf={(a) => readerHref(a.articleId, a.id)}
          annotations={data.annotations.filter((a) => shownIds.has(a.articleId) && (!filters.colour || a.colour === filters.colour))} />
      )}
      <TransferPanel t={t} shownIds={shown.map((a) => a.id)} onImported={changed} />
      <p class="cr-note">{t('offlineNote')}</p>
    </div>
  );
}
