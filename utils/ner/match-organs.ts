/**
 * Places ("Hà Nội", "TP. Hồ Chí Minh", "huyện Gia Lâm") and organs ("Bộ Chính trị", "Sở Tài chính
 * Hà Nội"), used inside titles and issuer phrases, and as blocks: a name never starts inside one,
 * which keeps "Thành ủy Hà Nội", "đường Lê Lợi" and "Học viện … Hồ Chí Minh" from becoming people.
 */
import { claimTokens, FREE, ORG, PLACE, sameLine, type Ctx } from './context.ts';
import { notOrgan, reportingAt } from './clause-words.ts';
import type { TrieMatch } from './gazetteer.ts';
import { skipBefore } from './hot-tokens.ts';

/** A parsed organ phrase: tokens up to `end`; `termStart` is where a "khóa XII" suffix begins. */
export interface OrgPhrase {
  end: number;
  termStart: number;
  /** Contains a foreign country, so a foreign-shaped name may follow. */
  foreign: boolean;
}

function longest<V>(a: TrieMatch<V> | null, b: TrieMatch<V> | null): TrieMatch<V> | null {
  if (!a) return b;
  return b && b.end > a.end ? b : a;
}

/** Known place or country at token i (capitalised); returns its match or null. */
export function placeName(ctx: Ctx, i: number): TrieMatch<string> | null {
  if (!ctx.tokens[i]?.cap) return null;
  return longest(ctx.lex.places.match(ctx.tokens, i), ctx.lex.countries.match(ctx.tokens, i));
}

/** True when token k starts a Vietnamese name: a known surname followed by a capitalised syllable. */
export function isNameStart(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!t?.cap || !next?.cap || !next.word || !ctx.lex.surnames.has(t.key)) return false;
  return !placeName(ctx, k) && !ctx.lex.organs.match(ctx.tokens, k);
}

// "huyện Gia Lâm Nguyễn Hữu Long": "Lâm" is a surname too, but the name starts at "Nguyễn".
function stopsForName(ctx: Ctx, k: number): boolean {
  if (!isNameStart(ctx, k)) return false;
  const third = ctx.tokens[k + 3];
  const laterFull = isNameStart(ctx, k + 1) && !!third?.cap && third.word && sameLine(ctx, k + 2, k + 3);
  return !laterFull;
}

/** End of a run of capitalised words or numbers from token j (at most `max`), or j. */
function capitalRun(ctx: Ctx, j: number, max: number, stopAtNames: boolean): number {
  let k = j;
  while (k < ctx.tokens.length && k - j < max) {
    const t = ctx.tokens[k]!;
    if (!(t.cap || t.digit) || (k > j && !sameLine(ctx, k - 1, k))) break;
    if (stopAtNames && stopsForName(ctx, k)) break;
    if (ctx.lex.roles.match(ctx.tokens, k) || ctx.lex.ranks.match(ctx.tokens, k)) break;
    k++;
  }
  return k;
}

// "TP." and "Tp." abbreviate; "thành phố." ends a sentence, and so does "… đại biểu HĐND TP. Ông …":
// the dot belongs to the prefix when a place follows it.
function afterPrefixDot(ctx: Ctx, end: number): number {
  const prefix = ctx.tokens[end - 1]!;
  const dot = ctx.tokens[end]?.key === '.' && prefix.key.length <= 2 && prefix.cap;
  return dot && (ctx.tokens[end]!.end === ctx.tokens[end + 1]?.start || placeName(ctx, end + 1)) ? end + 1 : end;
}

/** End of a place phrase at token i, or -1. Prefixed generic places need a capital or a number. */
export function parsePlace(ctx: Ctx, i: number, stopAtNames: boolean): number {
  const named = placeName(ctx, i);
  if (named) return named.end;
  const pre = ctx.lex.placePrefixes.match(ctx.tokens, i);
  if (!pre) return -1;
  const j = afterPrefixDot(ctx, pre.end);
  const after = placeName(ctx, j);
  if (after) return after.end;
  const end = capitalRun(ctx, j, 4, stopAtNames);
  return end > j ? end : -1;
}

