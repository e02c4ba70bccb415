import type { EntityEntry } from '../utils/entities/entries';
import { formatPublished } from '../utils/format';
import type { Lang, Translate } from '../utils/i18n/strings';

/** Props of EntityCard. */
export interface EntityCardProps {
  kind: 'person' | 'document';
  heading: string;
  /** Titles given in this article (people), or [date, issuer] (documents). */
  details: string[];
  /** Each mention in this article with a little context. */
  snippets: string[];
  /** Saved articles that name it; null while loading. */
  saved: EntityEntry[] | null;
  /** id of the article on screen, to mark it in the saved list. */
  currentArticleId: string | null;
  readerHref: (articleId: string) => string;
  position: { top: number; left: number };
  lang: Lang;
  t: Translate;
  onClose: () => void;
  onPointerEnter: () => void;
}

/** The look-up card of a highlighted name or document: this article, then the reader's archive. */
export function EntityCard(p: EntityCardProps) {
  const { t } = p;
  return (
    <div class="cr-card" role="dialog" aria-label={p.heading} style={{ top: `${p.position.top}px`, left: `${p.position.left}px` }}
      onMouseEnter={p.onPointerEnter} onMouseLeave={p.onClose}>
      <button class="cr-card-close" aria-label={t('close')} onClick={p.onClose}>✕</button>
      <h3>{p.heading}</h3>
      {p.details.length > 0 && <p class="cr-card-titles">{p.details.join(', ')}</p>}
      <h4>{t('inThisArticle', { n: p.snippets.length })}</h4>
      <ul class="cr-card-snippets">
        {p.snippets.slice(0, 6).map((s, i) => <li key={i}>…{s}…</li>)}
      </ul>
      <h4>{t('inArchive')}</h4>
      {p.saved === null && <p>{t('loading')}</p>}
      {p.saved?.length === 0 && <p class="cr-card-none">{t('notInArchive')}</p>}
      <ul class="cr-card-saved">
        {p.saved?.map((row) => (
          <li key={row.id}>
            <a href={p.readerHref(row.articleId)} target="_blank" rel="noopener">{row.articleTitle}</a>
            {row.articleId === p.currentArticleId && <em> ({t('thisArticle')})</em>}
            <span class="cr-card-date">{formatPublished(row.publishedAt, p.lang)}</span>
            {p.kind === 'person' && row.titles.length > 0 && <span class="cr-card-titles">{row.titles.join(', ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
