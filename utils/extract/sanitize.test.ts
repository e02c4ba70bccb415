import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize.ts';
import { parseHtml } from './test-helpers.ts';

const win = parseHtml('').defaultView!;
const clean = (html: string) => sanitize(html, { window: win, baseUrl: 'https://nhandan.vn/bai/1.html' });

describe('sanitize removes every kind of attack', () => {
  it.each([
    ['script tag', '<p>a</p><script>alert(1)</script>', /script|alert/],
    ['event handler', '<p onclick="alert(1)">a</p><img src="x.jpg" onerror="alert(1)">', /onclick|onerror/],
    ['javascript: link', '<a href="javascript:alert(1)">a</a>', /javascript:/],
    ['entity-encoded javascript:', '<a href="jav&#x09;ascript:alert(1)">a</a>', /alert/],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">a</a>', /data:/],
    ['data: non-image src', '<img src="data:text/html;base64,PHNjcmlwdD4=">', /data:/],
    ['form and inputs', '<form action="/x"><input name="a"><button>b</button><textarea></textarea></form>', /form|input|button|textarea/],
    ['iframe/object/embed', '<iframe src="https://evil"></iframe><object data="x"></object><embed src="y">', /iframe|object|embed/],
    ['style attribute and tag', '<p style="background:url(javascript:1)">a</p><style>p{}</style>', /style/],
    ['svg with script', '<svg><script>alert(1)</script></svg>', /svg|alert/],
    ['meta refresh / base', '<meta http-equiv="refresh" content="0;url=https://evil"><base href="https://evil/">', /meta|base/],
  ])('%s', (_name, html, bad) => {
    expect(clean(html)).not.toMatch(bad);
  });

  it.each([
    ['links are absolute and open safely', '<a href="/x">x</a>', '<a href="https://nhandan.vn/x" target="_blank" rel="noopener noreferrer">x</a>'],
    ['images are absolute and lazy', '<img src="a.jpg" alt="A">', '<img src="https://nhandan.vn/bai/a.jpg" alt="A" loading="lazy">'],
    ['data:image stays', '<img src="data:image/png;base64,iVBORw0KGgo=">', '<img src="data:image/png;base64,iVBORw0KGgo=" loading="lazy">'],
  ])('%s', (_name, html, want) => {
    expect(clean(html)).toBe(want);
  });

  it('keeps structure a reader needs', () => {
    const html = '<figure><img src="https://a.vn/i.jpg"><figcaption>Chú thích</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><ul><li>a</li></ul><blockquote>q</blockquote><h2>h</h2>';
    expect(clean(html)).toBe(html.replace('">', '" loading="lazy">'));
  });

  it('accepts a node and uses its window', () => {
    const doc = parseHtml('<div id="x"><p onclick="1">a</p></div>');
    expect(sanitize(doc.getElementById('x')!)).toBe('<div id="x"><p>a</p></div>');
  });
});
