/**
 * Container for annotating in the reader: select text → composer (colour, note, tags); "h" with a
 * selection highlights at once; clicking a highlight edits it; delete has Undo. Highlighting an
 * article that is not saved yet saves it first (useAnnotations' ensureArticleId).
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AnnotationComposer } from '../../components/AnnotationComposer';
import { NotesPanel } from '../../components/NotesPanel';
import { Floating } from '../../components/Floating';
import { UndoToast } from '../../components/UndoToast';
import type { Annotation, ColourId } from '../../utils/annotate/types';
import { indexText, offsetOf } from '../../utils/highlight/text-index';
import type { Translate } from '../../utils/i18n/strings';
import type { AnnotationsApi } from './useAnnotations';

/** Props of AnnotationLayer. */
export interface AnnotationLayerProps {
  root: RefObject<HTMLElement | null>;
  api: AnnotationsApi;
  t: Translate;
  labels: Record<ColourId, string>;
  knownTags: string[];
  showPanel: boolean;
  onError: (message: string) => void;
}

type Composing = { kind: 'new'; start: number; end: number; top: number; left: number } | { kind: 'edit'; a: Annotation; top: number; left: number };

function selectionSpan(root: HTMLElement): { start: number; end: number; rect: DOMRect } | null {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.commonAncestorContainer)) return null;
  const index = indexText(root);
  const start = offsetOf(index, r.startContainer, r.startOffset);
  const end = offsetOf(index, r.endContainer, r.endOffset);
  if (start === null || end === null || end <= start || !index.text.slice(start, end).trim()) return null;
  return { start, end, rect: r.getBoundingClientRect() };
}

const below = (rect: DOMRect) => ({ top: rect.bottom + window.scrollY + 8, left: Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 360)) });

/** Selection handling, the composer, the notes panel and the undo toast. */
export function AnnotationLayer({ root, api, t, labels, knownTags, showPanel, onError }: AnnotationLayerProps) {
  const [composing, setComposing] = useState<Composing | null>(null);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const guard = (p: Promise<unknown>) => void p.catch((e: unknown) => onError(String(e instanceof Error ? e.message : e)));

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onUp = () => {
      const s = selectionSpan(el);
      if (s) setComposing({ kind: 'new', start: s.start, end: s.end, ...below(s.rect) });
    };
    const onClick = (e: MouseEvent) => {
      const mark = (e.target as Element).closest<HTMLElement>('mark.cr-hl');
      const a = mark && api.placed.find((x) => x.id === mark.dataset.annotation);
      if (a && getSelection()?.isCollapsed) setComposing({ kind: 'edit', a, ...below(mark.getBoundingClientRect()) });
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'h' && e.key !== 'H') || e.ctrlKey || e.metaKey || e.altKey || (e.target as Element).closest('input, textarea')) return;
      const s = selectionSpan(el);
      if (!s) return;
      e.preventDefault();
      setComposing(null);
      getSelection()?.removeAllRanges();
      guard(api.add(s.start, s.end, { colour: 'key', note: '', tags: [] }));
    };
    el.addEventListener('mouseup', onUp);
    el.addEventListener('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => (el.removeEventListener('mouseup', onUp), el.removeEventListener('click', onClick), window.removeEventListener('keydown', onKey));
  }, [api.placed]);

  // Opened from the archive's highlight list (#ann=<id>): bring that highlight into view.
  useEffect(() => {
    const id = /#ann=([\w-]+)/.exec(location.hash)?.[1];
    const mark = id && root.current?.querySelector<HTMLElement>(`mark[data-annotation="${id}"]`);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('cr-flash');
  }, [api.placed]);

  const close = () => setComposing(null);
  const c = composing;
  return (
    <>
      {showPanel && (
        <NotesPanel t={t} labels={labels} placed={api.placed} orphans={api.orphans} articleNote={api.articleNote?.note ?? ''}
          onArticleNote={(n) => guard(api.setArticleNote(n))}
          onPick={(a) => root.current?.querySelector<HTMLElement>(`mark[data-annotation="${a.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })} />
      )}
      {c && (
        <Floating anchor={root.current}>
        <AnnotationComposer key={c.kind === 'edit' ? c.a.id : `${c.start}-${c.end}`} t={t} labels={labels} knownTags={knownTags} position={c}
          initial={c.kind === 'edit' ? c.a : undefined} onCancel={close}
          onSave={(d) => (close(), getSelection()?.removeAllRanges(), guard(c.kind === 'new' ? api.add(c.start, c.end, d) : api.update(c.a, d)))}
          onDelete={c.kind === 'edit' ? () => (close(), guard(api.remove(c.a).then(setUndo))) : undefined} />
        </Floating>
      )}
      {undo && <UndoToast message={t('highlightDeleted')} undoLabel={t('undo')} onUndo={() => (guard(api.restore(undo)), setUndo(null))} />}
    </>
  );
}
