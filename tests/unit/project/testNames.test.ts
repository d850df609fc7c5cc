/**
 * A module's tests are found from its name: tests/unit/ and tests/component/ mirror src/ (and
 * build/, tools/), `<module>.test.ts` or `<module>.<topic>.test.ts` (engine.conformance.test.ts
 * tests src/domain/import/engine.ts). tests/unit/project/ holds the checks of the repository as
 * a whole (layer fences, dependencies, the bundled data's provenance, these names).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The module a test file's name points at, or null. */
export function moduleOf(testFile: string): string | null {
  const relative = testFile.replace(/^tests\/(unit|component)\//, '').replace(/\.test\.tsx?$/, '');
  const inRoot = /^(build|tools)\//.test(relative) ? relative : `src/${relative}`;
  // The module itself, or the module a topic is of (`engine.conformance` → `engine`).
  const names = [inRoot, inRoot.replace(/\.[A-Za-z0-9-]+$/, '')];
  for (const name of names)
    for (const extension of ['.ts', '.tsx', '.mjs', '.js'])
      if (existsSync(`${name}${extension}`)) return `${name}${extension}`;
  return null;
}

describe('test file names', () => {
  it('reads a topic test as its module’s and refuses a name that points at no module', () => {
    expect(moduleOf('tests/unit/domain/import/engine.conformance.test.ts')).toBe(
      'src/domain/import/engine.ts',
    );
    expect(moduleOf('tests/unit/build/dataPackage.test.ts')).toBe('build/dataPackage.ts');
    expect(moduleOf('tests/component/app/DashboardApp.id.test.tsx')).toBe(
      'src/app/DashboardApp.tsx',
    );
    expect(moduleOf('tests/unit/selectors.test.ts')).toBeNull();
  });

  it('name the module each tests, mirrored under tests/unit/ or tests/component/', () => {
    const files = [...testFiles('tests/unit'), ...testFiles('tests/component')].filter(
      (file) => !file.startsWith('tests/unit/project/'),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => moduleOf(file) === null)).toEqual([]);
  });
});
