import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const BODY_PARAGRAPHS = [
  'Sáng 7-11, Ban Thường vụ Thành ủy Đà Nẵng tổ chức hội nghị tổng kết 15 năm thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp.',
  'Phát biểu tại hội nghị, đồng chí Bí thư Thành ủy nhấn mạnh việc chuẩn bị nhân sự phải bảo đảm nguyên tắc tập trung dân chủ, công khai, minh bạch và đúng quy trình.',
  'Theo báo cáo, toàn Đảng bộ thành phố đã tổ chức thành công đại hội ở 100% tổ chức cơ sở đảng, bầu đủ số lượng cấp ủy viên theo đề án được duyệt.',
  'Hội nghị cũng chỉ ra một số hạn chế trong công tác tuyên truyền và đề ra nhiệm vụ, giải pháp cho nhiệm kỳ tới, trong đó có việc đổi mới phương thức lãnh đạo.',
  'Kết luận hội nghị, Thành ủy yêu cầu các cấp ủy tiếp tục quán triệt sâu sắc tinh thần Chỉ thị, gắn với việc thực hiện Nghị quyết Đại hội XIII của Đảng.',
];
const body = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
const teasers = (n: number) =>
  Array.from({ length: n }, (_, i) => `<div class="item"><h3><a href="/tin-${i}-1234567.htm">Tin ${i} về hội nghị Trung ương</a></h3><p class="sapo">Tóm tắt ngắn của tin số ${i}.</p><span class="time">07/11/2020</span></div>`).join('');
const LD_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hội nghị"}</script>';
const ARTICLE_URL = 'https://tuoitre.vn/thanh-uy-da-nang-tong-ket-chi-thi-35-20201107155400123.htm';

const vnArticle = `<html lang="vi"><head><title>Thành ủy Đà Nẵng tổng kết Chỉ thị 35</title>
  <meta property="og:type" content="article">${LD_ARTICLE}</head>
  <body><header><a href="/">Trang chủ</a></header><article>
  <h1>Thành ủy Đà Nẵng tổng kết việc thực hiện Chỉ thị số 35-CT/TW</h1>
  <div class="date">Thứ bảy, 07/11/2020 - 15:54</div>${body}</article></body></html>`;

describe('detectArticle on small pages', () => {
  it.each([
    ['a Vietnamese article (og, JSON-LD, dated byline, prose)', vnArticle, ARTICLE_URL, true],
    ['an article with no metadata at all', `<h1>Thành ủy Đà Nẵng tổng kết Chỉ thị 35</h1><div class="d">7-11-2020</div><div>${body}</div>`, ARTICLE_URL, true],
    ['an article whose title is only in og:title', `<head><meta property="og:title" content="Thành ủy Đà Nẵng tổng kết"><meta property="og:type" content="article"></head><body><div>${body}</div></body>`, ARTICLE_URL, true],
    ['a JSON-LD @graph article', `<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script></head><body><div>${body}</div></body>`, 'https://example.vn/bai-viet-ve-hoi-nghi-trung-uong', true],
    ['the home page', `<head><meta property="og:type" content="website"></head><body>${teasers(40)}</body>`, 'https://tuoitre.vn/', false],
    ['a tag page', `<body><h1>Quốc hội</h1>${teasers(20)}</body>`, 'https://tuoitre.vn/tag/quoc-hoi.htm', false],
    ['a search page', `<body>${teasers(10)}</body>`, 'https://vnexpress.net/tim-kiem?q=nghi+quyet', false],
    ['a video page', vnArticle, 'https://tuoitre.vn/video/thanh-uy-da-nang-20201107.htm', false],
    ['a section front', `<head><meta property="og:type" content="website"></head><body><h1>Chính trị</h1>${teasers(30)}</body>`, 'https://tuoitre.vn/chinh-tri.htm', false],
    ['a section front on an id URL', `<head><script type="application/ld+json">{"@type":"CollectionPage"}</script></head><body>${teasers(15)}</body>`, 'https://example.vn/chinh-tri-102345', false],
    ['a video page told by og:type', `<head><meta property="og:type" content="video.other"></head><body><h1>Clip: hội nghị</h1><p>${BODY_PARAGRAPHS[0]}</p></body>`, 'https://example.vn/clip-hoi-nghi-trung-uong-123456.html', false],
    ['a JSON-LD ItemList of NewsArticle teasers', `<head><script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"},{"@type":"NewsArticle"}]}</script></head><body>${teasers(12)}</body>`, 'https://example.vn/thoi-su', false],
  ])('%s', (_name, html, url, isArticle) => {
    const detection = detectArticle(parse(html), url);
    expect(detection.isArticle, detection.reasons.join('; ')).toBe(isArticle);
  });

  it('explains itself with weighted reasons', () => {
    const { reasons, score } = detectArticle(parse(vnArticle), ARTICLE_URL);
    expect(reasons).toContain('og:type=article (+2)');
    expect(reasons).toContain('JSON-LD @type=NewsArticle (+3)');
    expect(score).toBeGreaterThanOrEqual(3);
  });

  it('does not touch the document', () => {
    const doc = parse(vnArticle);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, ARTICLE_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('detectArticle on bad input', () => {
  it.each([
    ['an empty document', () => document.implementation.createHTMLDocument('')],
    ['an empty string', () => parse('')],
    ['a document without a root element', () => { const d = parse(''); d.documentElement.remove(); return d; }],
  ])('%s is a clear not-article', (_name, makeDoc) => {
    const detection = detectArticle(makeDoc(), ARTICLE_URL);
    expect(detection.isArticle).toBe(false);
  });

  it('ignores malformed JSON-LD and still reads the rest', () => {
    const html = vnArticle.replace(LD_ARTICLE, '<script type="application/ld+json">{"@type": "NewsArticle",, }</script>');
    const detection = detectArticle(parse(html), ARTICLE_URL);
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons.join()).not.toContain('JSON-LD');
  });

  it('survives a bad URL', () => {
    expect(() => detectArticle(parse(vnArticle), 'not a url')).not.toThrow();
  });

  it('reads an NFD-encoded Vietnamese page like its NFC form', () => {
    const nfd = detectArticle(parse(vnArticle.normalize('NFD')), ARTICLE_URL);
    expect(nfd.isArticle).toBe(true);
    expect(nfd.score).toBe(detectArticle(parse(vnArticle), ARTICLE_URL).score);
  });

  it('handles 5,000-deep nesting without recursion', () => {
    const html = `${'<div>'.repeat(5000)}<h1>Tin sâu</h1>${body}${'</div>'.repeat(5000)}`;
    expect(detectArticle(parse(html), ARTICLE_URL).isArticle).toBe(true);
  });

  it('handles a 10 MB page quickly', () => {
    // Mostly text, so the parser (not under test) stays fast; teasers first, as on a long front.
    const longParagraph = `<p>${BODY_PARAGRAPHS.join(' ').repeat(12)}</p>`;
    const html = `<head><meta property="og:type" content="website"></head><body>${teasers(200)}${longParagraph.repeat(1100)}</body>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = parse(html);
    const t0 = performance.now();
    const detection = detectArticle(doc, 'https://example.vn/thoi-su');
    expect(detection.isArticle).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
