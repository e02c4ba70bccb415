/**
 * Tạp chí Cộng sản: a Liferay portal. The article portlet is followed by the reader-comment form,
 * "Bài cùng chuyên mục", the print-issue box and "VIDEO CLIPS" portlets; the section name sits in a
 * portlet header above the title and the time is printed as "15:54' 7/11/2020".
 *
 * Test URLs:
 * - https://www.tapchicongsan.org.vn/web/guest/thoi-su-chinh-tri/-/2018/820830/thanh-uy-ha-noi-tong-ket-thuc-hien-chi-thi-so-35-ct-tw-cua-bo-chinh-tri.aspx
 * - https://www.tapchicongsan.org.vn/web/guest/media-story/-/asset_publisher/V8hhp4dK31Gf/content/
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for tapchicongsan.org.vn. */
export const tapchicongsanOrgVn: SiteRule = {
  domain: 'tapchicongsan.org.vn',
  strip: ['.portlet-comment', '.comment-form', '.box-comment', '.related-news', '.print-issue', '.video-clips'],
  body: '.journal-content-article, .article-content, .detail-content',
  title: ['h1.title', '.article-title', 'h1'],
  section: ['.breadcrumb a', '.portlet-title-text', '.category-name', '.section-title'],
  date: ['.date-time', '.article-date', '.date'],
  lead: ['.sapo', '.article-sapo', '.summary'],
  byline: ['.author', '.article-author'],
};
