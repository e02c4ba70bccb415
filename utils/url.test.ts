import { describe, expect, it } from 'vitest';
import { siteOf, urlKey } from './url';

describe('urlKey', () => {
  it.each([
    ['https://www.nhandan.vn/a-123.html#top', 'https://nhandan.vn/a-123.html'],
    ['http://nhandan.vn/a-123.html?utm_source=fb&fbclid=x', 'https://nhandan.vn/a-123.html'],
    ['https://qdnd.vn/chinh-tri/abc/', 'https://qdnd.vn/chinh-tri/abc'],
    ['https://vnexpress.net/', 'https://vnexpress.net/'],
    ['https://x.vn/a?b=2&a=1', 'https://x.vn/a?a=1&b=2'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, want) => expect(urlKey(input)).toBe(want));
});

describe('siteOf', () => {
  it.each([
    ['https://www.tapchicongsan.org.vn/web/guest/x', 'tapchicongsan.org.vn'],
    ['https://baochinhphu.vn', 'baochinhphu.vn'],
    ['::', ''],
  ])('%s → %s', (input, want) => expect(siteOf(input)).toBe(want));
});
