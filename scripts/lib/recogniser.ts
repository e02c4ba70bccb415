import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Recognise } from '../../utils/analyze/analyze-document.ts';

/**
 * The entity recogniser for the CLI: utils/ner/recognise.ts when it exists, else an empty result
 * (the foundation issue ships before the recogniser; `entities` stays empty until it lands).
 */
export async function recogniser(): Promise<Recognise | undefined> {
  const file = path.resolve(import.meta.dirname, '../../utils/ner/recognise.ts');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { recognise?: Recognise };
  return mod.recognise;
}
