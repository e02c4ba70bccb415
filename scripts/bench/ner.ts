/**
 * `npm run bench -- ner`: recogniser throughput in MB/s (UTF-16 code units counted as bytes of
 * text, i.e. characters) over every VNTC politics text. Target ≥ 20 MB/s. The first call, which
 * compiles the gazetteers, is timed separately.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recognise } from '../../utils/ner/recognise.ts';

function loadTexts(corpora: string): string[] {
  const file = path.join(corpora, 'vntc-politics', 'train.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Runs the throughput benchmark; prints a skip line without the corpora. */
export async function run(corpora: string | null): Promise<void> {
  if (!corpora) {
    console.log('ner: ../shared/corpora absent, skipping throughput.');
    return;
  }
  const texts = loadTexts(corpora);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  recognise('Đồng chí Tô Lâm, Tổng Bí thư.');
  console.log(`ner: first call (compiles gazetteers) ${(performance.now() - t0).toFixed(1)} ms`);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const t of texts) recognise(t);
    runs.push(performance.now() - start);
  }
  const best = Math.min(...runs);
  const median = [...runs].sort((a, b) => a - b)[2]!;
  const mb = chars / 1e6;
  console.log(`ner: ${texts.length} texts, ${mb.toFixed(2)} M chars; median ${(mb / (median / 1000)).toFixed(1)} MB/s, best ${(mb / (best / 1000)).toFixed(1)} MB/s (target ≥ 20)`);
}
