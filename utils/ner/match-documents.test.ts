import { describe, expect, it } from 'vitest';
import { recognise } from './recognise.ts';
import type { CitedDocument } from './types.ts';

type Fields = Pick<CitedDocument, 'type' | 'number' | 'symbol' | 'date' | 'issuer'> & { name?: string; mentions: string[] };

function docs(text: string): Fields[] {
  return recognise(text).documents.map(({ type, number, symbol, date, issuer, name, mentions }) => ({
    type, number, symbol, date, issuer, ...(name ? { name } : {}), mentions: mentions.map((m) => m.text),
  }));
}
const doc = (type: string, number: string | null, symbol: string | null, date: string | null, issuer: string | null, mentions: string[], name?: string): Fields =>
  ({ type, number, symbol, date, issuer, ...(name ? { name } : {}), mentions });

describe('document citations', () => {
  it.each<[string, string, Fields[]]>([
    ['Party symbol with date and issuer', 'Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương về một số vấn đề.',
      [doc('Nghị quyết', '18', '18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương', ['Nghị quyết số 18-NQ/TW'])]],
    ['State symbols, issuer from the code', 'Nghị định số 15/2020/NĐ-CP, Quyết định 749/QĐ-TTg và Luật số 80/2015/QH13.',
      [doc('Nghị định', '15', '15/2020/NĐ-CP', null, 'Chính phủ', ['Nghị định số 15/2020/NĐ-CP']), doc('Quyết định', '749', '749/QĐ-TTg', null, 'Thủ tướng Chính phủ', ['Quyết định 749/QĐ-TTg']), doc('Luật', '80', '80/2015/QH13', null, 'Quốc hội', ['Luật số 80/2015/QH13'])]],
    ['the text issuer wins over the code', 'Quyết định số 505/QĐ-TTg của Thủ tướng Chính phủ ngày 22 tháng 4 năm 2022.',
      [doc('Quyết định', '505', '505/QĐ-TTg', '2022-04-22', 'Thủ tướng Chính phủ', ['Quyết định số 505/QĐ-TTg'])]],
    ['number only', 'Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội.', [doc('Kế hoạch', '155', null, '2019-07-07', 'Thành ủy Hà Nội', ['Kế hoạch số 155'])]],
    ['issuer before the number', 'Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997.', [doc('Quyết định', '31', '31-QĐ/TW', '1997-10-01', 'Bộ Chính trị', ['Quyết định của Bộ Chính trị số 31-QĐ/TW'])]],
    ['issuer as the subject of the issuing verb', 'Hôm qua, Chính phủ đã ban hành Nghị định số 17 về xử phạt.', [doc('Nghị định', '17', null, null, 'Chính phủ', ['Nghị định số 17'])]],
    ['a date opening the sentence of the issuing subject', 'Vậy là xong. Ngày 22/3/2025, Ban Bí thư ban hành Chỉ thị số 45-CT/TW về đại hội.', [doc('Chỉ thị', '45', '45-CT/TW', '2025-03-22', 'Ban Bí thư', ['Chỉ thị số 45-CT/TW'])]],
    ['a date in mid-sentence dates another document, not this one', 'Theo Quyết định số 5 ngày 14/6/2024, Bộ Chính trị ban hành Chỉ thị số 36-CT/TW.', [doc('Quyết định', '5', null, '2024-06-14', null, ['Quyết định số 5']), doc('Chỉ thị', '36', '36-CT/TW', null, 'Bộ Chính trị', ['Chỉ thị số 36-CT/TW'])]],
    ['a bare number is a citation when a subject issues it', 'Sau đó, ngày 16/5/2003, Thủ tướng đã ban hành chỉ thị 12 về rừng; từ khi UBND TP ban hành chỉ thị 07 đến nay.', [doc('Chỉ thị', '12', null, '2003-05-16', 'Thủ tướng Chính phủ', ['chỉ thị 12']), doc('Chỉ thị', '07', null, null, 'UBND TP', ['chỉ thị 07'])]],
    ['a congress resolution with "Đảng"; a field of study or "pháp luật" is no law', 'Quán triệt Nghị quyết Đại hội Đảng lần thứ X; các môn luật thương mại quốc tế và pháp luật Đất đai.', [doc('Nghị quyết', null, null, null, null, ['Nghị quyết Đại hội Đảng lần thứ X'], 'Nghị quyết Đại hội Đảng lần thứ X')]],
    ['an amending law is one document; a bill amending a law cites the law in force', 'Quốc hội đã thông qua Luật sửa đổi, bổ sung Luật khiếu nại, tố cáo và cho ý kiến về dự án Luật sửa đổi, bổ sung Luật thuế tiêu thụ đặc biệt và Luật thuế giá trị gia tăng.',
      [doc('Luật', null, null, null, 'Quốc hội', ['Luật sửa đổi, bổ sung Luật khiếu nại, tố cáo'], 'Luật sửa đổi, bổ sung Luật khiếu nại, tố cáo'), doc('Luật', null, null, null, null, ['Luật thuế tiêu thụ đặc biệt'], 'Luật thuế tiêu thụ đặc biệt'), doc('Luật', null, null, null, null, ['Luật thuế giá trị gia tăng'], 'Luật thuế giá trị gia tăng')]],
    ['bills listed after "dự luật …:" or to be passed are drafts; what was passed has its issuer', 'QH sẽ biểu quyết hai dự luật khác: Luật nhà ở; Luật thanh niên. QH đã thông qua Luật phòng chống tham nhũng và Luật công an nhân dân, và sẽ xem xét thông qua Luật đầu tư.',
      [doc('Luật', null, null, null, 'Quốc hội', ['Luật phòng chống tham nhũng'], 'Luật phòng chống tham nhũng'), doc('Luật', null, null, null, 'Quốc hội', ['Luật công an nhân dân'], 'Luật công an nhân dân')]],
    ['an issue time before the issuer; a passive issuer; the Constitution in force', 'Theo Nghị quyết 40 cuối năm 2000 của Quốc hội, đề án được Thủ tướng Chính phủ ban hành theo Quyết định 112 trái với Hiến pháp.',
      [doc('Nghị quyết', '40', null, null, 'Quốc hội', ['Nghị quyết 40']), doc('Quyết định', '112', null, null, 'Thủ tướng Chính phủ', ['Quyết định 112']), doc('Hiến pháp', null, null, null, null, ['Hiến pháp'], 'Hiến pháp')]],
    ['a draft marker covers a list and later mentions', 'Góp ý dự thảo “Luật Thanh niên” và “Luật Thi đua, khen thưởng”. Về Luật Thi đua, khen thưởng, nhiều ý kiến khác nhau.', []],
    ['TƯ and T.Ư', 'Chỉ thị 05-CT/TƯ và Chỉ thị 05-CT/T.Ư.', [doc('Chỉ thị', '05', '05-CT/TW', null, null, ['Chỉ thị 05-CT/TƯ', 'Chỉ thị 05-CT/T.Ư'])]],
    ['named law and constitution', 'Theo Luật Tổ chức Quốc hội năm 2014 và Hiến pháp năm 2013.',
      [doc('Luật', null, null, null, null, ['Luật Tổ chức Quốc hội năm 2014'], 'Luật Tổ chức Quốc hội năm 2014'), doc('Hiến pháp', null, null, null, null, ['Hiến pháp năm 2013'], 'Hiến pháp năm 2013')]],
    ['plenum and congress resolutions', 'Nghị quyết Trung ương 4 khóa XII và Nghị quyết Đại hội XIII của Đảng.',
      [doc('Nghị quyết', null, null, null, null, ['Nghị quyết Trung ương 4 khóa XII'], 'Nghị quyết Trung ương 4 khóa XII'), doc('Nghị quyết', null, null, null, null, ['Nghị quyết Đại hội XIII'], 'Nghị quyết Đại hội XIII')]],
    ['a symbol in a list without a type word', 'Nghị quyết số 18-NQ/TW và 19-NQ/TW.', [doc('Nghị quyết', '18', '18-NQ/TW', null, null, ['Nghị quyết số 18-NQ/TW']), doc('Nghị quyết', '19', '19-NQ/TW', null, null, ['19-NQ/TW'])]],
  ])('%s', (_, text, expected) => {
    expect(docs(text)).toEqual(expected);
  });
});

