import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../../tests/helpers/article';
import { listArticles, saveArticle } from './articles';
import { isDiskFull } from './errors';
import { resetArchiveConnection } from './open-archive';

beforeEach(() => resetArchiveConnection());

describe('a full disk', () => {
  it('rejects the save with a recognisable error and leaves the archive unchanged', async () => {
    await saveArticle(makeArticle({ url: 'https://qdnd.vn/a-1', canonicalUrl: 'https://qdnd.vn/a-1' }));
    const { IDBObjectStore } = await import('fake-indexeddb');
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failed = await saveArticle(makeArticle()).catch((e: unknown) => e);
    spy.mockRestore();
    expect(isDiskFull(failed)).toBe(true);
    expect((await listArticles()).map((a) => a.url)).toEqual(['https://qdnd.vn/a-1']);
  });

  it.each([
    ['QuotaExceededError: The quota has been exceeded.', true],
    [new DOMException('x', 'QuotaExceededError'), true],
    ['UnknownError: Internal error', false],
  ])('isDiskFull(%s) → %s', (e, want) => expect(isDiskFull(e)).toBe(want));
});
