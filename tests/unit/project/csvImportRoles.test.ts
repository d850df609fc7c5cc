import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The roles of features/csv-import/ (eslint.config.js, CSV_IMPORT_ROLES): ui may import flow,
 * storage and worker; flow may import storage and worker; storage and worker import no other
 * role and no React. Each case lints a file that would sit at `filePath` with the project's
 * configuration, as tests/unit/project/boundaries.test.ts does for the layers.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

const importPanel =
  "import { ImportPanel } from '../ui/ImportPanel.tsx';\nexport const f = ImportPanel;\n";
const reducer =
  "import { importFlowReducer } from '../flow/importFlow.ts';\nexport const f = importFlowReducer;\n";

describe('csv-import roles', () => {
  it.each([
    ['storage importing the panel', 'src/features/csv-import/storage/Fixture.ts', importPanel],
    ['the worker importing the panel', 'src/features/csv-import/worker/Fixture.ts', importPanel],
    ['the flow importing the panel', 'src/features/csv-import/flow/Fixture.ts', importPanel],
    ['storage importing the flow', 'src/features/csv-import/storage/Fixture.ts', reducer],
    ['the worker importing the flow', 'src/features/csv-import/worker/Fixture.ts', reducer],
    [
      'storage importing the worker',
      'src/features/csv-import/storage/Fixture.ts',
      "import { parseOnMainThread } from '../worker/parseFile.ts';\nexport const f = parseOnMainThread;\n",
    ],
    [
      'storage importing React',
      'src/features/csv-import/storage/Fixture.ts',
      "import { useState } from 'react';\nexport const f = useState;\n",
    ],
    [
      'the worker importing the app',
      'src/features/csv-import/worker/Fixture.ts',
      "import { DashboardApp } from '../../../app/DashboardApp.tsx';\nexport const f = DashboardApp;\n",
    ],
    [
      'domain importing the panel',
      'src/domain/Fixture.ts',
      "import { ImportPanel } from '../features/csv-import/ui/ImportPanel.tsx';\nexport const f = ImportPanel;\n",
    ],
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    [
      'the panel importing the flow, domain and another feature',
      'src/features/csv-import/ui/Fixture.ts',
      "import { importFlowReducer } from '../flow/importFlow.ts';\nimport { ok } from '../../../domain/result.ts';\nimport { ChartActions } from '../../downloads/ChartActions.tsx';\nexport const f = [importFlowReducer, ok, ChartActions];\n",
    ],
    [
      'the flow importing storage and the worker',
      'src/features/csv-import/flow/Fixture.ts',
      "import { createDatasetStorage } from '../storage/datasetStorage.ts';\nimport { parseOnMainThread } from '../worker/parseFile.ts';\nexport const f = [createDatasetStorage, parseOnMainThread];\n",
    ],
    [
      'storage importing the domain',
      'src/features/csv-import/storage/Fixture.ts',
      "import { ok } from '../../../domain/result.ts';\nexport const f = ok;\n",
    ],
    [
      'the app importing the panel',
      'src/app/Fixture.ts',
      importPanel.replace('../ui/', '../features/csv-import/ui/'),
    ],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
