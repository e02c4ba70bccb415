import { describe, expect, it } from 'vitest';
import { parseByline, type CitationName } from './names';

const p = (family: string, given: string): CitationName => ({ family, given });
const lit = (literal: string): CitationName => ({ literal });

describe('parseByline', () => {
  it.each<[string | null, CitationName[]]>([
    [null, []],
    ['  ', []],
    ['Nguyễn Thị Hương', [p('Nguyễn', 'Thị Hương')]],
    ['PGS.TS Đỗ Ngọc Thịnh', [p('Đỗ', 'Ngọc Thịnh')]],
    ['GS.TSKH. Vũ Minh Giang', [p('Vũ', 'Minh Giang')]],
    ['ThS Lê Quang Hòa', [p('Lê', 'Quang Hòa')]],
    ['PGS, TS LÊ THỊ HẰNG NGA', [p('Lê', 'Thị Hằng Nga')]],
    ['Đại tá Phạm Văn Dũng', [p('Phạm', 'Văn Dũng')]],
    ['HOÀNG VIỆT', [p('Hoàng', 'Việt')]],
    ['Vũ Tuân', [p('Vũ', 'Tuân')]],
    ['Nguyễn Văn Nam - Trần Thị Lan', [p('Nguyễn', 'Văn Nam'), p('Trần', 'Thị Lan')]],
    ['Nguyễn Văn Nam và ThS Trần Thị Lan', [p('Nguyễn', 'Văn Nam'), p('Trần', 'Thị Lan')]],
    ['GS.TS Tạ Ngọc Tấn, nguyên Tổng Biên tập Tạp chí Cộng sản', [p('Tạ', 'Ngọc Tấn')]],
    ['Nguyễn Hoàng Anh (TTXVN)', [p('Nguyễn', 'Hoàng Anh')]],
    // Pen names, initials and agencies are not surname + given name: print them as written.
    ['Thu Giang', [lit('Thu Giang')]],
    ['ĐĂNG KHOA', [lit('Đăng Khoa')]],
    ['Minh Châu (TTXVN)', [lit('Minh Châu')]],
    ['T.H', [lit('T.H')]],
    ['N.V.A', [lit('N.V.A')]],
    ['PV', [lit('PV')]],
    ['Theo TTXVN', [lit('TTXVN')]],
    ['Theo Báo Nhân Dân', [lit('Báo Nhân Dân')]],
    ['Bài và ảnh: Trần Hải', [p('Trần', 'Hải')]],
    ['Nhóm phóng viên', [lit('Nhóm phóng viên')]],
    ['Trần Thị Lan - T.H', [p('Trần', 'Thị Lan'), lit('T.H')]],
  ])('%s', (byline, expected) => {
    expect(parseByline(byline)).toEqual(expected);
  });

  it('normalises to NFC, so a decomposed "Nguyễn" is still a surname', () => {
    expect(parseByline('Nguye\u0302\u0303n Lan')).toEqual([p('Nguyễn', 'Lan')]);
  });
});
