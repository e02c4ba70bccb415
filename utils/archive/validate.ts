/**
 * Validators for articles arriving at a trust boundary (messages, and later imports): the shape is
 * checked field by field and a clear error names the first bad field. HTML is not trusted here
 * either; the reader sanitizes it again before rendering.
 */
import { COLOURS, type Annotation } from '../annotate/types';
import type { ExtractedArticle } from '../extract/types';
import type { StoredArticle } from './schema';

const STRING_FIELDS = ['url', 'canonicalUrl', 'title', 'lang', 'html', 'text'] as const;
const NULLABLE_STRING_FIELDS = ['section', 'byline', 'publishedAt', 'siteName', 'lead', 'excerpt'] as const;

function fail(field: string): never {
  throw new Error(`invalid article: ${field}`);
}

/** Returns the value as an ExtractedArticle, or throws naming the bad field. */
export function validateExtractedArticle(x: unknown): ExtractedArticle {
  if (typeof x !== 'object' || x === null) fail('not an object');
  const a = x as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (typeof a[f] !== 'string') fail(f);
  for (const f of NULLABLE_STRING_FIELDS) if (a[f] !== null && typeof a[f] !== 'string') fail(f);
  if (!/^https?:\/\//i.test(a.url as string)) fail('url');
  if (typeof a.wordCount !== 'number' || !Number.isFinite(a.wordCount)) fail('wordCount');
  if (!Array.isArray(a.images)) fail('images');
  for (const img of a.images as unknown[]) {
    const i = img as Record<string, unknown>;
    if (typeof i !== 'object' || i === null || typeof i.src !== 'string' || typeof i.alt !== 'string' || typeof i.caption !== 'string')
      fail('images[]');
  }
  return a as unknown as ExtractedArticle;
}

/** Returns the value as a StoredArticle, or throws naming the bad field. */
export function validateStoredArticle(x: unknown): StoredArticle {
  const a = validateExtractedArticle(x) as unknown as Record<string, unknown>;
  for (const f of ['id', 'urlKey', 'site'] as const) if (typeof a[f] !== 'string' || (f !== 'site' && !a[f])) fail(f);
  if (typeof a.savedAt !== 'number') fail('savedAt');
  return a as unknown as StoredArticle;
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

/** Returns the value as an Annotation, or throws naming the bad field. */
export function validateAnnotation(x: unknown): Annotation {
  if (typeof x !== 'object' || x === null) fail('annotation: not an object');
  const a = x as Record<string, unknown>;
  for (const f of ['id', 'articleId', 'note', 'created', 'modified'] as const) if (typeof a[f] !== 'string') fail(`annotation.${f}`);
  if (!ISO.test(a.created as string) || !ISO.test(a.modified as string)) fail('annotation.created');
  if (a.motivation !== 'highlighting' && a.motivation !== 'commenting') fail('annotation.motivation');
  if (a.colour !== null && !(COLOURS as readonly unknown[]).includes(a.colour)) fail('annotation.colour');
  if (!Array.isArray(a.tags) || a.tags.some((t) => typeof t !== 'string')) fail('annotation.tags');
  const target = a.target as { source?: unknown; selector?: unknown } | null;
  if (typeof target !== 'object' || target === null || typeof target.source !== 'string' || !Array.isArray(target.selector))
    fail('annotation.target');
  validateSelectors(target.selector as unknown[], a.motivation);
  return a as unknown as Annotation;
}

function validateSelectors(sel: unknown[], motivation: unknown): void {
  if (motivation === 'commenting' && sel.length === 0) return;
  const [pos, quote] = sel as [Record<string, unknown> | undefined, Record<string, unknown> | undefined];
  if (sel.length !== 2 || pos?.type !== 'TextPositionSelector' || quote?.type !== 'TextQuoteSelector') fail('annotation.target.selector');
  const { start, end } = pos as { start: unknown; end: unknown };
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number))
    fail('annotation.target.selector.position');
  for (const f of ['exact', 'prefix', 'suffix']) if (typeof quote[f] !== 'string') fail(`annotation.target.selector.${f}`);
}
