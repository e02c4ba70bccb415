/**
 * Tuổi Trẻ (VCCorp CMS): sapo in h2.detail-sapo, time in [data-role=publishdate]
 * ("07/11/2020 15:54 GMT+7"), related-news boxes embedded in the body, author in .detail-author.
 *
 * Test URLs:
 * - https://tuoitre.vn/thoi-su.htm
 * - https://tuoitre.vn/ha-noi-tong-ket-chi-thi-35-20201107155400000.htm
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for tuoitre.vn. */
export const tuoitreVn: SiteRule = {
  domain: 'tuoitre.vn',
  strip: ['.relate-container', '[type="RelatedNewsBox"]', '.detail-tab', '.detail__tags', '.box-comment'],
  body: '.detail-cmain, [itemprop="articleBody"]',
  title: ['h1.detail-title', 'h1.article-title'],
  section: ['.detail-cate a', '.bread-crumbs a'],
  date: ['[data-role="publishdate"]', '.detail-time'],
  lead: ['h2.detail-sapo', '.detail-sapo'],
  byline: ['.detail-author .name', '.author-info .name', '.detail-author'],
};
