import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableModel } from '../../../../src/domain/chartModel.ts';
import {
  csvFileName,
  needsFormulaGuard,
  plainDecimal,
  SPREADSHEET_FORMATS,
  tableToCsv,
  tableToMachineCsv,
  tableToSpreadsheetCsv,
  tableToTsv,
  withSourceColumn,
  tablePeriod,
  withPeriodColumn,
} from '../../../../src/features/downloads/csvExport.ts';
import { imageFileName } from '../../../../src/features/downloads/fileNames.ts';

/** Shaped like the sector-shares table: text with commas and quotes, stated and derived precision, gaps. */
const sectorTable: TableModel = {
  columns: [
    { id: 'sector', label: 'Sektor', kind: 'text' },
    { id: 'share_pct', label: 'Pangsa (%)', kind: 'number' },
    { id: 'value_busd', label: 'Nilai (miliar USD)', kind: 'number' },
    { id: 'status', label: 'Status', kind: 'text' },
  ],
  rows: [
    ['Food', 21.46, 27.16, 'stated'],
    ['Base metals', 13.72, 17.37, 'stated'],
    ['Chemicals', 10, 12.657, 'share stated; value "derived"'],
    ['Textiles, apparel', 6.56, null, 'stated'],
    ['All other sectors\nnot named', 48.26, 61.0849, 'derived'],
  ],
  decimalsByRow: [
    [undefined, 2, 2, undefined],
    [undefined, 2, 2, undefined],
    [undefined, 0, 1, undefined],
    [undefined, 2, undefined, undefined],
    [undefined, 2, 2, undefined],
  ],
};

const pmiTable: TableModel = {
  columns: [
    { id: 'month', label: 'Bulan', kind: 'month' },
    { id: 'pmi', label: 'PMI', kind: 'number', decimals: 1 },
  ],
  rows: [
    ['2020-03', 45.3],
    ['2020-04', 27.5],
    ['2020-05', 28.6],
    ['2021-12', 53.5],
  ],
};

/** What a careful reader does with an unknown CSV: strip the BOM, guess the delimiter, then the decimal mark. */
function parseBack(text: string): {
  delimiter: string;
  header: string[];
  rows: (string | number | null)[][];
} {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...records] = parsed.data;
  const numeric = (pattern: RegExp) => (columnIndex: number) =>
    records.every(
      (record) => (record[columnIndex] ?? '') === '' || pattern.test(record[columnIndex] ?? ''),
    );
  const isDotNumber = numeric(/^-?\d+(\.\d+)?$/);
  const isCommaNumber = numeric(/^-?\d+(,\d+)?$/);
  const decimalComma = header.some((_, index) => !isDotNumber(index) && isCommaNumber(index));
  const rows = records.map((record) =>
    record.map((cell, index) => {
      const isNumber = decimalComma ? isCommaNumber(index) : isDotNumber(index);
      if (!isNumber) return cell;
      if (cell === '') return null;
      return Number(decimalComma ? cell.replace(',', '.') : cell);
    }),
  );
  return { delimiter: parsed.meta.delimiter, header, rows };
}

function roundTo(value: number, decimals: number | undefined): number {
  return decimals === undefined ? value : Number(value.toFixed(decimals));
}

/** The table's numbers at the precision they are printed, as a reader parsing the CSV should get them. */
function expectedRows(table: TableModel): (string | number | null)[][] {
  return table.rows.map((row, rowIndex) =>
    row.map((cell, columnIndex) =>
      typeof cell === 'number'
        ? roundTo(
            cell,
            table.decimalsByRow?.[rowIndex]?.[columnIndex] ?? table.columns[columnIndex]?.decimals,
          )
        : cell,
    ),
  );
}

