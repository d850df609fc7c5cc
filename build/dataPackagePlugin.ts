import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildAllDatasets, readDataDir } from './bundledDataPlugin.ts';
import { dataPackageFiles } from './dataPackage.ts';

/** When the package was made: SOURCE_DATE_EPOCH (seconds) for a reproducible build, else now. */
function createdAt(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString();
}

/**
 * Publishes data/ beside the app (build/dataPackage.ts says what and
 * where). The web build only: the one-file edition has no files beside it.
 * The service worker does not precache these files (vite.config.ts
 * globPatterns takes no .csv or .json): the app never reads them, it has
 * the same data built in.
 */
export function dataPackagePlugin(dataDir = 'data'): Plugin {
  return {
    name: 'data-package',
    apply: 'build',
    generateBundle() {
      const texts = readDataDir(dataDir);
      const built = buildAllDatasets(texts);
      // bundledDataPlugin has already failed the build with every problem; nothing to add here.
      if (!built.ok) return;
      const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
      const publicUrl = process.env.VITE_PUBLIC_URL;
      const files = dataPackageFiles(texts, built.datasets, {
        version: pkg.version,
        created: createdAt(),
        ...(publicUrl ? { homepage: publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/` } : {}),
      });
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
