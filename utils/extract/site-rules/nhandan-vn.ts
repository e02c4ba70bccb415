/**
 * Nhân Dân: article__* BEM blocks; the sapo is a separate .article__sapo and the body is followed by
 * tag and related-article boxes.
 *
 * Test URLs:
 * - https://nhandan.vn/chinhtri/
 * - https://nhandan.vn/ha-noi-tong-ket-chi-thi-35-post000000.html
 */
import type { SiteRule } from '../site-rules.ts';

/** Rule for nhandan.vn. */
export const nhandanVn: SiteRule = {
  domain: 'nhandan.vn',
  strip: ['.article__tag', '.article__social', '.box-related', '.article__related'],
  body: '.article__body',
  title: ['h1.article__title'],
  section: ['.breadcrumbs a', '.article__cate a'],
  date: ['.article__meta time', 'time.time'],
  lead: ['.article__sapo'],
  byline: ['.article__author', '.article__meta .author'],
};
