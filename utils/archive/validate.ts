/**
 * Validators for articles arriving at a trust boundary (messages, and later imports): the shape is
 * checked field by field and a clear error names the first bad field. HTML is not trusted here
 * either; the reader sanitizes it again before rendering.
 */
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
