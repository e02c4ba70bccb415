import { archiveUrl, optionsUrl, savedReaderUrl } from '../../utils/ext/pages';
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleListItem } from '../../components/ArticleListItem';
import { parseTags } from '../../utils/annotate/colours';
import { isDiskFull } from '../../utils/archive/errors';
import type { ArticleSummary } from '../../utils/archive/schema';
import { request, sendMessage } from '../../utils/ext/messaging';
import type { TabStatus } from '../../utils/ext/protocol';
import { getSettings } from '../../utils/ext/settings';
import { resolveLang, translator, type Lang } from '../../utils/i18n/strings';

/** Props of PopupApp. */
export interface PopupAppProps {
  /** The tab the popup acts on. */
  tabId: number | null;
}


/** The toolbar popup: page status, open reader, save with tags, in-place highlights, recent saves, search. */
export function PopupApp({ tabId }: PopupAppProps) {
  const [lang, setLang] = useState<Lang>(resolveLang('auto', browser.i18n.getUILanguage()));
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [message, setMessage] = useState('');
  const [recent, setRecent] = useState<ArticleSummary[]>([]);
  const [known, setKnown] = useState<string[]>([]);
  const [tags, setTags] = useState('');
  const t = translator(lang);
  const refresh = () => {
    void request('archive.list', { limit: 5 }).then(setRecent);
    if (tabId !== null) void sendMessage('tab.status', { tabId }).then((r) => r.ok && setStatus(r.value));
  };
  // Layout effects, not effects: Preact runs an effect only after the next frame, and the popup
  // would wait a frame to ask for its data and another to mark it shown (measured: ~30 ms of the
  // ~90 ms open time on a 2-core machine).
  useLayoutEffect(() => {
    void getSettings().then((s) => setLang(resolveLang(s.lang, browser.i18n.getUILanguage())));
    void request('archive.tags', null).then(setKnown);
    refresh();
  }, [tabId]);

  const read = async () => {
    if (tabId === null) return;
    const r = await sendMessage('tab.openReader', { tabId });
    if (r.ok) window.close();
    else setMessage(t('extractFailed', { reason: r.error }));
  };
  const save = async () => {
    if (tabId === null) return;
    setMessage(t('saving'));
    const r = await sendMessage('tab.save', { tabId, tags: parseTags(tags) });
    if (!r.ok) return setMessage(isDiskFull(r.error) ? t('diskFull') : t('saveFailed', { reason: r.error }));
    setMessage(r.value.alreadySaved ? t('alreadySaved') : t('saved'));
    refresh();
  };
  const inPage = async (on: boolean) => {
    if (tabId === null) return;
    const r = await sendMessage('tab.inPage', { tabId, on });
    if (!r.ok) return setMessage(t('inPageFailed', { reason: r.error }));
    setStatus((s) => (s ? { ...s, inPage: on } : s));
    setMessage(on ? t('inPageCount', { n: r.value.count }) : '');
  };
  const search = (e: Event) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget as HTMLFormElement).get('q');
    void browser.tabs.create({ url: archiveUrl(String(q ?? '')) });
  };

  // Marks when the popup shows its data; scripts/bench/popup.ts measures the open time with it.
  // Right after the status is in the DOM (before the browser paints it).
  useLayoutEffect(() => {
    if (status && !performance.getEntriesByName('cr-popup-ready').length) performance.mark('cr-popup-ready');
  }, [status]);

  const d = status?.detection;
  return (
    <div class="cr-popup">
      <h1>{t('appName')}</h1>
      <p class="cr-state" data-testid="popup-state">
        {!status ? t('loading') : !d ? t('notListed') : d.isArticle ? t('isArticle') : t('notArticle')}
        {status?.savedId && <strong> · {t('saved')} · {t('highlightsCount', { n: status.highlights })}</strong>}
      </p>
      {d && (
        <details class="cr-why">
          <summary>{t('why')}</summary>
          <ul>{d.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        </details>
      )}
      <div class="cr-actions">
        <button class="cr-primary" onClick={() => void read()}>{d && !d.isArticle ? t('readAnyway') : t('openReader')}</button>
        <input class="cr-save-tags" aria-label={t('tags')} placeholder={t('tagsPlaceholder')} list="popup-tags" value={tags}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        <datalist id="popup-tags">{known.map((k) => <option key={k} value={k} />)}</datalist>
        <button onClick={() => void save()}>{t('save')}</button>
      </div>
      <label class="cr-inpage">
        <input type="checkbox" checked={status?.inPage ?? false} disabled={tabId === null} onChange={(e) => void inPage((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('inPageHighlights')}
      </label>
      {message && <p class="cr-message" role="status">{message}</p>}
      <form class="cr-popup-search" onSubmit={search}>
        <input name="q" type="search" aria-label={t('search')} placeholder={t('searchPlaceholder')} />
      </form>
      {recent.length > 0 && <h2>{t('recent')}</h2>}
      <ul class="cr-list">
        {recent.map((a) => <ArticleListItem key={a.id} article={a} href={savedReaderUrl(a.id)} lang={lang} t={t} />)}
      </ul>
      <p class="cr-links">
        <a href={archiveUrl()} target="_blank">{t('openArchive')}</a> · <a href={optionsUrl()} target="_blank">{t('settings')}</a>
      </p>
    </div>
  );
}
