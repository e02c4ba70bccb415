/** Test-only helpers for utils/extract: jsdom documents from HTML strings. */
import { JSDOM, VirtualConsole } from 'jsdom';

/** A jsdom Document for html at url (a real window, as in the browser). */
export function parseHtml(html: string, url = 'https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/1/bai.aspx'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** A Vietnamese article page in the Party-magazine shape, with boilerplate after the body. */
export function magazinePage(body = defaultBody()): string {
  return `<!doctype html><html lang="vi"><head><title>Hội nghị tổng kết Chỉ thị 35 - Tạp chí Cộng sản</title>
<meta property="og:title" content="Hội nghị tổng kết Chỉ thị 35"></head><body>
<div class="BreadCrumb"><a href="/thoi-su">Thời sự - Chính trị</a></div>
<h1>Hội nghị tổng kết Chỉ thị 35</h1><div class="ArticleDate">15:54' 7/11/2020</div>
<div id="ArticleContent">${body}<p style="text-align:right"><strong>T.H</strong></p></div>
<div class="CommentBox"><div class="CommentTitle">Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY</div>
<form><table><tr><td>Họ và tên :</td><td><input name="n"></td></tr><tr><td>Mã bảo vệ :</td><td><input name="c"></td></tr></table></form></div>
<div class="box"><div class="box-title">Bài cùng chuyên mục</div><ul><li><a href="/a">Bài khác một về công tác cán bộ</a></li><li><a href="/b">Bài khác hai</a></li></ul></div>
<div class="side"><div class="BoxTitle">GIỚI THIỆU TẠP CHÍ IN</div><div>Số 9 - 2021</div><div>Tra cứu tạp chí in: <a href="/x">Xem</a></div></div>
</body></html>`;
}

function defaultBody(): string {
  const sentences = [
    'Sáng 7-11, Thành ủy Hà Nội tổ chức Hội nghị tổng kết thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp.',
    'Dự Hội nghị có đại biểu các ban đảng Trung ương, lãnh đạo thành phố và bí thư các quận, huyện, thị ủy, đảng ủy trực thuộc Thành ủy.',
    'Báo cáo tổng kết cho biết công tác chuẩn bị, tổ chức đại hội đảng bộ các cấp được lãnh đạo, chỉ đạo chủ động, quyết liệt, đồng bộ và bài bản.',
    'Kết luận Hội nghị, đồng chí Bí thư Thành ủy đề nghị các cấp ủy tiếp tục rút kinh nghiệm, chuẩn bị tốt cho nhiệm kỳ mới.',
  ];
  return sentences.map((s) => `<p>${s} ${s}</p>`).join('\n');
}
