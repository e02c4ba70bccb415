// citation-js ships no types; only the tests use it (to parse our outputs back), so this is the
// little they need. https://citation.js.org/api/0.7/
declare module '@citation-js/core' {
  /** A parsed bibliography; `data` holds CSL-JSON items. */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
