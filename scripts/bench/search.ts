/**
 * `npm run bench -- search`: the local full-text index (utils/search) on SYNTHETIC articles made
 * deterministically (seeded PRNG) from the vocabulary below, at 1,000 and 10,000 articles of
 * 600–900 words: build time, serialised size, heap, load time, and p50/p95 of ~200 queries through
 * search() (phrase checks and snippets included). In the same run, MiniSearch 7.2 with the same
 * tokeniser and folded + exact terms, ranking the same queries: the measurement behind the choice
 * of engine (see utils/search/search-index.ts). FlexSearch/Lunr are not installed, so not compared.
 * Goal: p95 < 50 ms at 10,000. Wall-clock times on a shared 2-core machine: compare within a run.
 * Usage: npm run bench -- search [--sizes=1000,10000] [--no-minisearch]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ArticleId } from '../../utils/archive/schema.ts';
import MiniSearch, { type Options, type Query } from 'minisearch';
import { fold, normalizeVi } from '../../utils/search/fold.ts';
import { parseQuery } from '../../utils/search/parse-query.ts';
import { search } from '../../utils/search/query.ts';
import { buildIndex, EXACT, loadIndex, serializeIndex } from '../../utils/search/search-index.ts';
import { indexTerms } from '../../utils/search/tokenize.ts';
import type { SearchDoc } from '../../utils/search/types.ts';
import { median, quantile } from '../lib/timing.ts';

const GOAL_P95_MS = 50;
const w = (s: string): string[] => s.split('|');
const SURNAMES = w('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Vương|Trịnh|Đinh|Lương');
const MIDDLES = w('Văn|Thị|Đình|Minh|Xuân|Hữu|Đức|Quang|Thanh|Phú|Thành|Hồng|Ngọc|Anh|Trọng|Tấn|Khắc|Bá');
const GIVENS = w('Huệ|Lâm|Chính|Thưởng|Trọng|Hùng|Phúc|Dũng|Hải|Mẫn|Ngân|Hà|Lan|Hòa|Thắng|Sơn|Tuấn|Nam|Bình|Quân|Hiếu|Khải|Thủy|Nhân');
const TITLES = w('Tổng Bí thư|Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch Quốc hội|Phó Thủ tướng|Bộ trưởng Bộ Công an|Bí thư Thành ủy|Chủ tịch UBND tỉnh|Ủy viên Bộ Chính trị|Trưởng Ban Tổ chức Trung ương|Phó Chủ tịch Quốc hội|Bộ trưởng Bộ Quốc phòng');
const ORGANS = w('Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|Ủy ban Thường vụ Quốc hội|Mặt trận Tổ quốc Việt Nam|Ban Chấp hành Trung ương|Ủy ban Kiểm tra Trung ương|Tòa án nhân dân tối cao|Bộ Nội vụ|Bộ Tài chính|Hội đồng nhân dân');
const DOC_TYPES: [string, string][] = [['Chỉ thị', 'CT/TW'], ['Nghị quyết', 'NQ/TW'], ['Kết luận', 'KL/TW'], ['Quy định', 'QĐ/TW']];
const GOV_TYPES: [string, string][] = [['Nghị định', 'NĐ-CP'], ['Quyết định', 'QĐ-TTg'], ['Thông tư', 'TT-BTC']];
const WORDS = w(
  'phát triển|kinh tế|xã hội|chính sách|nhân dân|đất nước|cán bộ|đảng viên|tổ chức|thực hiện|nhiệm vụ|giải pháp|tăng cường|' +
  'lãnh đạo|chỉ đạo|công tác|xây dựng|chỉnh đốn|phòng|chống|tham nhũng|lãng phí|tiêu cực|đổi mới|hội nhập|quốc tế|an ninh|' +
  'quốc phòng|văn hóa|giáo dục|y tế|khoa học|công nghệ|chuyển đổi số|hạ tầng|đầu tư|ngân sách|thuế|doanh nghiệp|thị trường|' +
  'nông nghiệp|nông thôn|môi trường|biến đổi khí hậu|địa phương|trung ương|tỉnh|thành phố|huyện|xã|hội nghị|kỳ họp|' +
  'thảo luận|biểu quyết|thông qua|dự thảo|luật|sửa đổi|bổ sung|quy định|hướng dẫn|kiểm tra|giám sát|kỷ luật|kỷ cương|' +
  'trách nhiệm|người đứng đầu|cải cách|hành chính|thủ tục|bộ máy|tinh gọn|hiệu lực|hiệu quả|tinh thần|quyết liệt|đồng bộ|' +
  'toàn diện|bền vững|nhanh|mạnh mẽ|tích cực|chủ động|kịp thời|nghiêm túc|của|và|các|những|trong|với|cho|được|đã|sẽ|đang|' +
  'để|là|có|không|này|đó|về|theo|từ|tại|trên|năm|tháng|ngày|nhằm|bảo đảm|nâng cao|chất lượng|đời sống|người dân|' +
  'khó khăn|thách thức|cơ hội|tiềm năng|lợi thế|mục tiêu|định hướng|chiến lược|quy hoạch|kế hoạch|đề án|chương trình|' +
  'báo cáo|kết quả|đánh giá|tổng kết|sơ kết|thành tựu|hạn chế|nguyên nhân|bài học|kinh nghiệm|đồng chí|phát biểu|nhấn mạnh|' +
  'yêu cầu|đề nghị|khẳng định|ghi nhận|biểu dương|hòa bình|hợp tác|hữu nghị|đối ngoại|ngoại giao|thủy lợi|khỏe mạnh|quý báu');
const TAGS = w('kinh tế|đối ngoại|nhân sự|chống tham nhũng|pháp luật|quốc hội|địa phương|cần đọc lại');

/** mulberry32: tiny, fast and deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
// Zipf-ish: low indexes far more often, like function words in real text.
const zipf = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(xs.length * r() ** 2.2)]!;
const name = (r: Rand): string => `${pick(r, SURNAMES)} ${pick(r, MIDDLES)} ${pick(r, GIVENS)}`;
const symbol = (r: Rand): string => {
  const [type, code] = r() < 0.6 ? pick(r, DOC_TYPES) : pick(r, GOV_TYPES);
  const n = 1 + Math.floor(r() * 60);
  return code.endsWith('/TW') ? `${type} số ${n}-${code}` : `${type} số ${n}/${2015 + Math.floor(r() * 10)}/${code}`;
};
// A few documents carry a name unaccented (as some feeds and user notes do).
const maybePlain = (r: Rand, s: string): string => (r() < 0.03 ? fold(s).replace(/\b\w/g, (c) => c.toUpperCase()) : s);

function sentence(r: Rand): string {
  const parts: string[] = [];
  const len = 8 + Math.floor(r() * 14);
  while (parts.length < len) {
    const x = r();
    if (x < 0.04) parts.push(`${pick(r, TITLES)} ${maybePlain(r, name(r))}`);
    else if (x < 0.08) parts.push(pick(r, ORGANS));
    else if (x < 0.1) parts.push(symbol(r));
    else parts.push(zipf(r, WORDS));
  }
  const s = parts.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** Synthetic article `i`: title, 600–900 words in paragraphs, a note on one in five, 0–2 tags. */
