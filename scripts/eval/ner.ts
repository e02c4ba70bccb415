/**
 * `npm run eval -- ner`: scores the recogniser against the hand-labelled dev sets in
 * tests/fixtures/ner/: dev-own.jsonl (text + labels, written for this project) and dev-vntc.jsonl
 * (labels only; the texts are read from ../shared/corpora/vntc-politics, never stored here).
 * Exact-span P/R/F1 per mention for officials, all persons and documents; title recall over
 * matched persons; field accuracy (symbol, date, issuer) over matched documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalKey } from '../../utils/ner/normalize.ts';
import { recognise } from '../../utils/ner/recognise.ts';
import type { Entities } from '../../utils/ner/types.ts';

type Span = [number, number];
interface GoldPerson { name: string; official: boolean; titles: string[]; mentions: Span[] }
interface GoldDoc { type: string; number: string | null; symbol: string | null; date: string | null; issuer: string | null; mentions: Span[] }
interface Gold { id: string; text?: string; persons: GoldPerson[]; documents: GoldDoc[] }

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/ner');

class Counts {
  tp = 0; fp = 0; fn = 0;
  add(gold: Set<string>, pred: Set<string>): void {
    for (const g of gold) if (pred.has(g)) this.tp++; else this.fn++;
    for (const p of pred) if (!gold.has(p)) this.fp++;
  }
  line(label: string): string {
    const p = this.tp / (this.tp + this.fp || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    const f = (2 * p * r) / (p + r || 1);
    return `${label.padEnd(16)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
}

class Ratio {
  hit = 0; total = 0;
  add(ok: boolean): void { this.total++; if (ok) this.hit++; }
  line(label: string): string { return `${label.padEnd(16)} ${(this.hit / (this.total || 1)).toFixed(3)}  (${this.hit}/${this.total})`; }
}

const key = ([a, b]: Span): string => `${a}:${b}`;
const norm = (s: string | null): string => (s === null ? '' : canonicalKey(s));

function scoreOne(gold: Gold, pred: Entities, s: Scores): void {
  const spans = <T>(xs: T[], pick: (x: T) => Span[]): Set<string> => new Set(xs.flatMap((x) => pick(x).map(key)));
  const predSpans = (ps: Entities['persons']) => spans(ps, (p) => p.mentions.map((m) => [m.start, m.end] as Span));
  s.officials.add(spans(gold.persons.filter((p) => p.official), (p) => p.mentions), predSpans(pred.persons.filter((p) => p.official)));
  s.persons.add(spans(gold.persons, (p) => p.mentions), predSpans(pred.persons));
  s.documents.add(spans(gold.documents, (d) => d.mentions), spans(pred.documents, (d) => d.mentions.map((m) => [m.start, m.end] as Span)));
  for (const g of gold.persons) {
    const p = pred.persons.find((x) => x.mentions.some((m) => g.mentions.some(([a, b]) => a === m.start && b === m.end)));
    const have = new Set((p?.titles ?? []).map(norm));
    for (const t of g.titles) s.titles.add(have.has(norm(t)));
  }
  for (const g of gold.documents) {
    const d = pred.documents.find((x) => x.mentions.some((m) => g.mentions.some(([a, b]) => a === m.start && b === m.end)));
    if (!d) continue;
    s.symbol.add(norm(d.symbol) === norm(g.symbol));
    s.date.add(d.date === g.date);
    s.issuer.add(norm(d.issuer) === norm(g.issuer));
  }
}

interface Scores { officials: Counts; persons: Counts; documents: Counts; titles: Ratio; symbol: Ratio; date: Ratio; issuer: Ratio }

function report(name: string, items: { gold: Gold; text: string }[]): void {
  const s: Scores = { officials: new Counts(), persons: new Counts(), documents: new Counts(), titles: new Ratio(), symbol: new Ratio(), date: new Ratio(), issuer: new Ratio() };
  for (const { gold, text } of items) scoreOne(gold, recognise(text), s);
  console.log(`\n${name}: ${items.length} texts`);
  console.log(s.officials.line('officials'));
  console.log(s.persons.line('all persons'));
  console.log(s.documents.line('documents'));
  console.log(s.titles.line('title recall'));
  console.log(s.symbol.line('symbol acc'));
  console.log(s.date.line('date acc'));
  console.log(s.issuer.line('issuer acc'));
}

const readJsonl = (file: string): Gold[] =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold) : [];

/** Scores both dev sets; the VNTC set is skipped without the corpora. */
export async function run(corpora: string): Promise<void> {
  const own = readJsonl(path.join(FIXTURES, 'dev-own.jsonl'));
  report('dev-own (hand-written)', own.map((gold) => ({ gold, text: gold.text ?? '' })));
  const vntcFile = path.join(corpora, 'vntc-politics', 'train.jsonl');
  if (!existsSync(vntcFile)) return console.log('\ndev-vntc: corpus absent, skipped.');
  const texts = new Map(readJsonl(vntcFile).map((g) => [g.id, g.text ?? '']));
  const vntc = readJsonl(path.join(FIXTURES, 'dev-vntc.jsonl')).filter((g) => texts.has(g.id));
  report('dev-vntc (real texts, labels only)', vntc.map((gold) => ({ gold, text: texts.get(gold.id)! })));
}
