/**
 * `npm run eval -- detection`: precision, recall and F1 of "is an article" on
 * ../shared/corpora/article-vs-nonarticle for detectArticle and, in the same run on the same
 * jsdom documents, Readability's isProbablyReaderable; overall, per site, plus our misses.
 * Then the same verdicts on the project's own fixtures (tests/fixtures/pages/*), when present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../utils/detect/detect-article.ts';

/** One labelled page of the corpus. */
export interface LabelledPage {
  file: string;
  isArticle: boolean;
  site: string;
  url: string;
  html: string;
}

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');

/** Reads labels.csv and the (optionally gzipped) pages of article-vs-nonarticle. */
export function loadDetectionCorpus(corpora: string): LabelledPage[] {
  const dir = path.join(corpora, 'article-vs-nonarticle');
  if (!existsSync(path.join(dir, 'labels.csv'))) return [];
  const lines = readFileSync(path.join(dir, 'labels.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [file = '', label = '', site = '', ...url] = line.split(',');
    const raw = readFileSync(path.join(dir, file));
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    return { file, isArticle: label === 'article', site, url: url.join(','), html };
  });
}

/** Parses HTML the way the eval and bench do: jsdom, no scripts, CSS errors silenced. */
export function parsePage(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

function score(c: Confusion) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function add(c: Confusion, truth: boolean, guess: boolean): void {
  if (truth) guess ? c.tp++ : c.fn++;
  else guess ? c.fp++ : c.tn++;
}

function row(name: string, c: Confusion): string {
  const { p, r, f1 } = score(c);
  const cells = [p, r, f1].map((x) => x.toFixed(3).padStart(6)).join(' ');
  return `${name.padEnd(24)} ${cells}   TP ${c.tp} FP ${c.fp} FN ${c.fn} TN ${c.tn}`;
}

function printTable(title: string, bySite: Map<string, [Confusion, Confusion]>): void {
  console.log(`\n${title}\n${''.padEnd(24)}      P      R     F1`);
  const total: [Confusion, Confusion] = [{ tp: 0, fp: 0, fn: 0, tn: 0 }, { tp: 0, fp: 0, fn: 0, tn: 0 }];
  for (const [site, [ours, ipr]] of [...bySite].sort()) {
    console.log(row(`${site} detectArticle`, ours));
    console.log(row(`${site} readerable`, ipr));
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
      total[0][k] += ours[k];
      total[1][k] += ipr[k];
    }
  }
  console.log(row('ALL detectArticle', total[0]));
  console.log(row('ALL isProbablyReaderable', total[1]));
}

function evalCorpus(pages: LabelledPage[]): void {
  const bySite = new Map<string, [Confusion, Confusion]>();
  const misses: string[] = [];
  for (const page of pages) {
    const doc = parsePage(page.html, page.url);
    const ours = detectArticle(doc, page.url);
    const cells = bySite.get(page.site) ?? [{ tp: 0, fp: 0, fn: 0, tn: 0 }, { tp: 0, fp: 0, fn: 0, tn: 0 }];
    add(cells[0], page.isArticle, ours.isArticle);
    add(cells[1], page.isArticle, isProbablyReaderable(doc));
    bySite.set(page.site, cells);
    if (ours.isArticle !== page.isArticle)
      misses.push(`${ours.isArticle ? 'FP' : 'FN'} ${page.file} score ${ours.score}: ${ours.reasons.join('; ')}`);
  }
  printTable(`article-vs-nonarticle: ${pages.length} pages`, bySite);
  console.log(`\nmisclassified by detectArticle (${misses.length}):`);
  for (const m of misses) console.log(`  ${m}`);
}

/** The URL a fixture records in its leading `<!-- {"url": …} -->` comment. */
function fixtureUrl(html: string): string {
  const m = /^\s*<!--\s*(\{.*?\})\s*-->/s.exec(html);
  try {
    return m ? String((JSON.parse(m[1]!) as { url?: unknown }).url ?? '') : '';
  } catch {
    return '';
  }
}

function evalFixtures(): void {
  if (!existsSync(FIXTURES)) return console.log('\nno tests/fixtures/pages: skipping fixtures');
  let right = 0;
  const dirs = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'expected.json')));
  for (const dir of dirs) {
    const html = readFileSync(path.join(FIXTURES, dir, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, dir, 'expected.json'), 'utf8')) as { isArticle?: boolean };
    const url = fixtureUrl(html) || `https://example.invalid/${dir}`;
    const got = detectArticle(parsePage(html, url), url);
    if (got.isArticle === expected.isArticle) right++;
    else console.log(`  MISS ${dir} expected ${expected.isArticle} score ${got.score}: ${got.reasons.join('; ')}`);
  }
  console.log(`\nfixtures (tests/fixtures/pages): ${right}/${dirs.length} correct`);
}

/** Prints detection quality for detectArticle beside isProbablyReaderable. */
export async function run(corpora: string): Promise<void> {
  const pages = loadDetectionCorpus(corpora);
  if (pages.length) evalCorpus(pages);
  else console.log('article-vs-nonarticle not found: skipping the corpus');
  evalFixtures();
}
