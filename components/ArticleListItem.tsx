import type { ArticleSummary } from '../utils/archive/schema';
import { formatLocal, formatPublished } from '../utils/format';
import type { Lang, Translate } from '../utils/i18n/strings';

/** Props of ArticleListItem. */
export interface ArticleListItemProps {
  article: ArticleSummary;
  /** URL of the reader page for this article. */
  href: string;
  lang: Lang;
  t: Translate;
  /** Omit to hide the delete button (popup). */
  onDelete?: () => void;
}

/** One saved article in a list: title (opens the reader), site, published date, saved-at. */
export function ArticleListItem({ article, href, lang, t, onDelete }: ArticleListItemProps) {
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
      {onDelete && (
        <button class="cr-item-delete" onClick={onDelete} aria-label={`${t('delete')}: ${article.title}`}>
          {t('delete')}
        </button>
      )}
    </li>
  );
}
