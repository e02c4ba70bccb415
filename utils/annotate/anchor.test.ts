import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from './anchor';

const TEXT =
  'Sáng 7-11, Thành ủy tổ chức Hội nghị tổng kết thực hiện Chỉ thị số 35-CT/TW. ' +
  'Đồng chí Bí thư Thành ủy phát biểu kết luận Hội nghị. ' +
  'Hội nghị biểu dương 20 tập thể có thành tích xuất sắc.';

const sel = (quote: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(quote, at + 1);
  return describe(TEXT, at, at + quote.length);
};

group('anchor', () => {
  it('uses the position when the quote still matches there', () => {
    expect(anchor(TEXT, sel('phát biểu kết luận'))).toMatchObject({ method: 'position' });
  });
  it('finds the quote again after text was inserted before it', () => {
    const s = sel('phát biểu kết luận');
    const changed = `Tin mới. ${TEXT}`;
    const a = anchor(changed, s)!;
    expect(a.method).toBe('quote');
    expect(changed.slice(a.start, a.end)).toBe('phát biểu kết luận');
  });
  it('picks the occurrence whose context matches when a quote occurs twice', () => {
    const s = sel('Hội nghị', 2); // the third "Hội nghị": "Hội nghị biểu dương"
    const changed = `Mở đầu. ${TEXT}`;
    const a = anchor(changed, s)!;
    expect(changed.slice(a.end, a.end + 11)).toBe(' biểu dương');
  });
  it('falls back to a fuzzy match when the passage was lightly edited', () => {
    const s = sel('Đồng chí Bí thư Thành ủy phát biểu kết luận Hội nghị');
    const changed = TEXT.replace('phát biểu kết luận', 'phát biểu và kết luận');
    const a = anchor(changed, s)!;
    expect(a.method).toBe('fuzzy');
    expect(changed.slice(a.start, a.end)).toContain('phát biểu và kết luận');
  });
  it('returns null (orphan) when the passage was removed', () => {
    const s = sel('biểu dương 20 tập thể có thành tích xuất sắc');
    expect(anchor(TEXT.replace(/Hội nghị biểu dương.*$/, 'Hội nghị bế mạc.'), s)).toBeNull();
  });
  it('works with a quote selector alone, and a broken position', () => {
    const [, quote] = sel('Chỉ thị số 35-CT/TW');
    expect(anchor(TEXT, [quote])).toMatchObject({ method: 'quote' });
    expect(anchor(TEXT, [{ type: 'TextPositionSelector', start: 9999, end: 10005 }])).toBeNull();
  });
});
