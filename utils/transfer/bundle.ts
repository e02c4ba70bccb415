/**
 * The backup file: every saved article, annotation and (optionally) the settings, stamped with a
 * format name and the archive schema version so an import can refuse foreign files and migrate old
 * ones (obsidian-clipper's import-export.ts does the same).
 */
import type { Annotation } from '../annotate/types';
import { DB_VERSION, type StoredArticle } from '../archive/schema';
import type { Settings } from '../ext/settings';

/** The value of `format` in every Close Reader backup. */
export const BUNDLE_FORMAT = 'close-reader-archive';

/** A whole-archive backup, as written to a .json file. */
export interface ArchiveBundle {
  format: typeof BUNDLE_FORMAT;
  /** The archive schema version (DB_VERSION) the rows are shaped for. */
  schemaVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  articles: StoredArticle[];
  annotations: Annotation[];
  /** The user's settings, or null when the backup leaves them out. */
  settings: Partial<Settings> | null;
}

/** What an export reads from the archive. */
export interface BundleContents {
  articles: StoredArticle[];
  annotations: Annotation[];
  settings?: Partial<Settings> | null;
}

/** Builds a backup of the given rows at the current schema version. */
export function exportBundle(data: BundleContents, now: Date | number): ArchiveBundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: DB_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: data.articles,
    annotations: data.annotations,
    settings: data.settings ?? null,
  };
}

/** The backup as pretty-printed JSON, ending with a newline. */
export function serializeBundle(bundle: ArchiveBundle): string {
  // Pretty, not compact: a backup should be diffable and repairable by hand if it ever goes wrong.
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
