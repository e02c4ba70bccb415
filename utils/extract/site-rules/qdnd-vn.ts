/**
 * Quân đội nhân dân: post-* blocks; the summary (.post-summary) is bold and repeated in og:description.
 *
 * Test URLs:
 * - https://www.qdnd.vn/chinh-tri
 * - https://www.qdnd.vn/chinh-tri/tin-tuc/ha-noi-tong-ket-chi-thi-35-000000
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for qdnd.vn. */
export const qdndVn: SiteRule = {
  domain: 'qdnd.vn',
  strip: ['.post-tags', '.post-related', '.box-comment'],
  body: '.post-content',
  title: ['h1.post-title'],
  section: ['.breadcrumb a', '.post-cate a'],
  date: ['.post-subinfo', '.post-date'],
  lead: ['.post-summary'],
  byline: ['.post-author'],
};
