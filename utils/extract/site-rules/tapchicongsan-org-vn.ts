/**
 * Tạp chí Cộng sản: a Liferay portal. The article portlet (.ArticleDetail) is followed by the
 * reader-comment form, "Bài cùng chuyên mục" and, in the right column, the print-issue box,
 * "VIDEO CLIPS" and "Đọc nhiều nhất" portlets. The section is a one-link .BreadCrumb above the
 * title, the time is printed as "09:42' 14/11/2020", and the author's initials close the body.
 * Fixture: tests/fixtures/pages/tapchicongsan--demo-chi-thi-35.
 *
 * Test URLs:
 * - https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820830/thanh-uy-ha-noi-tong-ket-thuc-hien-chi-thi-so-35-ct-tw-cua-bo-chinh-tri.aspx
 * - https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/821456/thanh-uy-da-nang-tong-ket-viec-thuc-hien-chi-thi-so-35-ct-tw-cua-bo-chinh-tri.aspx
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for tapchicongsan.org.vn. */
export const tapchicongsanOrgVn: SiteRule = {
  domain: 'tapchicongsan.org.vn',
  strip: ['.ToolBar', '.ArticleFooter', '.CommentBox', '.OtherArticles', '#column-2'],
  body: '#ArticleContent, .ArticleContent',
  title: ['.ArticleHeader h1', 'h1.Title'],
  section: ['.BreadCrumb a'],
  date: ['.ArticleDate'],
  lead: ['.ArticleSapo', '.sapo'],
  byline: ['.ArticleAuthor', '.author'],
};
