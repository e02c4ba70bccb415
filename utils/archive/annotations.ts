/** Annotations in the archive: add, update, delete (returning the row for undo), list. */
import type { Annotation, AnnotationId } from '../annotate/types';
import { openArchive } from './open-archive';
import type { ArticleId } from './schema';

/** Stores a new or changed annotation (upsert by id). */
export async function putAnnotation(a: Annotation): Promise<void> {
  await (await openArchive()).put('annotations', a);
}

/** Deletes an annotation; returns it for Undo, or undefined when it was not there. */
export async function deleteAnnotation(id: AnnotationId): Promise<Annotation | undefined> {
  const db = await openArchive();
  const tx = db.transaction('annotations', 'readwrite');
  const found = await tx.store.get(id);
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

/** The annotations of one article, in reading order (position), whole-article notes first. */
export async function listAnnotations(articleId: ArticleId): Promise<Annotation[]> {
  const rows = await (await openArchive()).getAllFromIndex('annotations', 'by-articleId', articleId);
  return rows.sort((a, b) => (a.target.selector[0]?.start ?? -1) - (b.target.selector[0]?.start ?? -1));
}

/** Every annotation in the archive, newest change first. */
export async function listAllAnnotations(): Promise<Annotation[]> {
  const rows = await (await openArchive()).getAll('annotations');
  return rows.sort((a, b) => b.modified.localeCompare(a.modified));
}
