import { describe, expect, it } from 'vitest';
import { en, resolveLang, translator, vi } from './strings';

describe('UI strings', () => {
  it('have the same keys and placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(en[k]), k).toEqual(ph(vi[k]));
      expect(vi[k].normalize('NFC'), k).toBe(vi[k]);
    }
  });
  it.each([
    ['auto', 'vi-VN', 'vi'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['vi', 'en-US', 'vi'],
    ['en', 'vi', 'en'],
  ] as const)('resolveLang(%s, %s) → %s', (pref, ui, want) => expect(resolveLang(pref, ui)).toBe(want));
  it('fills placeholders', () => {
    expect(translator('vi')('deleted', { title: 'A' })).toBe('Đã xóa “A”.');
    expect(translator('en')('articlesCount', { n: 3 })).toBe('3 articles');
  });
});
