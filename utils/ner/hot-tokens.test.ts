import { describe, expect, it } from 'vitest';
import { hotTokens } from './hot-tokens.ts';
import { getLexicon } from './lexicon.ts';
import { normalize } from './normalize.ts';
import { tokenize } from './tokenize.ts';

const TEXT = 'Theo Quyết định số 15/2020/QĐ-TTg, Phó Thủ tướng Trần Văn A và PGS.TS Lê B tới tỉnh Sóc Trăng, Ban Tổ chức T.Ư.';

describe('hotTokens', () => {
  it('lists exactly the tokens each step may start at, ascending', () => {
    const lex = getLexicon();
    const tokens = tokenize(normalize(TEXT).text);
    const hot = hotTokens(tokens, lex);
    const all = tokens.map((_, i) => i);
    const bit = lex.documentTypes.trie.bit;
    expect([...hot.capitals]).toEqual(all.filter((i) => tokens[i]!.cap));
    const prefix = lex.placePrefixes.bit;
    const placeOrOrgan = (i: number): boolean => tokens[i]!.cap || prefix === 0 || (tokens[i]!.mask & prefix) !== 0;
    expect([...hot.placesOrOrgans]).toEqual(all.filter((i) => (tokens[i]!.mask & lex.starts.placeOrOrgan) !== 0 && placeOrOrgan(i)));
    expect([...hot.titles]).toEqual(all.filter((i) => tokens[i]!.word && (tokens[i]!.mask & lex.starts.title) !== 0));
    expect([...hot.prefixes]).toEqual(all.filter((i) => tokens[i]!.word && (tokens[i]!.mask & lex.starts.prefix) !== 0));
    expect([...hot.documents]).toEqual(all.filter((i) => tokens[i]!.word && tokens[i]!.id >= 0 && (bit === 0 || (tokens[i]!.mask & bit) !== 0)));
    expect(hot.documents.length).toBeGreaterThan(0);
    expect(hot.titles.length).toBeGreaterThan(0);
  });
});
