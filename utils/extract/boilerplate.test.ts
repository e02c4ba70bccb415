import { describe, expect, it } from 'vitest';
import { cleanBoilerplate } from './boilerplate.ts';
import { parseHtml } from './test-helpers.ts';

const BODY = '<div id="body"><p>Đoạn thân bài thứ nhất, đủ dài để là nội dung thật của bài báo về Hội nghị.</p><p>Đoạn thân bài thứ hai.</p></div>';
const cleaned = (html: string) => {
  const doc = parseHtml(`<html><body>${BODY}${html}</body></html>`);
  cleanBoilerplate(doc, null);
  return doc.body.textContent ?? '';
};

describe('cleanBoilerplate removes boxes', () => {
  it.each([
    ['comment form', '<div><div>Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY</div><form>Họ và tên: <input> Email: <input> Mã bảo vệ: <input></form></div>', 'BẠN ĐỌC'],
    ['same-section list', '<div><h3>Bài cùng chuyên mục</h3><ul><li><a href="/a">Bài một</a></li><li><a href="/b">Bài hai</a></li></ul></div>', 'Bài một'],
    ['related news', '<div><h4>Tin liên quan</h4><a href="/a">Một tin</a></div>', 'Một tin'],
    ['print-issue box', '<div><div class="title">GIỚI THIỆU TẠP CHÍ IN</div><div>Số 9 - 2021</div></div>', 'Số 9'],
    ['print lookup', '<div><span class="box-title">Tra cứu tạp chí in:</span><a href="/x">2021</a></div>', 'Tra cứu'],
    ['video box', '<div><h3>VIDEO CLIPS</h3><ul><li><a href="/v">Phim</a></li></ul></div>', 'Phim'],
    ['tags', '<p>Từ khóa: <a href="/t">Chỉ thị 35</a>, <a href="/u">Đà Nẵng</a></p>', 'Chỉ thị 35'],
    ['see also', '<p>&gt;&gt; Xem thêm: <a href="/s">Công tác đối ngoại đảng góp phần nâng cao vị thế đất nước</a></p>', 'đối ngoại'],
    ['share/print bar', '<div><a href="#">In bài</a> <a href="#">Gửi email</a> <a href="#">Chia sẻ</a></div>', 'In bài'],
    ['most read', '<div><div class="BoxTitle">Đọc nhiều nhất</div><ol><li><a href="/m">Bài được đọc nhiều</a></li></ol></div>', 'được đọc'],
    ['English related', '<aside><h2>Related Articles</h2><a href="/r">Other story</a></aside>', 'Other story'],
  ])('%s', (_name, html, gone) => {
    const text = cleaned(html);
    expect(text).not.toContain(gone);
    expect(text).toContain('Đoạn thân bài thứ nhất');
    expect(text).toContain('Đoạn thân bài thứ hai');
  });

  it.each([
    ['a sentence that starts like a box title', '<p>Chia sẻ tại Hội nghị, đồng chí Bí thư nhấn mạnh yêu cầu đổi mới.</p>'],
    ['a sub-heading followed by prose', '<h3>Bình luận</h3><p>Đây là một đoạn văn dài của bài bình luận, không phải hộp bình luận của bạn đọc, nên phải giữ lại nguyên vẹn trong bài viết để bạn đọc theo dõi hết ý kiến của tác giả về vấn đề đang bàn và các kiến nghị kèm theo trong bài.</p>'],
    ['a whole page wrapped in an ASP.NET form', `<form><p>${'Nội dung chính của trang. '.repeat(150)}</p></form>`],
  ])('keeps %s', (_name, html) => {
    const doc = parseHtml(`<html><body>${html}</body></html>`);
    const before = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    cleanBoilerplate(doc, null);
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toContain(before.slice(0, 60));
  });
});
