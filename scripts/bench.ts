/**
 * `npm run bench`: prints cost ratios against baselines run in the same process.
 * Each part lives in scripts/bench/<part>.ts and exports run(corpora | null);
 * parts that need the corpora print a skip line when it is absent.
 * Usage: npm run bench [-- part…]   (parts: detection extraction bundle ner highlight search popup)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findCorpora } from './lib/corpora.ts';

const PARTS = ['detection', 'extraction', 'bundle', 'ner', 'highlight', 'search', 'popup'];

const corpora = findCorpora();
if (!corpora) console.log('bench: ../shared/corpora not found (set CORPORA_DIR); parts that need it skip.');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const part of wanted.length ? wanted : PARTS) {
  const file = path.join(import.meta.dirname, 'bench', `${part}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench: ${part} ===`);
  const mod = (await import(pathToFileURL(file).href)) as { run: (corpora: string | null) => Promise<void> };
  await mod.run(corpora);
}
