/**
 * The reader's annotations: loads them for the article, anchors each against the reader text
 * (position → quote → fuzzy; failures are orphans, kept and listed), paints the placed ones as
 * <mark class="cr-hl …"> (a layer separate from entity marks), and stores changes through the
 * background. Text offsets are into indexText(root).text: lead + body, as rendered.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { anchor } from '../../utils/annotate/anchor';
import { newArticleNote, newHighlight, type AnnotationDraft } from '../../utils/annotate/new-annotation';
import type { Annotation } from '../../utils/annotate/types';
import type { ArticleId } from '../../utils/archive/schema';
import { request } from '../../utils/ext/messaging';
import { highlightSpans, removeHighlights } from '../../utils/highlight/highlighter';
import { indexText } from '../../utils/highlight/text-index';

/** What the reader can do with annotations. */
export interface AnnotationsApi {
  placed: Annotation[];
  orphans: Annotation[];
  articleNote: Annotation | null;
  add: (start: number, end: number, draft: AnnotationDraft) => Promise<void>;
  update: (a: Annotation, draft: AnnotationDraft) => Promise<void>;
  remove: (a: Annotation) => Promise<Annotation | null>;
  restore: (a: Annotation) => Promise<void>;
  setArticleNote: (note: string) => Promise<void>;
}

/** @param ensureArticleId saves the article first when it is not in the archive yet. */
export function useAnnotations(root: RefObject<HTMLElement | null>, html: string, source: string, articleId: ArticleId | null, ensureArticleId: () => Promise<ArticleId>): AnnotationsApi {
  const [all, setAll] = useState<Annotation[]>([]);
  const [split, setSplit] = useState<{ placed: Annotation[]; orphans: Annotation[] }>({ placed: [], orphans: [] });
  useEffect(() => {
    if (articleId) void request('annotations.list', { articleId }).then(setAll).catch(() => setAll([]));
  }, [articleId]);
  useEffect(() => {
    const el = root.current;
    if (!el || !html) return;
    const index = indexText(el);
    const placed: { a: Annotation; start: number; end: number }[] = [];
    const orphans: Annotation[] = [];
    for (const a of all.filter((x) => x.motivation === 'highlighting')) {
      const at = anchor(index.text, a.target.selector);
      if (at) placed.push({ a, start: at.start, end: at.end });
      else orphans.push(a);
    }
    placed.sort((x, y) => x.start - y.start);
    highlightSpans(index, placed.map(({ a, start, end }) => ({ start, end, className: `cr-hl cr-hl-${a.colour ?? 'key'}`, attrs: { 'data-annotation': a.id, title: a.note } })));
    setSplit({ placed: placed.map((p) => p.a), orphans });
    return () => removeHighlights(el, 'cr-hl');
  }, [all, html]);

  const put = async (a: Annotation) => {
    await request('annotations.put', { annotation: a });
    setAll((xs) => [...xs.filter((x) => x.id !== a.id), a]);
  };
  return {
    ...split,
    articleNote: all.find((a) => a.motivation === 'commenting') ?? null,
    add: async (start, end, draft) => {
      const text = indexText(root.current!).text;
      await put(newHighlight(await ensureArticleId(), source, text, start, end, draft));
    },
    update: (a, draft) => put({ ...a, ...draft, modified: new Date().toISOString() }),
    remove: async (a) => {
      const gone = await request('annotations.delete', { id: a.id });
      setAll((xs) => xs.filter((x) => x.id !== a.id));
      return gone;
    },
    restore: put,
    setArticleNote: async (note) => {
      const existing = all.find((a) => a.motivation === 'commenting');
      await put(existing ? { ...existing, note, modified: new Date().toISOString() } : newArticleNote(await ensureArticleId(), source, note));
    },
  };
}