function makeDoc(i: number): SearchDoc {
  const r = prng(i + 1);
  const target = 600 + Math.floor(r() * 300);
  const paras: string[] = [];
  let words = 0;
  while (words < target) {
    const p = Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r)).join(' ');
    words += p.split(' ').length;
    paras.push(p);
  }
  const notes = r() < 0.2 ? `Ghi chú: ${sentence(r)}` : '';
  const tags = Array.from({ length: Math.floor(r() * 3) }, () => pick(r, TAGS));
  const id = `a${i}` as ArticleId;
  return { id, title: sentence(r).slice(0, 90), text: paras.join('\n\n'), notes, tags, site: 'nhandan.vn', publishedAt: null };
}

/** ~200 queries: single accented term, unaccented name, 3-word name, phrase, symbol, prefix. */
function makeQueries(): string[] {
  const r = prng(424242);
  const kinds: (() => string)[] = [
    () => pick(r, WORDS.filter((x) => !x.includes(' ') && fold(x) !== x)),
    () => fold(name(r)),
    () => name(r),
    () => `"${pick(r, ORGANS)}"`,
    () => symbol(r).split(' ').pop()!,
    () => { const n = name(r); return n.slice(0, n.length - 2); },
  ];
  return Array.from({ length: 204 }, (_, i) => kinds[i % kinds.length]!());
}


function gcFn(): () => void {
  // Without --expose-gc, turn it on at run time; the heap figures are then after a full collection.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const heapMb = (gc: () => void): number => (gc(), process.memoryUsage().heapUsed / 1e6);

const MINI_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text', 'notes', 'tags'],
  extractField: ((d: SearchDoc, f: string) => (f === 'tags' ? d.tags.join(' ') : d[f as keyof SearchDoc])) as Options<SearchDoc>['extractField'],
  tokenize: (t) => indexTerms(normalizeVi(t)),
  processTerm: (t) => (fold(t) === t ? t : [fold(t), EXACT + t]),
  searchOptions: { tokenize: (q) => [q], processTerm: (t) => t, boost: { title: 3, tags: 2, notes: 1.5 } },
};

