/** Generated hostile pages for end-to-end tests, keyed by "host/path" (served under a listed site). */
const HOST = 'nhandan.vn';

function deep(n: number): string {
  return `<!doctype html><html><head><title>Sâu</title></head><body>${'<div>'.repeat(n)}<p>Đoạn văn ở đáy.</p>${'</div>'.repeat(n)}</body></html>`;
}

function huge(bytes: number): string {
  const para = '<p>Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công tốt đẹp, mở ra giai đoạn phát triển mới của đất nước.</p>\n';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang rất lớn</title></head><body><article>${para.repeat(Math.ceil(bytes / para.length))}</article></body></html>`;
}

/** The hostile pages: empty, 10 MB, 5,000-deep nesting, NFD-encoded text. */
export function hostilePages(): Record<string, string> {
  const nfd = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${'Nghị quyết về xây dựng Đảng'.normalize('NFD')}</title></head><body><article><h1>${'Tổng kết thực hiện Chỉ thị'.normalize('NFD')}</h1>${`<p>${'Đồng chí Vương Đình Huệ phát biểu chỉ đạo hội nghị tổng kết công tác năm.'.normalize('NFD')}</p>`.repeat(12)}</article></body></html>`;
  return {
    [`${HOST}/hostile/empty.html`]: '',
    [`${HOST}/hostile/huge-10mb.html`]: huge(10 * 1024 * 1024),
    [`${HOST}/hostile/deep-5000.html`]: deep(5000),
    [`${HOST}/hostile/nfd.html`]: nfd,
  };
}
