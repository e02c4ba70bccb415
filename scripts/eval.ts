/**
 * `npm run eval`: scores detection, extraction and recognition against ../shared/corpora, each beside
 * its plain-Readability baseline. Each part lives in scripts/eval/<part>.ts and exports run(corpora).
 * Usage: npm run eval [-- part…]   (parts: detection extraction readability ner)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findCorpora } from './lib/corpora.ts';

const PARTS = ['detection', 'extraction', 'readability', 'ner'];

const corpora = findCorpora();
if (!corpora) {
  console.log('eval: ../shared/corpora not found (set CORPORA_DIR); nothing to score, skipping.');
  process.exit(0);
}
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const part of wanted.length ? wanted : PARTS) {
  const file = path.join(import.meta.dirname, 'eval', `${part}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== eval: ${part} ===`);
  const mod = (await import(pathToFileURL(file).href)) as { run: (corpora: string) => Promise<void> };
  await mod.run(corpora);
}
