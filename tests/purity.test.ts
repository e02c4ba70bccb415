// @vitest-environment node
/**
 * The dependency rules of STYLE.md §3.2, checked over the sources (the project has no ESLint:
 * type-aware lint needs the TypeScript 5 API, which TypeScript 7 no longer ships — toolchain P9).
 * utils/** other than utils/ext/** is pure (no extension APIs), components never call the browser,
 * and nothing imports from entrypoints/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}
const rel = (p: string) => path.relative(root, p);
const EXTENSION_API = /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|action|permissions|i18n|commands)\b|from ['"](?:wxt\/|#imports|@webext-core)/;

describe('dependency direction and purity (STYLE §3.2)', () => {
  it('utils/ outside utils/ext/ uses no extension API', () => {
    const impure = sources(path.join(root, 'utils'))
      .filter((f) => !rel(f).startsWith('utils/ext/'))
      .filter((f) => EXTENSION_API.test(readFileSync(f, 'utf8')));
    expect(impure.map(rel)).toEqual([]);
  });
  it('components/ never call the browser or open the database', () => {
    const bad = sources(path.join(root, 'components')).filter((f) => /\b(?:browser|chrome)\.|from ['"]\.\.\/utils\/(?:ext|archive\/(?!schema|filter|entities))/.test(readFileSync(f, 'utf8').replace(/import type[^;]+;/g, '')));
    expect(bad.map(rel)).toEqual([]);
  });
  it('nothing outside entrypoints/ imports from entrypoints/', () => {
    const bad = ['utils', 'components'].flatMap((d) => sources(path.join(root, d))).filter((f) => /from ['"][./]*entrypoints\//.test(readFileSync(f, 'utf8')));
    expect(bad.map(rel)).toEqual([]);
  });
});
