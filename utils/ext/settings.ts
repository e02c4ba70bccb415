/** User settings, persisted in storage.local through WXT's storage items (versioned, with a fallback). */
import { storage } from 'wxt/utils/storage';
import type { ColourId } from '../annotate/types';
import type { LangPref } from '../i18n/strings';
import { BUILTIN_SITES } from '../sites';

/** Reader theme. */
export type Theme = 'light' | 'sepia' | 'dark';
/** Reader column width. */
export type Width = 'narrow' | 'normal' | 'wide';

/** All user settings (v1). */
export interface Settings {
  lang: LangPref;
  theme: Theme;
  /** Body font size in px. */
  fontSize: number;
  width: Width;
  /** Show the small "open reader" prompt on detected articles. */
  showPrompt: boolean;
  /** Domains where the detector runs by itself (editable; defaults to the built-in list). */
  sites: string[];
  /** The user granted optional host permissions and wants the detector everywhere. */
  runEverywhere: boolean;
  /** The user's names for the highlight colours; empty = the defaults of the UI language. */
  colourLabels: Partial<Record<ColourId, string>>;
  /** Tags used so far, for autocomplete. */
  knownTags: string[];
}

/** Defaults for a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  lang: 'auto',
  theme: 'light',
  fontSize: 19,
  width: 'normal',
  showPrompt: true,
  sites: [...BUILTIN_SITES],
  runEverywhere: false,
  colourLabels: {},
  knownTags: [],
};

/** The settings item. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, filling fields added since they were stored. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Merges a change into the stored settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}
