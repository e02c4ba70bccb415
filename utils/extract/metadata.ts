/**
 * Page metadata read from the live document (read-only): meta tags, JSON-LD, breadcrumbs and the
 * visible header elements. Body-dependent fields (lead, trailing signature) are settled later, in
 * extract-article.ts, against Readability's output.
 */
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import type { SiteRule } from './site-rules.ts';
import { pickTitle } from './title.ts';
import { cleanByline } from './byline.ts';
import { parseVietnameseDate, VIETNAM_OFFSET } from './dates.ts';
import { comparable, normalizeSpace } from './text-utils.ts';

/** Metadata known before the body is extracted. */
export interface PageMetadata {
  title: string;
  section: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  lang: string;
  canonicalUrl: string;
  /** Text of a sapo element, if the page has one. */
  lead: string | null;
  /** og:description / meta description: a lead only when it matches a body paragraph. */
  description: string | null;
}

/** What Readability found, used as the last fallback for each field. */
export type ReadabilityMeta = Partial<Record<'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime', string | null>>;

const BREADCRUMB = '.breadcrumb a, .breadcrumbs a, [class*="breadcrumb"] a, [itemtype*="BreadcrumbList"] [itemprop="name"]';
const BYLINE = '[rel="author"], [itemprop="author"], .byline, .author, .author-name, .article-author, .tac-gia';
const DATE = 'time[datetime], [itemprop="datePublished"], .date, .time, .datetime, .publish-date, .post-date, [class*="date"]';
const LEAD = '.sapo, [class*="sapo"], .chapeau, .lead, .article-summary, .summary, .description';
const HOME = /^(?:trang chủ|trang nhất|home|homepage|news)$/i;
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Content of the first meta[name|property=key] that has one. */
export function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`)?.getAttribute('content');
    if (v?.trim()) return normalizeSpace(v);
  }
  return null;
}

/** Normalised text of the first element matching one of the selectors that has text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const sel of selectors) {
    for (const el of root.querySelectorAll(sel)) {
      const t = normalizeSpace(el.textContent);
      if (t) return t;
    }
  }
  return '';
}

/** True when the text is mostly Vietnamese (by the share of letters only Vietnamese uses). */
export function looksVietnamese(text: string): boolean {
  const sample = text.slice(0, 5000).normalize('NFC');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (sample.match(VI_LETTERS)?.length ?? 0) / letters > 0.04;
}

function pickLang(doc: Document, sample: string, r: ReadabilityMeta): string {
  const declared = normalizeSpace(doc.documentElement?.getAttribute('lang')) || meta(doc, 'og:locale', 'language') || '';
  // Many Vietnamese CMS templates ship lang="en"; the text is the better witness.
  if (looksVietnamese(sample)) return declared.toLowerCase().startsWith('vi') ? declared : 'vi';
  return declared.replace('_', '-') || r.lang || 'und';
}

function pickSection(doc: Document, rule: SiteRule | null, ld: JsonLdArticle, title: string): string | null {
  const usable = (t: string) => t && !HOME.test(t) && comparable(t) !== comparable(title) && t.length <= 80;
  const trail = (sel: readonly string[]) =>
    sel.flatMap((s) => [...doc.querySelectorAll(s)].map((el) => normalizeSpace(el.textContent))).filter(usable);
  const candidates = [trail(rule?.section ?? []), trail([BREADCRUMB]), ld.breadcrumb.map(normalizeSpace).filter(usable)];
  for (const list of candidates) if (list.length) return list[list.length - 1]!;
  return meta(doc, 'article:section') ?? ld.section;
}

function dateFrom(el: Element, offset: string): string | null {
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  return (attr && parseVietnameseDate(attr, offset)) || parseVietnameseDate(normalizeSpace(el.textContent).slice(0, 120), offset);
}

function pickDate(doc: Document, rule: SiteRule | null, ld: JsonLdArticle, offset: string, r: ReadabilityMeta): string | null {
  for (const sel of rule?.date ?? []) for (const el of doc.querySelectorAll(sel)) {
    const d = dateFrom(el, offset);
    if (d) return d;
  }
  const metaDate = meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date');
  for (const v of [metaDate, ld.datePublished]) if (v) {
    const d = parseVietnameseDate(v, offset);
    if (d) return d;
  }
  for (const el of [...doc.querySelectorAll(DATE)].slice(0, 30)) {
    const d = dateFrom(el, offset);
    if (d) return d;
  }
  return r.publishedTime ? parseVietnameseDate(r.publishedTime, offset) : null;
}

function pickByline(doc: Document, rule: SiteRule | null, ld: JsonLdArticle, siteName: string | null, r: ReadabilityMeta) {
  const sources = [firstText(doc, rule?.byline ?? []), ld.author, meta(doc, 'author', 'article:author', 'dc.creator'), firstText(doc, [BYLINE]), r.byline];
  for (const s of sources) {
    const b = cleanByline(s, siteName);
    if (b) return b;
  }
  return null;
}

function pickLead(doc: Document, rule: SiteRule | null): string | null {
  const h1 = doc.querySelector('h1');
  const h2 = h1?.nextElementSibling?.localName === 'h2' ? normalizeSpace(h1.nextElementSibling.textContent) : '';
  for (const t of [firstText(doc, rule?.lead ?? []), firstText(doc, [LEAD]), h2]) if (t.length >= 40 && t.length <= 1500) return t;
  return null;
}

function resolveCanonical(doc: Document, url: string): string {
  const raw = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  try {
    const c = new URL(raw ?? '', url);
    const host = (u: string) => new URL(u).hostname.replace(/^www\./, '');
    const [a, b] = [host(c.href), host(url)];
    if (raw && /^https?:$/.test(c.protocol) && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`))) return c.href;
  } catch {
    // Unparseable canonical or page URL: fall through to the page URL.
  }
  return url;
}

/** Reads every metadata field from doc; `sample` is body text used to recognise Vietnamese. */
export function readMetadata(doc: Document, url: string, rule: SiteRule | null, sample: string, r: ReadabilityMeta = {}): PageMetadata {
  const ld = readJsonLd(doc);
  const lang = pickLang(doc, sample, r);
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? ld.publisher ?? r.siteName ?? null;
  const host = (() => { try { return new URL(url).hostname; } catch { return ''; } })();
  const h1 = firstText(doc, ['h1']);
  const title = pickTitle(
    { rule: firstText(doc, rule?.title ?? []), h1: h1.length <= 300 ? h1 : '', og: meta(doc, 'og:title') ?? '', jsonLd: ld.headline ?? '',
      twitter: meta(doc, 'twitter:title') ?? '', document: normalizeSpace(doc.title), readability: r.title ?? '' },
    siteName, host);
  const offset = lang.startsWith('vi') ? VIETNAM_OFFSET : '+00:00';
  return {
    title, lang, siteName,
    section: pickSection(doc, rule, ld, title),
    byline: pickByline(doc, rule, ld, siteName, r),
    publishedAt: pickDate(doc, rule, ld, offset, r),
    canonicalUrl: resolveCanonical(doc, url),
    lead: pickLead(doc, rule),
    description: meta(doc, 'og:description', 'description') ?? ld.description,
  };
}
