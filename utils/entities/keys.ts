/**
 * Stable keys that identify the same person or document across articles: people by normalised
 * name (NFC, one tone-mark placement, Ð→Đ, lower case), documents by symbol + year (the same
 * symbol re-used in another year — 35-CT/TW of 2019 and of 2024 — is another document).
 */
import { canonicalKey } from '../ner/normalize';
import type { CitedDocument, Person } from '../ner/types';

/** What an entity is. */
export type EntityKind = 'person' | 'document';

/** The key of a person. */
export function personKey(p: Pick<Person, 'name'>): string {
  return canonicalKey(p.name);
}

/** The key of a document: "35-ct/tw@2019", or its type + name/number when it has no symbol. */
export function documentKey(d: Pick<CitedDocument, 'type' | 'symbol' | 'number' | 'name' | 'date'>): string {
  const year = d.date?.slice(0, 4) ?? '';
  const id = d.symbol ?? d.name ?? `${d.type} ${d.number ?? ''}`;
  return `${canonicalKey(id)}@${year}`;
}

/** How a document is shown in lists: "Chỉ thị số 35-CT/TW", "Luật Tổ chức Quốc hội năm 2014". */
export function documentLabel(d: Pick<CitedDocument, 'type' | 'symbol' | 'number' | 'name'>): string {
  if (d.name) return d.name;
  if (d.symbol) return `${d.type} số ${d.symbol}`;
  return d.number ? `${d.type} số ${d.number}` : d.type;
}
