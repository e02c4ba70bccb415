/**
 * Lints assets/gazetteers/*.vi.json the way Dark Reader lints its config (config.tests.ts): NFC,
 * no \r, no trailing spaces, Vietnamese collation order, no duplicates, parse → format byte for
 * byte, and every alias or cross-reference pointing at a canonical entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGazetteer, parseGazetteer, type GazetteerEntry } from '../utils/ner/gazetteer.ts';
import { GAZETTEERS } from '../utils/ner/lexicon.ts';
import { canonicalKey } from '../utils/ner/normalize.ts';

const DIR = path.resolve(import.meta.dirname, '../assets/gazetteers');
const files = readdirSync(DIR).filter((f) => f.endsWith('.vi.json')).sort();
const collator = new Intl.Collator('vi');
const read = (name: string): string => readFileSync(path.join(DIR, `${name}.vi.json`), 'utf8');
const entries = (name: string): GazetteerEntry[] => parseGazetteer(JSON.parse(read(name)), name);
const canon = (name: string): Set<string> => new Set(entries(name).map((e) => e[0]));

describe.each(files.map((f) => f.replace('.vi.json', '')))('%s', (name) => {
  const raw = read(name);
  const list = entries(name);

  it('is NFC, has no \\r and no trailing spaces', () => {
    expect(raw.normalize('NFC')).toBe(raw);
    expect(raw).not.toContain('\r');
    expect(raw.split('\n').filter((l) => /[ \t]$/.test(l))).toEqual([]);
  });
  it('round-trips parse → format byte for byte', () => {
    expect(formatGazetteer(list)).toBe(raw);
  });
  it('is sorted by Vietnamese collation', () => {
    const firsts = list.map((e) => e[0]);
    expect(firsts).toEqual([...firsts].sort(collator.compare));
  });
  it('has no duplicate phrases (canonical forms and aliases)', () => {
    const phrases = name === 'issuer-codes' || name === 'title-modifiers' ? list.map((e) => e[0]) : list.flat();
    const keys = phrases.map(canonicalKey);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it('is registered with the lexicon', () => {
    expect(GAZETTEERS[name]).toBeDefined();
  });
});

describe('cross-references', () => {
  it('every issuer code expands to a canonical organ', () => {
    const organs = canon('organs');
    expect(entries('issuer-codes').flatMap((e) => e.slice(1)).filter((o) => !organs.has(o))).toEqual([]);
  });
  it('named document types and foreign titles are canonical entries', () => {
    const types = canon('document-types');
    const titles = canon('titles');
    expect(entries('named-document-types').filter((e) => !types.has(e[0]))).toEqual([]);
    expect(entries('foreign-titles').filter((e) => !titles.has(e[0]))).toEqual([]);
  });
  it('title modifiers say where they go', () => {
    expect(entries('title-modifiers').filter((e) => e.length !== 2 || !['pre', 'post'].includes(e[1]!))).toEqual([]);
  });
  it('every file on disk is registered', () => {
    expect(Object.keys(GAZETTEERS).sort()).toEqual(files.map((f) => f.replace('.vi.json', '')));
  });
});
