import { describe, expect, it } from 'vitest';
import { randomId } from './random-id';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('uses crypto.randomUUID where it exists', () => expect(randomId({ getRandomValues: (a) => a, randomUUID: () => 'x' })).toBe('x'));
  it('builds a v4 UUID from getRandomValues without randomUUID (insecure contexts)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomId({ getRandomValues: (a) => crypto.getRandomValues(a) })));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(V4);
  });
});
