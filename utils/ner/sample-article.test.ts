/**
 * The real Party-magazine article this project started from (read from ../shared, never copied).
 * Skipped when ../shared/samples is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognise } from './recognise.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../../shared/samples/party-magazine-2020-11-07-chi-thi-35.txt');

describe.skipIf(!existsSync(SAMPLE))('sample article: Thành ủy Hà Nội on Chỉ thị 35', () => {
  const text = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : '';
  const { persons, documents } = recognise(text);
  const byName = new Map(persons.map((p) => [p.name, p]));

  it.each<[string, string[], number]>([
    ['Vương Đình Huệ', ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy', 'Trưởng Đoàn đại biểu Quốc hội TP. Hà Nội', 'Bí thư Thành ủy Hà Nội'], 4],
    ['Trần Quốc Cường', ['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Nội chính Trung ương'], 1],
    ['Chu Ngọc Anh', ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố'], 1],
    ['Ngô Thị Thanh Hằng', ['Ủy viên Trung ương Đảng', 'nguyên Phó Bí thư Thường trực Thành ủy', 'Phó Bí thư Thường trực Thành ủy khóa XVI'], 2],
    ['Nguyễn Thị Tuyến', ['Phó Bí thư Thường trực Thành ủy'], 1],
    ['Nguyễn Thị Bích Ngọc', ['nguyên Phó Bí thư Thành ủy', 'Chủ tịch HĐND thành phố', 'Phó Bí thư Thành ủy khóa XVI'], 2],
    ['Nguyễn Văn Phong', ['Phó Bí thư Thành ủy'], 1],
    ['Nguyễn Ngọc Tuấn', ['Phó Bí thư Thành ủy', 'Phó Chủ tịch Thường trực HĐND thành phố'], 1],
    ['Vũ Đức Bảo', ['Trưởng Ban Tổ chức Thành ủy Hà Nội', 'Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Tổ chức Thành ủy'], 2],
    ['Đào Đức Toàn', ['Phó Bí thư Thành ủy khóa XVI'], 1],
  ])('%s is an official with the full title chain', (name, titles, mentions) => {
    const p = byName.get(name);
    expect(p?.official).toBe(true);
    expect(p?.titles).toEqual(titles);
    expect(p?.mentions).toHaveLength(mentions);
    for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(name);
  });

  it('finds exactly these ten people (no "T.H")', () => {
    expect(persons.map((p) => p.name).sort()).toHaveLength(10);
    expect(byName.has('T.H')).toBe(false);
  });

  it('groups all six mentions of Chỉ thị số 35-CT/TW', () => {
    const d = documents.find((x) => x.symbol === '35-CT/TW');
    expect(d).toMatchObject({ type: 'Chỉ thị', number: '35', date: '2019-05-30', issuer: 'Bộ Chính trị' });
    expect(d?.mentions.map((m) => m.text)).toEqual(Array(6).fill('Chỉ thị số 35-CT/TW'));
  });

  it('groups both mentions of Kế hoạch số 155-KH/TU', () => {
    const d = documents.find((x) => x.symbol === '155-KH/TU');
    expect(d).toMatchObject({ type: 'Kế hoạch', number: '155', date: '2019-07-08' });
    expect(d?.mentions).toHaveLength(2);
    expect(documents).toHaveLength(2);
  });
});
