/**
 * `npm run bench -- ner`: recogniser throughput over every VNTC politics text (train.jsonl).
 * MB/s counts UTF-8 bytes of input (what "MB/s on the texts" means; Vietnamese is ~1.4 bytes per
 * character), chars/s counts UTF-16 code units. The first call compiles the gazetteers and is timed
 * apart; then two warm-up passes let V8 optimise before the timed runs. Target ≥ 20 MB/s median.
 * MB/s swings with machine load (2× on a busy 2-core box), so each run also times a trivial
 * baseline over the same texts in the same process, right after it: NFC + split on whitespace. The
 * median ratio to it ("N× the cost of NFC+split") is comparable across load; the load average is
 * printed with the figures.
 * Usage: npm run bench -- ner [--runs=N]   (N ≥ 7, default 9)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { recognise } from '../../utils/ner/recognise.ts';
import { median } from '../lib/timing.ts';

const TARGET_MBS = 20;
const WARMUP = 2;

function loadTexts(corpora: string): string[] {
  const file = path.join(corpora, 'vntc-politics', 'train.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}

function timePass(texts: readonly string[], f: (text: string) => unknown): number {
  const start = performance.now();
  for (const t of texts) f(t);
  return (performance.now() - start) / 1000;
}

// The cheapest pass over the same text that any recogniser must beat: compose, then split.
let sink = 0;
const baseline = (text: string): void => {
  sink += text.normalize('NFC').split(/\s+/).length;
};


/** Runs the throughput benchmark; prints a skip line without the corpora. */
export async function run(corpora: string | null): Promise<void> {
  if (!corpora) {
    console.log('ner: ../shared/corpora absent, skipping throughput.');
    return;
  }
  const texts = loadTexts(corpora);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const t0 = performance.now();
  recognise('Đồng chí Tô Lâm, Tổng Bí thư.');
  console.log(`ner: first call (compiles gazetteers) ${(performance.now() - t0).toFixed(1)} ms`);
  for (let w = 0; w < WARMUP; w++) {
    timePass(texts, recognise);
    timePass(texts, baseline);
  }
  const runs = Math.max(7, Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 9));
  const secs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs; r++) {
    secs.push(timePass(texts, recognise));
    ratios.push(secs[r]! / timePass(texts, baseline));
  }
  const mbs = (s: number): number => bytes / 1e6 / s;
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`ner: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB UTF-8 = ${(chars / 1e6).toFixed(2)} M chars (${(bytes / chars).toFixed(2)} B/char); ${runs} runs after ${WARMUP} warm-up; load ${load}`);
  console.log(`ner: median ${mbs(median(secs)).toFixed(1)} MB/s = ${(chars / 1e6 / median(secs)).toFixed(1)} M chars/s; best ${mbs(Math.min(...secs)).toFixed(1)} MB/s, worst ${mbs(Math.max(...secs)).toFixed(1)} MB/s`);
  console.log(`ner: ${median(ratios).toFixed(2)}× the cost of NFC+split (median of per-run ratios; best ${Math.min(...ratios).toFixed(2)}×; baseline saw ${sink} words)`);
  console.log(`ner: ${mbs(median(secs)) >= TARGET_MBS ? 'OK' : 'BELOW TARGET'} (target ≥ ${TARGET_MBS} MB/s UTF-8, median)`);
}
