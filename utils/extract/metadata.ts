/**
 * Page metadata read from the live document (read-only): meta tags, JSON-LD, breadcrumbs and the
 * visible header elements, found in one pass (page-scan.ts). Body-dependent fields (lead from the
 * body, trailing signature) are settled later, in extract-article.ts, against Readability's output.
 */
import { parseVietnameseDate, VIETNAM_OFFSET } from '../detect/signals.ts';
import { toParagraphs } from './body-text.ts';
import { cleanByline } from './byline.ts';
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import { scanPage, type PageScan } from './page-scan.ts';
import type { SiteRule } from './site-rules.ts';
import { comparable, normalizeSpace } from './text-utils.ts';
import { pickTitle } from './title.ts';
import type { ExtractedArticle } from './types.ts';

/** Metadata known before the body is extracted: the article's own fields, plus the page description. */
export type PageMetadata = Pick<ExtractedArticle, 'title' | 'section' | 'byline' | 'publishedAt' | 'siteName' | 'lang' | 'canonicalUrl' | 'lead'> & {
  /** og:description / meta description: a lead only when it matches a body paragraph. */
  description: string | null;
};

/** What Readability found, used as the last fallback of each field. */
export type ReadabilityMeta = Partial<Record<'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime', string | null>>;

interface Ctx { doc: Document; rule: SiteRule | null; scan: PageScan; ld: JsonLdArticle; r: ReadabilityMeta }

const HOME = /^(?:trang chủ|trang nhất|home|homepage|news)$/i;
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

const meta = (c: Ctx, ...keys: string[]) => keys.map((k) => c.scan.metas.get(k.toLowerCase())).find(Boolean)?.trim() ?? null;
const ruleEls = (c: Ctx, sels: readonly string[] | undefined) => (sels ?? []).flatMap((s) => [...c.doc.querySelectorAll(s)]);
const firstText = (els: Element[]) => els.map((el) => toParagraphs(el).join(' ')).find(Boolean) ?? '';
// An author cell often adds the affiliation after a <br>: keep the first line only.
const firstLine = (els: Element[]) => els.map((el) => toParagraphs(el)[0]?.split('\n')[0] ?? '').find(Boolean) ?? '';

/** True when the text is mostly Vietnamese (by the share of letters only Vietnamese uses). */
export function looksVietnamese(text: string): boolean {
  const sample = text.slice(0, 5000).normalize('NFC');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (sample.match(VI_LETTERS)?.length ?? 0) / letters > 0.04;
}

function pickLang(c: Ctx, sample: string): string {
  const declared = normalizeSpace(c.doc.documentElement?.getAttribute('lang')) || meta(c, 'og:locale', 'language') || '';
  // Many Vietnamese CMS templates ship lang="en"; the text is the better witness.
  if (looksVietnamese(sample)) return declared.toLowerCase().startsWith('vi') ? declared : 'vi';
  return declared.replace('_', '-') || c.r.lang || 'und';
}

function pickSection(c: Ctx, title: string): string | null {
  const usable = (t: string) => !!t && !HOME.test(t) && comparable(t) !== comparable(title) && t.length <= 80;
  const texts = (els: Element[]) => els.map((el) => normalizeSpace(el.textContent)).filter(usable);
  const crumb = c.scan.crumbs[0];
  const trail = crumb ? [...crumb.querySelectorAll('a, [itemprop="name"]')].filter((el) => !el.querySelector('[itemprop="name"]')) : [];
  for (const list of [texts(ruleEls(c, c.rule?.section)), texts(trail), c.ld.breadcrumb.map(normalizeSpace).filter(usable)]) {
    if (list.length) return list[list.length - 1]!;
  }
  return meta(c, 'article:section') ?? c.ld.section;
}

function dateFrom(el: Element, offset: string): string | null {
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  return (attr && parseVietnameseDate(attr, offset)) || parseVietnameseDate(normalizeSpace(el.textContent).slice(0, 120), offset);
}

