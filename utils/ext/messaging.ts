/**
 * Typed runtime messaging over utils/ext/protocol.ts. One listener per context dispatches by key;
 * replies use sendResponse + `return true`, which works in Chrome and Firefox alike (toolchain.md P5).
 */
import { browser, type Browser } from 'wxt/browser';
import { err, ok, type Result } from '../result';
import { isEnvelope, type MessageType, type RequestOf, type ResponseOf } from './protocol';

type Sender = Browser.runtime.MessageSender;
type Handler<K extends MessageType> = (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;

const handlers = new Map<MessageType, Handler<MessageType>>();
let listening = false;

/** Registers the handler for a key in this context; registering a key twice is a programming error. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): void {
  if (handlers.has(type)) throw new Error(`handler for ${type} registered twice`);
  handlers.set(type, handler as unknown as Handler<MessageType>);
  if (!listening) {
    listening = true;
    browser.runtime.onMessage.addListener(listener);
  }
}

function listener(msg: unknown, sender: Sender, sendResponse: (r: Result<unknown>) => void): true | undefined {
  if (!isEnvelope(msg)) return undefined;
  const handler = handlers.get(msg.type);
  if (!handler) return undefined; // another context handles it
  Promise.resolve()
    .then(() => handler(msg.data, sender))
    .then((value) => sendResponse(ok(value ?? null)))
    .catch((e: unknown) => sendResponse(err(errorMessage(e))));
  return true;
}

/** Sends a message to the background (or extension pages) and waits for its Result. */
export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    const res = (await browser.runtime.sendMessage({ type, data })) as Result<ResponseOf<K>> | undefined;
    return res ?? err(`no handler for ${type}`);
  } catch (e) {
    return err(errorMessage(e));
  }
}

/** Sends a message to the content script of a tab and waits for its Result. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type, data })) as Result<ResponseOf<K>> | undefined;
    return res ?? err(`no handler for ${type} in tab ${tabId}`);
  } catch (e) {
    return err(errorMessage(e));
  }
}

/** A readable message from anything thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
  return String(e);
}

/** Test hook: forget registered handlers. */
export function _resetHandlersForTests(): void {
  handlers.clear();
  if (listening) browser.runtime.onMessage.removeListener(listener);
  listening = false;
}

/** Like sendMessage, but resolves to the value and rejects with the error message (for UI code). */
export async function request<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const res = await sendMessage(type, data);
  if (!res.ok) throw new Error(res.error);
  return res.value;
}
