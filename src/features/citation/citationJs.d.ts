/** The parts of citation-js (which ships no types) this app uses. */
declare module '@citation-js/core' {
  export interface CslData {
    id?: string;
    type?: string;
    title?: string;
    URL?: string;
    note?: string;
    author?: { literal?: string; family?: string; given?: string }[];
    accessed?: { 'date-parts': number[][] };
    issued?: { 'date-parts': number[][] };
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslData[];
    format(
      format: 'bibliography',
      options: { format: 'text'; template: string; lang: string },
    ): string;
    format(format: 'bibtex' | 'ris', options?: { format: 'text' }): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): {
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
      };
      get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
