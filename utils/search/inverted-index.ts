/**
 * A compact in-memory inverted index with BM25 scoring, written for this one job (see the figures
 * in search-index.ts for why not MiniSearch). Documents get dense numbers; each term keeps two
 * parallel arrays, doc numbers (ascending) and packed per-field term frequencies (8 bits a field),
 * so scoring a query is a loop over plain number arrays into one Float64Array.
 *
 * Removal tombstones the document number (ids[n] = null) and scoring skips it; compact() drops
 * the dead postings and renumbers, which serialisation does, so stored indexes carry no dirt.
 */
import { BOOSTS, decodePostings, encodePostings, lowerBound, NF, type DocTerms, type InvertedIndexData, type Postings, type TermAlt } from './postings.ts';

// BM25 constants, the usual values.
const K1 = 1.2;
const B = 0.7;
// matched[n] = number of groups document n matched so far, flagged while the current group runs.
const COUNT = 0x7fff;
const THIS_GROUP = 0x8000;
const PREFIX_WEIGHT = 0.5;

/** The inverted index. */
export class InvertedIndex {
  private ids: (string | null)[] = [];
  private readonly numbers = new Map<string, number>();
  private lengths: number[] = [];
  private readonly sums = new Float64Array(NF);
  private postings = new Map<string, Postings>();
  private sorted: string[] | null = null;

  /** Number of live documents (named as MiniSearch names it, which callers used first). */
  get documentCount(): number {
    return this.numbers.size;
  }

  /** True when a document with `id` is indexed. */
  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds document `id` with its packed term frequencies and per-field token counts. */
  add(id: string, terms: DocTerms, fieldLengths: readonly number[]): void {
    if (this.numbers.has(id)) this.remove(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, n);
    for (let f = 0; f < NF; f++) {
      this.lengths.push(fieldLengths[f] ?? 0);
      this.sums[f]! += fieldLengths[f] ?? 0;
    }
    for (const [term, packed] of terms) {
      let p = this.postings.get(term);
      if (!p) {
        this.postings.set(term, (p = { docs: [], tfs: [] }));
        this.sorted = null;
      }
      p.docs.push(n);
      p.tfs.push(packed);
    }
  }

  /** Removes document `id` (a tombstone until compact()); false when it was not indexed. */
  remove(id: string): boolean {
    const n = this.numbers.get(id);
    if (n === undefined) return false;
    this.numbers.delete(id);
    this.ids[n] = null;
    for (let f = 0; f < NF; f++) this.sums[f]! -= this.lengths[n * NF + f]!;
    return true;
  }

  /**
   * Scores the documents that match every group (a group matches when any alternative does),
   * best first. Prefix alternatives count at half weight: the whole word typed is a better hit.
   */
  search(groups: readonly (readonly TermAlt[])[]): { id: string; score: number }[] {
    const lists = groups.map((alts) => this.expand(alts)).sort((a, b) => count(a) - count(b));
    const scores = new Float64Array(this.ids.length);
    const matched = new Uint16Array(this.ids.length);
    lists.forEach((list, g) => {
      for (const [p, weight] of list) this.accumulate(p, weight, g, scores, matched);
    });
    const out: { id: string; score: number }[] = [];
    for (let n = 0; n < matched.length && lists.length; n++) {
      if ((matched[n]! & COUNT) === lists.length) out.push({ id: this.ids[n]!, score: scores[n]! });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private accumulate(p: Postings, weight: number, g: number, scores: Float64Array, matched: Uint16Array): void {
    const live = this.numbers.size || 1;
    const idf = Math.log(1 + (live - p.docs.length + 0.5) / (p.docs.length + 0.5));
    const avg = Array.from(this.sums, (s) => s / live || 1);
    for (let i = 0; i < p.docs.length; i++) {
      const n = p.docs[i]!;
      // Only live documents that matched every earlier (rarer) group are worth scoring; one
      // already counted for this group by another alternative (exact form) adds its score.
      const m = matched[n]!;
      if (((m & COUNT) !== g && m !== (THIS_GROUP | (g + 1))) || this.ids[n] === null) continue;
      const tfs = p.tfs[i]!;
      let s = 0;
      for (let f = 0; f < NF; f++) {
        const tf = (tfs >>> (8 * f)) & 255;
        if (tf) s += BOOSTS[f]! * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[n * NF + f]!) / avg[f]!)));
      }
      scores[n]! += weight * idf * s;
      matched[n] = THIS_GROUP | (g + 1);
    }
  }

  /** The postings each alternative reaches, with its weight: prefix alternatives expand. */
  private expand(alts: readonly TermAlt[]): [Postings, number][] {
    const out: [Postings, number][] = [];
    for (const { term, prefix } of alts) {
      const whole = this.postings.get(term);
      if (whole) out.push([whole, 1]);
      if (!prefix) continue;
      const terms = this.sortedTerms();
      for (let i = lowerBound(terms, term); i < terms.length && terms[i]!.startsWith(term); i++) {
        if (terms[i] !== term) out.push([this.postings.get(terms[i]!)!, PREFIX_WEIGHT]);
      }
    }
    return out;
  }

  private sortedTerms(): string[] {
    // Rebuilt only after new terms arrive; prefix search then binary-searches it.
    return (this.sorted ??= [...this.postings.keys()].sort());
  }

  /** Drops removed documents' postings and renumbers the live ones densely. */
  compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths: number[] = [];
    this.ids.forEach((id, n) => {
      if (id === null) return;
      renumber[n] = ids.length;
      ids.push(id);
      for (let f = 0; f < NF; f++) lengths.push(this.lengths[n * NF + f]!);
    });
    for (const [term, p] of this.postings) {
      const kept: Postings = { docs: [], tfs: [] };
      p.docs.forEach((n, i) => {
        if (renumber[n]! >= 0) kept.docs.push(renumber[n]!), kept.tfs.push(p.tfs[i]!);
      });
      if (kept.docs.length) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.ids = ids;
    this.lengths = lengths;
    ids.forEach((id, n) => this.numbers.set(id, n));
    this.sorted = null;
  }

  /** Compacts, then returns the plain-data form (doc numbers delta-coded: small JSON). */
  toData(): InvertedIndexData {
    this.compact();
    const terms: [string, number[]][] = [];
    for (const [term, p] of this.postings) terms.push([term, encodePostings(p)]);
    return { ids: this.ids as string[], lengths: this.lengths, terms };
  }

  /** Rebuilds an index from toData() output. */
  static fromData(data: InvertedIndexData): InvertedIndex {
    const index = new InvertedIndex();
    index.ids = [...data.ids];
    index.lengths = [...data.lengths];
    data.ids.forEach((id, n) => index.numbers.set(id, n));
    data.lengths.forEach((len, i) => (index.sums[i % NF]! += len));
    for (const [term, flat] of data.terms) index.postings.set(term, decodePostings(flat));
    return index;
  }
}

function count(list: readonly [Postings, number][]): number {
  return list.reduce((s, [p]) => s + p.docs.length, 0);
}
