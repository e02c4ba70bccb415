import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, tokenizeSearch } from './tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['syllables split at spaces and punctuation', 'Bộ Chính trị, (Quốc hội).', ['Bộ', 'Chính', 'trị', 'Quốc', 'hội']],
    ['a symbol, its syllables and its pieces', '35-CT/TW', ['35-CT/TW', '35', '35-CT', 'CT', 'CT/TW', 'TW']],
    [
      'a decree number',
      '15/2020/NĐ-CP',
      ['15/2020/NĐ-CP', '15', '15/2020', '15/2020/NĐ', '2020', '2020/NĐ', '2020/NĐ-CP', 'NĐ', 'NĐ-CP', 'CP'],
    ],
    ['loose dashes and slashes separate', 'a - b 1/ c', ['a', 'b', '1', 'c']],
    ['NFD marks stay inside the word', 'Huệ'.normalize('NFD'), ['Huệ'.normalize('NFD')]],
  ])('%s', (_label, text, terms) => {
    expect(indexTerms(text)).toEqual(terms);
  });

  it('gives queries whole runs only', () => {
    expect(queryTerms('chỉ thị 35-ct/tw')).toEqual(['chỉ', 'thị', '35-ct/tw']);
  });

  it('gives offsets of every token', () => {
    const text = 'Số 35-CT/TW.';
    for (const t of tokenizeSearch(text)) expect(text.slice(t.start, t.end)).toBe(t.term);
    expect(tokenizeSearch(text).filter((t) => !t.part).map((t) => t.term)).toEqual(['Số', '35-CT/TW']);
  });
});
