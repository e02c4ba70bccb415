import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, escapeMarkdown, toTag, type ColourLabels } from './markdown';
import { ANNOTATIONS, ARTICLE_AGENCY, ARTICLE_MAGAZINE, ARTICLE_NEWS, makeHighlight } from './test-data';

const LABELS: ColourLabels = { key: 'quan điểm chỉ đạo', figures: 'số liệu', tasks: 'nhiệm vụ, giải pháp' };

function frontMatterOf(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m?.[1]) throw new Error('no front matter');
  return parse(m[1]) as Record<string, unknown>;
}

describe('articleToMarkdown', () => {
  const md = articleToMarkdown(ARTICLE_NEWS, ANNOTATIONS, LABELS);

  it('has YAML front matter that parses, with the article fields', () => {
    expect(frontMatterOf(md)).toEqual({
      title: ARTICLE_NEWS.title,
      source: ARTICLE_NEWS.canonicalUrl,
      site: 'Nhân Dân',
      author: 'Nguyễn Thị Hương',
      published: '2020-11-07T08:15:00+07:00',
      saved: '2024-01-02T03:04:05.000Z',
      section: 'Chính trị',
      tags: ['chuyển-đổi-số', 'Hà-Nội'],
      type: 'article',
    });
  });

  it('leaves unknown fields out of the front matter, and quotes a title YAML would misread', () => {
    const title = 'Kết luận: "Không có vùng cấm" # - [x]';
    const fm = frontMatterOf(articleToMarkdown({ ...ARTICLE_MAGAZINE, title, section: null, byline: null }, [], LABELS));
    expect(fm.title).toBe(title);
    expect(fm).not.toHaveProperty('section');
    expect(fm).not.toHaveProperty('author');
    expect(fm.tags).toEqual([]);
  });

  it('has the title, the lead in bold, then highlights in text order with label, note and tags', () => {
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).toBe(
      [
        '',
        `# ${ARTICLE_NEWS.title}`,
        '',
        `**${ARTICLE_NEWS.lead}**`,
        '',
        '## Highlights',
        '',
        '> 100% hồ sơ công việc',
        '>',
        '> — *số liệu*',
        '',
        'Số liệu cần kiểm tra lại.',
        '',
        '> hoàn thành kết nối dữ liệu dân cư trước quý IV',
        '>',
        '> — *nhiệm vụ, giải pháp*',
        '',
        'Đối chiếu với **Nghị quyết 57-NQ/TW** về khoa học, công nghệ.',
        '',
        '#dữ-liệu-dân-cư #đề-án-06',
        '',
        '## Notes',
        '',
        'Bài viết hữu ích cho chuyên đề cải cách hành chính.',
        '',
        '#cải-cách-hành-chính',
        '',
      ].join('\n'),
    );
  });

  it('only takes the annotations of this article', () => {
    const other = articleToMarkdown(ARTICLE_MAGAZINE, ANNOTATIONS, LABELS);
    expect(other).toContain('> Đồng chí Bí thư Thành ủy phát biểu kết luận\n>\n> — *quan điểm chỉ đạo*');
    expect(other).not.toContain('dữ liệu dân cư');
  });

  it('adds the full text on request, escaped', () => {
    const withText = articleToMarkdown(ARTICLE_NEWS, [], LABELS, { includeText: true });
    expect(withText).toContain('## Text\n\nThành phố đặt mục tiêu 100% hồ sơ');
    expect(articleToMarkdown(ARTICLE_NEWS, [], LABELS)).not.toContain('## Text');
  });

  it('escapes Markdown in a quote so it reads as text, multi-line quotes included', () => {
    const article = { ...ARTICLE_AGENCY, text: '1. Tăng *trưởng* [GDP] ==6,5%==\n- <b>x</b> #1' };
    const h = makeHighlight(article, article.text, { colour: null });
    expect(articleToMarkdown(article, [h], LABELS)).toContain(
      // One escaped "=" of each pair is enough: what is left are single "=", which mark nothing.
      '> 1\\. Tăng \\*trưởng\\* \\[GDP\\] \\==6,5%\\==\n> \\- \\<b\\>x\\</b\\> \\#1',
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['Tăng trưởng 6,5%', 'Tăng trưởng 6,5%'],
    ['a_b*c`d', 'a\\_b\\*c\\`d'],
    ['# Tiêu đề', '\\# Tiêu đề'],
    ['- gạch', '\\- gạch'],
    ['+ cộng', '\\+ cộng'],
    ['2024. Năm', '2024\\. Năm'],
    ['ngày 7-11', 'ngày 7-11'],
    ['---', '\\---'],
    ['&amp; &', '\\&amp; &'],
    ['%% bình luận %%', '\\%% bình luận \\%%'],
    ['$x$ | y', '\\$x\\$ \\| y'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('toTag', () => {
  it.each([
    ['dữ liệu dân cư', 'dữ-liệu-dân-cư'],
    ['  Hà Nội ', 'Hà-Nội'],
    ['Nghị quyết 57-NQ/TW', 'Nghị-quyết-57-NQ/TW'],
    ['a#b,c!', 'abc'],
  ])('%j → %j', (input, output) => expect(toTag(input)).toBe(output));
});
