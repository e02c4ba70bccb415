import type { ExtractedArticle } from '../utils/extract/types';
import { formatPublished } from '../utils/format';
import type { Lang, Translate } from '../utils/i18n/strings';

/** Props of ArticleView. */
export interface ArticleViewProps {
  article: ExtractedArticle;
  /** Body HTML, already sanitized by the container. */
  safeHtml: string;
  lang: Lang;
  t: Translate;
}

/** The article itself: section, title, date, author, source link, lead and body with figures. */
export function ArticleView({ article, safeHtml, lang, t }: ArticleViewProps) {
  const published = formatPublished(article.publishedAt, lang);
  return (
    <article class="cr-article" lang={article.lang || 'vi'}>
      <header>
        {article.section && <p class="cr-section">{article.section}</p>}
        <h1 class="cr-title">{article.title}</h1>
        <p class="cr-meta">
          {published && <time dateTime={article.publishedAt ?? undefined}>{published}</time>}
          {article.byline && <span class="cr-byline">{article.byline}</span>}
          <a class="cr-source" href={article.url} target="_blank" rel="noopener noreferrer">
            {article.siteName ?? new URL(article.url).hostname}
          </a>
        </p>
      </header>
      {article.lead && <p class="cr-lead">{article.lead}</p>}
      <div class="cr-body" dangerouslySetInnerHTML={{ __html: safeHtml }} />
      <footer class="cr-footer">
        {t('source')}:{' '}
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.url}
        </a>
      </footer>
    </article>
  );
}
