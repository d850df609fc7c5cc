import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Runtime dependencies'));
const listed = section.slice(0, section.indexOf('\n## ', 3));

describe('runtime dependencies', () => {
  const entries = Object.entries(manifest.dependencies);

  it('are pinned to the exact version the lock file installs', () => {
    for (const [name, range] of entries) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
      expect(lock.packages['']?.dependencies?.[name], name).toBe(range);
    }
  });

  it('are each listed in the README with its version and why it is there', () => {
    for (const [name, version] of entries) {
      const row = listed.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row, name).toBeDefined();
      const [, , listedVersion, why] = row!.split('|').map((cell) => cell.trim());
      expect(listedVersion, name).toBe(version);
      expect(why!.length, name).toBeGreaterThan(20);
    }
  });
});
