import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getSettings, updateSettings, DEFAULT_SETTINGS, type Settings } from '../../utils/ext/settings';
import { resolveLang, translator, type LangPref } from '../../utils/i18n/strings';
import { parseSiteDomain, sitePatterns } from '../../utils/sites';
import { colourLabels } from '../../utils/annotate/colours';
import { COLOURS } from '../../utils/annotate/types';

/** The options page: language, prompt, the editable site list and "run on all sites". */
export function OptionsApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const t = translator(resolveLang(s?.lang ?? 'auto', browser.i18n.getUILanguage()));
  useEffect(() => void getSettings().then(setS), []);
  if (!s) return <p>…</p>;

  const labels = colourLabels(s.colourLabels, t);
  const change = async (patch: Partial<Settings>) => setS(await updateSettings(patch));
  const addSite = async () => {
    const domain = parseSiteDomain(draft);
    if (!domain) return setMessage(t('siteInvalid'));
    // Permission must be asked from this click (a user gesture); refusal leaves the list unchanged.
    const granted = await browser.permissions.request({ origins: sitePatterns([domain]) });
    if (!granted) return setMessage(t('permissionDenied'));
    setMessage('');
    setDraft('');
    await change({ sites: [...new Set([...s.sites, domain])].sort() });
  };
  const toggleEverywhere = async (on: boolean) => {
    if (on && !(await browser.permissions.request({ origins: ['*://*/*'] }))) return setMessage(t('permissionDenied'));
    if (!on) await browser.permissions.remove({ origins: ['*://*/*'] }).catch(() => false);
    await change({ runEverywhere: on });
  };

  return (
    <div class="cr-options">
      <h1>{t('appName')} · {t('settings')}</h1>
      <label>
        {t('language')}{' '}
        <select value={s.lang} onChange={(e) => void change({ lang: (e.currentTarget as HTMLSelectElement).value as LangPref })}>
          <option value="auto">{t('langAuto')}</option>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={s.showPrompt} onChange={(e) => void change({ showPrompt: (e.currentTarget as HTMLInputElement).checked })} />{' '}
        {t('showPrompt')}
      </label>
      <label>
        <input type="checkbox" checked={s.runEverywhere} onChange={(e) => void toggleEverywhere((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('runEverywhere')}
      </label>
      <h2>{t('colourMeanings')}</h2>
      {COLOURS.map((c) => (
        <label key={c} class={`cr-colour-label cr-hl-${c}`}>
          <span>{labels[c]}</span>
          <input value={s.colourLabels[c] ?? ''} placeholder={t(`colour_${c}`)} aria-label={`${t('colourMeanings')}: ${t(`colour_${c}`)}`}
            onChange={(e) => void change({ colourLabels: { ...s.colourLabels, [c]: (e.currentTarget as HTMLInputElement).value.trim() } })} />
        </label>
      ))}
      <h2>{t('sites')}</h2>
      <ul class="cr-sites">
        {s.sites.map((d) => (
          <li key={d}>
            {d} <button onClick={() => void change({ sites: s.sites.filter((x) => x !== d) })}>{t('removeSite')}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => (e.preventDefault(), void addSite())}>
        <input value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} placeholder="baodanang.vn" aria-label={t('addSite')} />
        <button type="submit">{t('addSite')}</button>
        <button type="button" onClick={() => void change({ sites: DEFAULT_SETTINGS.sites })}>↺</button>
      </form>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
