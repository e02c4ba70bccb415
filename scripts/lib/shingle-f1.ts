/**
 * The article-extraction-benchmark score, re-implemented from ../shared/tools/shingle_f1.py so the
 * eval can print it in-process: text → `\w+` tokens → multiset of 4-token shingles; per page
 * TP/FP/FN are normalised to sum to 1; precision and recall are averaged over pages; F1 is the
 * harmonic mean of the two averages (not the mean of per-page F1).
 */

/** Normalised true-positive / false-positive / false-negative shares of one page. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

// Python's `\w` on str = Unicode letters, digits/numerics and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // Like the reference, a text of fewer than n tokens yields one short shingle (or none when empty).
  const count = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < count; i++) {
    const sh = toks.slice(i, i + n);
    if (!sh.length) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Scores one page's predicted text against its ground truth. */
export function scorePage(truth: string, predicted: string): PageScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/** Page precision, with the reference's conventions for empty sides. */
export function precision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

/** Page recall, with the reference's conventions for empty sides. */
export function recall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

/** Macro P and R over pages (pages with nothing to average are skipped, as in the reference) and F1. */
export function aggregate(rows: PageScore[]): { p: number; r: number; f1: number } {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const p = mean(rows.filter((r) => r.tp + r.fp > 0).map(precision));
  const r = mean(rows.filter((x) => x.tp + x.fn > 0).map(recall));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
