/**
 * VnExpress: sapo in p.description, date in span.date ("Thứ bảy, 7/11/2020, 15:54 (GMT+7)"),
 * author as a right-aligned bold last paragraph, and tag/related/comment boxes inside the article.
 *
 * Test URLs:
 * - https://vnexpress.net/thoi-su
 * - https://vnexpress.net/ha-noi-tong-ket-chi-thi-35-4190000.html
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for vnexpress.net. */
export const vnexpressNet: SiteRule = {
  domain: 'vnexpress.net',
  strip: ['.box-comment', '#box_comment_vne', '.box-tinlienquanv2', '.box-tag', '.social_pin', '.list-news'],
  body: 'article.fck_detail',
  title: ['h1.title-detail'],
  section: ['ul.breadcrumb a'],
  date: ['span.date'],
  lead: ['p.description'],
  byline: ['p.author_mail strong', 'p.Normal[style*="right"] strong'],
};
