/**
 * Báo điện tử Chính phủ (VCCorp CMS, like Tuổi Trẻ): detail-* blocks; related boxes inside the body.
 *
 * Test URLs:
 * - https://baochinhphu.vn/chinh-sach-moi.htm
 * - https://baochinhphu.vn/ha-noi-tong-ket-chi-thi-35-102201107155400000.htm
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for baochinhphu.vn. */
export const baochinhphuVn: SiteRule = {
  domain: 'baochinhphu.vn',
  strip: ['.relate-container', '[type="RelatedNewsBox"]', '.detail-tab', '.detail-tag'],
  body: '.detail-content, [data-role="content"]',
  title: ['h1.detail-title'],
  section: ['.detail-cate a', '.breadcrumb a'],
  date: ['.detail-time', '[data-role="publishdate"]'],
  lead: ['.detail-sapo'],
  byline: ['.detail-author'],
};
