// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_KEYS, CONTENT_KEYS, isEnvelope } from '../utils/ext/protocol';

const root = path.resolve(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [p] : [];
  });
}
const registrations = (dir: string) =>
  sources(path.join(root, dir)).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/onMessage\('([\w.]+)'/g)].map((m) => m[1]!));

describe('message protocol', () => {
  it('every background key has exactly one handler, in the background', () => {
    const bg = registrations('entrypoints/background');
    for (const key of BACKGROUND_KEYS) expect(bg.filter((k) => k === key), key).toHaveLength(1);
    expect(new Set(bg)).toEqual(new Set(BACKGROUND_KEYS));
  });
  it('every content key has exactly one handler, in the content script', () => {
    const cs = registrations('entrypoints/article.content');
    for (const key of CONTENT_KEYS) expect(cs.filter((k) => k === key), key).toHaveLength(1);
    expect(new Set(cs)).toEqual(new Set(CONTENT_KEYS));
  });
  it('no other folder registers handlers', () => {
    for (const dir of ['utils', 'components', 'entrypoints/reader', 'entrypoints/popup', 'entrypoints/archive', 'entrypoints/options'])
      expect(registrations(dir), dir).toEqual([]);
  });
  it.each([
    [{ type: 'tab.save', data: {} }, true],
    [{ type: 'archive.nuke', data: {} }, false],
    ['tab.save', false],
    [null, false],
  ])('isEnvelope(%j) → %s', (msg, want) => expect(isEnvelope(msg)).toBe(want));
});
