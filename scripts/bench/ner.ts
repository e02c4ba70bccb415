/**
 * `npm run bench -- ner`: recogniser throughput over every VNTC politics text (train.jsonl).
 * MB/s counts UTF-8 bytes of input (what "MB/s on the texts" means; Vietnamese is ~1.4 bytes per
 * character), chars/s counts UTF-16 code units. The first call compiles the gazetteers and is timed
 * apart; then two warm-up passes let V8 optimise before the timed runs. Target ≥ 20 MB/s median.
 * Usage: npm run bench -- ner [--runs=N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recognise } from '../../utils/ner/recognise.ts';

const TARGET_MBS = 20;
const WARMUP = 2;

function loadTexts(corpora: string): string[] {
  const file = path.join(corpora, 'vntc-politics', 'train.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}

function timePass(texts: readonly string[]): number {
  const start = performance.now();
  for (const t of texts) recognise(t);
  return (performance.now() - start) / 1000;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
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
  for (let w = 0; w < WARMUP; w++) timePass(texts);
  const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 7);
  const secs = Array.from({ length: Math.max(5, runs) }, () => timePass(texts));
  const mbs = (s: number): number => bytes / 1e6 / s;
  console.log(`ner: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB UTF-8 = ${(chars / 1e6).toFixed(2)} M chars (${(bytes / chars).toFixed(2)} B/char); ${secs.length} runs after ${WARMUP} warm-up`);
  console.log(`ner: median ${mbs(median(secs)).toFixed(1)} MB/s = ${(chars / 1e6 / median(secs)).toFixed(1)} M chars/s; best ${mbs(Math.min(...secs)).toFixed(1)} MB/s, worst ${mbs(Math.max(...secs)).toFixed(1)} MB/s`);
  console.log(`ner: ${mbs(median(secs)) >= TARGET_MBS ? 'OK' : 'BELOW TARGET'} (target ≥ ${TARGET_MBS} MB/s UTF-8, median)`);
}
