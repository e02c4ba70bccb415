import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';

/** Props of Floating. */
export interface FloatingProps {
  /** An element inside the reader page; the children are placed at the top of that page. */
  anchor: Element | null | undefined;
  children: ComponentChildren;
}

/**
 * Renders an absolutely positioned card or composer at the top of the reader page (`.cr-page`),
 * not where its layer sits. The layers live in the side column, which is sticky and scrolls: an
 * absolute child's coordinates would be taken against that column and the column would clip it,
 * so a card opened from the text showed nowhere. `.cr-page` keeps the theme's colours around it.
 */
export function Floating({ anchor, children }: FloatingProps) {
  const host = anchor?.closest('.cr-page') ?? anchor?.ownerDocument.body;
  return host ? createPortal(children, host) : null;
}
