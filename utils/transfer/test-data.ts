/** Demo archive rows for the transfer tests (written for these tests, not taken from real pages). */
import { makeArticle } from '../../tests/helpers/article';
import type { Annotation, AnnotationId, ColourId } from '../annotate/types';
import type { ArticleId, StoredArticle } from '../archive/schema';

const TEXT_1 =
  'Thành phố đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.\n\n' +
  'Chủ tịch UBND thành phố yêu cầu các sở, ngành hoàn thành kết nối dữ liệu dân cư trước quý IV.';

/** A newspaper article with a lead, tags and a plain byline. */
export const ARTICLE_NEWS: StoredArticle = {
  ...makeArticle({
    url: 'https://nhandan.vn/ha-noi-day-manh-chuyen-doi-so-post123456.html',
    canonicalUrl: 'https://nhandan.vn/ha-noi-day-manh-chuyen-doi-so-post123456.html',
    title: 'Hà Nội đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
    section: 'Chính trị',
    byline: 'Nguyễn Thị Hương',
    publishedAt: '2020-11-07T08:15:00+07:00',
    siteName: 'Nhân Dân',
    lead: 'Năm 2025, mọi thủ tục hành chính đủ điều kiện sẽ được cung cấp trực tuyến toàn trình.',
    text: TEXT_1,
  }),
  id: 'b7c1e6a2-1111-4a4a-9c9c-000000000001' as ArticleId,
  urlKey: 'https://nhandan.vn/ha-noi-day-manh-chuyen-doi-so-post123456.html',
  site: 'nhandan.vn',
  savedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
  tags: ['chuyển đổi số', 'Hà Nội'],
};

/** A magazine article with a degree before the author's name, and no tags field (pre-v3 style). */
export const ARTICLE_MAGAZINE: StoredArticle = {
  ...makeArticle({
    title: 'Phát huy vai trò của Mặt trận Tổ quốc trong xây dựng Đảng, chính quyền trong sạch',
    byline: 'PGS.TS Trần Văn Minh',
    publishedAt: '2023-03-15T10:00:00+07:00',
  }),
  id: 'b7c1e6a2-1111-4a4a-9c9c-000000000002' as ArticleId,
  urlKey: 'https://tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820102/bai-mau.aspx',
  site: 'tapchicongsan.org.vn',
  savedAt: Date.UTC(2024, 1, 3),
};

/** A wire-service article with TeX and Markdown specials in its title. */
export const ARTICLE_AGENCY: StoredArticle = {
  ...makeArticle({
    url: 'https://baochinhphu.vn/thu-tuong-chu-tri-phien-hop-102240105.htm?utm_source=zalo',
    canonicalUrl: 'https://baochinhphu.vn/thu-tuong-chu-tri-phien-hop-102240105.htm',
    title: 'Thủ tướng Phạm Minh Chính: "Tăng trưởng 6,5% & giải ngân 95% vốn_đầu tư {công}" #1',
    section: null,
    byline: 'Theo TTXVN',
    publishedAt: '2024-01-05T21:30:00+07:00',
    siteName: 'Báo Điện tử Chính phủ',
  }),
  id: 'b7c1e6a2-1111-4a4a-9c9c-000000000003' as ArticleId,
  urlKey: 'https://baochinhphu.vn/thu-tuong-chu-tri-phien-hop-102240105.htm',
  site: 'baochinhphu.vn',
  savedAt: Date.UTC(2024, 0, 6),
  tags: [],
};

/** A highlight on an article's reader text. */
export function makeHighlight(
  article: StoredArticle,
  exact: string,
  over: Partial<Annotation> & { colour?: ColourId | null } = {},
): Annotation {
  const start = Math.max(0, article.text.indexOf(exact));
  return {
    id: 'c0ffee00-2222-4b4b-8d8d-000000000001' as AnnotationId,
    articleId: article.id,
    motivation: 'highlighting',
    target: {
      source: article.canonicalUrl,
      selector: [
        { type: 'TextPositionSelector', start, end: start + exact.length },
        { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 8), start), suffix: '' },
      ],
    },
    colour: 'key',
    note: '',
    tags: [],
    created: '2024-01-03T09:00:00.000Z',
    modified: '2024-01-03T09:00:00.000Z',
    ...over,
  };
}

/** A note on the whole article. */
export function makeNote(article: StoredArticle, note: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id: 'c0ffee00-2222-4b4b-8d8d-00000000000f' as AnnotationId,
    articleId: article.id,
    motivation: 'commenting',
    target: { source: article.canonicalUrl, selector: [] },
    colour: null,
    note,
    tags: [],
    created: '2024-01-04T09:00:00.000Z',
    modified: '2024-01-04T09:00:00.000Z',
    ...over,
  };
}

/** Two highlights and a whole-article note on ARTICLE_NEWS, one highlight on ARTICLE_MAGAZINE. */
export const ANNOTATIONS: Annotation[] = [
  makeHighlight(ARTICLE_NEWS, 'hoàn thành kết nối dữ liệu dân cư trước quý IV', {
    id: 'c0ffee00-2222-4b4b-8d8d-000000000002' as AnnotationId,
    colour: 'tasks',
    note: 'Đối chiếu với **Nghị quyết 57-NQ/TW** về khoa học, công nghệ.',
    tags: ['dữ liệu dân cư', 'đề án 06'],
  }),
  makeHighlight(ARTICLE_NEWS, '100% hồ sơ công việc', { colour: 'figures', note: 'Số liệu cần kiểm tra lại.' }),
  makeNote(ARTICLE_NEWS, 'Bài viết hữu ích cho chuyên đề cải cách hành chính.', { tags: ['cải cách hành chính'] }),
  makeHighlight(ARTICLE_MAGAZINE, 'Đồng chí Bí thư Thành ủy phát biểu kết luận', {
    id: 'c0ffee00-2222-4b4b-8d8d-000000000003' as AnnotationId,
  }),
];

/** All demo articles. */
export const ARTICLES: StoredArticle[] = [ARTICLE_NEWS, ARTICLE_MAGAZINE, ARTICLE_AGENCY];
