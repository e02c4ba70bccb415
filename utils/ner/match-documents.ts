/**
 * Finds document citations: a type word from document-types.vi.json, optionally "của ISSUER" and
 * "số", then a symbol, a bare number or a name, then the tail. Symbols with no type word before
 * them are kept only when their codes are known (so "Mẫu số 01A/TNDN" is not a citation).
 */
import { claimTokens, DOC, sameLine, type Ctx } from './context.ts';
import { dateBefore, issuerBefore, parseIssuer, parseTail, type Tail } from './document-tail.ts';
import { parseLawName, parsePartyNamed, type NamedCitation } from './named-documents.ts';
import { ID_RE, isCitableSymbol, issuerFromSymbol, parseSymbol, SYMBOL_RE, type SymbolParts } from './symbols.ts';
import { skipBefore } from './hot-tokens.ts';
import { tokenAt } from './tokenize.ts';
import type { CitedDocument } from './types.ts';

/** One citation found in the text, before grouping (shadow offsets). */
export interface DocumentCandidate extends Pick<CitedDocument, 'type' | 'number' | 'symbol' | 'date' | 'issuer' | 'subject'> {
  start: number;
  end: number;
  named: NamedCitation | null;
  /** End of the tail (date, issuer, subject); no name starts before it. */
  tailEnd: number;
  /** "dự thảo …": parsed only so that its symbol is not taken for a citation. */
  draft: boolean;
  /** A bare "Chỉ thị 35" with no tail: kept only if an earlier citation matches (resolve.ts). */
  backReference: boolean;
}

