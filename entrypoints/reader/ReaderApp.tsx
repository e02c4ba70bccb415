import { archiveUrl } from '../../utils/ext/pages';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleView, leadAndBodyHtml } from '../../components/ArticleView';
import { ReaderToolbar } from '../../components/ReaderToolbar';
import { colourLabels } from '../../utils/annotate/colours';
import { isDiskFull } from '../../utils/archive/errors';
import { sendMessage } from '../../utils/ext/messaging';
import { getSettings, updateSettings, DEFAULT_SETTINGS, type Settings } from '../../utils/ext/settings';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import { resolveLang, translator } from '../../utils/i18n/strings';
import { AnnotationLayer } from './AnnotationLayer';
import { EntityLayer } from './EntityLayer';
import type { ReaderSource } from './load';
import { useAnnotations } from './useAnnotations';
import { useArticle } from './useArticle';
import { useEntities } from './useEntities';

/** Props of ReaderApp. */
export interface ReaderAppProps {
  source: ReaderSource | null;
}

const clampSize = (px: number) => Math.min(28, Math.max(14, px));

/** The reader page container: article, settings, save/close, and the entity and annotation layers. */
export function ReaderApp({ source }: ReaderAppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');
  const [marks, setMarks] = useState(true);
  const [panel, setPanel] = useState(true);
  const textRef = useRef<HTMLDivElement>(null);
  const { article, articleId, wasSaved, ensureSaved } = useArticle(source);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  const t = translator(lang);

  useEffect(() => void getSettings().then(setSettings), []);
  useEffect(() => {
    if (wasSaved) setStatus(t('alreadySaved'));
    if (article) document.title = article.title;
  }, [article, wasSaved]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close(source);
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [source]);

  // Defence in depth: the article was sanitized when extracted, but stored data could come from an
  // import or an older version, so it is sanitized again right before it becomes DOM.
  const safeHtml = useMemo(() => (article ? leadAndBodyHtml(article.lead, sanitizeHtml(article.html, window)) : ''), [article]);
  const entities = useEntities(textRef, safeHtml, marks);
  const saveFirst = async () => {
    const r = await ensureSaved();
    if (!r.alreadySaved) setStatus(t('saved'));
    return r.id;
  };
  const annotations = useAnnotations(textRef, safeHtml, article?.url ?? '', articleId, saveFirst);
  const change = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void updateSettings(patch);
  };
  const fail = (e: unknown) => setStatus(isDiskFull(e) ? t('diskFull') : t('saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
  const save = async () => {
    setStatus(t('saving'));
    try {
      const r = await ensureSaved();
      setStatus(r.alreadySaved ? t('alreadySaved') : t('saved'));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div class={`cr-page theme-${settings.theme} width-${settings.width}`} style={{ '--cr-font-size': `${settings.fontSize}px` }}>
      <ReaderToolbar t={t} theme={settings.theme} fontSize={settings.fontSize} width={settings.width} saveStatus={status}
        canSave={source?.kind === 'tab' && !!article} onTheme={(theme) => change({ theme })}
        onFontSize={(px) => change({ fontSize: clampSize(px) })} onWidth={(width) => change({ width })}
        onSave={() => void save()} onClose={() => close(source)}
        marks={marks} panel={panel} onMarks={() => setMarks((m) => !m)} onPanel={() => setPanel((p) => !p)} />
      <div class={`cr-layout${panel && article ? ' with-panel' : ''}`}>
        <main class="cr-main">
          {article === undefined && <p class="cr-note">{t('loading')}</p>}
          {article === null && <p class="cr-note cr-error">{t('notFound')}</p>}
          {article && <ArticleView article={article} safeHtml={safeHtml} textRef={textRef} lang={lang} t={t} />}
        </main>
        {article && (
          <div class="cr-side">
            <AnnotationLayer root={textRef} api={annotations} t={t} labels={colourLabels(settings.colourLabels, t)}
              knownTags={settings.knownTags} showPanel={panel} onError={fail} />
            <EntityLayer root={textRef} entities={entities} showPanel={panel} lang={lang} t={t} articleId={articleId} />
          </div>
        )}
      </div>
    </div>
  );
}

/** Closes the reader: the overlay asks its tab (through the background) to remove it; a standalone page goes back. */
function close(source: ReaderSource | null): void {
  if (source?.kind === 'tab') void sendMessage('reader.close', { tabId: source.tabId });
  else if (history.length > 1) history.back();
  else location.href = archiveUrl();
}
