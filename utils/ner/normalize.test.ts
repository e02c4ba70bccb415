import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { recognise } from './recognise.ts';
import { tokenize } from './tokenize.ts';

describe('normalize', () => {
  it.each([
    ['hoà bình', 'hòa bình'],
    ['Thành uỷ', 'Thành ủy'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['Ðại tướng', 'Đại tướng'],
    ['a\u00A0b\u200Bc', 'a b c'],
    ['35\u2013CT\u2215TW', '35-CT/TW'],
  ])('%s → %s (same length)', (input, shadow) => {
    const { text } = normalize(input);
    expect(text).toBe(shadow);
    expect(text.length).toBe(input.length);
  });

  it('maps NFD input back to original offsets', () => {
    const input = 'Ủy ban'.normalize('NFD');
    const { text, map } = normalize(input);
    expect(text).toBe('Ủy ban');
    expect(map.toInput(text.length)).toBe(input.length);
    expect(input.slice(map.toInput(3), map.toInput(6))).toBe('ban');
  });
});

describe('tokenize', () => {
  it('gives Trung ương, TƯ, T.Ư and TW one key', () => {
    for (const s of ['Trung ương', 'TƯ', 'T.Ư', 'T.W', 'TW']) expect(tokenize(s).map((t) => t.key)).toEqual(['tw']);
    expect(tokenize('tư tưởng').map((t) => t.key)).toEqual(['tư', 'tưởng']);
  });
});

describe('offsets point into the input as given', () => {
  const cases: [string, string][] = [
    ['NFD', 'Đồng chí Vương Đình Huệ, Bí thư Thành ủy Hà Nội, ký Chỉ thị số 35-CT/TW ngày 30-5-2019.'.normalize('NFD')],
    ['old tone marks', 'Đồng chí Nguyễn Hoà Bình, Uỷ viên Bộ Chính trị, ký Chỉ thị số 35-CT/TƯ ngày 30-5-2019.'],
    ['Eth for Đ', 'Ðồng chí Ðào Ðức Toàn, Phó Bí thư Thành ủy, ký Chỉ thị số 35-CT/TW ngày 30-5-2019.'],
    ['NBSP and ZWSP', 'Đồng\u00A0chí Vũ\u00A0Đức\u200BBảo, Trưởng\u00A0Ban Tổ chức Thành ủy, ký Chỉ thị\u00A0số 35-CT/TW ngày 30-5-2019.'],
  ];
  it.each(cases)('%s', (_, input) => {
    const { persons, documents } = recognise(input);
    expect(persons).toHaveLength(1);
    expect(documents).toHaveLength(1);
    for (const m of [...persons[0]!.mentions, ...documents[0]!.mentions]) expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(persons[0]!.official).toBe(true);
    expect(documents[0]!.symbol).toBe('35-CT/TW');
    expect(documents[0]!.date).toBe('2019-05-30');
    expect(documents[0]!.mentions[0]!.text.normalize('NFC').replace(/\s/g, ' ')).toBe('Chỉ thị số 35-CT/TW'.replace('TW', documents[0]!.mentions[0]!.text.endsWith('TƯ') ? 'TƯ' : 'TW'));
  });
});