/** "khóa XII", "(khóa XII)", "khóa 11", "nhiệm kỳ 2020-2025": end of the term, or -1. */
export function parseTerm(ctx: Ctx, i: number): number {
  const t = ctx.tokens;
  const open = t[i]?.key === '(' ? 1 : 0;
  let j = i + open;
  if (t[j]?.key === 'khóa' && t[j + 1] && /^(?:[ivxl]+|\d{1,2})$/.test(t[j + 1]!.key)) j += 2;
  else if (t[j]?.key === 'nhiệm' && t[j + 1]?.key === 'kỳ' && t[j + 2]?.digit) {
    j += 3;
    if (t[j]?.key === '-' && t[j + 1]?.digit) j += 2;
  } else return -1;
  return open && t[j]?.key === ')' ? j + 1 : j;
}

/** Generic organ after a head word ("Sở" + "Tài chính", "Quân khu" + "4"). */
function genericOrg(ctx: Ctx, headStart: number, j: number, stopAtNames: boolean): number {
  const t = ctx.tokens;
  let k = j;
  let proper = j - headStart > 1; // "Bảo tàng Hồ Chí Minh": a two-syllable head names an institution
  const named = eponymousName(ctx, headStart, j);
  if (named > 0) return named;
  while (k < t.length && sameLine(ctx, k - 1, k)) {
    const tk = t[k]!;
    const prev = t[k - 1]!;
    // Outside a title an organ may be named after a person ("Trường Đại học Tôn Đức Thắng"), but a
    // head plus lower-case syllables is a common noun ("Hội viên Quách Thị Huệ").
    const nameStop = (stopAtNames || !proper) && tk.cap && stopsForName(ctx, k);
    if ((tk.digit || tk.cap) && !nameStop) {
      if (ctx.lex.roles.match(t, k) || ctx.lex.ranks.match(t, k)) break;
      // A place written with its own dots ("Sở VHTT TP.HCM") is taken whole.
      const place = tk.cap ? placeName(ctx, k) : null;
      if (place && place.end > k + 1) {
        proper = true;
        k = place.end;
        continue;
      }
      proper = true;
      k++;
    } else if (tk.word && !tk.cap && prev.cap && tk.key !== 'về' && tk.key !== 'của' && !clauseGoesOn(ctx, k)) k++;
    // "Bộ NN-PTNT", "Sở LĐTB-XH": a hyphen inside an abbreviation (no spaces around it).
    else if (tk.key === '-' && prev.end === tk.start && t[k + 1]?.start === tk.end && t[k + 1]!.cap) k++;
    else if ((tk.key === 'và' || tk.key === '&') && t[k + 1]?.cap) k++;
    else break;
  }
  return k;
}

// Institutions named after people: schools, theatres, museums, hospitals, academies.
const EPONYMOUS = new Set(['Trường', 'Đại học', 'Học viện', 'Nhà hát', 'Bảo tàng', 'Bệnh viện', 'Viện', 'Quảng trường']);
const CLOSE_AFTER_NAME = new Set([',', '.', ')', '(', ';', ':']);

/**
 * "Trường THPT Nguyễn Hữu Cầu, …", "Nhà hát cải lương Trần Hữu Trang)", "Viện bảo tàng Hồ Chí
 * Minh (Hà Nội)": after an institution's head, its kind (an abbreviation such as THPT, or up to two
 * lower-case words), a person's name that closes the clause names the institution. Returns the
 * organ's end, or -1 when the shape is not there (a bare head then a name stays a person's title:
 * "Giám đốc Bệnh viện Nguyễn Văn A").
 */
