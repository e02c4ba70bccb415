/**
 * The reader view shown over the article in the same tab: an iframe of our extension page
 * (own origin, strict CSP; no page script can run in it or read it). The page stays alive
 * underneath, so closing returns the reader exactly where they were.
 */
let current: { host: HTMLElement; overflow: string; focus: Element | null } | null = null;

/** Shows the reader page over the document. */
export function openOverlay(readerUrl: string, onEscape: () => void): void {
  if (current) return;
  const host = document.createElement('close-reader-overlay');
  const root = host.attachShadow({ mode: 'open' });
  const frame = document.createElement('iframe');
  frame.src = readerUrl;
  frame.title = 'Close Reader';
  frame.setAttribute('style', 'position:fixed;inset:0;width:100vw;height:100vh;border:0;margin:0;z-index:2147483647;background:#fff;color-scheme:normal');
  root.append(frame);
  current = { host, overflow: document.documentElement.style.overflow, focus: document.activeElement };
  // Stop the page scrolling behind the reader; restored on close.
  document.documentElement.style.overflow = 'hidden';
  document.documentElement.append(host);
  frame.addEventListener('load', () => frame.focus());
  document.addEventListener('keydown', escListener(onEscape), true);
}

let esc: ((e: KeyboardEvent) => void) | null = null;
function escListener(onEscape: () => void) {
  esc = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onEscape();
  };
  return esc;
}

/** Removes the reader and gives the page back (scroll position untouched). */
export function closeOverlay(): void {
  if (!current) return;
  current.host.remove();
  document.documentElement.style.overflow = current.overflow;
  if (current.focus instanceof HTMLElement) current.focus.focus({ preventScroll: true });
  if (esc) document.removeEventListener('keydown', esc, true);
  current = null;
}

/** True while the overlay is shown. */
export const isOverlayOpen = (): boolean => current !== null;
