/**
 * Random v4 UUIDs that also work outside a secure context. Firefox treats our reader overlay (an
 * extension frame inside an http:// page) as insecure, and there `crypto.randomUUID` is missing;
 * `crypto.getRandomValues` is available everywhere.
 */

/** A random RFC 4122 version-4 UUID string. */
export function randomId(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
