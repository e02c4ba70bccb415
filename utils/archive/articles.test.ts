import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/helpers/article';
import { deleteArticle, findArticleByUrl, getArticle, listArticles, restoreArticle, saveArticle } from './articles';
import { resetArchiveConnection } from './open-archive';

beforeEach(() => resetArchiveConnection());

describe('archive articles', () => {
  it('saves, reads back and lists newest first', async () => {
    const a = await saveArticle(makeArticle(), { now: 1000 });
    const b = await saveArticle(makeArticle({ url: 'https://nhandan.vn/b-1.html', canonicalUrl: 'https://nhandan.vn/b-1.html' }), { now: 2000 });
    expect(a.alreadySaved).toBe(false);
    expect((await getArticle(a.id))?.title).toContain('35-CT/TW');
    const list = await listArticles();
    expect(list.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(list[0]).not.toHaveProperty('html');
    expect(list[0]?.site).toBe('nhandan.vn');
  });

  it('dedupes by canonical URL, ignoring fragment, www and tracking parameters', async () => {
    const first = await saveArticle(makeArticle());
    const again = await saveArticle(
      makeArticle({ canonicalUrl: 'http://tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820102/bai-mau.aspx?utm_source=zalo#x' }),
    );
    expect(again).toEqual({ id: first.id, alreadySaved: true });
    expect(await listArticles()).toHaveLength(1);
    expect((await findArticleByUrl('https://tapchicongsan.org.vn/web/guest/thoi-su/-/2018/820102/bai-mau.aspx'))?.id).toBe(first.id);
  });

  it('deletes and restores exactly (undo)', async () => {
    const { id } = await saveArticle(makeArticle(), { now: 5 });
    const removed = await deleteArticle(id);
    expect(await getArticle(id)).toBeUndefined();
    await restoreArticle(removed!.article, undefined, removed!.annotations);
    expect(await getArticle(id)).toEqual(removed!.article);
    expect(await deleteArticle('missing' as never)).toBeUndefined();
  });
});

describe('tags', () => {
  it('sets article tags and lists every tag in use, sorted', async () => {
    const { setArticleTags, listTags } = await import('./articles');
    const { putAnnotation } = await import('./annotations');
    const { id } = await saveArticle(makeArticle());
    await setArticleTags(id, [' đại hội ', 'Bộ Chính trị', 'đại hội']);
    await putAnnotation({ id: 'n1', articleId: id, motivation: 'commenting', target: { source: 'x', selector: [] }, colour: null, note: '', tags: ['cần hỏi'], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' } as never);
    expect((await getArticle(id))?.tags).toEqual(['đại hội', 'Bộ Chính trị']);
    expect(await listTags()).toEqual(['Bộ Chính trị', 'cần hỏi', 'đại hội']);
  });
});