function pickDate(c: Ctx, offset: string): string | null {
  for (const el of ruleEls(c, c.rule?.date)) {
    const d = dateFrom(el, offset);
    if (d) return d;
  }
  const keys = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date'];
  for (const v of [meta(c, ...keys), c.ld.datePublished]) {
    const d = v && parseVietnameseDate(v, offset);
    if (d) return d;
  }
  // Prefer a printed date with a time: a header's "Thứ Hai, 29/05/2023" is today, not the article's.
  const printed = c.scan.dates.slice(0, 30).map((el) => dateFrom(el, offset)).filter((d) => d !== null);
  const best = printed.find((d) => !d.includes('T00:00:00')) ?? printed[0];
  return best ?? (c.r.publishedTime ? parseVietnameseDate(c.r.publishedTime, offset) : null);
}

function pickByline(c: Ctx, siteName: string | null): string | null {
  const sources = [firstLine(ruleEls(c, c.rule?.byline)), c.ld.author, meta(c, 'author', 'article:author', 'dc.creator'), firstLine(c.scan.bylines), c.r.byline];
  return sources.map((s) => cleanByline(s, siteName)).find(Boolean) ?? null;
}

function pickLead(c: Ctx): string | null {
  const h1 = c.scan.headlines[0];
  const next = h1?.localName === 'h1' ? h1.nextElementSibling : null;
  const h2 = next?.localName === 'h2' ? normalizeSpace(next.textContent) : '';
  const sources = [firstText(ruleEls(c, c.rule?.lead)), firstText(c.scan.leads), h2];
  return sources.find((t) => t.length >= 40 && t.length <= 1500) ?? null;
}

function resolveCanonical(c: Ctx, url: string): string {
  const raw = c.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(c, 'og:url');
  try {
    const u = new URL(raw ?? '', url);
    const host = (s: string) => new URL(s).hostname.replace(/^www\./, '');
    const [a, b] = [host(u.href), host(url)];
    if (raw && /^https?:$/.test(u.protocol) && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`))) return u.href;
  } catch {
    // Unparseable canonical or page URL: fall through to the page URL.
  }
  return url;
}

function pickHeadline(c: Ctx, url: string, siteName: string | null): string {
  const h1 = firstText(c.scan.headlines.filter((el) => el.localName === 'h1'));
  const classed = firstText(c.scan.headlines.filter((el) => el.localName !== 'h1'));
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  const sources = {
    rule: firstText(ruleEls(c, c.rule?.title)), h1: h1.length <= 300 ? h1 : '', classed: classed.length <= 300 ? classed : '', og: meta(c, 'og:title') ?? '',
    jsonLd: c.ld.headline ?? '', twitter: meta(c, 'twitter:title') ?? '', document: normalizeSpace(c.doc.title), readability: c.r.title ?? '',
  };
  return pickTitle(sources, siteName, host);
}

/** Reads every metadata field from doc; `sample` is body text used to recognise Vietnamese. */
export function readMetadata(doc: Document, url: string, rule: SiteRule | null, sample: string, r: ReadabilityMeta = {}): PageMetadata {
  const scan = scanPage(doc);
  const c: Ctx = { doc, rule, scan, ld: readJsonLd(scan.jsonLd), r };
  const lang = pickLang(c, sample);
  const siteName = meta(c, 'og:site_name', 'application-name') ?? c.ld.publisher ?? r.siteName ?? null;
  const title = pickHeadline(c, url, siteName);
  return {
    title, lang, siteName,
    section: pickSection(c, title),
    byline: pickByline(c, siteName),
    publishedAt: pickDate(c, lang.startsWith('vi') ? VIETNAM_OFFSET : '+00:00'),
    canonicalUrl: resolveCanonical(c, url),
    lead: pickLead(c),
    description: meta(c, 'og:description', 'description') ?? c.ld.description,
  };
}
