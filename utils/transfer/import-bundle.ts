/**
 * Reading a backup file. parseBundle checks the file as a whole (JSON, format, version) and migrates
 * old backups; it does not judge single rows. planImport (plan-import.ts) then validates each row
 * and works out what to write. A whole-file problem is an error and the caller changes nothing; a
 * bad row is reported and skipped.
 */
import { COLOURS } from '../annotate/types';
import { DB_VERSION } from '../archive/schema';
import type { Settings } from '../ext/settings';
import { err, ok, type Result } from '../result';
import { BUNDLE_FORMAT, type ArchiveBundle } from './bundle';
import { migrateRows } from './bundle-migrations';

export { planImport, type ImportPlan, type ImportReport, type RejectedRow } from './plan-import';

/** A backup that passed the whole-file checks and was migrated; its rows are not validated yet. */
export interface UncheckedBundle extends Omit<ArchiveBundle, 'articles' | 'annotations'> {
  articles: unknown[];
  annotations: unknown[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parses and migrates a backup file; the error says in a few words why the file cannot be used. */
export function parseBundle(text: string): Result<UncheckedBundle> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('not JSON (the file may be truncated)');
  }
  if (!isRecord(json)) return err('not a Close Reader backup (not a JSON object)');
  if (json.format !== BUNDLE_FORMAT)
    return err(`not a Close Reader backup (format is ${json.format === undefined ? 'missing' : JSON.stringify(json.format)})`);
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err('the schema version is missing or invalid');
  if (version > DB_VERSION) return err(`schema version ${version} is newer than this version of Close Reader (${DB_VERSION})`);
  if (!Array.isArray(json.articles)) return err('the backup has no list of articles');
  // Backups before v3 have no annotations at all; from v3 on a missing list means a damaged file.
  if (version >= 3 && !Array.isArray(json.annotations)) return err('the backup has no list of annotations');
  const annotations = Array.isArray(json.annotations) ? (json.annotations as unknown[]) : [];
  const rows = migrateRows({ articles: json.articles as unknown[], annotations }, version, DB_VERSION);
  return ok({
    format: BUNDLE_FORMAT,
    schemaVersion: DB_VERSION,
    exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '',
    ...rows,
    settings: pickSettings(json.settings),
  });
}

type Check = (v: unknown) => boolean;
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const isColour = (k: string): boolean => (COLOURS as readonly string[]).includes(k);
// A mapped type over Settings: adding a setting without a check here is a compile error.
const SETTING_CHECKS: { [K in keyof Settings]: Check } = {
  lang: oneOf('auto', 'vi', 'en'),
  theme: oneOf('light', 'sepia', 'dark'),
  fontSize: (v) => typeof v === 'number' && v >= 8 && v <= 48,
  width: oneOf('narrow', 'normal', 'wide'),
  showPrompt: (v) => typeof v === 'boolean',
  sites: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  runEverywhere: (v) => typeof v === 'boolean',
  colourLabels: (v) => isRecord(v) && Object.entries(v).every(([k, l]) => isColour(k) && typeof l === 'string'),
  knownTags: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
};

/** Keeps only the known settings with valid values: a damaged setting is dropped, never applied. */
function pickSettings(raw: unknown): Partial<Settings> | null {
  if (!isRecord(raw)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(SETTING_CHECKS)) if (key in raw && check(raw[key])) out[key] = raw[key];
  return out as Partial<Settings>;
}
