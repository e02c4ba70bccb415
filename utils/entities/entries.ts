/** Rows of the archive's entity index: one per (saved article, person or document it names). */
import type { ArticleId, StoredArticle } from '../archive/schema';
import type { Entities } from '../ner/types';
import { documentKey, documentLabel, personKey, type EntityKind } from './keys';

/** What one saved article says about one entity. */
export interface EntityEntry {
  /** `${articleId}|${kind}|${key}` */
  id: string;
  kind: EntityKind;
  key: string;
  articleId: ArticleId;
  /** The person's name or the document's label as this article writes it. */
  label: string;
  /** Titles this article gives the person (as written); for documents, [date, issuer] when known. */
  titles: string[];
  official: boolean;
  /** How many times the article mentions it. */
  mentions: number;
  articleTitle: string;
  publishedAt: string | null;
  site: string;
  savedAt: number;
}

/** Index rows for an article's entities. */
export function entityEntries(article: StoredArticle, entities: Entities): EntityEntry[] {
  const base = { articleId: article.id, articleTitle: article.title, publishedAt: article.publishedAt, site: article.site, savedAt: article.savedAt };
  const rows = new Map<string, EntityEntry>();
  const add = (kind: EntityKind, key: string, row: Omit<EntityEntry, 'id' | 'kind' | 'key' | keyof typeof base>) => {
    const id = `${article.id}|${kind}|${key}`;
    const prev = rows.get(id);
    // Two groups with one key (rare: "Nghị quyết 18" read as two documents) merge their counts.
    if (prev) prev.mentions += row.mentions;
    else rows.set(id, { id, kind, key, ...base, ...row });
  };
  for (const p of entities.persons)
    add('person', personKey(p), { label: p.name, titles: p.titles, official: p.official, mentions: p.mentions.length });
  for (const d of entities.documents)
    add('document', documentKey(d), {
      label: documentLabel(d),
      titles: [d.date, d.issuer].filter((x): x is string => !!x),
      official: false,
      mentions: d.mentions.length,
    });
  return [...rows.values()];
}

/** The text the recogniser reads for an article: lead, then body. */
export function articleEntityText(a: Pick<StoredArticle, 'lead' | 'text'>): string {
  return [a.lead, a.text].filter(Boolean).join('\n\n');
}