/** The same query as query.ts asks of its index, as a MiniSearch query tree. */
function miniQuery(q: string): Query {
  const groups = parseQuery(q).terms.map((t): Query => ({
    combineWith: 'OR', prefix: t.prefix, queries: t.folded === t.exact ? [t.folded] : [t.folded, EXACT + t.exact],
  }));
  return { combineWith: 'AND', queries: groups };
}

function timeQueries(fn: (q: string) => unknown, queries: readonly string[]): number[] {
  for (const q of queries.slice(0, 20)) fn(q); // warm-up
  return queries.map((q) => {
    const t = performance.now();
    fn(q);
    return performance.now() - t;
  });
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  return [fn(), performance.now() - t];
}

async function benchOurs(docs: SearchDoc[], queries: readonly string[], gc: () => void): Promise<void> {
  const byId = new Map(docs.map((d) => [d.id as string, d]));
  const rounds = docs.length <= 2000 ? 3 : 1;
  const h0 = heapMb(gc);
  const buildMs: number[] = [];
  let index = buildIndex([]);
  for (let i = 0; i < rounds; i++) [index, buildMs[i]] = timed(() => buildIndex(docs));
  const heap = heapMb(gc) - h0;
  const [json, serMs] = timed(() => serializeIndex(index));
  const [, loadMs] = timed(() => loadIndex(json));
  const groups = (q: string) => parseQuery(q).terms.map((t) => [t.folded, ...(t.folded === t.exact ? [] : [EXACT + t.exact])].map((term) => ({ term, prefix: t.prefix })));
  const engine = timeQueries((q) => index.engine.search(groups(q)), queries);
  const ms = timeQueries((q) => search(index, byId, q), queries);
  const hits = queries.filter((q) => search(index, byId, q).length > 0).length;
  console.log(`  ours: build ${median(buildMs).toFixed(0)} ms (median of ${rounds}), heap +${heap.toFixed(0)} MB, serialised ${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB (stringify ${serMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms)`);
  console.log(`  ours: search() incl. phrases + snippets p50 ${median(ms).toFixed(2)} ms, p95 ${quantile(ms, 0.95).toFixed(2)} ms, max ${Math.max(...ms).toFixed(1)} ms (${hits}/${queries.length} queries with hits) — ${quantile(ms, 0.95) < GOAL_P95_MS ? 'OK' : 'OVER'} (goal p95 < ${GOAL_P95_MS} ms)`);
  console.log(`  ours: ranking only (folded + exact) p50 ${median(engine).toFixed(2)} ms, p95 ${quantile(engine, 0.95).toFixed(2)} ms`);
}

async function benchMini(docs: SearchDoc[], queries: readonly string[], gc: () => void): Promise<void> {
  const h0 = heapMb(gc);
  const [mini, buildMs] = timed(() => {
    const m = new MiniSearch<SearchDoc>(MINI_OPTIONS);
    m.addAll(docs);
    return m;
  });
  const heap = heapMb(gc) - h0;
  const size = Buffer.byteLength(JSON.stringify(mini));
  // Half the queries (the same mix) at 10,000: MiniSearch is slow enough to blow the 2-minute budget.
  const sample = docs.length > 2000 ? queries.slice(0, queries.length >> 1) : queries;
  const ms = timeQueries((q) => mini.search(miniQuery(q)), sample);
  console.log(`  MiniSearch 7.2: build ${buildMs.toFixed(0)} ms, heap +${heap.toFixed(0)} MB, serialised ${(size / 1e6).toFixed(1)} MB; ranking only (folded + exact, as ours) p50 ${median(ms).toFixed(2)} ms, p95 ${quantile(ms, 0.95).toFixed(2)} ms over ${sample.length} queries`);
}

async function benchSize(n: number, queries: readonly string[], gc: () => void, withMini: boolean): Promise<void> {
  const docs = Array.from({ length: n }, (_, i) => makeDoc(i));
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
  console.log(`search: ${n} synthetic articles, ${(words / n).toFixed(0)} words avg, ${queries.length} queries`);
  await benchOurs(docs, queries, gc);
  if (withMini) await benchMini(docs, queries, gc);
}

/** Runs the index benchmark at each size; needs no corpora. */
export async function run(_corpora: string | null): Promise<void> {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = arg ? arg.slice(8).split(',').map(Number) : [1000, 10000];
  const gc = gcFn();
  const queries = makeQueries();
  const withMini = !process.argv.includes('--no-minisearch');
  for (const n of sizes) await benchSize(n, queries, gc, withMini);
}
