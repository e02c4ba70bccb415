/**
 * The small, dismissible "open reader" prompt, in a shadow root so the page's CSS cannot restyle it
 * and ours cannot leak out. Plain DOM (no Preact): this file ships in the always-injected bundle,
 * whose budget is 15 kB gzipped.
 */
import type { Translate } from '../../utils/i18n/strings';

/** What the prompt's buttons do. */
export interface PromptActions {
  /** Opens the reader; resolves to an error message, or '' on success. */
  onRead: () => Promise<string>;
  onSave: () => Promise<string>;
}

const CSS = `
:host { all: initial; }
.cr { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; display: flex; gap: 8px;
  align-items: center; padding: 10px 12px; border-radius: 10px; background: #fff; color: #1b1b1b;
  font: 14px/1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); border: 1px solid #d8dde6; max-width: calc(100vw - 32px); }
.brand { font-weight: 700; color: #1d4f91; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 5px 10px; border: 1px solid #1d4f91; }
.read { background: #1d4f91; color: #fff; }
.save { background: #fff; color: #1d4f91; }
.x { border: none; background: none; color: #555; font-size: 18px; padding: 0 4px; }
button:focus-visible { outline: 2px solid #e0a100; outline-offset: 2px; }
.msg { color: #2e6b30; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, text = ''): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text) node.textContent = text;
  return node;
}

/** Mounts the prompt; returns a function that removes it. */
export function mountPrompt(t: Translate, actions: PromptActions): () => void {
  const host = document.createElement('close-reader-prompt');
  const root = host.attachShadow({ mode: 'open' });
  const box = el('div', { className: 'cr', role: 'dialog', ariaLabel: t('appName') });
  const msg = el('span', { className: 'msg', ariaLive: 'polite' });
  const read = el('button', { className: 'read' }, t('openReader'));
  read.onclick = async () => {
    msg.textContent = await actions.onRead();
  };
  const save = el('button', { className: 'save' }, t('save'));
  save.onclick = async () => {
    save.disabled = true;
    msg.textContent = t('saving');
    msg.textContent = await actions.onSave();
    save.disabled = false;
  };
  const remove = () => host.remove();
  const x = el('button', { className: 'x', title: t('dismiss'), ariaLabel: t('dismiss'), onclick: remove }, '×');
  box.append(el('span', { className: 'brand' }, t('appName')), read, save, msg, x);
  root.append(el('style', {}, CSS), box);
  document.documentElement.append(host);
  return remove;
}
