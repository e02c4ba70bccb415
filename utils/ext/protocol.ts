/**
 * The one message protocol of the extension: every key, its payload and its reply, grouped by the
 * context that RECEIVES it. Payloads are plain structured-clone-safe data (sanitized HTML strings,
 * offsets), never DOM nodes. Replies travel as Result<T, string> (Error does not survive cloning).
 */
import type { Annotation, AnnotationId } from '../annotate/types';
import type { ArticleId, ArticleSummary, StoredArticle } from '../archive/schema';
import type { EntitySummary } from '../archive/entities';
import type { EntityEntry } from '../entities/entries';
import type { EntityKind } from '../entities/keys';
import type { ExtractedArticle } from '../extract/types';
import type { Removed, SaveOutcome } from '../archive/articles';
import type { Detection } from '../detect/types';

/** What the popup shows about a tab. */
export interface TabStatus {
  /** Detection from the content script, null when it is not running on the tab (not a listed site). */
  detection: Detection | null;
  /** The saved article for the tab's URL, if any. */
  savedId: ArticleId | null;
  url: string;
  title: string;
  /** In-place highlights are on for this tab. */
  inPage: boolean;
  /** Number of highlights on the saved copy of this page. */
  highlights: number;
}

/** Every message key → [request, response]. */
export interface ProtocolMap {
  // ── Received by the background ─────────────────────────────────────────────
  /** Content script → bg: the detector's verdict for the sender's tab (sets the badge). */
  'tab.detected': [{ detection: Detection }, null];
  /** Content script or popup → bg: extract the tab now and stash it for the reader; replies with the reader URL. */
  'reader.prepare': [{ tabId?: number }, { readerUrl: string }];
  /** Reader → bg: the article `reader.prepare` stashed for a tab (the reader frame may not read storage.session itself). */
  'reader.pending': [{ tabId: number }, ExtractedArticle | null];
  /** Reader → bg: remove the reader overlay from its tab (relayed to the content script: the frame may have no tabs API). */
  'reader.close': [{ tabId: number }, null];
  /** Content script or popup → bg: extract the tab and save it to the archive. */
  'tab.save': [{ tabId?: number; tags?: string[] }, SaveOutcome];
  /** Popup → bg: status of a tab. */
  'tab.status': [{ tabId: number }, TabStatus];
  /** Popup → bg: turn "highlight on the original page" on or off for a tab. */
  'tab.inPage': [{ tabId: number; on: boolean }, { mode: string; count: number }];
  /** Popup → bg: open the reader overlay on a tab (injecting the content script when needed). */
  'tab.openReader': [{ tabId: number }, null];

  /** Reader → bg: save an article the reader already holds. */
  'archive.save': [{ article: ExtractedArticle }, SaveOutcome];
  /** Reader → bg: the saved article for a URL, if any. */
  'archive.lookup': [{ url: string }, ArticleId | null];
  /** Extension page → bg: one saved article. */
  'archive.get': [{ id: ArticleId }, StoredArticle | null];
  /** Extension page → bg: summaries, newest save first. */
  'archive.list': [{ limit?: number }, ArticleSummary[]];
  /** Extension page → bg: delete; replies with what was removed, for Undo. Extension pages only. */
  'archive.delete': [{ id: ArticleId }, Removed | null];
  /** Extension page → bg: put a deleted article and its annotations back (Undo). Extension pages only. */
  'archive.restore': [Removed, null];

  /** Extension page → bg: every person or every document in the archive, for filters. */
  'entities.list': [{ kind: EntityKind }, EntitySummary[]];
  /** Extension page → bg: every tag in use, for autocomplete. */
  'archive.tags': [null, string[]];
  /** Extension page → bg: set a saved article's tags. */
  'archive.setTags': [{ id: ArticleId; tags: string[] }, null];
  /** Extension page → bg: the annotations of one article (or of all articles when no id). */
  'annotations.list': [{ articleId?: ArticleId }, Annotation[]];
  /** Extension page → bg: store a new or edited annotation. */
  'annotations.put': [{ annotation: Annotation }, null];
  /** Extension page → bg: delete an annotation; replies with it for Undo. */
  'annotations.delete': [{ id: AnnotationId }, Annotation | null];
  /** Extension page → bg: every saved article naming this person / citing this document. */
  'entities.lookup': [{ kind: EntityKind; key: string }, EntityEntry[]];

  // ── Received by the content script ─────────────────────────────────────────
  /** bg → cs: run detection again and reply with it. */
  'page.detect': [null, Detection];
  /** bg → cs: show the reader overlay (extracting first). */
  'overlay.open': [null, null];
  /** Reader page → cs: close the overlay and give the page back. */
  'overlay.close': [null, null];
}

/** A message key. */
export type MessageType = keyof ProtocolMap;
/** The request payload of a key. */
export type RequestOf<K extends MessageType> = ProtocolMap[K][0];
/** The reply value of a key. */
export type ResponseOf<K extends MessageType> = ProtocolMap[K][1];
/** The envelope sent over runtime messaging. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}

/** Keys the background handles; tests/protocol.test.ts checks each has exactly one handler. */
export const BACKGROUND_KEYS = [
  'tab.detected',
  'reader.prepare',
  'reader.pending',
  'reader.close',
  'tab.save',
  'tab.status',
  'tab.openReader',
  'tab.inPage',
  'archive.save',
  'archive.lookup',
  'archive.get',
  'archive.list',
  'archive.delete',
  'archive.restore',
  'entities.lookup',
  'archive.setTags',
  'archive.tags',
  'entities.list',
  'annotations.list',
  'annotations.put',
  'annotations.delete',
] as const;
/** Keys the content script handles. */
export const CONTENT_KEYS = ['page.detect', 'overlay.open', 'overlay.close'] as const;

/** True when a value received at a trust boundary looks like an envelope of a known key. */
export function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const t = (x as { type?: unknown }).type;
  return typeof t === 'string' && ([...BACKGROUND_KEYS, ...CONTENT_KEYS] as string[]).includes(t);
}
