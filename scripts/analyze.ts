/**
 * `npm run analyze -- [--url URL] [--text] [--manifest LIST.jsonl] [FILE…]`
 * Runs the extension's pure pipeline in Node (jsdom) and prints one JSON object per input (JSON
 * Lines). Hundreds of files run in one process; a file that cannot be read or parsed prints a line
 * with an "error" field and the run goes on. See README.md § analyze for the output format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument, analyzeText } from '../utils/analyze/analyze-document.ts';
import { recognise } from '../utils/ner/recognise.ts';

interface Input {
  file: string;
  url?: string;
}

function parseArgs(argv: string[]): { inputs: Input[]; text: boolean } {
  const inputs: Input[] = [];
  let url: string | undefined;
  let text = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i];
    else if (a === '--text') text = true;
    else if (a === '--manifest') inputs.push(...readManifest(argv[++i] ?? ''));
    else if (a === '--help' || a === '-h') usage(0);
    else if (a.startsWith('--')) usage(2, `unknown option ${a}`);
    else inputs.push({ file: a });
  }
  if (!inputs.length) usage(2, 'no input files');
  return { inputs: inputs.map((inp) => ({ ...inp, url: inp.url ?? url })), text };
}

function readManifest(file: string): Input[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Input);
}

function usage(code: number, problem?: string): never {
  if (problem) console.error(`analyze: ${problem}`);
  console.error('usage: npm run analyze -- [--url URL] [--text] [--manifest LIST.jsonl] [FILE…]');
  process.exit(code);
}

function readInput(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

// Our fixtures carry their original URL in a leading comment: <!-- {"url": "…"} -->.
function urlFromComment(html: string): string | undefined {
  const m = /^\s*<!--\s*(\{.*?\})\s*-->/s.exec(html);
  try {
    return m ? (JSON.parse(m[1]!) as { url?: string }).url : undefined;
  } catch {
    return undefined;
  }
}

const { inputs, text } = parseArgs(process.argv.slice(2));
for (const input of inputs) {
  let line: Record<string, unknown>;
  try {
    const raw = readInput(input.file);
    if (text) line = { file: input.file, url: input.url ?? null, ...analyzeText(raw, recognise) };
    else {
      const url = input.url ?? urlFromComment(raw) ?? pathToFileURL(path.resolve(input.file)).href;
      const dom = new JSDOM(raw, { url, virtualConsole: new VirtualConsole() });
      line = { file: input.file, url, ...analyzeDocument(dom.window.document, url, dom.window as unknown as WindowLike, recognise) };
      dom.window.close();
    }
  } catch (e) {
    line = { file: input.file, url: input.url ?? null, error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
