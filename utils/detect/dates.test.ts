import { describe, expect, it } from 'vitest';
import { looksLikeDate, parseVietnameseDate } from './signals';

describe('parseVietnameseDate', () => {
  it.each([
    ["15:54' 7/11/2020", '2020-11-07T15:54:00+07:00'],
    ['Thứ bảy, 07/11/2020 - 15:54', '2020-11-07T15:54:00+07:00'],
    ['07/11/2020 15:54 (GMT+7)', '2020-11-07T15:54:00+07:00'],
    ['Cập nhật: 07-11-2020', '2020-11-07T00:00:00+07:00'],
    ['Thứ Hai, 12/06/2023, 08:30 (GMT+7)', '2023-06-12T08:30:00+07:00'],
    ['7-11-2020', '2020-11-07T00:00:00+07:00'],
    ['07.11.2020 | 15h54', '2020-11-07T15:54:00+07:00'],
    ['Hà Nội, ngày 7 tháng 11 năm 2020', '2020-11-07T00:00:00+07:00'],
    ['07/11/2020 08:00 GMT+8', '2020-11-07T08:00:00+08:00'],
    // Machine dates from <meta> / JSON-LD keep their own offset.
    ['2020-11-07T15:54:00+07:00', '2020-11-07T15:54:00+07:00'],
    ['2020-11-07T08:54:00Z', '2020-11-07T08:54:00+00:00'],
    ['2020-11-07T15:54:00+0700', '2020-11-07T15:54:00+07:00'],
    ['2020-11-07', '2020-11-07T00:00:00+07:00'],
    // NFD-encoded weekday (decomposed tone marks) does not hide the date.
    ['Thứ bảy, 07/11/2020 - 15:54'.normalize('NFD'), '2020-11-07T15:54:00+07:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each(['', 'Tin mới nhất', '31/02/2020', '07/13/2020', '12:30', 'Số 9 - 2021'])('rejects %j', (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });
});

describe('looksLikeDate', () => {
  it.each([
    ['Thứ bảy, 07/11/2020 - 15:54', true],
    ['24 May 2019', true],
    ['Updated 0412 GMT (1212 HKT) May 24, 2019', true],
    ['2019-05-24T04:12:00Z', true],
    ['By Jane Doe, BBC News', false],
    ['Số 9 - 2021', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeDate(text)).toBe(expected);
  });
});
