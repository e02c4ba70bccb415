import type { ArticleSummary } from '../utils/archive/schema';
import { formatLocal, formatPublished } from '../utils/format';
import type { Lang, Translate } from '../utils/i18n/strings';
import type { Snippet } from '../utils/search/types';
import { TagEditor } from './TagEditor';

/** Props of ArticleListItem. */
export interface ArticleListItemProps {
  article: ArticleSummary;
  /** URL of the reader page for this article. */
  href: string;
  lang: Lang;
  t: Translate;
  /** Omit to hide the delete button (popup). */
  onDelete?: () => void;
  /** Tag editing (archive); omit to only show the tags. */
  knownTags?: string[];
  onTags?: (tags: string[]) => void;
  /** A search snippet with its matches, shown under the title. */
  snippet?: Snippet;
}

/** One saved article in a list: title (opens the reader), site, published date, saved-at. */
export function ArticleListItem({ article, href, lang, t, onDelete, knownTags, onTags, snippet }: ArticleListItemProps) {
  return (
    <li class="cr-item" data-id={article.id}>
      <a class="cr-item-title" href={href}>
        {article.title}
      </a>
      <div class="cr-item-meta">
        <span class="cr-item-site">{article.siteName ?? article.site}</span>
        {article.publishedAt && (
          <span>
            {t('published')}: {formatPublished(article.publishedAt, lang)}
          </span>
        )}
        <span>
          {t('savedAt')}: {formatLocal(article.savedAt, lang)}
        </span>
      </div>
      {snippet && <p class="cr-snippet">{highlighted(snippet)}</p>}
      {onTags ? (
        <TagEditor t={t} tags={article.tags ?? []} known={knownTags ?? []} onChange={onTags} id={article.id} />
      ) : (
        (article.tags ?? []).length > 0 && <div class="cr-item-meta">{article.tags!.map((tag) => <span key={tag} class="cr-tag">#{tag}</span>)}</div>
      )}
      {onDelete && (
        <button class="cr-item-delete" onClick={onDelete} aria-label={`${t('delete')}: ${article.title}`}>
          {t('delete')}
        </button>
      )}
    </li>
  );
}

/** A snippet's text with its matches in <mark>. */
function highlighted(s: Snippet) {
  const out = [];
  let at = 0;
  for (const [start, end] of s.highlights) {
    out.push(s.text.slice(at, start), <mark key={start}>{s.text.slice(start, end)}</mark>);
    at = end;
  }
  out.push(s.text.slice(at));
  return out;
}
