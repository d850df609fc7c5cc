import { describe, expect, it } from 'vitest';
import { guessMapping, parseImport } from '../../../../src/domain/import/index.ts';
import { fixtureBytes } from '../../import/helpers.ts';

function mappingOf(input: string | Uint8Array) {
  const result = parseImport(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return guessMapping(result.data);
}

describe('guessMapping', () => {
  it('finds label, value and period in an Indonesian table', () => {
    expect(mappingOf(fixtureBytes('title-line.csv'))).toEqual({
      label: 'Sektor',
      value: 'Pangsa',
      period: 'Tahun',
      valueIsPercent: true,
    });
  });

  it('prefers a value column by name over an earlier number column', () => {
    const text =
      'Kode KBLI;Uraian;Jumlah perusahaan;Nilai ekspor (juta US$)\n10;Makanan;120;27.160\n13;Tekstil;80;11.870\n';
    expect(mappingOf(text)).toEqual({
      label: 'Uraian',
      value: 'Jumlah perusahaan',
      period: null,
      valueIsPercent: false,
    });
  });

  it('uses kinds when names say nothing', () => {
    expect(mappingOf('a,b,c\nFood,2019,27.16\nPaper,2020,7.26\n')).toEqual({
      label: 'a',
      value: 'c',
      period: 'b',
      valueIsPercent: false,
    });
  });

  it('reads a % sign as percent and a month column as the period', () => {
    expect(mappingOf('Bulan;Sektor;Share\nJan 2024;Makanan;21,5%\nFeb 2024;Makanan;22%\n')).toEqual(
      {
        label: 'Sektor',
        value: 'Share',
        period: 'Bulan',
        valueIsPercent: true,
      },
    );
  });
});
