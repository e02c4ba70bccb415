import { describe, expect, it } from 'vitest';
import { extractArticle, tryExtractArticle } from './extract-article.ts';
import { magazinePage, parseHtml } from './test-helpers.ts';

describe('extractArticle on a Party-magazine page', () => {
  const doc = parseHtml(magazinePage());
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc, doc.URL)!;

  it('never mutates the live page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['title', 'Hội nghị tổng kết Chỉ thị 35'],
    ['section', 'Thời sự - Chính trị'],
    ['byline', 'T.H'],
    ['publishedAt', '2020-11-07T15:54:00+07:00'],
    ['lang', 'vi'],
    ['canonicalUrl', doc.URL],
  ] as const)('reads %s', (field, want) => {
    expect(a[field]).toBe(want);
  });

  it('keeps every body paragraph and drops boilerplate and the signature', () => {
    expect(a.text.split('\n\n')).toHaveLength(4);
    for (const junk of ['Ý KIẾN BẠN ĐỌC', 'Họ và tên', 'Mã bảo vệ', 'Bài cùng chuyên mục', 'TẠP CHÍ IN', 'T.H']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.excerpt!.length).toBeLessThanOrEqual(301);
  });
});

describe('bad input', () => {
  it('returns null for an empty page', () => {
    expect(extractArticle(parseHtml(''), 'https://example.vn/')).toBeNull();
    expect(tryExtractArticle(parseHtml('<html><body></body></html>'), 'https://example.vn/')).toMatchObject({ ok: false });
  });

  it('refuses a 10 MB page quickly, with a reason', () => {
    const para = `<div><p>${'Nội dung bài viết rất dài. '.repeat(8)}</p><span>x</span></div>`;
    const html = `<html><body>${para.repeat(Math.ceil(10e6 / para.length))}</body></html>`;
    const doc = parseHtml(html);
    const t0 = performance.now();
    const r = tryExtractArticle(doc, 'https://example.vn/a');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });

  it('survives 5,000-deep nesting', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${'Chữ. '.repeat(200)}</p>${'</div>'.repeat(5000)}</body></html>`;
    const r = tryExtractArticle(parseHtml(html), 'https://example.vn/a');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('deep') });
  });

  it('outputs NFC text for an NFD page', () => {
    const doc = parseHtml(magazinePage().normalize('NFD'));
    const a = extractArticle(doc, doc.URL)!;
    expect(a.text).toBe(a.text.normalize('NFC'));
    expect(a.title).toBe('Hội nghị tổng kết Chỉ thị 35');
    expect(a.html).toBe(a.html.normalize('NFC'));
  });

  it('takes the title from og:title when that is all there is', () => {
    const page = magazinePage().replace(/<title>.*?<\/title>/, '').replace(/<h1>.*?<\/h1>/, '');
    const doc = parseHtml(page);
    expect(extractArticle(doc, doc.URL)!.title).toBe('Hội nghị tổng kết Chỉ thị 35');
  });

  it('works on a document without a window when one is passed', () => {
    const win = parseHtml('').defaultView!;
    const doc = new win.DOMParser().parseFromString(magazinePage(), 'text/html');
    expect(doc.defaultView).toBeNull();
    const a = extractArticle(doc, 'https://www.tapchicongsan.org.vn/a', { window: win });
    expect(a?.html).toContain('<p>');
  });
});
