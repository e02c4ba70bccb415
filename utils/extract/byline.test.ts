import { describe, expect, it } from 'vitest';
import { cleanByline, isSignature } from './byline.ts';

describe('isSignature', () => {
  it.each(['T.H', 'PV', 'H.A', 'N.V.A', 'TTXVN', 'Theo TTXVN', 'PGS.TS Nguyễn Văn A', 'Minh Châu (TTXVN)', 'HOÀNG VIỆT', 'Thanh Hà - Minh Anh', 'Nguồn: Báo Nhân Dân'])(
    'accepts %s',
    (line) => expect(isSignature(line)).toBe(true),
  );
  it.each(['Hà', 'Hội nghị kết thúc.', 'Đồng chí Bí thư phát biểu tại Hội nghị', 'Trân trọng cảm ơn!', 'x'.repeat(70)])(
    'rejects %s',
    (line) => expect(isSignature(line)).toBe(false),
  );
});

describe('cleanByline', () => {
  it.each([
    ['By Paul Takahashi', null, 'Paul Takahashi'],
    ['Tác giả: Nguyễn Văn A', null, 'Nguyễn Văn A'],
    ['https://facebook.com/x', null, null],
    ['Tạp chí Cộng sản', 'Tạp chí Cộng sản', null],
    ['  ', null, null],
  ])('%s → %s', (raw, site, want) => expect(cleanByline(raw, site)).toBe(want));
});
