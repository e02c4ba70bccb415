/**
 * Injected on demand when the user turns on "highlight on the original page" (popup): recognises
 * the page's text and paints officials and documents in place, or clears them. The background sets
 * `__closeReaderInPage` (true/false) in this isolated world just before running this file.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearInPage, pageTextIndex, paintInPage } from '../utils/highlight/in-page';
import { recognise } from '../utils/ner/recognise';
import { err, ok, type Result } from '../utils/result';

export default defineUnlistedScript((): Result<{ mode: string; count: number }> => {
  try {
    const on = (globalThis as { __closeReaderInPage?: boolean }).__closeReaderInPage !== false;
    clearInPage(document);
    if (!on) return ok({ mode: 'off', count: 0 });
    const index = pageTextIndex(document);
    return ok(paintInPage(document, index, recognise(index.text)));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
});
