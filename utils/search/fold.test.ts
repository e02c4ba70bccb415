import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, normalizeVi, toOriginal } from './fold.ts';

describe('fold', () => {
  it.each([
    ['đ and Đ fold to d', 'Đảng đoàn', 'dang doan'],
    ['Icelandic Eth stands in for Đ', 'Ðại tướng', 'dai tuong'],
    ['tone and vowel marks go', 'Vương Đình Huệ', 'vuong dinh hue'],
    ['NFD input', 'Vương Đình Huệ'.normalize('NFD'), 'vuong dinh hue'],
    ['old and new tone placement agree', 'hoà thuỷ', 'hoa thuy'],
    ['new placement', 'hòa thủy', 'hoa thuy'],
    ['upper case', 'BỘ CHÍNH TRỊ', 'bo chinh tri'],
    ['dash and slash look-alikes', '35\u2013CT\u2215TW', '35-ct/tw'],
    ['NBSP and ZWSP become spaces', 'a\u00A0b\u200Bc', 'a b c'],
    ['ASCII is returned as is', 'theo 35', 'theo 35'],
  ])('%s', (_label, input, folded) => {
    expect(fold(input)).toBe(folded);
  });
});

describe('foldWithMap', () => {
  it('is identity-mapped for NFC input', () => {
    const f = foldWithMap('Ủy ban');
    expect(f).toEqual({ text: 'uy ban', starts: null });
  });

  it('maps folded offsets of NFD input back to the original', () => {
    const input = 'Ông Vương Đình Huệ'.normalize('NFD');
    const f = foldWithMap(input);
    const at = f.text.indexOf('dinh');
    expect(input.slice(toOriginal(f, at), toOriginal(f, at + 4)).normalize('NFC')).toBe('Đình');
    expect(toOriginal(f, f.text.length)).toBe(input.length);
  });
});

describe('normalizeVi', () => {
  it.each([
    ['Hoà bình', 'hòa bình'],
    ['Thành uỷ', 'thành ủy'],
    ['Ðại tướng', 'đại tướng'],
    ['Huệ'.normalize('NFD'), 'huệ'],
    ['quý', 'quý'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected);
  });
});
