/**
 * The always-injected part: detect (cheap, read-only), report to the background for the badge,
 * offer the prompt on articles. Extraction and rendering are NOT here: the background injects the
 * extractor on demand and the reader is an extension page.
 */
import { isDiskFull } from '../../utils/archive/errors';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../utils/detect/detect-article';
import { onMessage, sendMessage } from '../../utils/ext/messaging';
import { getSettings } from '../../utils/ext/settings';
import { resolveLang, translator, type Translate } from '../../utils/i18n/strings';
import { BUILTIN_SITES, sitePatterns } from '../../utils/sites';
import { closeOverlay, openOverlay } from './overlay';
import { mountPrompt } from './prompt';

const FLAG = '__closeReaderLoaded';

export default defineContentScript({
  // Registered at runtime by the background with the user's editable site list (registration.ts);
  // these matches only feed WXT's host_permissions.
  matches: sitePatterns(BUILTIN_SITES),
  registration: 'runtime',
  async main(ctx) {
    // Injected again by the toolbar/shortcut on a page that already has it: one instance only.
    const w = window as unknown as Record<string, boolean>;
    if (w[FLAG]) return;
    w[FLAG] = true;
    const detect = () => detectArticle(document, location.href);
    let detection = detect();
    const settings = await getSettings();
    const t = translator(resolveLang(settings.lang, browser.i18n.getUILanguage()));
    const open = () => openReader(t);
    onMessage('page.detect', () => (detection = detect()));
    onMessage('overlay.open', async () => {
      const error = await open();
      if (error) throw new Error(error);
      return null;
    });
    onMessage('overlay.close', () => (closeOverlay(), null));
    if (ctx.isInvalid) return;
    await sendMessage('tab.detected', { detection });
    if (detection.isArticle && settings.showPrompt) {
      const remove = mountPrompt(t, { onRead: open, onSave: () => save(t) });
      ctx.onInvalidated(remove);
    }
    ctx.onInvalidated(closeOverlay);
  },
});

/** Extracts (in the background) and shows the reader; resolves to an error message or ''. */
async function openReader(t: Translate): Promise<string> {
  const res = await sendMessage('reader.prepare', {});
  if (!res.ok) return t('extractFailed', { reason: res.error });
  openOverlay(res.value.readerUrl, closeOverlay);
  return '';
}

async function save(t: Translate): Promise<string> {
  const res = await sendMessage('tab.save', {});
  if (!res.ok) return isDiskFull(res.error) ? t('diskFull') : t('saveFailed', { reason: res.error });
  return res.value.alreadySaved ? t('alreadySaved') : t('saved');
}
