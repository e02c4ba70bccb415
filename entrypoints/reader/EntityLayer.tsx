/**
 * Container for the entity features of the reader: the side panel, cycling through mentions, and
 * the look-up card opened by hovering or focusing a highlighted name or document (Esc closes it
 * and gives focus back to the mark).
 */
import { savedReaderUrl } from '../../utils/ext/pages';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityCard } from '../../components/EntityCard';
import { EntityPanel } from '../../components/EntityPanel';
import { Floating } from '../../components/Floating';
import type { EntityEntry } from '../../utils/entities/entries';
import { documentKey, documentLabel, personKey } from '../../utils/entities/keys';
import { request } from '../../utils/ext/messaging';
import type { Lang, Translate } from '../../utils/i18n/strings';
import type { Entities } from '../../utils/ner/types';

/** Props of EntityLayer. */
export interface EntityLayerProps {
  root: RefObject<HTMLElement | null>;
  entities: Entities;
  showPanel: boolean;
  articleId: string | null;
  lang: Lang;
  t: Translate;
}

interface Open {
  id: string;
  mark: HTMLElement;
  saved: EntityEntry[] | null;
}


function describe(entities: Entities, id: string) {
  const i = Number(id.slice(1));
  if (id[0] === 'p') {
    const p = entities.persons[i]!;
    return { kind: 'person' as const, heading: p.name, details: p.titles, key: personKey(p) };
  }
  const d = entities.documents[i]!;
  return { kind: 'document' as const, heading: documentLabel(d), details: [d.date, d.issuer, d.subject].filter((x): x is string => !!x), key: documentKey(d) };
}

function snippetsOf(root: HTMLElement, id: string): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-ent="${id}"]`)).map((m) => {
    const block = m.closest('p, li, figcaption, td, h2, h3, div') ?? m;
    const text = block.textContent ?? '';
    const at = text.indexOf(m.textContent ?? '');
    return text.slice(Math.max(0, at - 50), at + (m.textContent?.length ?? 0) + 50).trim();
  });
}

/** The panel and the card; listens for hover/focus on entity marks under `root`. */
export function EntityLayer({ root, entities, showPanel, articleId, lang, t }: EntityLayerProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const cursor = useRef(new Map<string, number>());
  const closeTimer = useRef<number>(0);

  const show = (mark: HTMLElement) => {
    const id = mark.dataset.ent;
    if (!id || open?.id === id) return;
    window.clearTimeout(closeTimer.current);
    const d = describe(entities, id);
    setOpen({ id, mark, saved: null });
    void request('entities.lookup', { kind: d.kind, key: d.key })
      .catch(() => [] as EntityEntry[])
      .then((saved) => setOpen((o) => (o?.id === id ? { ...o, saved } : o)));
  };
  const close = (refocus = false) => {
    if (refocus) open?.mark.focus();
    setOpen(null);
  };

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onOver = (e: Event) => {
      const mark = (e.target as Element).closest<HTMLElement>('mark.cr-ent');
      if (mark) show(mark);
    };
    const onOut = (e: MouseEvent) => {
      if ((e.target as Element).closest('mark.cr-ent') && !(e.relatedTarget as Element | null)?.closest?.('.cr-card'))
        closeTimer.current = window.setTimeout(() => setOpen(null), 300);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) (e.stopImmediatePropagation(), close(true));
    };
    el.addEventListener('mouseover', onOver);
    el.addEventListener('focusin', onOver);
    el.addEventListener('mouseout', onOut);
    window.addEventListener('keydown', onKey, true);
    return () => {
      el.removeEventListener('mouseover', onOver);
      el.removeEventListener('focusin', onOver);
      el.removeEventListener('mouseout', onOut);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [entities, open]);

  const pick = (id: string) => {
    const marks = Array.from(root.current?.querySelectorAll<HTMLElement>(`mark[data-ent="${id}"]`) ?? []);
    if (!marks.length) return;
    const n = (cursor.current.get(id) ?? -1) + 1;
    cursor.current.set(id, n % marks.length);
    const mark = marks[n % marks.length]!;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
  };

  const d = open ? describe(entities, open.id) : null;
  const rect = open?.mark.getBoundingClientRect();
  return (
    <>
      {showPanel && <EntityPanel entities={entities} t={t} onPick={pick} />}
      {open && d && rect && (
        <Floating anchor={root.current}>
        <EntityCard kind={d.kind} heading={d.heading} details={d.details} snippets={snippetsOf(root.current!, open.id)} saved={open.saved}
          currentArticleId={articleId} readerHref={(id) => savedReaderUrl(id)} lang={lang} t={t}
          position={{ top: rect.bottom + window.scrollY + 6, left: Math.min(rect.left + window.scrollX, window.innerWidth - 380) }}
          onClose={() => close()} onPointerEnter={() => window.clearTimeout(closeTimer.current)} />
        </Floating>
      )}
    </>
  );
}
