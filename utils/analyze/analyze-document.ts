/**
 * The pipeline the extension runs, as one pure function over a Document: detect → extract →
 * recognise. The `analyze` CLI prints its result; keeping it here (not in the script) means the
 * CLI and the extension cannot drift apart.
 */
import type { WindowLike } from 'dompurify';
import { detectArticle } from '../detect/detect-article';
import type { Detection } from '../detect/types';
import { extractArticle } from '../extract/extract-article';

/** Entities found in the article text (filled by the recogniser). */
export interface AnalyzedEntities {
  persons: unknown[];
  documents: unknown[];
}

/** The article fields the CLI prints. */
export interface AnalyzedArticle {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  section: string | null;
  lang: string;
  lead: string | null;
  excerpt: string | null;
  text: string;
  html: string;
}

/** One analysis line. */
export interface Analysis {
  detection: Detection | null;
  article: AnalyzedArticle | { text: string } | null;
  entities: AnalyzedEntities;
}

/** Recognises entities in text; injected so the pipeline works before/without the recogniser. */
export type Recognise = (text: string) => AnalyzedEntities;

const noEntities: Recognise = () => ({ persons: [], documents: [] });

/** Analyses an HTML document. `win` is the document's window (for the sanitizer). */
export function analyzeDocument(doc: Document, url: string, win: WindowLike, recognise: Recognise = noEntities): Analysis {
  const detection = detectArticle(doc, url);
  const a = extractArticle(doc, url, { window: win });
  if (!a) return { detection, article: null, entities: noEntities('') };
  const { title, byline, publishedAt, siteName, section, lang, lead, excerpt, text, html } = a;
  const article = { title, byline, publishedAt, siteName, section, lang, lead, excerpt, text, html };
  const body = [lead, text].filter(Boolean).join('\n\n');
  return { detection, article, entities: recognise(body) };
}

/** Analyses plain text: no detection, the article is the input exactly as read. */
export function analyzeText(text: string, recognise: Recognise = noEntities): Analysis {
  return { detection: null, article: { text }, entities: recognise(text) };
}
