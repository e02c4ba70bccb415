/**
 * `npm run eval -- ner [--errors]`: scores the recogniser against the hand-labelled sets in
 * tests/fixtures/ner/, one column each: dev-own.jsonl (text + labels, written for this project),
 * dev-vntc.jsonl (labels only; texts read from ../shared/corpora/vntc-politics, never stored here)
 * and check-vntc.jsonl (held-out VNTC texts, scored the same way but never tuned on).
 * Exact-span P/R/F1 per mention for officials, all persons and documents; title recall over gold
 * persons; field accuracy (symbol, date, issuer) over matched documents. `--errors` lists every
 * miss of the two tuning sets (dev-own, dev-vntc), so fixes can target general causes.
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
interface Item { gold: Gold; text: string }

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/ner');

class Counts {
  tp = 0; fp = 0; fn = 0;
  add(gold: Set<string>, pred: Set<string>, errors: string[], label: string, text: string): void {
    const show = (k: string): string => { const [a, b] = k.split(':').map(Number); return `"${text.slice(a, b)}" …${text.slice(Math.max(0, a! - 40), b! + 30).replace(/\s+/g, ' ')}…`; };
    for (const g of gold) if (pred.has(g)) this.tp++; else { this.fn++; errors.push(`  FN ${label}: ${show(g)}`); }
    for (const p of pred) if (!gold.has(p)) { this.fp++; errors.push(`  FP ${label}: ${show(p)}`); }
  }
  f1(): number {
    const p = this.tp / (this.tp + this.fp || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    return (2 * p * r) / (p + r || 1);
  }
  cell(): string {
    const p = this.tp / (this.tp + this.fp || 1);
    return `F1 ${this.f1().toFixed(3)} P ${p.toFixed(3)} (${this.tp}/${this.fp}/${this.fn})`;
  }
}

class Ratio {
  hit = 0; total = 0;
  add(ok: boolean): void { this.total++; if (ok) this.hit++; }
  cell(): string { return `${(this.hit / (this.total || 1)).toFixed(3)} (${this.hit}/${this.total})`; }
}

interface Scores { officials: Counts; persons: Counts; documents: Counts; titles: Ratio; symbol: Ratio; date: Ratio; issuer: Ratio; errors: string[] }

const key = ([a, b]: Span): string => `${a}:${b}`;
const norm = (s: string | null): string => (s === null ? '' : canonicalKey(s));
const spans = <T>(xs: T[], pick: (x: T) => Span[]): Set<string> => new Set(xs.flatMap((x) => pick(x).map(key)));
const predSpans = (xs: { mentions: { start: number; end: number }[] }[]): Set<string> => spans(xs, (p) => p.mentions.map((m) => [m.start, m.end] as Span));
const sameSpan = (m: { start: number; end: number }, spans: Span[]): boolean => spans.some(([a, b]) => a === m.start && b === m.end);

function scoreFields(gold: Gold, pred: Entities, s: Scores): void {
  for (const g of gold.persons) {
    const p = pred.persons.find((x) => x.mentions.some((m) => sameSpan(m, g.mentions)));
    const have = new Set((p?.titles ?? []).map(norm));
    for (const t of g.titles) {
      s.titles.add(have.has(norm(t)));
      if (!have.has(norm(t))) s.errors.push(`  title miss: ${g.name} | want "${t}" | got ${JSON.stringify(p?.titles ?? null)}`);
    }
  }
  for (const g of gold.documents) {
    const d = pred.documents.find((x) => x.mentions.some((m) => sameSpan(m, g.mentions)));
    if (!d) continue;
    const fields: [Ratio, string | null, string | null, string][] = [[s.symbol, d.symbol, g.symbol, 'symbol'], [s.date, d.date, g.date, 'date'], [s.issuer, d.issuer, g.issuer, 'issuer']];
    for (const [ratio, got, want, label] of fields) {
      ratio.add(norm(got) === norm(want));
      if (norm(got) !== norm(want)) s.errors.push(`  ${label} miss: ${g.type} ${g.number} | want ${want} | got ${got}`);
    }
  }
}

function scoreOne({ gold, text }: Item, s: Scores): void {
  const pred = recognise(text);
  const before = s.errors.length;
  s.officials.add(spans(gold.persons.filter((p) => p.official), (p) => p.mentions), predSpans(pred.persons.filter((p) => p.official)), s.errors, 'official', text);
  s.persons.add(spans(gold.persons, (p) => p.mentions), predSpans(pred.persons), s.errors, 'person', text);
  s.documents.add(spans(gold.documents, (d) => d.mentions), predSpans(pred.documents), s.errors, 'document', text);
  scoreFields(gold, pred, s);
  if (s.errors.length > before) s.errors.splice(before, 0, `# ${gold.id}`);
}

function score(items: Item[]): Scores {
  const s: Scores = { officials: new Counts(), persons: new Counts(), documents: new Counts(), titles: new Ratio(), symbol: new Ratio(), date: new Ratio(), issuer: new Ratio(), errors: [] };
  for (const item of items) scoreOne(item, s);
  return s;
}

function table(sets: { name: string; items: Item[]; s: Scores }[]): void {
  const rows: [string, (s: Scores) => string][] = [
    ['officials', (s) => s.officials.cell()], ['all persons', (s) => s.persons.cell()], ['documents', (s) => s.documents.cell()],
    ['title recall', (s) => s.titles.cell()], ['symbol acc', (s) => s.symbol.cell()], ['date acc', (s) => s.date.cell()], ['issuer acc', (s) => s.issuer.cell()],
  ];
  const w = 34;
  console.log(`\n${''.padEnd(14)}${sets.map((x) => `${x.name} (${x.items.length} texts)`.padEnd(w)).join('')}`);
  for (const [label, cell] of rows) console.log(`${label.padEnd(14)}${sets.map((x) => cell(x.s).padEnd(w)).join('')}`);
  console.log('(counts are tp/fp/fn; check-vntc is held out: confirm with it, never tune on it)');
}

const readJsonl = (file: string): Gold[] =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold) : [];

/** Scores the three sets side by side; the VNTC sets are skipped without the corpora. */
export async function run(corpora: string): Promise<void> {
  const sets = [{ name: 'dev-own', items: readJsonl(path.join(FIXTURES, 'dev-own.jsonl')).map((gold) => ({ gold, text: gold.text ?? '' })) }];
  const vntcFile = path.join(corpora, 'vntc-politics', 'train.jsonl');
  if (existsSync(vntcFile)) {
    const texts = new Map(readJsonl(vntcFile).map((g) => [g.id, g.text ?? '']));
    const load = (name: string): Item[] => readJsonl(path.join(FIXTURES, `${name}.jsonl`)).filter((g) => texts.has(g.id)).map((gold) => ({ gold, text: texts.get(gold.id)! }));
    sets.push({ name: 'dev-vntc', items: load('dev-vntc') }, { name: 'check-vntc', items: load('check-vntc') });
  } else console.log('ner: VNTC corpus absent, dev-vntc and check-vntc skipped.');
  const scored = sets.map((x) => ({ ...x, s: score(x.items) }));
  table(scored);
  if (!process.argv.includes('--errors')) return;
  for (const x of scored.filter((x) => x.name !== 'check-vntc')) console.log(`\nerrors in ${x.name}:\n${x.s.errors.join('\n')}`);
}
