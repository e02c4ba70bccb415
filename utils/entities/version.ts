/**
 * Version of the recogniser for the archive's entity index: a code revision (bump it when the
 * matching rules change) plus a hash of the gazetteer data, so editing a gazetteer file also
 * triggers a rebuild of the index.
 */
import { GAZETTEERS } from '../ner/lexicon';

/** Bump when recogniser code changes what it finds. */
const CODE_REVISION = 3;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The current recogniser version string. */
export const RECOGNISER_VERSION = `${CODE_REVISION}-${fnv1a(JSON.stringify(GAZETTEERS))}`;
