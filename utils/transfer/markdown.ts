/**
 * One article as an Obsidian-friendly Markdown note: YAML front matter (Obsidian "properties"), the
 * title, the lead, the highlights with their notes and tags, the whole-article notes and,
 * optionally, the full text. Article text is escaped so a "*" or "1." in a quote stays text; user
 * notes are Markdown already and are kept as written.
 */
import { stringify } from 'yaml';
import type { Annotation, ColourId } from '../annotate/types';
import type { StoredArticle } from '../archive/schema';

/** The user's name for each highlight colour, e.g. {key: 'quan điểm chỉ đạo'}. */
export type ColourLabels = Partial<Record<ColourId, string>>;

/** Options of articleToMarkdown. */
export interface MarkdownOptions {
  /** Append the full article text under "## Text". */
  includeText?: boolean;
}

/** The article, its highlights and notes as one Markdown document. */
export function articleToMarkdown(
  article: StoredArticle,
  annotations: readonly Annotation[],
  labels: ColourLabels,
  options: MarkdownOptions = {},
): string {
  const own = annotations.filter((a) => a.articleId === article.id);
  const highlights = own.filter((a) => a.target.selector.length > 0).sort((a, b) => startOf(a) - startOf(b));
  const notes = own.filter((a) => a.target.selector.length === 0);
  const parts = [frontMatter(article), `# ${escapeMarkdown(article.title)}`];
  if (article.lead) parts.push(...paragraphs(article.lead).map((p) => `**${escapeMarkdown(p)}**`));
  if (highlights.length) parts.push('## Highlights', ...highlights.map((h) => highlightBlock(h, labels)));
  if (notes.length) parts.push('## Notes', ...notes.map(noteBlock).filter(Boolean));
  if (options.includeText && article.text) parts.push('## Text', ...paragraphs(article.text).map(escapeMarkdown));
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(a: StoredArticle): string {
  const fields: Record<string, unknown> = {
    title: a.title,
    source: a.canonicalUrl || a.url,
    site: a.siteName ?? a.site,
    author: a.byline,
    published: a.publishedAt,
    saved: new Date(a.savedAt).toISOString(),
    section: a.section,
    tags: (a.tags ?? []).map(toTag).filter(Boolean),
    type: 'article',
  };
  // Leave out unknown fields rather than write "null": Obsidian shows null properties as empty boxes.
  const known = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== ''));
  return `---\n${stringify(known, { lineWidth: 0 })}---`;
}

function highlightBlock(h: Annotation, labels: ColourLabels): string {
  const quote = h.target.selector[1]?.exact ?? '';
  const lines = quote.split(/\r?\n/).map((l) => (l.trim() ? `> ${escapeMarkdown(l)}` : '>'));
  const label = h.colour ? labels[h.colour] : undefined;
  if (label) lines.push('>', `> — *${escapeMarkdown(label)}*`);
  return [lines.join('\n'), h.note.trim(), tagLine(h.tags)].filter(Boolean).join('\n\n');
}

function noteBlock(n: Annotation): string {
  return [n.note.trim(), tagLine(n.tags)].filter(Boolean).join('\n\n');
}

function tagLine(tags: readonly string[]): string {
  return tags
    .map(toTag)
    .filter(Boolean)
    .map((t) => `#${t}`)
    .join(' ');
}

/** An Obsidian tag: no spaces (they become hyphens) and only letters, digits, "_", "-" and "/". */
export function toTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '');
}

/** Escapes text so Markdown (and Obsidian's ==, $ and %% extensions) shows it literally. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|~$#]/g, '\\$&')
      // Only doubled "=" and "%" mean something (Obsidian highlight, comment); "8,5%" stays readable.
      .replace(/([=%])(?=\1)/g, '\\$1')
      .replace(/&(?=#?\w+;)/g, '\\&')
      // Line-start syntax: lists ("-", "+", "1."), and "---" / "=" lines that would underline a heading.
      .replace(/^(\s*)([-+])(?=\s|$)/gm, '$1\\$2')
      .replace(/^(\s*)([-=])(?=[-=\s]*$)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2')
  );
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function startOf(a: Annotation): number {
  return a.target.selector[0]?.start ?? 0;
}
