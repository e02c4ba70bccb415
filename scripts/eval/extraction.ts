/**
 * Extraction quality on ../shared/corpora/article-extraction-benchmark (81 pages): shingle P/R/F1
 * (scripts/lib/shingle-f1.ts, same metric as ../shared/tools/shingle_f1.py) for our extractor and
 * for plain Readability, on the same jsdom DOM in the same run, plus our 5 worst pages.
 *
 * What we score, honestly: the benchmark's articleBody is the body text without the headline and
 * without image captions, but with the standfirst. Our `text` deliberately keeps captions (a reader
 * wants them) and moves the standfirst to `lead`; so the headline figure is `lead + text` (all the
 * body a reader sees), and a second line shows the same without caption paragraphs, to say how
 * much of the gap to the ground truth is that convention rather than boilerplate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract-article.ts';
import type { ExtractedArticle } from '../../utils/extract/types.ts';
import { aggregate, precision, recall, scorePage, type PageScore } from '../lib/shingle-f1.ts';

interface Truth {
  articleBody: string;
  url: string;
}

/** Our text as scored: lead + body, optionally without caption paragraphs. */
export function scoredText(a: ExtractedArticle | null, withCaptions = true): string {
  if (!a) return '';
  const captions = new Set(a.images.map((i) => i.caption).filter(Boolean));
  const body = withCaptions ? a.text : a.text.split('\n\n').filter((p) => !captions.has(p)).join('\n\n');
  return a.lead ? `${a.lead}\n\n${body}` : body;
}

/** Parses a stored page with jsdom, quietly (benchmark pages have CSS jsdom cannot parse). */
export function parsePage(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

const fmt = (s: { p: number; r: number; f1: number }) => `F1 ${s.f1.toFixed(3)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}`;

/** Prints the scores; corpora is the ../shared/corpora folder. */
export async function run(corpora: string): Promise<void> {
  const dir = path.join(corpora, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const ours: PageScore[] = [];
  const oursNoCaptions: PageScore[] = [];
  const plain: PageScore[] = [];
  const pages: Array<{ id: string; s: PageScore }> = [];
  for (const [id, t] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const doc = parsePage(html, t.url);
    const base = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    const article = extractArticle(doc, t.url);
    const s = scorePage(t.articleBody, scoredText(article));
    ours.push(s);
    oursNoCaptions.push(scorePage(t.articleBody, scoredText(article, false)));
    plain.push(scorePage(t.articleBody, base));
    pages.push({ id, s });
  }
  console.log(`pages: ${ours.length} (jsdom)`);
  console.log(`plain Readability          ${fmt(aggregate(plain))}`);
  console.log(`ours (lead + text)         ${fmt(aggregate(ours))}`);
  console.log(`ours, captions not scored  ${fmt(aggregate(oursNoCaptions))}`);
  const f1 = (s: PageScore) => { const p = precision(s); const r = recall(s); return p + r ? (2 * p * r) / (p + r) : 0; };
  pages.sort((a, b) => f1(a.s) - f1(b.s));
  console.log('worst 5 (ours):');
  for (const { id, s } of pages.slice(0, 5)) {
    console.log(`  ${id.slice(0, 12)}  F1 ${f1(s).toFixed(3)}  P ${precision(s).toFixed(3)}  R ${recall(s).toFixed(3)}  ${truth[id]!.url.slice(0, 80)}`);
  }
}