function eponymousName(ctx: Ctx, headStart: number, j: number): number {
  const t = ctx.tokens;
  if (!EPONYMOUS.has(ctx.lex.orgHeads.match(t, headStart)?.value ?? '')) return -1;
  let k = j;
  // ("Trường hợp ông Nguyễn Sỹ Phú, …": an honorific is no kind of school.)
  while (k < t.length && k - j < 2 && sameLine(ctx, k - 1, k) && !ctx.lex.introducers.match(t, k) && (t[k]!.upper || (t[k]!.word && !t[k]!.cap && !clauseGoesOn(ctx, k)))) k++;
  if (k === j || !isNameStart(ctx, k) || !sameLine(ctx, k - 1, k)) return -1;
  let e = k;
  while (e < t.length && e - k < 4 && t[e]!.cap && t[e]!.word && sameLine(ctx, e - 1, e)) e++;
  const after = t[e];
  return !after || !sameLine(ctx, e - 1, e) || CLOSE_AFTER_NAME.has(after.key) ? e : -1;
}

// "Sở Giao thông vận tải": one lower-case syllable may finish a capitalised word, but not a verb
// or a function word ("Sở GTVT nói", "… tại Hàn Quốc khẳng định"): there the clause goes on.
// "tại"/"ở" before a capital stay ("Đại sứ quán Việt Nam tại Hàn Quốc").
function clauseGoesOn(ctx: Ctx, k: number): boolean {
  const key = ctx.tokens[k]!.key;
  if ((key === 'tại' || key === 'ở') && ctx.tokens[k + 1]?.cap) return false;
  return notOrgan(ctx, k) || reportingAt(ctx, k);
}

/** One organ piece at token j: known organ, place, bare "thành phố"/"tỉnh", or generic organ. */
function orgPiece(ctx: Ctx, j: number, stopAtNames: boolean): { end: number; foreign: boolean } | null {
  const organ = ctx.lex.organs.match(ctx.tokens, j);
  const place = parsePlace(ctx, j, stopAtNames);
  if (organ && organ.end >= place) return { end: organ.end, foreign: false };
  if (place > 0) {
    const country = ctx.lex.countries.match(ctx.tokens, j);
    return { end: place, foreign: !!country && country.value !== 'Việt Nam' };
  }
  const pre = ctx.lex.placePrefixes.match(ctx.tokens, j);
  if (pre) return { end: afterPrefixDot(ctx, pre.end), foreign: false };
  if (ctx.tokens[j]?.key === 'tw') return { end: j + 1, foreign: false };
  // "Tổng Thanh tra Chính phủ Đoàn Hồng Phong": a head word that starts a name is the name.
  const head = ctx.tokens[j]?.cap && !(stopAtNames && isNameStart(ctx, j)) ? ctx.lex.orgHeads.match(ctx.tokens, j) : null;
  if (head) return { end: genericOrg(ctx, j, head.end, stopAtNames), foreign: false };
  return null;
}

/** An organ phrase at token i ("Ban Tổ chức Thành ủy Hà Nội khóa XVI"), or null. */
export function parseOrgPhrase(ctx: Ctx, i: number, stopAtNames = true): OrgPhrase | null {
  let j = i;
  let foreign = false;
  for (;;) {
    const link = ctx.tokens[j]?.key;
    // "Ủy ban Pháp luật của Quốc hội", "Ban Tuyên giáo và Dân vận": link words inside one organ.
    const skip = j > i && (link === 'của' || link === 'và') ? 1 : 0;
    const at = j + skip;
    if (at >= ctx.tokens.length || (at > 0 && !sameLine(ctx, at - 1, at))) break;
    const piece = orgPiece(ctx, at, stopAtNames);
    if (!piece) break;
    foreign ||= piece.foreign;
    j = piece.end;
  }
  if (j === i) return null;
  const term = parseTerm(ctx, j);
  return { end: term > 0 ? term : j, termStart: j, foreign };
}

