// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPageFixtures } from './helpers/fixtures';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = listPageFixtures();
const article = fixtures.find((f) => f.expected.isArticle)!;
const listing = fixtures.find((f) => !f.expected.isArticle)!;

function analyze(args: string[]): Record<string, unknown>[] {
  const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/analyze.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm run analyze', () => {
  it('prints one JSON line per input, carries on past a bad file, honours --manifest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analyze-'));
    const manifest = path.join(dir, 'list.jsonl');
    writeFileSync(manifest, `${JSON.stringify({ file: path.join(listing.dir, 'source.html'), url: listing.url })}\n`);
    const lines = analyze([path.join(article.dir, 'source.html'), path.join(dir, 'missing.html'), '--manifest', manifest]);
    expect(lines).toHaveLength(3);
    const [a, missing, l] = lines as [Record<string, any>, Record<string, any>, Record<string, any>];
    expect(a.url).toBe(article.url);
    expect(a.detection.isArticle).toBe(true);
    expect(a.article.title).toBe(article.expected.title);
    expect(a.article.text).toContain(article.expectedText!.split('\n\n')[0]!.trim());
    expect(Object.keys(a.article).sort()).toEqual(
      ['byline', 'excerpt', 'html', 'lang', 'lead', 'publishedAt', 'section', 'siteName', 'text', 'title'].sort(),
    );
    expect(a.entities).toEqual(expect.objectContaining({ persons: expect.any(Array), documents: expect.any(Array) }));
    expect(missing.error).toMatch(/ENOENT/);
    expect(l.file).toContain(listing.name);
    expect(l.detection.isArticle).toBe(false);
  }, 60_000);

  it('--text keeps the input exactly as read and has no detection', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analyze-'));
    const file = path.join(dir, 'a.txt');
    const text = 'Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\r\n  Dòng hai.  ';
    writeFileSync(file, text);
    const [line] = analyze(['--text', file]) as [Record<string, any>];
    expect(line.detection).toBeNull();
    expect(line.article).toEqual({ text });
  }, 60_000);
});
