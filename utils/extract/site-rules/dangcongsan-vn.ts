/**
 * Báo điện tử Đảng Cộng sản Việt Nam: the section is a single .detail-cate link (the menu above
 * it lists every section, so the generic breadcrumb guess would be wrong); ">> Xem thêm:" links
 * sit between body paragraphs. Fixture: tests/fixtures/pages/dangcongsan--to-chuc-xay-dung-dang-nam-2023.
 *
 * Test URLs:
 * - https://dangcongsan.vn/xay-dung-dang/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2023-630157.html
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for dangcongsan.vn. */
export const dangcongsanVn: SiteRule = {
  domain: 'dangcongsan.vn',
  strip: ['.tag-box', '.box-related'],
  section: ['.detail-cate a'],
};
