/**
 * Injected on demand (scripting.executeScript) into the tab being read: the heavy half of the
 * content code (Readability + sanitizer) that the always-injected detector never loads.
 * Its return value is the script's result in executeScript.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../utils/extract/extract-article';
import type { ExtractedArticle } from '../utils/extract/types';
import { err, ok, type Result } from '../utils/result';

export default defineUnlistedScript((): Result<ExtractedArticle> => {
  try {
    const article = extractArticle(document, location.href, { window });
    return article ? ok(article) : err('not-an-article');
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
});
