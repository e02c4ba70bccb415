/**
 * Gazetteer files (assets/gazetteers/*.vi.json): a JSON array, one entry per line, sorted by
 * Vietnamese collation. An entry is a string, or an array [canonical, ...aliases or fields].
 * JSON rather than .txt because `import … with {type:'json'}` works unchanged in Vite (the WXT
 * build), vitest and tsx, whereas `?raw` text imports fail under tsx/Node.
 */
import { normalize } from './normalize.ts';
import { tokenize } from './tokenize.ts';
import type { Token } from './types.ts';
import { claimTrieBit, internKey, markFirst } from './vocab.ts';

/** One gazetteer line: the canonical form first, then aliases or extra fields. */
export type GazetteerEntry = readonly [string, ...string[]];

/** Validates the parsed JSON of a gazetteer file; throws on a malformed file (a programmer error). */
export function parseGazetteer(json: unknown, name = 'gazetteer'): GazetteerEntry[] {
  if (!Array.isArray(json)) throw new Error(`${name}: not an array`);
  return json.map((e: unknown, i) => {
    if (typeof e === 'string') return [e] as const;
    if (Array.isArray(e) && e.length > 0 && e.every((s) => typeof s === 'string')) return e as unknown as GazetteerEntry;
    throw new Error(`${name}: entry ${i} is neither a string nor an array of strings`);
  });
}

/** Formats entries back into the file layout; `formatGazetteer(parse(file)) === file`. */
export function formatGazetteer(entries: readonly GazetteerEntry[]): string {
  const line = (e: GazetteerEntry): string =>
    e.length === 1 ? JSON.stringify(e[0]) : `[${e.map((s) => JSON.stringify(s)).join(', ')}]`;
  return `[\n${entries.map((e) => `  ${line(e)}`).join(',\n')}\n]\n`;
}

/** Token keys of a gazetteer phrase, tokenised exactly like the text it is matched against. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(normalize(phrase).text).map((t) => t.key);
}

interface TrieNode<V> {
  /** Children by token-key id (vocab.ts). */
  next: Map<number, TrieNode<V>>;
  value?: V;
}

/** A match of a trie entry over tokens [start, end). */
export interface TrieMatch<V> {
  end: number;
  value: V;
}

/** A trie over token keys (uBO's hntrie idea at syllable granularity): longest match in O(length). */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  /** This trie's bit in the vocabulary's first-key masks (0: no bit left, always walk). */
  readonly bit = claimTrieBit();

  /** Adds `phrase`, keeping the first value when the same phrase is added twice. */
  add(phrase: string, value: V): void {
    let node = this.root;
    for (const key of phraseKeys(phrase)) {
      const id = internKey(key);
      if (node === this.root) markFirst(id, this.bit);
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** True when some entry may start at token `i` (one typed-array read: most tokens fail here). */
  private mayStart(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    return t !== undefined && t.id >= 0 && (this.bit === 0 || (t.mask & this.bit) !== 0);
  }

  /** Longest entry starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number): TrieMatch<V> | null {
    if (!this.mayStart(tokens, i)) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let j = i; j < tokens.length; j++) {
      const id = tokens[j]!.id;
      if (id < 0 || !(node = node.next.get(id))) break;
      if (node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  /** Every entry starting at token `i`, longest first. */
  matchAll(tokens: readonly Token[], i: number): TrieMatch<V>[] {
    if (!this.mayStart(tokens, i)) return [];
    const out: TrieMatch<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let j = i; j < tokens.length; j++) {
      const id = tokens[j]!.id;
      if (id < 0 || !(node = node.next.get(id))) break;
      if (node.value !== undefined) out.unshift({ end: j + 1, value: node.value });
    }
    return out;
  }
}

/** Builds a trie from entries; every alias maps to its entry's canonical form. */
export function compileTrie(entries: readonly GazetteerEntry[], withAliases = true): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const e of entries) for (const phrase of withAliases ? e : e.slice(0, 1)) trie.add(phrase, e[0]);
  return trie;
}