describe('machine CSV', () => {
  it('is plain RFC 4180 with ids as header, dot decimals at printed precision and ISO months', () => {
    expect(tableToMachineCsv(pmiTable)).toBe(
      'month,pmi\r\n2020-03,45.3\r\n2020-04,27.5\r\n2020-05,28.6\r\n2021-12,53.5\r\n',
    );
    const csv = tableToMachineCsv(sectorTable);
    expect(csv.startsWith('sector,share_pct,value_busd,status\r\n')).toBe(true);
    expect(csv).toContain('Chemicals,10,12.7,"share stated; value ""derived"""\r\n');
    expect(csv).toContain('"Textiles, apparel",6.56,,stated\r\n');
    expect(csv).toContain('"All other sectors\nnot named",48.26,61.08,derived\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('round-trips: parsing it back gives the same numbers', () => {
    for (const table of [sectorTable, pmiTable]) {
      const parsed = parseBack(tableToCsv(table, 'machine', 'id'));
      expect(parsed.delimiter).toBe(',');
      expect(parsed.header).toEqual(table.columns.map((column) => column.id));
      expect(parsed.rows).toEqual(expectedRows(table));
    }
  });
});

describe('spreadsheet CSV', () => {
  it('uses semicolons, decimal commas, a BOM and translated headers for Indonesian', () => {
    const csv = tableToSpreadsheetCsv(sectorTable, 'id');
    expect(
      csv.startsWith(
        '\uFEFFSektor;Pangsa (%);Nilai (miliar USD);Status\r\nFood;21,46;27,16;stated\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('Chemicals;10;12,7;"share stated; value ""derived"""\r\n');
    expect(csv).toContain('Textiles, apparel;6,56;;stated\r\n');
  });

  it('uses commas, dot decimals and a BOM for English', () => {
    const csv = tableToSpreadsheetCsv(pmiTable, 'en');
    expect(csv).toBe(
      '\uFEFFBulan,PMI\r\n2020-03,45.3\r\n2020-04,27.5\r\n2020-05,28.6\r\n2021-12,53.5\r\n',
    );
  });

  it('round-trips in both locales, detecting the delimiter and decimal mark', () => {
    for (const [locale, delimiter] of [
      ['id', ';'],
      ['en', ','],
    ] as const) {
      for (const table of [sectorTable, pmiTable]) {
        const parsed = parseBack(tableToCsv(table, 'spreadsheet', locale));
        expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.header).toEqual(table.columns.map((column) => column.label));
        expect(parsed.rows).toEqual(expectedRows(table));
      }
    }
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers or months', () => {
    const table: TableModel = {
      columns: [
        { id: 'name', label: 'Name', kind: 'text' },
        { id: 'value', label: 'Value', kind: 'number', decimals: 1 },
      ],
      rows: [
        ['=HYPERLINK("http://example.com")', -1.5],
        ['@SUM(A1)', 2],
      ],
    };
    const csv = tableToSpreadsheetCsv(table, 'en');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")",-1.5`);
    expect(csv).toContain(`'@SUM(A1),2.0`);
    // Machines get the data as it is.
    expect(tableToMachineCsv(table)).toContain('"=HYPERLINK(""http://example.com"")",-1.5');
  });

  it('keeps a lone tab cell as a defused, non-blank row (fast-check seed -1519620276, path "4")', () => {
    const table: TableModel = {
      columns: [
        { id: 'label', label: 'Label', kind: 'text' },
        { id: 'value', label: 'Nilai', kind: 'number' },
      ],
      rows: [['\t', null]],
    };
    // Machines get the tab as it is: a whitespace-only row, which readers skip.
    expect(tableToMachineCsv(table)).toBe('label,value\r\n\t,\r\n');
    // Spreadsheets get it defused (a leading tab is one of OWASP's formula starts).
    for (const locale of ['en', 'id'] as const) {
      const text = tableToSpreadsheetCsv(table, locale).replace(/^\uFEFF/, '');
      const { delimiter } = SPREADSHEET_FORMATS[locale];
      const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
      expect(parsed.data.slice(1)).toEqual([["'\t", '']]);
    }
  });

  it('round-trips arbitrary tables in every flavour', () => {
    const cellText = fc.string({ unit: 'binary', maxLength: 12 });
    const scaled = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }))
      .map(([units, decimals]) => ({ value: units / 10 ** decimals, decimals }));
    const row = fc.tuple(cellText, fc.option(scaled, { nil: null }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const table: TableModel = {
          columns: [
            { id: 'label', label: 'Label', kind: 'text' },
            { id: 'value', label: 'Nilai', kind: 'number' },
          ],
          rows: rows.map(([text, number]) => [text, number?.value ?? null]),
          decimalsByRow: rows.map(([, number]) => [undefined, number?.decimals]),
        };
        for (const [flavour, locale, delimiter, decimal] of [
          ['machine', 'en', ',', '.'],
          ['spreadsheet', 'en', ',', '.'],
          ['spreadsheet', 'id', ';', ','],
        ] as const) {
          const text = tableToCsv(table, flavour, locale).replace(/^\uFEFF/, '');
          const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
          const back = parsed.data.slice(1);
          // The label as written: the spreadsheet flavour defuses formula starts (a lone tab
          // becomes "'\t", which is no longer blank).
          const written = rows.map(([label, number]) => ({
            label: flavour === 'spreadsheet' && needsFormulaGuard(label) ? `'${label}` : label,
            number,
          }));
          // Rows of only whitespace are skipped by the reader, as they would be by any spreadsheet.
          const kept = written.filter(
            ({ label, number }) => !(number === null && label.trim() === ''),
          );
          expect(back.length).toBe(kept.length);
          back.forEach((record, index) => {
            const { label: expectedLabel, number } = kept[index]!;
            expect(record[0]).toBe(expectedLabel);
            const cell = record[1] ?? '';
            expect(cell === '' ? null : Number(cell.replace(decimal, '.'))).toBe(
              number === null ? null : number.value === 0 ? 0 : number.value,
            );
          });
        }
      }),
      { numRuns: 200 },
    );
    // 200 runs take about 1.5 s alone; a shared two-core machine can need more than the default 5 s.
  }, 30_000);
});

