/**
 * Interleaved timing for ratio benchmarks. These 2-core machines are noisy, so absolute times mean
 * little; we run candidate and baseline alternately in the same process, many rounds, and report the
 * ratio of medians (and of totals), which is stable to within a few percent run to run.
 */
export interface RatioResult {
  baselineMedianMs: number;
  candidateMedianMs: number;
  ratio: number;
}

/** The median of a sample (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The q-quantile of a sample by nearest rank (q = 0.95 → p95). */
export function quantile(xs: readonly number[], q: number): number {
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
}

/** Times `baseline` and `candidate` alternately for `rounds` rounds after `warmup` rounds. */
export function compare(baseline: () => unknown, candidate: () => unknown, rounds = 15, warmup = 3): RatioResult {
  for (let i = 0; i < warmup; i++) {
    baseline();
    candidate();
  }
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate the order so neither side always runs on a warm cache.
    const first = i % 2 === 0;
    if (first) b.push(time(baseline));
    c.push(time(candidate));
    if (!first) b.push(time(baseline));
  }
  const bm = median(b);
  const cm = median(c);
  return { baselineMedianMs: bm, candidateMedianMs: cm, ratio: cm / bm };
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Formats a ratio line: "label  candidate 1.23 ms  baseline 1.00 ms  ratio 1.23× (budget ≤ 1.5×) OK". */
export function formatRatio(label: string, r: RatioResult, budget?: number): string {
  const ok = budget === undefined ? '' : r.ratio <= budget ? `  (budget ≤ ${budget}×) OK` : `  (budget ≤ ${budget}×) OVER`;
  return `${label.padEnd(44)} candidate ${r.candidateMedianMs.toFixed(2)} ms  baseline ${r.baselineMedianMs.toFixed(2)} ms  ratio ${r.ratio.toFixed(2)}×${ok}`;
}