/**
 * True when an organ head word ("Ban", "Ủy ban") ends right before token k; with `capitalised`, only
 * a capitalised head counts ("cán bộ Bộ trưởng" has a common noun there, not a body's head).
 */
export function orgHeadEndsAt(ctx: Ctx, k: number, capitalised = false): boolean {
  const t = ctx.tokens;
  const endsHere = (h: number) => h >= 0 && (!capitalised || (t[h]!.cap && sameLine(ctx, h, k))) && ctx.lex.orgHeads.match(t, h)?.end === k;
  return endsHere(k - 1) || endsHere(k - 2);
}

// "Nguyễn Trọng Hội dựa …", "Phạm Văn Trường và …": a head word right after a surname and a given
// name is the name's last syllable ("Hội", "Trường", "Bộ" are given names too).
function endsName(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens;
  const prev = t[i - 1];
  if (!prev?.cap || !prev.word || !sameLine(ctx, i - 1, i)) return false;
  return ctx.lex.surnames.has(prev.key) ? false : !!t[i - 2]?.cap && sameLine(ctx, i - 2, i - 1) && isNameStart(ctx, i - 2);
}

// Street prefixes: the names after them are streets, and so are the names listed after the first.
const STREET_WORDS = new Set(['đường', 'phố', 'ngã']);

/**
 * "phố Hai Bà Trưng, Quang Trung, Nguyễn Quyền, Trần Hưng Đạo…", "ngã tư Nam Kỳ Khởi Nghĩa -
 * Nguyễn Thị Minh Khai": streets named after people, listed after one street prefix. Claims each
 * listed name as a place; returns where the list ends.
 */
function streetList(ctx: Ctx, end: number): number {
  const t = ctx.tokens;
  let k = end;
  while (k < t.length && (t[k]!.key === ',' || t[k]!.key === '-' || t[k]!.key === 'và') && sameLine(ctx, k, k + 1)) {
    const next = capitalRun(ctx, k + 1, 4, false);
    if (next <= k + 1 || ctx.claim[k + 1] !== FREE || ctx.lex.roles.match(t, k + 1) || ctx.lex.introducers.match(t, k + 1)) break;
    claimTokens(ctx, k + 1, next, PLACE);
    k = next;
  }
  return k;
}

/** Claims places and organs outside titles, so no name starts inside them. */
export function blockPlacesAndOrgans(ctx: Ctx): void {
  const t = ctx.tokens;
  const hot = ctx.hot.placesOrOrgans;
  for (let h = 0; h < hot.length; h++) {
    // Places and organs start with a gazetteer word (a place, a prefix such as "tỉnh", an organ).
    const i = hot[h]!;
    if (ctx.claim[i] !== FREE) continue;
    const place = parsePlace(ctx, i, false);
    const organ = t[i]!.cap ? ctx.lex.organs.match(t, i) : null;
    const head = organ || !t[i]!.cap || isNameStart(ctx, i) || endsName(ctx, i) ? null : ctx.lex.orgHeads.match(t, i);
    // "… trao tặng Nguyễn Tấn Dũng Huân chương Ixala": an award is no fourth name syllable.
    const award = organ || head || !t[i]!.cap ? null : ctx.lex.awards.match(t, i);
    // A head word with nothing of a name after it ("… Phạm Văn Trường và …", "Nguyễn Trọng Hội
    // dựa …") is no organ: left free, it can end a person's name.
    const generic = head ? genericOrg(ctx, i, head.end, false) : -1;
    const orgEnd = organ ? organ.end : head ? (generic > head.end ? generic : -1) : award ? award.end : -1;
    let end = Math.max(place, orgEnd);
    if (end <= i) continue;
    claimTokens(ctx, i, end, place >= orgEnd ? PLACE : ORG);
    if (place >= orgEnd && STREET_WORDS.has(t[i]!.key)) end = streetList(ctx, end);
    h = skipBefore(hot, h, end);
  }
}
