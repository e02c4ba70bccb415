import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSiteRule, SITE_RULES } from './site-rules.ts';

const dir = path.join(import.meta.dirname, 'site-rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('site-rules registry', () => {
  it('registers every file, sorted by domain', () => {
    const domains = SITE_RULES.map((r) => r.domain);
    expect(domains).toEqual([...domains].sort());
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(domains.map((d) => d.replace(/\./g, '-')));
  });

  it.each(files)('%s documents its Test URLs', (file) => {
    expect(readFileSync(path.join(dir, file), 'utf8')).toMatch(/Test URLs:\n \* - https:\/\//);
  });

  it.each([
    ['https://www.tapchicongsan.org.vn/web/guest/a', 'tapchicongsan.org.vn'],
    ['https://tuoitre.vn/a.htm', 'tuoitre.vn'],
    ['https://en.vnexpress.net/a', 'vnexpress.net'],
    ['https://example.com/', null],
    ['not a url', null],
  ])('%s → %s', (url, domain) => {
    expect(findSiteRule(url)?.domain ?? null).toBe(domain);
  });
});
