import type { Ref } from 'preact';
import type { ExtractedArticle } from '../utils/extract/types';
import { formatPublished } from '../utils/format';
import { siteOf } from '../utils/url';
import type { Lang, Translate } from '../utils/i18n/strings';

/** Props of ArticleView. */
export interface ArticleViewProps {
  article: ExtractedArticle;
  /** Lead + body HTML, already sanitized by the container (see leadAndBodyHtml). */
  safeHtml: string;
  /** The element holding lead and body, for the highlighters (Preact never re-renders inside it). */
  textRef?: Ref<HTMLDivElement>;
  lang: Lang;
  t: Translate;
}

/** The article itself: section, title, date, author, source link, lead and body with figures. */
export function ArticleView({ article, safeHtml, textRef, lang, t }: ArticleViewProps) {
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
            {article.siteName ?? siteOf(article.url)}
          </a>
        </p>
      </header>
      <div class="cr-body" ref={textRef} dangerouslySetInnerHTML={{ __html: safeHtml }} />
      <footer class="cr-footer">
        {t('source')}:{' '}
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.url}
        </a>
      </footer>
    </article>
  );
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The lead as an escaped paragraph before the (sanitized) body: both live in one innerHTML block
 * so highlight marks can be added inside them without fighting Preact's diffing.
 */
export function leadAndBodyHtml(lead: string | null, safeBody: string): string {
  const escaped = lead ? `<p class="cr-lead">${lead.replace(/[&<>"]/g, (c) => ESCAPES[c]!)}</p>` : '';
  return escaped + safeBody;
}
