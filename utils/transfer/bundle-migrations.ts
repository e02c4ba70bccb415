/**
 * Upgrades the rows of an old backup to the current schema, one named step per version, mirroring
 * utils/archive/migrations.ts: bundleMigrations[v] takes a v bundle to v + 1. Steps work on
 * unvalidated rows (a bad row is left as it is for planImport to reject with a reason), and never
 * mutate their input.
 */

/** A backup's rows before validation, at some schema version. */
export interface RawRows {
  articles: unknown[];
  annotations: unknown[];
}

/** One upgrade step on the rows of a backup. */
export type BundleMigration = (rows: RawRows) => RawRows;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** v1 → v2: the database gained the entity index, which is derived and never exported; rows are unchanged. */
function v1ToV2(rows: RawRows): RawRows {
  return rows;
}

/** v2 → v3: articles gain `tags` (empty), and annotations appear (a v2 backup has none). */
function v2ToV3(rows: RawRows): RawRows {
  const articles = rows.articles.map((a) => (isRecord(a) && !('tags' in a) ? { ...a, tags: [] } : a));
  return { articles, annotations: rows.annotations };
}

/** Ordered upgrade steps; index = version upgraded from (index 0 is unused: there is no v0 backup). */
export const bundleMigrations: (BundleMigration | undefined)[] = [undefined, v1ToV2, v2ToV3];

/** Runs every step from `from` up to `to`. */
export function migrateRows(rows: RawRows, from: number, to: number): RawRows {
  let out = rows;
  for (let v = from; v < to; v++) {
    const step = bundleMigrations[v];
    // A missing step is a programmer error (DB_VERSION bumped without a bundle step), not bad input.
    if (!step) throw new Error(`no bundle migration from schema version ${v}`);
    out = step(out);
  }
  return out;
}
