/**
 * The archive's side of backup and restore. Unlike the other archive writes, these run in the
 * archive page itself (a top-level extension page, same origin as the background's database):
 * a whole archive can exceed the 64 MB a runtime message may carry. Import is all-or-nothing: one
 * readwrite transaction puts every planned row; a failure (full disk) rolls all of it back.
 */
import type { Annotation } from '../annotate/types';
import { articleEntityText, entityEntries } from '../entities/entries';
import type { Entities } from '../ner/types';
import { openArchive } from './open-archive';
import type { StoredArticle } from './schema';

/** Every article and annotation, for export. */
export async function dumpArchive(): Promise<{ articles: StoredArticle[]; annotations: Annotation[] }> {
  const db = await openArchive();
  const tx = db.transaction(['articles', 'annotations']);
  const [articles, annotations] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('annotations').getAll()]);
  await tx.done;
  return { articles, annotations };
}

/** Writes an import plan's rows (and the entity rows of its articles) in one transaction. */
export async function applyImport(plan: { articles: StoredArticle[]; annotations: Annotation[] }, recognise: (text: string) => Entities): Promise<void> {
  // Recognise before opening the transaction: it must not wait on non-IDB work.
  const entityRows = plan.articles.flatMap((a) => entityEntries(a, recognise(articleEntityText(a))));
  const db = await openArchive();
  const tx = db.transaction(['articles', 'annotations', 'entities'], 'readwrite');
  for (const a of plan.articles) await tx.objectStore('articles').put(a);
  for (const a of plan.annotations) await tx.objectStore('annotations').put(a);
  for (const row of entityRows) await tx.objectStore('entities').put(row);
  await tx.done;
}

/** Deletes every article, annotation and entity row (used by tests and "wipe" before a restore). */
export async function wipeArchive(): Promise<void> {
  const db = await openArchive();
  const tx = db.transaction(['articles', 'annotations', 'entities'], 'readwrite');
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('annotations').clear(), tx.objectStore('entities').clear()]);
  await tx.done;
}
