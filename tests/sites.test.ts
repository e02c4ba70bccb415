import { describe, expect, it } from 'vitest';
import { BUILTIN_SITES, isListedHost, parseSiteDomain, sitePatterns } from '../utils/sites';

describe('built-in site list', () => {
  it('is sorted, lower-case and free of duplicates', () => {
    const sorted = [...BUILTIN_SITES].sort();
    expect(BUILTIN_SITES).toEqual(sorted);
    expect(new Set(BUILTIN_SITES).size).toBe(BUILTIN_SITES.length);
    for (const d of BUILTIN_SITES) expect(parseSiteDomain(d)).toBe(d);
  });
  it('includes the core Party and State press', () => {
    for (const d of ['tapchicongsan.org.vn', 'xaydungdang.org.vn', 'nhandan.vn', 'qdnd.vn', 'dangcongsan.vn', 'baochinhphu.vn'])
      expect(BUILTIN_SITES).toContain(d);
  });
});

describe('sitePatterns / isListedHost / parseSiteDomain', () => {
  it('covers the domain and its subdomains', () => {
    expect(sitePatterns(['qdnd.vn'])).toEqual(['*://qdnd.vn/*', '*://*.qdnd.vn/*']);
    expect(isListedHost('en.qdnd.vn', ['qdnd.vn'])).toBe(true);
    expect(isListedHost('fakeqdnd.vn', ['qdnd.vn'])).toBe(false);
  });
  it.each([
    ['https://www.Nhandan.vn/abc', 'nhandan.vn'],
    ['  laodong.vn ', 'laodong.vn'],
    ['not a domain', null],
    ['', null],
    ['localhost', null],
  ])('parseSiteDomain(%j) → %j', (input, want) => expect(parseSiteDomain(input)).toBe(want));
});
