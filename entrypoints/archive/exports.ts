/**
 * Builds each export file from the archive's rows: the full backup, Markdown (one file, or a zip
 * of one file per article for an Obsidian vault), W3C annotations, and citations (CSL-JSON,
 * BibTeX, RIS) for the articles currently shown.
 */
import { strToU8, zipSync } from 'fflate';
import type { Annotation, ColourId } from '../../utils/annotate/types';
import type { StoredArticle } from '../../utils/archive/schema';
import type { Settings } from '../../utils/ext/settings';
import { exportBundle, serializeBundle } from '../../utils/transfer/bundle';
import { toBibtex, toCslJson, toRis } from '../../utils/transfer/citations';
import { articleToMarkdown } from '../../utils/transfer/markdown';
import { annotationsToJsonLd } from '../../utils/transfer/web-annotation';

/** An export format. */
export type ExportFormat = 'backup' | 'markdown' | 'annotations' | 'csl' | 'bibtex' | 'ris';

/** A file to download. */
export interface ExportFile {
  filename: string;
  data: string | Uint8Array;
  mime: string;
}

const stamp = () => new Date().toISOString().slice(0, 10);
const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'bai-viet';

/** The file for a format; `articles` are the ones shown (all of them for a backup). */
export function buildExport(format: ExportFormat, all: { articles: StoredArticle[]; annotations: Annotation[] }, articles: StoredArticle[], settings: Settings, labels: Record<ColourId, string>): ExportFile {
  const ids = new Set(articles.map((a) => a.id));
  const annotations = all.annotations.filter((a) => ids.has(a.articleId));
  switch (format) {
    case 'backup':
      return { filename: `close-reader-backup-${stamp()}.json`, data: serializeBundle(exportBundle({ ...all, settings }, Date.now())), mime: 'application/json' };
    case 'markdown':
      return markdownFiles(articles, annotations, labels);
    case 'annotations':
      return { filename: `close-reader-annotations-${stamp()}.jsonld`, data: JSON.stringify(annotationsToJsonLd(annotations, articles), null, 2), mime: 'application/ld+json' };
    case 'csl':
      return { filename: `close-reader-${stamp()}.csl.json`, data: JSON.stringify(toCslJson(articles), null, 2), mime: 'application/vnd.citationstyles.csl+json' };
    case 'bibtex':
      return { filename: `close-reader-${stamp()}.bib`, data: toBibtex(articles), mime: 'application/x-bibtex' };
    case 'ris':
      return { filename: `close-reader-${stamp()}.ris`, data: toRis(articles), mime: 'application/x-research-info-systems' };
  }
}

function markdownFiles(articles: StoredArticle[], annotations: Annotation[], labels: Record<ColourId, string>): ExportFile {
  const files = articles.map((a) => ({ name: `${slug(a.title)}.md`, text: articleToMarkdown(a, annotations, labels, { includeText: true }) }));
  if (files.length === 1) return { filename: files[0]!.name, data: files[0]!.text, mime: 'text/markdown' };
  const used = new Map<string, number>();
  const entries = Object.fromEntries(
    files.map((f) => {
      const n = (used.get(f.name) ?? 0) + 1;
      used.set(f.name, n);
      return [n === 1 ? f.name : f.name.replace(/\.md$/, `-${n}.md`), strToU8(f.text)];
    }),
  );
  return { filename: `close-reader-markdown-${stamp()}.zip`, data: zipSync(entries), mime: 'application/zip' };
}