describe('clipboard TSV', () => {
  it('pastes as cells: tabs, translated headers, locale decimals, quoted line breaks', () => {
    expect(tableToTsv(pmiTable, 'id')).toBe(
      'Bulan\tPMI\n2020-03\t45,3\n2020-04\t27,5\n2020-05\t28,6\n2021-12\t53,5',
    );
    const tsv = tableToTsv(sectorTable, 'en');
    expect(tsv.split('\n')[1]).toBe('Food\t21.46\t27.16\tstated');
    expect(tsv).toContain('Textiles, apparel\t6.56\t\tstated');
    expect(tsv).toContain('"All other sectors\nnot named"\t48.26\t61.08\tderived');
    const parsed = Papa.parse<string[]>(tsv, { delimiter: '\t' });
    expect(parsed.data.map((record) => record.length)).toEqual(
      Array(sectorTable.rows.length + 1).fill(4),
    );
  });
});

describe('provenance and file names', () => {
  it('adds the source as an ordinary last column, keeping the CSV rectangular', () => {
    const table = withSourceColumn(pmiTable, {
      label: 'Sumber',
      text: 'S&P Global, Indonesia Manufacturing PMI',
    });
    const parsed = parseBack(tableToCsv(table, 'machine', 'en'));
    expect(parsed.header).toEqual(['month', 'pmi', 'source']);
    expect(parsed.rows.every((row) => row[2] === 'S&P Global, Indonesia Manufacturing PMI')).toBe(
      true,
    );
    expect(withSourceColumn(table, { label: 'x', text: 'y' })).toBe(table);
  });

  it('names files by chart, flavour and locale', () => {
    expect(csvFileName('pmi', 'machine', 'id')).toBe('indonesia-manufacturing-pmi.csv');
    expect(csvFileName('sector-shares', 'spreadsheet', 'id', '2019-H1')).toBe(
      'indonesia-manufacturing-sector-shares-2019-h1-spreadsheet-id.csv',
    );
    expect(csvFileName('pmi', 'spreadsheet', 'en', '2020-01..2020-12')).toBe(
      'indonesia-manufacturing-pmi-2020-01-2020-12-spreadsheet-en.csv',
    );
    expect(imageFileName('exports-trend', 'png', '../../etc')).toBe(
      'indonesia-manufacturing-exports-trend-etc.png',
    );
  });

  it('names a download by the months or years its table covers, and adds the period a one-period table lacks', () => {
    const months = (from: number, to: number): TableModel => ({
      columns: [
        { id: 'month', label: 'Month', kind: 'month' },
        { id: 'pmi', label: 'PMI', kind: 'number', decimals: 1 },
      ],
      rows: Array.from({ length: to - from + 1 }, (_, index) => [
        `2021-${String(from + index).padStart(2, '0')}`,
        50,
      ]),
    });
    // The PMI of 2021 alone is not the file of the full series.
    expect(csvFileName('pmi', 'machine', 'en', tablePeriod(months(1, 12)))).toBe(
      'indonesia-manufacturing-pmi-2021-01-2021-12.csv',
    );
    expect(tablePeriod(months(3, 5))).toBe('2021-03-2021-05');
    const sectors: TableModel = {
      columns: [
        { id: 'sector', label: 'Sector', kind: 'text' },
        { id: 'share_pct', label: 'Share', kind: 'number' },
      ],
      rows: [
        ['Food', 21.46],
        ['Chemicals', 10.1],
      ],
      decimalsByRow: [
        [undefined, 2],
        [undefined, 1],
      ],
    };
    expect(tablePeriod(sectors)).toBeUndefined();
    expect(csvFileName('sector-shares', 'machine', 'en', '2018')).toBe(
      'indonesia-manufacturing-sector-shares-2018.csv',
    );
    const withPeriod = withPeriodColumn(sectors, { label: 'Period', id: '2018' });
    const parsed = parseBack(tableToCsv(withPeriod, 'machine', 'en'));
    expect(parsed.header).toEqual(['period', 'sector', 'share_pct']);
    expect(parsed.rows).toEqual([
      [2018, 'Food', 21.46],
      [2018, 'Chemicals', 10.1],
    ]);
    expect(withPeriodColumn(months(1, 2), { label: 'Period', id: 'x' })).toEqual(months(1, 2));
  });

  it('writes plain decimals without exponents, grouping or negative zero', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1234567.5, 1)).toBe('1234567.5');
    expect(plainDecimal(-0.001, 2)).toBe('0.00');
    expect(plainDecimal(80.3, 2)).toBe('80.30');
    expect(plainDecimal(Number.NaN)).toBe('');
  });
});
