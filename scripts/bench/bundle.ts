/**
 * Size of what is injected into every page (the detector + prompt content script), gzipped, beside
 * the full content-side code a reader view needs (that script + the on-demand extractor).
 * Budget: always-injected ≤ 15 kB gzipped. Builds the Chrome MV3 output first when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, '.output/chrome-mv3');
const gz = (file: string) => gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Prints the bundle-size figures. */
export async function run(): Promise<void> {
  if (!existsSync(path.join(out, 'content-scripts/article.js')))
    execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' });
  const injected = gz('content-scripts/article.js');
  const extractor = gz('extractor.js');
  const full = injected + extractor;
  const verdict = injected <= 15 * 1024 ? 'OK' : 'OVER';
  console.log(`always-injected content script (gzip)       ${kb(injected)}  (budget ≤ 15 kB) ${verdict}`);
  console.log(`on-demand extractor (gzip)                  ${kb(extractor)}`);
  console.log(`injected / full content code                ${(injected / full).toFixed(2)}× of ${kb(full)}`);
}
