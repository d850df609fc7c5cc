import type { Plugin } from 'vite';

/** What the app formats with: APA 7 in English (id-ID is added by the app, src/features/citation/). */
const KEEP = {
  'locales.json': ['en-US'],
  'styles.json': ['apa'],
} as const;

/**
 * @citation-js/plugin-csl bundles five CSL locales and three styles as JSON;
 * the app uses the en-US locale and the APA style. The others are dropped
 * from the bundle (about 110 kB before gzip) so the citation chunk carries only what it uses.
 */
export function citationDataPlugin(): Plugin {
  return {
    name: 'citation-data',
    enforce: 'pre',
    transform(code, id) {
      const match =
        /[\\/]@citation-js[\\/]plugin-csl[\\/]lib(?:-mjs)?[\\/](locales|styles)\.json$/.exec(id);
      if (!match) return null;
      const file = `${match[1]}.json` as keyof typeof KEEP;
      const all = JSON.parse(code) as Record<string, string>;
      const kept = Object.fromEntries(KEEP[file].map((name) => [name, all[name]]));
      if (Object.values(kept).some((value) => typeof value !== 'string'))
        this.error(`${file} of @citation-js/plugin-csl no longer has ${KEEP[file].join(', ')}`);
      return { code: JSON.stringify(kept), map: null };
    },
  };
}
