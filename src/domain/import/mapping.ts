/**
 * A first guess at which column is the label, the value and the period, from
 * the detected kinds and the header names (English and Indonesian). The UI
 * shows it as the default of the mapping step; the user can change it.
 */
import type { ImportedColumn } from './types.ts';

const LABEL_WORDS = [
  'sektor',
  'sector',
  'subsektor',
  'industri',
  'industry',
  'komoditas',
  'komoditi',
  'commodity',
  'kategori',
  'category',
  'nama',
  'name',
  'label',
  'uraian',
  'deskripsi',
  'description',
  'kbli',
  'jenis',
  'produk',
  'product',
  'golongan',
  'kelompok',
  'group',
  'negara',
  'country',
  'provinsi',
  'province',
  'item',
  'lapangan usaha',
];
const VALUE_WORDS = [
  'nilai',
  'value',
  'ekspor',
  'export',
  'exports',
  'jumlah',
  'total',
  'amount',
  'persen',
  'persentase',
  'percent',
  'percentage',
  'share',
  'pangsa',
  'porsi',
  'kontribusi',
  'contribution',
  'distribusi',
  'juta',
  'miliar',
  'milyar',
  'ribu',
  'million',
  'billion',
  'usd',
  'us$',
  'fob',
  'volume',
  'berat',
  'ton',
  'kg',
  'pmi',
  'indeks',
  'index',
];
const PERIOD_WORDS = [
  'tahun',
  'year',
  'bulan',
  'month',
  'periode',
  'period',
  'tanggal',
  'date',
  'triwulan',
  'quarter',
  'kuartal',
  'waktu',
  'time',
  'tgl',
  'thn',
];
const SHARE_WORDS = [
  'persen',
  'persentase',
  'percent',
  'percentage',
  'share',
  'pangsa',
  'porsi',
  'kontribusi',
  'distribusi',
  '%',
];

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9$%]+/)
    .filter((word) => word !== '');
}

function mentions(name: string, vocabulary: readonly string[]): boolean {
  const lower = name.toLowerCase();
  const tokens = words(name);
  return vocabulary.some((word) =>
    word.includes(' ') || word === '%' ? lower.includes(word) : tokens.includes(word),
  );
}

export function isLabelName(name: string): boolean {
  return mentions(name, LABEL_WORDS);
}
export function isValueName(name: string): boolean {
  return mentions(name, VALUE_WORDS) || mentions(name, SHARE_WORDS);
}
export function isPeriodName(name: string): boolean {
  return mentions(name, PERIOD_WORDS);
}
export function isShareName(name: string): boolean {
  return mentions(name, SHARE_WORDS);
}

export interface ColumnMapping {
  /** Column names; null when no column fits. */
  label: string | null;
  value: string | null;
  period: string | null;
  /** The value column looks like percentages (a % sign or a share-like name). */
  valueIsPercent: boolean;
}

function pick(
  columns: readonly ImportedColumn[],
  fits: (column: ImportedColumn) => boolean,
  named: (name: string) => boolean,
  taken: ReadonlySet<string>,
): ImportedColumn | undefined {
  const candidates = columns.filter((column) => fits(column) && !taken.has(column.name));
  return candidates.find((column) => named(column.name)) ?? candidates[0];
}

/** Guesses the mapping from kinds and names; a good default, not a decision. */
export function guessMapping(table: { columns: readonly ImportedColumn[] }): ColumnMapping {
  const { columns } = table;
  const taken = new Set<string>();
  const period = pick(columns, (column) => column.kind === 'period', isPeriodName, taken);
  if (period) taken.add(period.name);
  const value =
    pick(
      columns,
      (column) => column.kind === 'number' && isValueName(column.name),
      () => true,
      taken,
    ) ??
    pick(
      columns,
      (column) => column.kind === 'number' && !isLabelName(column.name),
      () => true,
      taken,
    );
  if (value) taken.add(value.name);
  const label =
    pick(columns, (column) => column.kind === 'text', isLabelName, taken) ??
    // Codes like KBLI "10" read as numbers but are labels when named so.
    pick(
      columns,
      (column) => isLabelName(column.name),
      () => true,
      taken,
    );
  return {
    label: label?.name ?? null,
    value: value?.name ?? null,
    period: period?.name ?? null,
    valueIsPercent: value ? Boolean(value.numberFormat?.percent) || isShareName(value.name) : false,
  };
}
