/** Reads schema.org JSON-LD blocks: the article object and the breadcrumb trail. */

/** The fields of a JSON-LD article the extractor uses, all plain strings. */
export interface JsonLdArticle {
  /** headline or name. */
  headline: string | null;
  /** articleSection (first when it is a list). */
  section: string | null;
  /** author names joined with ", ". */
  author: string | null;
  /** datePublished as written. */
  datePublished: string | null;
  /** publisher.name. */
  publisher: string | null;
  /** description. */
  description: string | null;
  /** Names of a BreadcrumbList, in order. */
  breadcrumb: string[];
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/i;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function flatten(v: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (isObject(v)) {
    out.push(v);
    if (v['@graph']) flatten(v['@graph'], out);
  }
  return out;
}

function str(v: unknown): string | null {
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name']);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map(str).filter((x): x is string => !!x);
  return list.length ? [...new Set(list)].join(', ') : null;
}

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function breadcrumbNames(objects: Json[]): string[] {
  const list = objects.find((o) => /BreadcrumbList/.test(typeOf(o)));
  const items = Array.isArray(list?.['itemListElement']) ? (list['itemListElement'] as unknown[]) : [];
  return items
    .filter(isObject)
    .sort((a, b) => Number(a['position'] ?? 0) - Number(b['position'] ?? 0))
    .map((it) => str(it['name']) ?? str(it['item']))
    .filter((x): x is string => !!x);
}

/** Parses the given ld+json scripts; malformed blocks are skipped (sites ship broken JSON). */
export function readJsonLd(scripts: Iterable<Element>): JsonLdArticle {
  const objects: Json[] = [];
  for (const s of scripts) {
    try {
      flatten(JSON.parse(s.textContent ?? ''), objects);
    } catch {
      // Ignore: a broken block must not cost us the rest of the metadata.
    }
  }
  const a = objects.find((o) => ARTICLE_TYPE.test(typeOf(o))) ?? {};
  return {
    headline: str(a['headline']) ?? str(a['name']),
    section: str(a['articleSection']),
    author: names(a['author']),
    datePublished: str(a['datePublished']) ?? str(a['dateCreated']),
    publisher: str(a['publisher']),
    description: str(a['description']),
    breadcrumb: breadcrumbNames(objects),
  };
}
