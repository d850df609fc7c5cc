import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportIssue } from '../../../src/domain/import/index.ts';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join('tests/fixtures/import', name)));
}

/** Issues reduced to what a user reads: code, severity, where. */
export function where(
  issues: readonly ImportIssue[],
): Array<Pick<ImportIssue, 'code' | 'severity' | 'row' | 'column'>> {
  return issues.map(({ code, severity, row, column }) => ({
    code,
    severity,
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
  }));
}
