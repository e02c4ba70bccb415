import { describe, expect, it } from 'vitest';
import { isListingUrl, urlSignal } from './signals';

describe('isListingUrl', () => {
  it.each([
    'https://tuoitre.vn/',
    'https://vnexpress.net',
    'https://nhandan.vn/index.html',
    'https://www.dw.com/en/',
    'https://tuoitre.vn/tag/quoc-hoi.htm',
    'https://vnexpress.net/chu-de/bau-cu-quoc-hoi-1234',
    'https://dantri.com.vn/tu-khoa/nghi-quyet.htm',
    'https://vietnamnet.vn/quoc-hoi-ptag.html',
    'https://vnexpress.net/tim-kiem?q=quoc+hoi',
    'https://example.com/search?q=x',
    'https://tuoitre.vn/video/thoi-su.htm',
    'https://example.com/videos/some-clip-123456',
    'https://baochinhphu.vn/chinh-tri.htm?page=2',
    'https://example.com/news/page/3',
    'https://qdnd.vn/chinh-tri/trang-2',
    'https://example.com/topic/elections',
    'https://example.com/section/world',
    'https://example.com/category/politics',
    'https://example.com/author/jane-doe',
    'https://www.bbc.com/news/av/world-asia-44983991/gurkha-women',
    'https://www.cbsnews.com/pictures/notable-deaths-in-2018/',
  ])('%s is a listing', (url) => {
    expect(isListingUrl(url)).toBe(true);
  });

  it.each([
    'https://tuoitre.vn/thanh-uy-tong-ket-chi-thi-35-20201107155400123.htm',
    'https://www.tapchicongsan.org.vn/web/guest/thoi-su/-/2018/821456/thanh-uy-da-nang.aspx',
    'https://nhandan.vn/hoi-nghi-trung-uong-post778899.html',
    'https://www.cnn.com/2019/05/24/asia/everest-climbers-intl/index.html',
    'https://abcnews.go.com/Politics/trump-rolls-back/story?id=63254875',
    'https://example.com/p/tag-heuer-watch-review-2019',
    'not a url',
  ])('%s is not a listing', (url) => {
    expect(isListingUrl(url)).toBe(false);
  });
});

describe('urlSignal', () => {
  it.each([
    ['https://www.cnn.com/2019/05/24/us/florida-wildfire-i95/index.html', 2],
    ['https://tuoitre.vn/thanh-uy-da-nang-tong-ket-chi-thi-35-20201107155400123.htm', 2],
    ['https://quochoi.vn/tintuc/Pages/tin-hoat-dong.aspx?ItemID=12345', 1],
    ['https://www.bbc.com/news/business-48405481', 1],
    ['https://www.cbsnews.com/news/boeing-737-max-as-faa-weighs-whether-jet-is-ready/', 1],
    ['https://vnexpress.net/thoi-su/chinh-tri', -2],
    ['https://tuoitre.vn/chinh-tri.htm', -2],
  ])('%s → %d', (url, weight) => {
    expect(urlSignal(url)?.weight).toBe(weight);
  });
});
