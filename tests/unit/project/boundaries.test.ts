import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder fence (eslint.config.js, boundaries/dependencies) fires: each case lints a file that
 * would sit at `filePath`, with the project's own configuration, and names the rule that must
 * refuse it. The allowed cases show the fence is not simply refusing everything.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('folder boundaries', () => {
  it.each([
    [
      'a shared component reading the store',
      'src/components/Fixture.tsx',
      "import { useDashboard } from '../state/StoreContext.tsx';\nexport const f = useDashboard;\n",
      /"components" to elements of type "state"/,
    ],
    [
      'a shared component importing zustand',
      'src/components/charts/Fixture.ts',
      "import { useStore } from 'zustand';\nexport const f = useStore;\n",
      /"zustand".*"components"/,
    ],
    [
      'domain importing state from two folders down',
      'src/domain/import/Fixture.ts',
      "import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';\nexport const f = DEFAULT_VIEW_STATE;\n",
      /"domain" to elements of type "state"/,
    ],
    [
      'domain importing React',
      'src/domain/import/Fixture.ts',
      "import { useState } from 'react';\nexport const f = useState;\n",
      /"react".*"domain"/,
    ],
    [
      'domain importing i18n',
      'src/domain/Fixture.ts',
      "import { LOCALES } from '../i18n/locales.ts';\nexport const f = LOCALES;\n",
      /"domain" to elements of type "i18n"/,
    ],
    [
      'i18n importing state',
      'src/i18n/Fixture.ts',
      "import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';\nexport const f = DEFAULT_VIEW_STATE;\n",
      /"i18n" to elements of type "state"/,
    ],
    [
      'a feature importing the app',
      'src/features/pmi/Fixture.ts',
      "import { DashboardApp } from '../../app/DashboardApp.tsx';\nexport const f = DashboardApp;\n",
      /"features" to elements of type "app"/,
    ],
    [
      'state importing a feature (a lazy import too)',
      'src/state/Fixture.ts',
      "export const f = () => import('../features/pmi/pmi.selectors.ts');\n",
      /"state" to elements of type "features"/,
    ],
    [
      'the boot script importing React',
      'src/boot/Fixture.ts',
      "import { lazy } from 'react';\nexport const f = lazy;\n",
      /"react".*"boot"/,
    ],
    [
      'the boot script importing the app',
      'src/boot/Fixture.ts',
      "export const f = () => import('../app/DashboardApp.tsx');\n",
      /"boot" to elements of type "app"/,
    ],
  ])('refuses %s', async (_case, filePath, code, expected) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it.each([
    [
      'a feature reading the store and a shared component',
      'src/features/pmi/Fixture.ts',
      "import { useDashboard } from '../../state/StoreContext.tsx';\nimport { Panel } from '../../components/Panel.tsx';\nexport const f = [useDashboard, Panel];\n",
    ],
    [
      'a shared component reading the language from i18n',
      'src/components/Fixture.tsx',
      "import { useI18n } from '../i18n/I18nContext.tsx';\nimport type { ChartModel } from '../domain/chartModel.ts';\nexport const f = useI18n;\nexport type M = ChartModel;\n",
    ],
    [
      'domain importing domain from two folders down',
      'src/domain/import/Fixture.ts',
      "import { THEMES } from '../vocabulary.ts';\nexport const f = THEMES;\n",
    ],
    [
      'the boot script importing the route, the embed messages and the view address',
      'src/boot/Fixture.ts',
      "import { parseRoute } from '../state/route.ts';\nimport { parseHostMessage } from '../features/embed/messages.ts';\nimport { viewSlug } from '../prerender/viewAddress.ts';\nexport const f = [parseRoute, parseHostMessage, viewSlug];\n",
    ],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });

  it('has a place for every folder of src/: a new folder must be given its layer and arrows', async () => {
    const config = pathToFileURL(resolve('eslint.config.js')).href;
    const { LAYERS } = (await import(/* @vite-ignore */ config)) as {
      LAYERS: Record<string, string[]>;
    };
    // Files directly in src/ are the entry; every folder must be a layer of eslint.config.js, or
    // the catch-all entry element would let it import anything.
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const layers = Object.keys(LAYERS)
      .filter((layer) => layer !== 'entry')
      .sort();
    expect(folders).toEqual(layers);
  });
});
