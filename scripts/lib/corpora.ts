import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where ../shared/corpora lives (override with CORPORA_DIR); null when it is absent. */
export function findCorpora(): string | null {
  const dir = process.env.CORPORA_DIR ?? path.resolve(import.meta.dirname, '../../../shared/corpora');
  return existsSync(dir) ? dir : null;
}

/** Where ../shared lives; null when absent. */
export function findShared(): string | null {
  const dir = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
  return existsSync(dir) ? dir : null;
}
