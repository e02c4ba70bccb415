/**
 * The token-key vocabulary shared by every gazetteer trie. Each distinct key of a gazetteer phrase
 * gets a small integer id when the tries are compiled; tokenize() looks each text token up once,
 * so trie walks compare integers instead of hashing a string per trie per token, and a token whose
 * key is in no gazetteer (id -1, most syllables) fails every trie at once.
 */
const ids = new Map<string, number>();
// Bumped on every change to ids or masks, so caches of them (key-cache.ts) know to reset.
let version = 0;

/** The id of `key`, assigning a new one if the key is new (gazetteer compilation only). */
export function internKey(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    ids.set(key, (id = ids.size));
    version++;
  }
  return id;
}

/** The id of `key`, or -1 when no gazetteer phrase contains it. */
export function keyId(key: string): number {
  return ids.get(key) ?? -1;
}

/** Changes whenever an id or a first-key mask changes (only while gazetteers compile). */
export function vocabVersion(): number {
  return version;
}

// Per key id, one bit per trie whose entries may start with that key. A trie asks this before
// walking, so a common word ("của", "tỉnh") costs one array read per trie, not a Map lookup.
let masks = new Int32Array(1024);
let nextBit = 0;

/** A fresh trie bit, or 0 once all 32 are taken (such a trie then always walks). */
export function claimTrieBit(): number {
  return nextBit < 32 ? 1 << nextBit++ : 0;
}

/** Records that some entry of the trie with `bit` starts with key `id`. */
export function markFirst(id: number, bit: number): void {
  if (id >= masks.length) {
    const grown = new Int32Array(Math.max(id + 1, masks.length * 2));
    grown.set(masks);
    masks = grown;
  }
  if ((masks[id]! & bit) === bit) return;
  masks[id]! |= bit;
  version++;
}

/** The trie bits whose entries may start with key `id`. */
export function firstMask(id: number): number {
  return id < masks.length ? masks[id]! : 0;
}