const SLASH_CODE = /\/\s?[A-ZĐƯƠÂĂÊÔ]/;
// A bill, not a law yet: "dự thảo/dự án/dự luật …", "xem xét thông qua …", "cho ý kiến về …", and
// the list after "… bốn dự luật khác: …".
const DRAFT = /(?:(?:dự thảo|dự án|dự luật|xem xét thông qua|sẽ thông qua|dự kiến thông qua|cho ý kiến (?:về|vào)|thảo luận về)\s*[“"']?|(?:dự thảo|dự án|dự luật)[^.;:\n]{0,20}:)\s*$/iu;
const NOT_CITATION_BEFORE = /(?:mẫu|biểu|phụ lục)(?:\s+số)?\s*$/iu;
const SO = /\s*(?:số|Số|SỐ)\s*:?\s*/uy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

// A count after the number: "kế hoạch 5 năm", "quy định 12 đối tượng", "quyết định 150 hoặc 170".
const COUNT_WORDS = new Set(['năm', 'tháng', 'tuần', 'lần', 'đối', 'điểm', 'người', 'hoặc', 'chung', 'triệu', 'tỷ', 'nghìn', 'ngàn', '%', 'giờ', 'phút', 'km', 'ha', 'tấn', 'đồng', 'trang', 'bước', 'mục', 'loại', 'nội']);

/**
 * "Theo Nghị định 15, …", "nghị định 181 về thi hành …", "Nghị quyết 18 đã đi vào cuộc sống": a
 * type word and a bare number is how this press cites documents most often, so it is a citation
 * on its own. (vn-entities.md §2.6 would keep it only as a back-reference; over the 1,000 VNTC
 * texts about 34 of 40 such phrases are citations, and the others are counts — "kế hoạch 5 năm" —
 * or the verbs "quy định"/"quyết định" in lower case.)
 */
// The types cited by bare number; not "phương án 2", "chương trình 135", "Đề án 112", "luật 111"
// (as in "kỷ luật 111 đảng viên"), whose numbers are options, programmes and counts.
const BARE_NUMBER_TYPES = new Set(['Nghị định', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Công văn', 'Thông báo', 'Pháp lệnh', 'Kết luận', 'Quy định', 'Công điện']);

function bareCitation(ctx: Ctx, type: string, start: number, end: number): boolean {
  if (!BARE_NUMBER_TYPES.has(type) || /^(?:quy định|quyết định)\b/u.test(ctx.text.slice(start, start + 12))) return false;
  const next = ctx.tokens[tokenAt(ctx.tokens, end)];
  return !next || !COUNT_WORDS.has(next.key);
}

function fromSymbol(ctx: Ctx, start: number, type: string, parts: SymbolParts, end: number, tail: Tail, hasSo: boolean): DocumentCandidate {
  const strong = parts.symbol !== null || hasSo || tail.date !== null || tail.issuer !== null || (parts.number !== null && bareCitation(ctx, type, start, end));
  return {
    start, end, tailEnd: tail.end, type, number: parts.number, symbol: parts.symbol, date: tail.date,
    issuer: tail.issuer ?? issuerFromSymbol(parts, ctx.lex), subject: tail.subject, named: null, backReference: !strong, draft: false,
  };
}

function fromName(start: number, type: string, named: NamedCitation, tail: Tail): DocumentCandidate {
  return { start, end: named.end, tailEnd: tail.end, type, number: null, symbol: null, date: tail.date, issuer: tail.issuer, subject: tail.subject, named, backReference: false, draft: false };
}

/** Parses one citation whose type word spans [start, typeEnd), or null. */
function parseCitation(ctx: Ctx, start: number, typeEnd: number, type: string): DocumentCandidate | null {
  let pos = typeEnd;
  // "Quyết định của Bộ Chính trị số 31-QĐ/TW": the issuer may come before the number.
  const early = parseIssuer(ctx, pos);
  const earlySo = early ? sticky(SO, ctx.text, early.end) : null;
  if (early && earlySo) pos = early.end;
  const so = sticky(SO, ctx.text, pos);
  const idPos = so ? pos + so[0].length : sticky(/\s*/uy, ctx.text, pos)![0].length + pos;
  const id = sticky(ID_RE, ctx.text, idPos);
  if (id && (so || idPos > pos)) {
    const end = idPos + id[0].length;
    const parts = parseSymbol(id, ctx.lex);
    const tail = parseTail(ctx, end);
    if (early && earlySo && !tail.issuer) tail.issuer = early.issuer;
    return fromSymbol(ctx, start, type, parts, end, tail, !!so);
  }
  const named = ctx.lex.documentTypes.named.has(type) ? parseLawName(ctx, type, typeEnd, start) : /^(?:Nghị quyết|Kết luận)$/.test(type) ? parsePartyNamed(ctx, type, typeEnd) : null;
  return named ? withSymbol(ctx, fromName(start, type, named, parseTail(ctx, named.end))) : null;
}

/** "Luật Tổ chức Quốc hội số 57/2014/QH13": a name followed by its number and symbol. */
function withSymbol(ctx: Ctx, doc: DocumentCandidate): DocumentCandidate {
  const so = sticky(SO, ctx.text, doc.end);
  const id = so ? sticky(ID_RE, ctx.text, doc.end + so[0].length) : null;
  if (!so || !id?.[0] || !/\s/.test(so[0][0] ?? '')) return doc;
  const parts = parseSymbol(id, ctx.lex);
  if (!parts.symbol) return doc;
  const end = doc.end + so[0].length + id[0].length;
  const tail = parseTail(ctx, end);
  return { ...doc, end, tailEnd: tail.end, number: parts.number, symbol: parts.symbol, date: doc.date ?? tail.date, issuer: doc.issuer ?? tail.issuer ?? issuerFromSymbol(parts, ctx.lex) };
}

/** Symbols with no type word ("… và 19-NQ/TW"), where the codes are known. */
function bareSymbols(ctx: Ctx, found: DocumentCandidate[]): DocumentCandidate[] {
  const out: DocumentCandidate[] = [];
  // Every symbol has a slash before a capital code ("…/TW", "…/NĐ-CP"); a literal scan rules out
  // most texts before the full pattern (lookbehind, Unicode) runs.
  if (!SLASH_CODE.test(ctx.text)) return out;
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(ctx.text); m; m = SYMBOL_RE.exec(ctx.text)) {
    const start = m.index;
    if (found.some((d) => start < d.end && start + m![0].length > d.start)) continue;
    if (NOT_CITATION_BEFORE.test(ctx.text.slice(Math.max(0, start - 14), start))) continue;
    const parts = parseSymbol(m, ctx.lex);
    if (!isCitableSymbol(parts, ctx.lex)) continue;
    const type = (parts.typeAbbr && ctx.lex.documentTypes.byAbbr.get(parts.typeAbbr)) || 'Văn bản';
    const end = start + m[0].length;
    out.push(fromSymbol(ctx, start, type, parts, end, parseTail(ctx, end), false));
  }
  return out;
}

// "dự thảo “Luật Phòng, chống tham nhũng” và “Luật Thực hành tiết kiệm, chống lãng phí”": the
// draft marker covers a coordinated list.
const COORDINATION = /^[\s”"'»]*(?:,|;|và|hoặc)[\s“"'«]*$/u;

/** True when `doc` is listed right after `prev` ("Luật A và Luật B", "Luật A; Luật B"). */
function coordinated(ctx: Ctx, prev: DocumentCandidate | undefined, doc: DocumentCandidate): prev is DocumentCandidate {
  return !!prev && doc.start - prev.end < 12 && COORDINATION.test(ctx.text.slice(prev.end, doc.start));
}

// A document the text calls a draft once is a draft in its later mentions too ("Về Luật …, …").
const draftKey = (d: DocumentCandidate): string => d.named?.base ?? d.symbol ?? `${d.type}|${d.number}`;

const CITE_NEXT = new Set(['số', 'của', 'năm', ',', 'đại', 'hội', 'lần', 'tw', 'sửa']);

// "quyết định" is a verb more often than a citation: a citation's type word is followed by a
// number, "số", "của", a year, a name, a known law name or a plenum or congress ("nghị quyết đại
// hội …", any case): the shapes parseCitation reads.
function mayCite(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && (t.digit || t.cap || CITE_NEXT.has(t.key) || (t.mask & ctx.lex.lawNames.bit) !== 0 || ctx.lex.lawNames.bit === 0);
}

/** All citations, by start offset; claims their tokens (core span and tail) for DOC. */
export function findDocuments(ctx: Ctx): DocumentCandidate[] {
  const found: DocumentCandidate[] = [];
  const t = ctx.tokens;
  const hot = ctx.hot.documents;
  // The issuer a subject gave the previous citation ("Quốc hội đã thông qua Luật A và Luật B").
  let subjectIssuer: string | null = null;
  const amendedLaws: DocumentCandidate[] = [];
  for (let h = 0; h < hot.length; h++) {
    const i = hot[h]!;
    const m = t[i]!.word ? ctx.lex.documentTypes.trie.match(t, i) : null;
    // (A capitalised "Hiến pháp" is the Constitution whatever follows it.)
    if (!m || !(mayCite(ctx, m.end) || (m.value === 'Hiến pháp' && t[i]!.cap)) || !sameLine(ctx, i, m.end - 1)) continue;
    const doc = parseCitation(ctx, t[i]!.start, t[m.end - 1]!.end, m.value);
    if (!doc) continue;
    const prev = found.at(-1);
    const listed = coordinated(ctx, prev, doc);
    if (!doc.issuer && listed && subjectIssuer) doc.issuer = subjectIssuer;
    else subjectIssuer = null;
    if (!doc.issuer || !doc.date) {
      const subject = issuerBefore(ctx, i);
      if (subject) {
        subjectIssuer = subject.issuer;
        doc.issuer ??= subject.issuer;
        doc.date ??= dateBefore(ctx, subject.start, Math.max(found.at(-1)?.tailEnd ?? 0, found.at(-1)?.end ?? 0));
        // "Thủ tướng đã ban hành chỉ thị 12": issued by a named subject, a bare number is a citation.
        doc.backReference = false;
      }
    }
    doc.draft = DRAFT.test(ctx.text.slice(Math.max(0, doc.start - 40), doc.start)) || (listed && prev.draft);
    found.push(doc);
    // "dự án Luật sửa đổi, bổ sung Luật Khiếu nại, tố cáo": the bill is a draft, the law it amends
    // is in force and cited.
    // (Kept apart from `found` until the end: the draft marker still covers the list it heads.)
    for (const a of doc.draft ? (doc.named?.amends ?? []) : []) amendedLaws.push(fromName(a.start, a.type, a.named, { end: a.named.end, date: null, issuer: null, subject: null }));
    h = skipBefore(hot, h, tokenAt(t, doc.end));
  }
  const drafts = new Set(found.filter((d) => d.draft).map(draftKey));
  const all = [...found, ...bareSymbols(ctx, found)].filter((d) => !d.draft && !drafts.has(draftKey(d))).concat(amendedLaws).sort((a, b) => a.start - b.start);
  for (const d of all) claimTokens(ctx, tokenAt(ctx.tokens, d.start), tokenAt(ctx.tokens, Math.max(d.end, d.tailEnd)), DOC);
  return all;
}
