import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/helpers/article';
import { validateExtractedArticle, validateStoredArticle } from './validate';

describe('article validation', () => {
  it('accepts a well-formed article', () => expect(validateExtractedArticle(makeArticle())).toBeTruthy());
  it.each([
    ['not an object', null],
    ['title', { ...makeArticle(), title: 5 }],
    ['section', { ...makeArticle(), section: 1 }],
    ['url', { ...makeArticle(), url: 'javascript:alert(1)' }],
    ['wordCount', { ...makeArticle(), wordCount: Number.NaN }],
    ['images[]', { ...makeArticle(), images: [{ src: 1 }] }],
  ])('rejects a bad %s', (field, value) => expect(() => validateExtractedArticle(value)).toThrow(`invalid article: ${field}`));
  it('requires the stored fields', () => {
    expect(() => validateStoredArticle(makeArticle())).toThrow('invalid article: id');
    expect(validateStoredArticle({ ...makeArticle(), id: 'x', urlKey: 'k', site: 's', savedAt: 1 }).id).toBe('x');
  });
});
