/**
 * `npm run bench`: prints cost ratios against baselines run in the same process.
 * Each part lives in scripts/bench/<part>.ts and exports run(corpora | null); parts that need the
 * corpora print a skip line when it is absent. With several parts, each runs in a child process of
 * its own: a part's figures must not depend on the heap and JIT state the previous part left behind
 * (the recogniser measured ~20% slower after the jsdom-heavy extraction part in one process).
 * Usage: npm run bench [-- part…]   (parts: detection extraction bundle ner highlight search popup)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findCorpora } from './lib/corpora.ts';

const PARTS = ['detection', 'extraction', 'bundle', 'ner', 'highlight', 'search', 'popup'];

const corpora = findCorpora();
const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('-'));
const parts = (wanted.length ? wanted : PARTS).filter((p) => existsSync(path.join(import.meta.dirname, 'bench', `${p}.ts`)));

if (parts.length === 1) {
  const mod = (await import(pathToFileURL(path.join(import.meta.dirname, 'bench', `${parts[0]}.ts`)).href)) as {
    run: (corpora: string | null) => Promise<void>;
  };
  await mod.run(corpora);
} else {
  if (!corpora) console.log('bench: ../shared/corpora not found (set CORPORA_DIR); parts that need it skip.');
  let failed = 0;
  for (const part of parts) {
    console.log(`\n=== bench: ${part} ===`);
    const flags = args.filter((a) => a.startsWith('-'));
    const res = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, part, ...flags], { stdio: 'inherit' });
    if (res.status !== 0) failed += 1;
  }
  process.exit(failed ? 1 : 0);
}
