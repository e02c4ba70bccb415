import { useState } from 'preact/hooks';
import { colourLabels } from '../../utils/annotate/colours';
import { applyImport, dumpArchive } from '../../utils/archive/transfer-db';
import type { ArticleId } from '../../utils/archive/schema';
import { markSearchDirty } from '../../utils/archive/search-store';
import { getSettings, updateSettings } from '../../utils/ext/settings';
import type { StringKey, Translate } from '../../utils/i18n/strings';
import { recognise } from '../../utils/ner/recognise';
import { parseBundle, planImport } from '../../utils/transfer/import-bundle';
import { download } from './download';
import { buildExport, type ExportFormat } from './exports';

/** Props of TransferPanel. */
export interface TransferPanelProps {
  t: Translate;
  /** The articles currently shown (after search and filters): what citation/Markdown exports cover. */
  shownIds: ArticleId[];
  onImported: () => void;
}

const FORMATS: [ExportFormat, StringKey][] = [
  ['backup', 'exportBackup'], ['markdown', 'exportMarkdown'], ['annotations', 'exportAnnotations'],
  ['csl', 'exportCsl'], ['bibtex', 'exportBibtex'], ['ris', 'exportRis'],
];

/** Export (backup, Markdown, W3C annotations, CSL-JSON, BibTeX, RIS) and import of a backup. */
export function TransferPanel({ t, shownIds, onImported }: TransferPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [message, setMessage] = useState('');
  const exportNow = async () => {
    const all = await dumpArchive();
    const settings = await getSettings();
    const ids = new Set(shownIds);
    const file = buildExport(format, all, all.articles.filter((a) => ids.has(a.id)), settings, colourLabels(settings.colourLabels, t));
    download(file.filename, file.data, file.mime);
  };
  const importFile = async (file: File) => {
    const parsed = parseBundle(await file.text());
    // A malformed or truncated file changes nothing: nothing is written before it parses whole.
    if (!parsed.ok) return setMessage(t('importFailed', { reason: parsed.error }));
    const plan = planImport(await dumpArchive(), parsed.value);
    try {
      await applyImport(plan, recognise);
      if (parsed.value.settings) await updateSettings(parsed.value.settings);
      await markSearchDirty(plan.articles.map((a) => a.id));
    } catch (e) {
      return setMessage(t('importFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
    const r = plan.report;
    setMessage(t('importDone', { articles: r.articlesAdded, merged: r.articlesMerged, annotations: r.annotationsAdded + r.annotationsUpdated,
      skipped: r.articlesSkipped + r.annotationsSkipped, rejected: r.rejected.length }) + r.rejected.map((x) => ` [${x.kind} ${x.index}: ${x.reason}]`).join(''));
    onImported();
  };
  return (
    <fieldset class="cr-transfer">
      <legend>{t('export')} / {t('import')}</legend>
      <select aria-label={t('export')} value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
        {FORMATS.map(([f, key]) => <option key={f} value={f}>{t(key)}</option>)}
      </select>
      <button type="button" class="cr-export" onClick={() => void exportNow()}>{t('export')}</button>
      <label class="cr-import">
        {t('import')}: <input type="file" accept=".json,application/json" onChange={(e) => {
          const f = (e.currentTarget as HTMLInputElement).files?.[0];
          if (f) void importFile(f);
        }} />
      </label>
      {message && <p role="status" class="cr-import-report">{message}</p>}
    </fieldset>
  );
}
