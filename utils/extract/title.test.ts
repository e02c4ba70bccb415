import { describe, expect, it } from 'vitest';
import { pickTitle, stripSiteSuffix } from './title.ts';

describe('stripSiteSuffix', () => {
  it.each([
    ['Thành ủy Hà Nội tổng kết - Tạp chí Cộng sản', null, 'tapchicongsan.org.vn', 'Thành ủy Hà Nội tổng kết'],
    ['Kinh tế - xã hội tháng 5 | Báo điện tử Chính phủ', 'Báo điện tử Chính phủ', 'baochinhphu.vn', 'Kinh tế - xã hội tháng 5'],
    ['Thời sự - Chính trị hôm nay', null, 'nhandan.vn', 'Thời sự - Chính trị hôm nay'],
    ['VnExpress - Quốc hội thông qua luật', null, 'vnexpress.net', 'Quốc hội thông qua luật'],
    ['Bài viết - Tuổi Trẻ Online', 'TUOI TRE ONLINE', 'tuoitre.vn', 'Bài viết'],
  ])('%s', (title, site, host, want) => expect(stripSiteSuffix(title, site, host)).toBe(want));
});

describe('pickTitle', () => {
  const empty = { rule: '', h1: '', classed: '', og: '', jsonLd: '', twitter: '', document: '', readability: '' };
  it.each([
    ['h1 agreeing with og:title', { h1: 'Tiêu đề bài', og: 'Tiêu đề bài' }, 'Tiêu đề bài'],
    ['og:title over a logo h1', { h1: 'Tạp chí Cộng sản', og: 'Tiêu đề bài' }, 'Tiêu đề bài'],
    ['only og:title', { og: 'Tiêu đề bài' }, 'Tiêu đề bài'],
    ['only <title>', { document: 'Tiêu đề bài - Tạp chí Cộng sản' }, 'Tiêu đề bài'],
    ['site rule first', { rule: 'Từ quy tắc', og: 'Khác' }, 'Từ quy tắc'],
    ['headline cell over a portal-name <title>', { classed: 'Phê duyệt Chương trình', document: 'Cổng Thông tin điện tử Chính phủ' }, 'Phê duyệt Chương trình'],
    ['<title> over a disagreeing h1', { h1: 'Lorem', document: 'Base URL test' }, 'Base URL test'],
  ])('%s', (_n, s, want) => expect(pickTitle({ ...empty, ...s }, null, 'tapchicongsan.org.vn')).toBe(want));
});
