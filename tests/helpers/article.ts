import type { ExtractedArticle } from '../../utils/extract/types';

/** A small extracted article for archive and UI tests; override any field. */
export function makeArticle(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const text = 'Sáng 7-11, Thành ủy tổ chức hội nghị tổng kết.\n\nĐồng chí Bí thư Thành ủy phát biểu kết luận.';
  return {
    url: 'https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820102/bai-mau.aspx',
    canonicalUrl: 'https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820102/bai-mau.aspx',
    title: 'Hội nghị tổng kết thực hiện Chỉ thị số 35-CT/TW',
    section: 'Thời sự - Chính trị',
    byline: 'T.H',
    publishedAt: '2020-11-07T15:54:00+07:00',
    siteName: 'Tạp chí Cộng sản',
    lang: 'vi',
    lead: null,
    excerpt: 'Sáng 7-11, Thành ủy tổ chức hội nghị tổng kết.',
    html: '<p>Sáng 7-11, Thành ủy tổ chức hội nghị tổng kết.</p><p>Đồng chí Bí thư Thành ủy phát biểu kết luận.</p>',
    text,
    images: [],
    wordCount: text.split(/\s+/).length,
    ...over,
  };
}