describe('back-references', () => {
  it('links short forms to the earlier citation', () => {
    const [d] = docs('Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị. Chỉ thị 35 và Chỉ thị số 35-CT/TW.');
    expect(d?.mentions).toEqual(['Chỉ thị số 35-CT/TW', 'Chỉ thị 35', 'Chỉ thị số 35-CT/TW']);
  });
  it('keeps the same symbol with different dates apart and links to the nearest', () => {
    const found = docs('Chỉ thị số 35-CT/TW ngày 30/5/2019. Sau đó, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị. Chỉ thị 35 nêu rõ.');
    expect(found.map((d) => [d.date, d.mentions.length])).toEqual([['2019-05-30', 1], ['2024-06-14', 2]]);
  });
  it('takes a type word and a bare number as a citation, but not a count or a verb', () => {
    expect(docs('Nghị quyết 18 đã đi vào cuộc sống; theo nghị định 181 về thi hành.')).toEqual([
      doc('Nghị quyết', '18', null, null, null, ['Nghị quyết 18']),
      doc('Nghị định', '181', null, null, null, ['nghị định 181']),
    ]);
    expect(docs('Hoàn thành kế hoạch 5 năm; luật quy định 12 đối tượng; đại hội có thể quyết định 150 hoặc 170; kỷ luật 111 đảng viên; phương án 2 và chương trình 135.')).toEqual([]);
  });
});

describe('not citations', () => {
  it.each([
    ['fractions and dates', 'Đạt 4/4 nội dung, ngày 15/4.'],
    ['form codes', 'Mẫu số 01A/TNDN và Biểu số 01a/KKNLT.'],
    ['units and sessions', 'Quân đoàn 12 tại Kỳ họp thứ 10.'],
    ['generic mentions', 'Các nghị quyết của Đảng và Nghị quyết này.'],
    ['drafts', 'Thảo luận dự thảo Luật Đất đai (sửa đổi) và dự thảo Nghị quyết số 12/2024/QH15.'],
    ['lawyers are not laws', 'Luật sư Nguyễn Văn An bào chữa.'],
  ])('%s', (_, text) => {
    expect(docs(text)).toEqual([]);
  });
});
