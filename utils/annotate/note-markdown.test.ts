import { describe, expect, it } from 'vitest';
import { parseHtml } from '../extract/test-helpers.ts';
import { noteHtml, noteInlineHtml } from './note-markdown.ts';

const win = parseHtml('').defaultView!;
const block = (md: string) => noteHtml(md, win);
const inline = (md: string) => noteInlineHtml(md, win);

describe('notes render from Markdown', () => {
  it('keeps plain text as a paragraph, Vietnamese intact, line breaks as typed', () => {
    expect(block('Đối chiếu với số liệu\nbiên chế năm 2021.')).toBe('<p>Đối chiếu với số liệu<br>biên chế năm 2021.</p>');
  });

  it('renders emphasis, lists, quotes and code', () => {
    const html = block('**Chỉ thị 35-CT/TW** _đã_ sửa\n\n- một\n- hai\n\n> trích\n\n`35-CT/TW`');
    expect(html).toContain('<strong>Chỉ thị 35-CT/TW</strong>');
    expect(html).toContain('<em>đã</em>');
    expect(html).toMatch(/<ul>\s*<li>một<\/li>\s*<li>hai<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<blockquote>\s*<p>trích<\/p>\s*<\/blockquote>/);
    expect(html).toContain('<code>35-CT/TW</code>');
  });

  it('opens http links in a new tab without a referrer; drops other schemes', () => {
    const html = block('[văn bản](https://vanban.chinhphu.vn/x) [x](javascript:alert(1)) [y](data:text/html,1)');
    expect(html).toContain('<a href="https://vanban.chinhphu.vn/x" target="_blank" rel="noopener noreferrer">văn bản</a>');
    expect(html).not.toMatch(/javascript|data:/);
  });

  it('shows raw HTML as text and never loads an image', () => {
    const html = block('<Nghị quyết 57> <img src="https://evil/x.png" onerror="alert(1)"> ![ảnh](https://evil/y.png)');
    expect(html).toContain('&lt;Nghị quyết 57&gt;');
    const doc = parseHtml(`<div>${html}</div>`);
    expect(doc.querySelectorAll('img, [src], [onerror]').length).toBe(0);
    expect(html).toContain('ảnh');
  });

  it('inline: one line, links as their text, no blocks', () => {
    const html = inline('**Cần** kiểm chứng\n- [nguồn](https://nhandan.vn/a)');
    expect(html).toBe('<strong>Cần</strong> kiểm chứng - nguồn');
  });

  it('an empty note is empty', () => {
    expect(block('')).toBe('');
    expect(inline('')).toBe('');
  });
});
