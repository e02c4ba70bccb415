import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleListItem } from '../../components/ArticleListItem';
import { UndoToast } from '../../components/UndoToast';
import type { Removed } from '../../utils/archive/articles';
import type { ArticleSummary } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';
import { getSettings } from '../../utils/ext/settings';
import { resolveLang, translator, type Lang } from '../../utils/i18n/strings';

const readerHref = (id: string) => `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;

/** The archive page: every saved article, newest first; open in the reader; delete with undo. */
export function ArchiveApp() {
  const [lang, setLang] = useState<Lang>(resolveLang('auto', browser.i18n.getUILanguage()));
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const t = translator(lang);
  const refresh = () => void request('archive.list', {}).then(setItems);

  useEffect(() => {
    void getSettings().then((s) => setLang(resolveLang(s.lang, browser.i18n.getUILanguage())));
    refresh();
  }, []);

  const remove = async (id: ArticleSummary['id']) => {
    // Deleted at once (nothing half-done if the page closes); the full record is kept for Undo.
    const gone = await request('archive.delete', { id });
    setRemoved(gone ?? null);
    refresh();
  };
  const undo = async () => {
    if (removed) await request('archive.restore', removed);
    setRemoved(null);
    refresh();
  };

  return (
    <div class="cr-archive">
      <header class="cr-archive-head">
        <h1>
          {t('appName')} · {t('archive')}
        </h1>
        {items && <p class="cr-count">{t('articlesCount', { n: items.length })}</p>}
      </header>
      {removed && <UndoToast message={t('deleted', { title: removed.article.title })} undoLabel={t('undo')} onUndo={() => void undo()} />}
      {items === null && <p>{t('loading')}</p>}
      {items?.length === 0 && <p class="cr-empty">{t('emptyArchive')}</p>}
      <ul class="cr-list">
        {items?.map((a) => (
          <ArticleListItem key={a.id} article={a} href={readerHref(a.id)} lang={lang} t={t} onDelete={() => void remove(a.id)} />
        ))}
      </ul>
      <p class="cr-note">{t('offlineNote')}</p>
    </div>
  );
}
