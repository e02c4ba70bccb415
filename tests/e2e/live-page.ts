/**
 * A live article page with its own scripts, for the "highlight on the original page" test: a
 * counter button, and a MutationObserver that counts every DOM change the page sees. Our text.
 */
export const LIVE_PAGE_ROUTE = 'quochoi.vn/tin-tuc/phien-hop-thu-30-uy-ban-thuong-vu-quoc-hoi-live.html';

export const LIVE_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Phiên họp thứ 30 của Ủy ban Thường vụ Quốc hội</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-11T08:00:00+07:00">
<style>article{max-width:720px;margin:auto;font:18px/1.6 serif} #counter{font-weight:bold}</style></head>
<body><header><a href="/">Cổng thông tin điện tử Quốc hội</a></header>
<article><h1>Khai mạc Phiên họp thứ 30 của Ủy ban Thường vụ Quốc hội</h1>
<p class="date">08:00 11/03/2024</p>
<p id="p1">Sáng 11-3, Chủ tịch Quốc hội Vương Đình Huệ chủ trì và phát biểu khai mạc Phiên họp thứ 30 của Ủy ban Thường vụ Quốc hội. Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn điều hành nội dung thảo luận buổi sáng.</p>
<p>Theo chương trình, Ủy ban Thường vụ Quốc hội cho ý kiến về việc triển khai Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương và về việc thi hành Luật Tổ chức Quốc hội năm 2014.</p>
<p>Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường cho biết phiên họp diễn ra trong hai ngày, với nhiều nội dung quan trọng về công tác lập pháp và giám sát tối cao.</p>
<p>Các đại biểu thống nhất cao với đề xuất của Chính phủ, đồng thời đề nghị cơ quan soạn thảo tiếp tục rà soát để bảo đảm tính đồng bộ của hệ thống pháp luật.</p>
<p><button id="like" type="button">Thích</button> <span id="counter">0</span></p>
</article>
<script>
  window.__mutations = 0;
  new MutationObserver((list) => { window.__mutations += list.length; }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  document.getElementById('like').addEventListener('click', () => {
    const c = document.getElementById('counter'); c.textContent = String(Number(c.textContent) + 1);
  });
</script></body></html>`;
