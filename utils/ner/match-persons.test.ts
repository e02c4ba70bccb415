import { describe, expect, it } from 'vitest';
import { recognise } from './recognise.ts';

/** [name, official, titles] for each person found. */
function people(text: string): [string, boolean, string[]][] {
  return recognise(text).persons.map((p) => [p.name, p.official, p.titles]);
}

describe('person shapes', () => {
  it.each<[string, string, [string, boolean, string[]][]]>([
    ['đồng chí X, T1, T2, T3', 'Đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội TP. Hà Nội chủ trì.',
      [['Vương Đình Huệ', true, ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy', 'Trưởng Đoàn đại biểu Quốc hội TP. Hà Nội']]]],
    ['title before name', 'Bí thư Thành ủy Hà Nội Vương Đình Huệ trao Bằng khen.', [['Vương Đình Huệ', true, ['Bí thư Thành ủy Hà Nội']]]],
    ['list with semicolons', 'Có các đồng chí: Chu Ngọc Anh, Phó Bí thư Thành ủy; Nguyễn Văn Phong, Phó Bí thư Thành ủy.',
      [['Chu Ngọc Anh', true, ['Phó Bí thư Thành ủy']], ['Nguyễn Văn Phong', true, ['Phó Bí thư Thành ủy']]]],
    ['shared title over a list', 'Dự có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Hoàng Xuân Chiến; Thượng tướng Phạm Hoài Nam.',
      [['Hoàng Xuân Chiến', true, ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Quốc phòng', 'Thượng tướng']], ['Phạm Hoài Nam', true, ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Quốc phòng', 'Thượng tướng']]]],
    ['X - T', 'Đại tướng Phan Văn Giang - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng phát biểu.', [['Phan Văn Giang', true, ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Quốc phòng']]]],
    ['X-T without spaces', 'Đồng chí Nguyễn Thành Tâm-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự.', [['Nguyễn Thành Tâm', true, ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']]]],
    ['ông X, T', 'Ông Nguyễn Văn An, Giám đốc Sở Tài chính cho biết.', [['Nguyễn Văn An', true, ['Giám đốc Sở Tài chính']]]],
    ['bà X (no title)', 'Bà Lê Thị Hoa cũng có mặt.', [['Lê Thị Hoa', false, []]]],
    ['degrees are not titles', 'PGS.TS Nguyễn Văn Minh và TS Trần Thị Lan tham dự.', [['Nguyễn Văn Minh', false, []], ['Trần Thị Lan', false, []]]],
    ['rank with degree', 'Thiếu tướng, PGS.TS Lê Văn Hùng phát biểu.', [['Lê Văn Hùng', true, ['Thiếu tướng']]]],
    ['all-caps byline', 'Bài viết\nPGS.TS NGUYỄN VĂN AN\nHọc viện Chính trị', [['Nguyễn Văn An', false, []]]],
    ['former titles', 'Nguyễn Văn Bình, nguyên Ủy viên Bộ Chính trị, nguyên Thống đốc Ngân hàng Nhà nước.', [['Nguyễn Văn Bình', true, ['nguyên Ủy viên Bộ Chính trị', 'nguyên Thống đốc Ngân hàng Nhà nước']]]],
    ['foreign officials', 'Tổng thống Hoa Kỳ Joe Biden hội đàm với Thủ tướng Nhật Bản Kishida Fumio.', [['Joe Biden', true, ['Tổng thống Hoa Kỳ']], ['Kishida Fumio', true, ['Thủ tướng Nhật Bản']]]],
    ['place inside a name', 'Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình dự.', [['Nguyễn Hòa Bình', true, ['Phó Thủ tướng Thường trực Chính phủ']]]],
    ['title then place then name', 'Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp phát biểu.', [['Trần Văn Hiệp', true, ['Chủ tịch UBND tỉnh Lâm Đồng']]]],
    ['last title belongs to the next name', 'Có Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn Bình.', [['Nguyễn Văn An', true, ['Bí thư Tỉnh ủy']], ['Trần Văn Bình', true, ['Chủ tịch UBND tỉnh']]]],
    ['a verb after the last title ends it', 'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dẫn đầu đoàn công tác của Quân ủy Trung ương, Bộ Quốc phòng.', [['Phan Văn Giang', true, ['Đại tướng', 'Bộ trưởng Bộ Quốc phòng']]]],
    ['a company acronym after a business role is no office', 'Sau khi nghe Tổng Giám đốc EVN Đào Văn Hưng báo cáo.', [['Đào Văn Hưng', false, []]]],
    ['an abbreviated company head is no office', 'Giám đốc XN In Lê Quang Lộc từ trần; Chủ tịch HĐQT Công ty Maseco Trương Thị Thanh Tâm dự.', [['Lê Quang Lộc', false, []], ['Trương Thị Thanh Tâm', false, []]]],
    ['apposition: a place closes a free-form organ', 'Ông Trần Văn Sơn, Giám đốc Khu bảo tồn thiên nhiên Pù Mát, cho biết đàn voi đã về.', [['Trần Văn Sơn', true, ['Giám đốc Khu bảo tồn thiên nhiên Pù Mát']]]],
    ['apposition: a long free-form organ up to the comma', 'Theo ông Lê Văn Hải, Phó giám đốc Ban quản lý các dự án trọng điểm phát triển đô thị Hà Nội, công trình sắp xong.', [['Lê Văn Hải', true, ['Phó giám đốc Ban quản lý các dự án trọng điểm phát triển đô thị Hà Nội']]]],
    ['apposition: the parent body after a comma, before the verb', 'Ông Đỗ Minh Châu, Giám đốc Trung tâm tin học, Bộ Giáo dục và Đào tạo cho biết hệ thống đã chạy.', [['Đỗ Minh Châu', true, ['Giám đốc Trung tâm tin học, Bộ Giáo dục và Đào tạo']]]],
    ['apposition: a two-word name right after a title is a person', 'Dự có Tổng Bí thư Nông Đức Mạnh, nguyên Tổng Bí thư Đỗ Mười, và nhiều đồng chí khác.', [['Nông Đức Mạnh', true, ['Tổng Bí thư']], ['Đỗ Mười', true, ['nguyên Tổng Bí thư']]]],
    ['a title chain before the name, through a domestic "Thủ tướng"', 'Sáng nay, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Chủ tịch Ủy ban An toàn giao thông Quốc gia Trần Lưu Quang phát biểu.', [['Trần Lưu Quang', true, ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Chính phủ', 'Chủ tịch Ủy ban An toàn giao thông Quốc gia']]]],
    ['a bare role often held abroad still chains', 'Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực, Chủ tịch phân ban hợp tác Việt Nam - Lào Nguyễn Hòa Bình dự.', [['Nguyễn Hòa Bình', true, ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng thường trực', 'Chủ tịch phân ban hợp tác Việt Nam - Lào']]]],
    ['organ head words as the last syllable of a name', 'Kỷ luật phó giám đốc Phạm Văn Trường và cô giáo Trần Thị Bộ; anh Nguyễn Trọng Hội dựa vào đó.', [['Phạm Văn Trường', true, ['phó giám đốc']], ['Trần Thị Bộ', false, []], ['Nguyễn Trọng Hội', false, []]]],
    ['foreign officials: an initial, a seat, an assistant', 'Ngoại trưởng Mỹ C. Rice và Đại sứ Mỹ tại VN Michael Marine dự; ông Eric John, phó trợ lý Bộ trưởng Ngoại giao Mỹ, cho biết.', [['C. Rice', true, ['Ngoại trưởng Mỹ']], ['Michael Marine', true, ['Đại sứ Mỹ tại VN']], ['Eric John', true, ['phó trợ lý Bộ trưởng Ngoại giao Mỹ']]]],
    ['an initial before a Vietnamese word is an abbreviation, not a name', 'Ông Nguyễn Văn Sửu, Chủ tịch UBND Q.Hai Bà Trưng, dự.', [['Nguyễn Văn Sửu', true, ['Chủ tịch UBND']]]], // 'Q.' (quận) is not read as a place prefix yet
    ['spokesman and deputy director of a department', 'Người phát ngôn Bộ Ngoại giao Lê Dũng và Cục phó Kiểm lâm Hà Công Tuấn.', [['Lê Dũng', true, ['Người phát ngôn Bộ Ngoại giao']], ['Hà Công Tuấn', true, ['Cục phó Kiểm lâm']]]],
    ['a foreigner\'s "Giám đốc" is a company or school post', 'Ông Tony Williams, Tổng Giám đốc ILA Vietnam, cho biết; ông Đinh Cao Thắng - phó tổng giám đốc TCT xây dựng Hà Nội - nói thêm.', [['Tony Williams', false, []], ['Đinh Cao Thắng', false, []]]],
    ['a complete national organ ends the title; a place keeps its dots', 'Theo ông Hà Mạnh Trí, Viện trưởng VKSND tối cao mạnh dạn đề xuất điều đó, và ông Nguyễn Thế Thanh, Phó giám đốc Sở VHTT TP.HCM, đồng ý.', [['Hà Mạnh Trí', true, ['Viện trưởng VKSND tối cao']], ['Nguyễn Thế Thanh', true, ['Phó giám đốc Sở VHTT TP.HCM']]]],
    ['apposition: the parent body after a comma or in parentheses', 'Ông Ngô Hải Phan, Phó Vụ trưởng Vụ CCHC, Văn phòng Chính phủ, và ông Nguyễn Minh Mẫn, Vụ trưởng Vụ Pháp chế (Văn phòng Chính phủ), đã trả lời.', [['Ngô Hải Phan', true, ['Phó Vụ trưởng Vụ CCHC, Văn phòng Chính phủ']], ['Nguyễn Minh Mẫn', true, ['Vụ trưởng Vụ Pháp chế (Văn phòng Chính phủ)']]]],
    ['"Thường vụ Tỉnh ủy" is a post; "Ủy ban thường vụ", "Ban Giám đốc" are bodies', 'Theo đại biểu Trần Công Ngữ, Thường vụ Tỉnh ủy, Ủy ban thường vụ Quốc hội và Ban Giám đốc Lê Văn Hải đã họp.', [['Trần Công Ngữ', true, ['Thường vụ Tỉnh ủy']], ['Lê Văn Hải', false, []]]],
    ['streets named after people are not persons', 'Ở phố Hai Bà Trưng, Quang Trung, Trần Hưng Đạo, Nguyễn Công Hoan... giá cao; ngã tư Nam Kỳ Khởi Nghĩa - Nguyễn Thị Minh Khai; hội thảo tại 67 Lê Văn Hưu, hoặc 67, Lê Văn Hưu.', []],
    ['an honorific inside a capitalised run starts the next person', 'Làm rõ đơn tố cáo Tổng giám đốc Trần Cảnh Ông Phạm Quang Dự, Chủ tịch HĐQT Tổng công ty dầu khí.', [['Trần Cảnh', true, ['Tổng giám đốc']], ['Phạm Quang Dự', false, []]]],
    ['institutions named after people', 'Ông Phạm Văn Hùng, Hiệu trưởng Trường THPT Nguyễn Hữu Cầu, trả lời; vở diễn của Nhà hát cải lương Trần Hữu Trang (TP.HCM); Trường hợp ông Nguyễn Sỹ Phú, phường Quan Hoa.', [['Phạm Văn Hùng', true, ['Hiệu trưởng Trường THPT Nguyễn Hữu Cầu']], ['Nguyễn Sỹ Phú', false, []]]],
    ['a bare institution head before a name is still the person\'s title', 'Giám đốc Bệnh viện Nguyễn Văn An cho biết.', [['Nguyễn Văn An', true, ['Giám đốc Bệnh viện']]]],
    ['a name without surname after an honorific', 'Tiền gửi anh Hữu Tuyến và ông Sáu Bi; nhà thơ Nguyên Ngọc đọc thơ.', [['Hữu Tuyến', false, []], ['Sáu Bi', false, []], ['Nguyên Ngọc', false, []]]],
    ['…but not the end of a full name, a deity, a place or a newspaper', 'Ông Bùi Quang Anh phát biểu. Ông Quang Anh nói thêm. Đền Bà Chúa Kho đông khách; trẻ em Gò Vấp vui; PV Thanh Niên hỏi; ông Dũng đáp.', [['Bùi Quang Anh', false, []]]],
    ['hyphenated Lao names; abbreviations with hyphens inside a title', 'Đồng chí Bun-Thon Xẻng-Khăm-Mi, Đại sứ đặc mệnh toàn quyền, và ông Quách Tuấn Ngọc, Giám đốc Trung tâm Công nghệ thông tin - Bộ GD-ĐT, cho biết.', [['Bun-Thon Xẻng-Khăm-Mi', true, ['Đại sứ đặc mệnh toàn quyền']], ['Quách Tuấn Ngọc', true, ['Giám đốc Trung tâm Công nghệ thông tin - Bộ GD-ĐT']]]],
    ['court, police-team and department posts; a title, a comma, an honorific, the name', 'Ông Dương Biểu Chánh, Chánh tòa Dân sự TAND TP.HCM, cho biết; Phó chánh án TAND TP.HCM Phan Tánh và ông Trần Bảo Minh, Đội trưởng Đội Kiểm tra liên ngành 814 huyện Hóc Môn, dự; Trưởng ban quản lý chợ Thành Công, bà Đặng Thị Bích Hằng, trả lời; ông Dương Vũ Lâm - đại biểu HĐND TP. Ông Lâm nói.',
      [['Dương Biểu Chánh', true, ['Chánh tòa']], ['Phan Tánh', true, ['Phó chánh án TAND TP.HCM']], ['Trần Bảo Minh', true, ['Đội trưởng Đội Kiểm tra liên ngành 814 huyện Hóc Môn']], ['Đặng Thị Bích Hằng', true, ['Trưởng ban quản lý chợ Thành Công']], ['Dương Vũ Lâm', true, ['đại biểu HĐND TP']]]],
    ['"Phó phòng"; a one-syllable country ending a four-syllable name', 'Thạc sĩ Nguyễn Văn Đương - Phó phòng Đào tạo trường ĐH Kinh tế cho biết; bà Phạm Thị Ngọc Mỹ và Nguyễn Huỳnh Tú Anh dự.', [['Nguyễn Văn Đương', true, ['Phó phòng Đào tạo trường ĐH Kinh tế']], ['Phạm Thị Ngọc Mỹ', false, []], ['Nguyễn Huỳnh Tú Anh', false, []]]],
    ['rank-shaped syllables end a name', 'Bộ trưởng Lê Trung Tá tiếp đoàn.', [['Lê Trung Tá', true, ['Bộ trưởng']]]],
    ['an award is no name syllable', 'Chủ tịch nước trao tặng ông Trần Văn Hải Huân chương Lao động.', [['Trần Văn Hải', false, []]]],
    ['free-form organ up to the end of an apposition', 'Ông Lê Văn Tám, Giám đốc Trung tâm Quan trắc môi trường tỉnh Bình Định, cho biết.',
      [['Lê Văn Tám', true, ['Giám đốc Trung tâm Quan trắc môi trường tỉnh Bình Định']]]],
    ['lower-case organ up to a reporting verb', 'Bà Ngô Thị Lan - Phó giám đốc bệnh viện cho biết.', [['Ngô Thị Lan', true, ['Phó giám đốc bệnh viện']]]],
    ['a title never swallows the next name', 'Dự có Nguyễn Văn An, Thứ trưởng Bộ Tài chính Lê Văn Bình.', [['Nguyễn Văn An', false, []], ['Lê Văn Bình', true, ['Thứ trưởng Bộ Tài chính']]]],
    ['single foreign name after a head of government', 'Thủ tướng Kovalenko tiếp đoàn.', [['Kovalenko', true, ['Thủ tướng']]]],
    ['company post named by a foreign word', 'Ông Trần Văn Nam, Tổng giám đốc Vinacafex, cho biết. Tổng giám đốc Trần Văn Nam nói thêm.', [['Trần Văn Nam', false, []]]],
    ['two-syllable name grouped with a later bare mention', 'Tô Lâm, Tổng Bí thư, phát biểu. Tô Lâm nhấn mạnh.', [['Tô Lâm', true, ['Tổng Bí thư']]]],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('groups repeated mentions and dedupes titles', () => {
    const [p] = recognise('Đồng chí Vũ Đức Bảo, Trưởng Ban Tổ chức Thành ủy trình bày. Đồng chí Vũ Đức Bảo, Trưởng Ban Tổ chức Thành ủy cho biết.').persons;
    expect(p?.mentions.map((m) => m.text)).toEqual(['Vũ Đức Bảo', 'Vũ Đức Bảo']);
    expect(p?.titles).toEqual(['Trưởng Ban Tổ chức Thành ủy']);
  });
});

describe('person traps', () => {
  it.each([
    ['places and organs', 'Thành ủy Hà Nội, Ban Tổ chức Trung ương và tỉnh Hà Giang, quần đảo Trường Sa.'],
    ['city named after a person', 'Hội nghị tại TP. Hồ Chí Minh và Thành phố Hồ Chí Minh, Học viện Chính trị quốc gia Hồ Chí Minh.'],
    ['streets and schools', 'Trường Đại học Tôn Đức Thắng trên đường Nguyễn Hữu Thọ, số 12 Nguyễn Du.'],
    ['author initials', 'Kết thúc hội nghị.\n\nT.H'],
    ['photo credit in capitals', 'Ảnh: NGUYỄN KHÁNH'],
    ['names inside a cited subject', 'Kế hoạch số 12-KH/TU về “Học tập và làm theo Nguyễn Văn Trỗi”.'],
    ['a span never crosses a semicolon', 'Đại diện Thành ủy; Hà Nội'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  it('tells Hồ Chí Minh the person from the city', () => {
    const { persons } = recognise('Tại TP. Hồ Chí Minh, học tập tư tưởng Hồ Chí Minh; Chủ tịch Hồ Chí Minh và Bác Hồ.');
    expect(persons.map((p) => [p.name, p.official, p.mentions.map((m) => m.text)])).toEqual([['Hồ Chí Minh', true, ['Hồ Chí Minh', 'Hồ Chí Minh', 'Hồ']]]);
  });
});
