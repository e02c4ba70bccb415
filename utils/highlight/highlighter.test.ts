import { describe, expect, it } from 'vitest';
import { highlightSpans, removeHighlights } from './highlighter';
import { indexText, rangeOf } from './text-index';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('indexText', () => {
  it('separates blocks with a newline and skips scripts', () => {
    const r = root('<p>Đồng chí <b>Vương Đình Huệ</b></p><script>x()</script><p>Bí thư</p>');
    expect(indexText(r).text).toBe('Đồng chí Vương Đình Huệ\nBí thư');
  });
  it('maps offsets back to DOM ranges', () => {
    const r = root('<p>Đồng chí <b>Vương Đình</b> Huệ phát biểu</p>');
    const idx = indexText(r);
    const start = idx.text.indexOf('Vương');
    expect(rangeOf(idx, start, start + 'Vương Đình Huệ'.length)?.toString()).toBe('Vương Đình Huệ');
    expect(rangeOf(idx, 0, 999)).toBeNull();
  });
});

describe('highlightSpans / removeHighlights', () => {
  it('wraps several spans in one node without shifting each other', () => {
    const r = root('<p>Chỉ thị 35 và Kế hoạch 155 của Thành ủy</p>');
    const idx = indexText(r);
    const a = idx.text.indexOf('Chỉ thị 35');
    const b = idx.text.indexOf('Kế hoạch 155');
    const marks = highlightSpans(idx, [
      { start: a, end: a + 10, className: 'cr-doc', attrs: { 'data-entity': 'd1' } },
      { start: b, end: b + 12, className: 'cr-doc', attrs: { 'data-entity': 'd2' } },
    ]);
    expect(marks.map((m) => m.map((x) => x.textContent).join(''))).toEqual(['Chỉ thị 35', 'Kế hoạch 155']);
    expect(r.querySelector('[data-entity="d2"]')?.textContent).toBe('Kế hoạch 155');
    expect(r.textContent).toBe('Chỉ thị 35 và Kế hoạch 155 của Thành ủy');
  });
  it('wraps a span that crosses elements piece by piece, and removal restores the DOM', () => {
    const html = '<p>đồng chí <i>Nguyễn Văn</i> Phong, Phó Bí thư</p>';
    const r = root(html);
    const idx = indexText(r);
    const s = idx.text.indexOf('Nguyễn');
    const [pieces] = highlightSpans(idx, [{ start: s, end: s + 'Nguyễn Văn Phong'.length, className: 'cr-person' }]);
    expect(pieces!.map((m) => m.textContent)).toEqual(['Nguyễn Văn', ' Phong']);
    removeHighlights(r, 'cr-person');
    expect(r.innerHTML).toBe(html);
  });
  it('keeps user highlights when entity marks are removed', () => {
    const r = root('<p>Hà Nội là Thủ đô</p>');
    const idx = indexText(r);
    highlightSpans(idx, [{ start: 0, end: 6, className: 'cr-user' }]);
    const idx2 = indexText(r);
    highlightSpans(idx2, [{ start: 10, end: 16, className: 'cr-person' }]);
    removeHighlights(r, 'cr-person');
    expect(r.querySelectorAll('mark.cr-user')).toHaveLength(1);
    expect(r.textContent).toBe('Hà Nội là Thủ đô');
  });
});

describe('overlapping spans and selection offsets', () => {
  it('nests an overlapping highlight without changing the text', () => {
    const r = root('<p>Ban Chấp hành Trung ương Đảng khóa XIII</p>');
    const idx = indexText(r);
    const [a, b] = highlightSpans(idx, [
      { start: 0, end: 24, className: 'cr-hl', attrs: { 'data-a': '1' } },
      { start: 14, end: 29, className: 'cr-hl', attrs: { 'data-a': '2' } },
    ]);
    expect(a!.map((m) => m.textContent).join('')).toBe('Ban Chấp hành Trung ương');
    expect(b!.map((m) => m.textContent).join('')).toBe('Trung ương Đảng');
    expect(r.textContent).toBe('Ban Chấp hành Trung ương Đảng khóa XIII');
  });
  it('turns a DOM selection point back into a text offset', async () => {
    const { offsetOf } = await import('./text-index');
    const r = root('<p>Một <b>hai</b> ba</p><p>bốn</p>');
    const idx = indexText(r);
    const b = r.querySelector('b')!.firstChild!;
    expect(offsetOf(idx, b, 1)).toBe(idx.text.indexOf('hai') + 1);
    expect(offsetOf(idx, r, 1)).toBe(idx.text.indexOf('bốn'));
    expect(offsetOf(idx, r, 2)).toBe(idx.text.length);
  });
});

describe('layers', () => {
  it('a user highlight across an entity mark and a paragraph break keeps both layers intact', () => {
    const r = root('<p>Trung tướng Nguyễn Hữu Phước cho biết</p><p>Quân khu đã hoàn thành.</p>');
    const idx = indexText(r);
    const name = idx.text.indexOf('Nguyễn Hữu Phước');
    highlightSpans(idx, [{ start: name, end: name + 16, className: 'cr-ent cr-ent-official', attrs: { 'data-ent': 'p0' } }]);
    const idx2 = indexText(r);
    const from = idx2.text.indexOf('Hữu Phước');
    const to = idx2.text.indexOf('hoàn thành') + 'hoàn thành'.length;
    const [pieces] = highlightSpans(idx2, [{ start: from, end: to, className: 'cr-hl cr-hl-key', attrs: { 'data-annotation': 'a1' } }]);
    expect(pieces!.map((m) => m.textContent).join('|')).toBe('Hữu Phước| cho biết|Quân khu đã hoàn thành');
    expect(r.querySelector('mark.cr-ent')!.textContent).toBe('Nguyễn Hữu Phước');
    removeHighlights(r, 'cr-hl');
    expect(r.querySelector('mark.cr-ent')!.textContent).toBe('Nguyễn Hữu Phước');
    expect(r.querySelectorAll('mark.cr-hl')).toHaveLength(0);
    expect(r.textContent).toBe('Trung tướng Nguyễn Hữu Phước cho biếtQuân khu đã hoàn thành.');
  });
});
