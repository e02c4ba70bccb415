/**
 * extractArticle(doc, url): the reader-view article of a page. Pipeline:
 * limits → clone → site rule + generic boilerplate cleaning (on the clone) → Readability (on the
 * clone) → metadata (read-only, from the live doc) → lead / signature / repeated title taken out of
 * the body → text, images → sanitize. The live page is never mutated (extract-article.test.ts).
 */
import { Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { err, ok, type Result } from '../result.ts';
import { cleanBoilerplate } from './boilerplate.ts';
import { collectImages, toParagraphs } from './body-text.ts';
import { dropHeaderLines, takeLead, takeSignature } from './body-parts.ts';
import { checkLimits, DEFAULT_LIMITS, type ExtractLimits } from './guard.ts';
import { readMetadata, type ReadabilityMeta } from './metadata.ts';
import { sanitize } from './sanitize.ts';
import { findSiteRule } from './site-rules.ts';
import { countWords, normalizeSpace } from './text-utils.ts';
import type { ExtractedArticle } from './types.ts';

/** Options for extractArticle. */
export interface ExtractOptions {
  /** Window for DOMPurify when doc has no defaultView (DOMParser documents); defaults to doc's, then globalThis.window. */
  window?: WindowLike;
  /** Size limits; see guard.ts. */
  limits?: Partial<ExtractLimits>;
}

const EXCERPT_MAX = 300;

function excerptOf(lead: string | null, paragraphs: string[]): string | null {
  const src = lead ?? paragraphs.find((p) => p.length >= 40) ?? paragraphs[0];
  if (!src) return null;
  if (src.length <= EXCERPT_MAX) return src;
  const cut = src.slice(0, EXCERPT_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_MAX - 40))}…`;
}

function runReadability(clone: Document, maxElements: number): Result<{ root: Element; meta: ReadabilityMeta }> {
  try {
    // Identity serializer: we need the element (for text, images, sanitize), not its HTML string.
    const parsed = new Readability<Element>(clone, { serializer: (n) => n as Element, maxElemsToParse: maxElements }).parse();
    if (!parsed?.content) return err('not readable: Readability found no article');
    // Readability's own metadata is the last fallback of each field.
    return ok({ root: parsed.content, meta: parsed });
  } catch (e) {
    return err(`not readable: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Like extractArticle, but says why when there is no article. */
export function tryExtractArticle(doc: Document, url: string, options: ExtractOptions = {}): Result<ExtractedArticle> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const refused = checkLimits(doc, limits);
  if (refused) return err(refused);
  const rule = findSiteRule(url);
  // Run on a clone: Readability and our cleaning mutate their input.
  const clone = doc.cloneNode(true) as Document;
  cleanBoilerplate(clone, rule);
  const parsed = runReadability(clone, limits.maxElements);
  if (!parsed.ok) return parsed;
  const { root } = parsed.value;
  const meta = readMetadata(doc, url, rule, root.textContent ?? '', parsed.value.meta);
  dropHeaderLines(root, meta.title, meta.byline);
  const lead = takeLead(root, meta.lead, meta.description);
  // Signatures are a Vietnamese press convention; on English pages a last short line is prose.
  const signature = meta.lang.startsWith('vi') ? takeSignature(root) : null;
  const paragraphs = toParagraphs(root);
  const text = paragraphs.join('\n\n');
  if (!text) return err('not readable: empty body');
  const win = options.window ?? (doc.defaultView as WindowLike | null) ?? undefined;
  const html = sanitize(root, { window: win, baseUrl: url }).normalize('NFC');
  return ok({
    url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    section: meta.section,
    byline: signature ?? meta.byline,
    publishedAt: meta.publishedAt,
    siteName: meta.siteName,
    lang: meta.lang,
    lead: lead ? normalizeSpace(lead) : null,
    excerpt: excerptOf(lead, paragraphs),
    html,
    text,
    images: collectImages(root, url),
    wordCount: countWords(text),
  });
}

/** The reader-view article of doc (never mutated), or null when the page is not an article or is refused. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractedArticle | null {
  const r = tryExtractArticle(doc, url, options);
  return r.ok ? r.value : null;
}
