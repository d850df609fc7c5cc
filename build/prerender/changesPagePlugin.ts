/**
 * Writes the "What changed" pages (changes.html, id/changes.html) from
 * data/versions.csv and data/changes.csv: static HTML, the app's stylesheet,
 * no script. Only the web build: the one-file edition stays one file.
 */
import type { Plugin } from 'vite';
import { buildAllDatasets, readDataDir } from '../bundledDataPlugin.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { renderChangesPage } from '../../src/prerender/changesPage.ts';
import { changesPagePath } from '../../src/state/pagePath.ts';

export function changesPagePlugin(dataDir = 'data'): Plugin {
  return {
    name: 'changes-pages',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!bundle['index.html']) return;
      const built = buildAllDatasets(readDataDir(dataDir));
      if (!built.ok) this.error(built.problems.join('\n'));
      const stylesheet = Object.keys(bundle).find(
        (name) => name.startsWith('assets/') && name.endsWith('.css') && /index/.test(name),
      );
      const publicUrl = process.env.VITE_PUBLIC_URL?.replace(/\/?$/, '/');
      for (const locale of LOCALES) {
        const fileName = changesPagePath(locale);
        this.emitFile({
          type: 'asset',
          fileName,
          source: renderChangesPage(built.datasets.changes, locale, createTranslator(locale), {
            stylesheet,
            base: fileName.includes('/') ? '../' : './',
            ...(publicUrl ? { canonical: `${publicUrl}${fileName}` } : {}),
          }),
        });
      }
    },
  };
}
