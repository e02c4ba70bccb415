import type { Translate } from '../i18n/strings';
import { COLOURS, type ColourId } from './types';

/** The meaning of each highlight colour: the user's own name, else the default of the UI language. */
export function colourLabels(custom: Partial<Record<ColourId, string>>, t: Translate): Record<ColourId, string> {
  return Object.fromEntries(COLOURS.map((c) => [c, custom[c]?.trim() || t(`colour_${c}`)])) as Record<ColourId, string>;
}

/** Splits "a, b ,c" into clean, unique tags. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((s) => s.trim().normalize('NFC')).filter(Boolean))];
}
