import { describe, expect, it } from 'vitest';
import { checkShares, parseImport, validateShares } from '../../../../src/domain/import/index.ts';
import type { ImportedTable } from '../../../../src/domain/import/index.ts';
import { fixtureBytes, where } from '../../import/helpers.ts';

function table(name: string): ImportedTable {
  const result = parseImport(fixtureBytes(name));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('validateShares', () => {
  it('reports a negative share with its row', () => {
    const result = validateShares(table('negative-share.csv'), {
      label: 'Sector',
      value: 'Share (%)',
    });
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([
      { code: 'import.negativeShare', severity: 'error', row: 3, column: 'Share (%)' },
    ]);
    expect(result.issues[0]?.params).toEqual({ value: -3.5 });
  });

  it('reports shares above 100 %, one by one and in sum', () => {
    const result = validateShares(table('over-hundred.csv'), { label: 'Sektor', value: 'Persen' });
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([
      { code: 'import.shareOverHundred', severity: 'error', row: 3, column: 'Persen' },
      { code: 'import.sharesOverHundred', severity: 'error', column: 'Persen' },
    ]);
    expect(result.issues[1]?.params).toMatchObject({ sum: 120 });
  });

  it('reports the remainder and leaves a "Jumlah" row out of the sum', () => {
    const result = validateShares(table('remainder-shares.csv'), {
      label: 'Sektor',
      value: 'Pangsa (%)',
    });
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({ status: 'remainder', sum: 45.18, remainder: 54.82 });
    expect(result.data!.totalRow).toMatchObject({ label: 'Jumlah', row: 5, value: 45.18 });
    expect(where(result.issues)).toEqual([
      { code: 'import.totalRowExcluded', severity: 'info', row: 5, column: 'Pangsa (%)' },
      { code: 'import.sharesRemainder', severity: 'info', column: 'Pangsa (%)' },
    ]);
    expect(result.issues[1]?.params).toEqual({ sum: 45.18, remainder: 54.82 });
  });

  it('accepts shares that sum to 100 % within rounding', () => {
    const result = validateShares(table('bps-semicolon.csv'), {
      label: 'Sektor',
      value: 'Persentase',
    });
    expect(result.data).toMatchObject({ status: 'remainder', sum: 57.48 });
    const complete = checkShares([
      { label: 'A', value: 33.33, row: 2, decimals: 2 },
      { label: 'B', value: 33.33, row: 3, decimals: 2 },
      { label: 'C', value: 33.33, row: 4, decimals: 2 },
    ]);
    // 99.99 is 100 within three half-units of 0.005.
    expect(complete.data).toMatchObject({ status: 'complete', remainder: 0 });
    expect(complete.issues).toEqual([]);
  });

  it('allows more rounding for shares printed without decimals', () => {
    const rounded = [
      { label: 'A', value: 34, row: 2, decimals: 0 },
      { label: 'B', value: 33, row: 3, decimals: 0 },
      { label: 'C', value: 34, row: 4, decimals: 0 },
    ];
    expect(checkShares(rounded).data?.status).toBe('complete');
    expect(checkShares(rounded.map((entry) => ({ ...entry, decimals: 2 }))).data).toBeUndefined();
  });

  it('fails clearly when the mapped columns do not exist', () => {
    const result = validateShares(table('bps-semicolon.csv'), { label: 'Sektor', value: 'Nilai' });
    expect(where(result.issues)).toEqual([
      { code: 'import.noNumbers', severity: 'error', column: 'Nilai' },
    ]);
  });
});
