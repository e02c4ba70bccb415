import type { Theme, Width } from '../utils/ext/settings';
import type { Translate } from '../utils/i18n/strings';

/** Props of ReaderToolbar. */
export interface ReaderToolbarProps {
  t: Translate;
  theme: Theme;
  fontSize: number;
  width: Width;
  /** Status text next to the save button ("Đã lưu"), '' for none. */
  saveStatus: string;
  canSave: boolean;
  onTheme: (theme: Theme) => void;
  onFontSize: (px: number) => void;
  onWidth: (width: Width) => void;
  onSave: () => void;
  onClose: () => void;
  /** Entity highlights shown. */
  marks: boolean;
  /** Entity side panel shown. */
  panel: boolean;
  onMarks: () => void;
  onPanel: () => void;
}

const THEMES = [
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
] as const;
const WIDTHS = [
  ['narrow', 'widthNarrow'],
  ['normal', 'widthNormal'],
  ['wide', 'widthWide'],
] as const;

/** Reader controls: theme, font size, width, save, close. */
export function ReaderToolbar(p: ReaderToolbarProps) {
  const { t } = p;
  return (
    <nav class="cr-toolbar" aria-label={t('settings')}>
      <div class="cr-group" role="group" aria-label={t('theme')}>
        {THEMES.map(([value, key]) => (
          <button key={value} class={`cr-theme cr-theme-${value}`} aria-pressed={p.theme === value} onClick={() => p.onTheme(value)}>
            {t(key)}
          </button>
        ))}
      </div>
      <div class="cr-group" role="group" aria-label={t('fontSize')}>
        <button aria-label={t('smaller')} onClick={() => p.onFontSize(p.fontSize - 1)}>A−</button>
        <span class="cr-size">{p.fontSize}</span>
        <button aria-label={t('larger')} onClick={() => p.onFontSize(p.fontSize + 1)}>A+</button>
      </div>
      <label class="cr-group">
        {t('width')}{' '}
        <select value={p.width} onChange={(e) => p.onWidth((e.currentTarget as HTMLSelectElement).value as Width)}>
          {WIDTHS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <div class="cr-group">
        <button class="cr-toggle-marks" aria-pressed={p.marks} onClick={p.onMarks}>{t('highlights')}</button>
        <button class="cr-toggle-panel" aria-pressed={p.panel} onClick={p.onPanel}>{t('showPanel')}</button>
      </div>
      <span class="cr-spacer" />
      <span class="cr-status" role="status">
        {p.saveStatus}
      </span>
      {p.canSave && (
        <button class="cr-save" onClick={p.onSave}>
          {t('save')}
        </button>
      )}
      <button class="cr-close" title={t('closeHint')} aria-label={t('closeHint')} onClick={p.onClose}>
        ✕
      </button>
    </nav>
  );
}
