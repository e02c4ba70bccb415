import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { scorePage, aggregate, precision, recall } from './scripts/lib/shingle-f1.ts';
const dir = '/work/shared/corpora/article-extraction-benchmark';
const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string; url: string }>;
const rows = []; const out: Record<string, {articleBody: string}> = {};
const t0 = performance.now();
for (const [id, g] of Object.entries(gt)) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const dom = new JSDOM(html, { url: g.url });
  const r = new Readability(dom.window.document.cloneNode(true) as Document).parse();
  const text = r?.textContent ?? '';
  out[id] = { articleBody: text };
  const s = scorePage(g.articleBody, text);
  rows.push({ id, s, p: precision(s), r: recall(s) });
  writeFileSync(`/tmp/rd/${id.slice(0,8)}.txt`, text);
  writeFileSync(`/tmp/rd/${id.slice(0,8)}.gt.txt`, g.articleBody);
}
console.log(aggregate(rows.map((r) => r.s)), performance.now() - t0);
writeFileSync('/tmp/rd/pred.json', JSON.stringify(out));
rows.sort((a, b) => a.p - b.p);
for (const r of rows.slice(0, 25)) console.log(r.id.slice(0, 8), r.p.toFixed(3), r.r.toFixed(3), gt[r.id]!.url);
rows.sort((a, b) => a.r - b.r);
for (const r of rows.slice(0, 8)) console.log('R', r.id.slice(0, 8), r.p.toFixed(3), r.r.toFixed(3), gt[r.id]!.url);
