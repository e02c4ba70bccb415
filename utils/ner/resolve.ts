/**
 * Groups mentions into entities. Documents: a later mention joins the nearest earlier document with
 * the same symbol (or type + number, or name) unless their dates differ — 35-CT/TW of 2019 and of
 * 2024 stay apart. Persons: mentions group by full name; titles are merged in order, deduplicated.
 */
import { inputText, tokenRange, type Ctx } from './context.ts';
import type { DocumentCandidate } from './match-documents.ts';
import type { PersonMention } from './match-persons.ts';
import { canonicalKey } from './normalize.ts';
import type { CitedDocument, Mention, Person } from './types.ts';

interface DocGroup {
  doc: CitedDocument;
  symbolKey: string | null;
  base: string | null;
  year: string | null;
}

/** A mention of shadow range [start, end), in input offsets. */
export function toMention(ctx: Ctx, start: number, end: number): Mention {
  const a = ctx.map.toInput(start);
  const b = ctx.map.toInput(end);
  return { start: a, end: b, text: ctx.input.slice(a, b) };
}

const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

function findGroup(groups: DocGroup[], c: DocumentCandidate): DocGroup | undefined {
  const symbolKey = c.symbol?.toUpperCase() ?? null;
  const year = c.named?.year ?? null;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (!compatible(group.doc.date, c.date)) continue;
    if (symbolKey && group.symbolKey === symbolKey) return group;
    if (c.named && group.base === c.named.base && compatible(group.year, year)) return group;
    const sameNumber = c.number !== null && group.doc.number === c.number && group.doc.type === c.type;
    // A bare number joins a symbol; a symbol joins an earlier number-only citation of that type.
    if (sameNumber && (symbolKey === null || group.symbolKey === null)) return group;
  }
  return undefined;
}

function merge(group: DocGroup, c: DocumentCandidate): void {
  const d = group.doc;
  d.symbol ??= c.symbol;
  group.symbolKey ??= c.symbol?.toUpperCase() ?? null;
  d.date ??= c.date;
  d.issuer ??= c.issuer;
  d.subject ??= c.subject;
  group.year ??= c.named?.year ?? null;
}

/** Groups document candidates; back-references without an antecedent are dropped. */
export function resolveDocuments(ctx: Ctx, candidates: DocumentCandidate[]): CitedDocument[] {
  const groups: DocGroup[] = [];
  for (const c of candidates) {
    const mention = toMention(ctx, c.start, c.end);
    const group = findGroup(groups, c);
    if (group) {
      merge(group, c);
      group.doc.mentions.push(mention);
      continue;
    }
    if (c.backReference) continue;
    const doc: CitedDocument = { type: c.type, number: c.number, symbol: c.symbol, date: c.date, issuer: c.issuer, subject: c.subject, mentions: [mention] };
    if (c.named) doc.name = inputText(ctx, c.start, c.end);
    groups.push({ doc, symbolKey: c.symbol?.toUpperCase() ?? null, base: c.named?.base ?? null, year: c.named?.year ?? null });
  }
  return groups.map((g) => g.doc);
}

function displayName(ctx: Ctx, m: PersonMention): string {
  if (m.canonical) return m.canonical;
  const text = inputText(ctx, ...tokenRange(ctx, m.start, m.end));
  // Bylines are often in capitals ("NGUYỄN VĂN A"); names are reported in title case.
  return m.allCaps ? text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : text;
}

/** Groups person mentions by full name. */
export function resolvePersons(ctx: Ctx, mentions: PersonMention[]): Person[] {
  const byKey = new Map<string, { person: Person; seen: Set<string> }>();
  for (const m of mentions) {
    let entry = byKey.get(m.key);
    if (!entry) {
      entry = { person: { name: displayName(ctx, m), official: false, titles: [], mentions: [] }, seen: new Set() };
      byKey.set(m.key, entry);
    }
    const [a, b] = tokenRange(ctx, m.start, m.end);
    entry.person.mentions.push(toMention(ctx, a, b));
    for (const t of m.titles) {
      const title = inputText(ctx, ...tokenRange(ctx, t.start, t.end));
      const key = canonicalKey(title);
      if (!entry.seen.has(key)) entry.seen.add(key) && entry.person.titles.push(title);
      entry.person.official = true;
    }
  }
  return [...byKey.values()].map((e) => e.person);
}
