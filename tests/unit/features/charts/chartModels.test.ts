import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../src/domain/bundle.ts';
import { readDataDir } from '../../../../build/bundledDataPlugin.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import { selectSectorSharesModel } from '../../../../src/features/sector-shares/sectorShares.selectors.ts';
import { selectPmiModel } from '../../../../src/features/pmi/pmi.selectors.ts';
import { selectExportsTrendModel } from '../../../../src/features/exports-trend/exportsTrend.selectors.ts';
import {
  selectExportHeadlines,
  selectLatestPmiHeadline,
  selectPmiHeadline,
} from '../../../../src/features/headline/headline.selectors.ts';
import {
  historyTable,
  tableToCsv,
  withSourceColumn,
} from '../../../../src/features/downloads/csvExport.ts';

const texts = readDataDir('data');
const exportsResult = buildDataset('exports', texts);
const pmiResult = buildDataset('pmi', texts);
if (!exportsResult.ok || !pmiResult.ok) throw new Error('bundled data invalid');
const exportsData = exportsResult.data;
const pmiData = pmiResult.data;
// The data as first published (data version 1: 2015 and 2018–2020, the PMI to 2021): the
// derivations these tests hold (breaks, implied bases, rounding notes) do not depend on today's data.
const v1 = readDataDir('tests/fixtures/data-v1');
const v1Exports = buildDataset('exports', v1);
const v1Pmi = buildDataset('pmi', v1);
if (!v1Exports.ok || !v1Pmi.ok) throw new Error('data version 1 fixture invalid');
const en = createTranslator('en');
const id = createTranslator('id');

describe('sector shares model', () => {
  it('sorts sectors by share with the remainder last, highlighting the largest', () => {
    const model = selectSectorSharesModel(exportsData, { period: '2019', sector: null }, en, 'en')!;
    expect(model.kind).toBe('bar');
    if (model.kind !== 'bar') return;
    expect(model.bars.map((bar) => bar.label)).toEqual([
      'Food',
      'Base metals',
      'Chemicals and chemical goods',
      'Apparel',
      'Paper and paper goods',
      'All other sectors',
    ]);
    expect(model.bars.filter((bar) => bar.highlight).map((bar) => bar.id)).toEqual(['food']);
    expect(model.text.title).toBe('Food makes up 21.46% of manufacturing exports');
    expect(model.text.vintage).toBe('Data as released 16 January 2020');
  });

  it('highlights the chosen sector and falls back to the first period for an unknown one', () => {
    const model = selectSectorSharesModel(
      exportsData,
      { period: 'nope', sector: 'paper' },
      en,
      'en',
    )!;
    if (model.kind !== 'bar') throw new Error('bar expected');
    expect(model.bars.find((bar) => bar.highlight)?.id).toBe('paper');
    expect(model.text.subtitle).toContain('January–December 2019');
  });

  it('writes a summary from the data in both languages', () => {
    const enModel = selectSectorSharesModel(
      exportsData,
      { period: '2019', sector: null },
      en,
      'en',
    )!;
    const idModel = selectSectorSharesModel(
      exportsData,
      { period: '2019', sector: null },
      id,
      'id',
    )!;
    expect(enModel.text.summary).toContain(
      'The largest sector was food, with 21.46% (27.16 billion USD)',
    );
    // "10 %" for chemicals is a whole percent: the sum and the remainder are no more precise.
    expect(enModel.text.summary).toContain(
      'The named sectors together make up ≈ 57%; all other sectors hold the remaining ≈ 43%.',
    );
    expect(idModel.text.summary).toContain(
      'Sektor terbesar adalah industri makanan, dengan 21,46% (US$27,16 miliar)',
    );
    expect(idModel.text.source).toBe(
      'Sumber: Kementerian Perindustrian (Kemenperin), Kinerja ekspor industri pengolahan, Januari–Desember 2019 (dari data BPS)',
    );
    expect(idModel.text.vintage).toBe('Data sesuai rilis 16 Januari 2020');
  });
});

describe('sector shares: precision and notes', () => {
  const model = (period: string) =>
    selectSectorSharesModel(exportsData, { period, sector: null }, en, 'en')!;
  const bar = (period: string, id: string) => {
    const m = model(period);
    if (m.kind !== 'bar') throw new Error('bar expected');
    return m.bars.find((entry) => entry.id === id)!;
  };

  it('prints the remainder at its coarsest input: ≈ 43% and ≈ 54 bn USD in 2019', () => {
    expect(bar('2019', 'all-other').valueLabel).toBe('≈ 43% · ≈ 54 bn USD');
  });

  it('gives a range where one number would read like another period’s stated share', () => {
    // 9 (whole billions) ÷ 94.36 is anything from 9.0% to 10.1%; "≈ 10%" would look like 2019's stated 10%.
    expect(bar('2020-q1-q3', 'chemicals').valueLabel).toBe('≈ 9–10% · 9 bn USD');
    expect(model('2020-q1-q3').text.notes).toContain(
      'Derived from values stated in whole billions, these shares are given as ranges: chemicals and chemical goods ≈ 9–10%, textiles and apparel ≈ 8–9%.',
    );
    expect(bar('2019', 'chemicals').valueLabel).toBe('10% · ≈ 13 bn USD');
  });

  it('calls only true regroupings "grouped differently"; extra named sectors get their own note', () => {
    const notes2018 = model('2018').text.notes;
    expect(notes2018).toContain(
      'This release groups sectors differently from 2019 (food and beverages, textiles and apparel), so these do not compare one to one with 2019’s sectors.',
    );
    expect(notes2018).toContain(
      'This release names more sectors than 2019 (motor vehicles, electronics); its “all other sectors” is smaller accordingly.',
    );
    const notesH1 = model('2019-h1').text.notes;
    expect(notesH1.some((note) => note.includes('groups sectors differently'))).toBe(false);
    expect(notesH1).toContain(
      'This release names more sectors than 2019 (rubber and plastics); its “all other sectors” is smaller accordingly.',
    );
  });
});

describe('PMI model', () => {
  it('covers the range, marks 50 and annotates the record low', () => {
    const model = selectPmiModel(pmiData, { from: '2018-01', to: '2021-12' }, en, 'en')!;
    if (model.kind !== 'line') throw new Error('line expected');
    expect(model.points).toHaveLength(48);
    expect(model.reference?.y).toBe(50);
    expect(model.annotations).toEqual([
      { x: '2020-04', y: 27.5, label: 'Lowest since 2011: 27.5' },
    ]);
    expect(model.text.title).toBe(
      'The PMI fell to 27.5 in April 2020, its lowest since the survey began (April 2011)',
    );
    expect(model.yDomain[0]).toBeLessThanOrEqual(27.5);
    expect(model.text.summary).toContain(
      'It fell below 50 in March 2020 and was back above 50 in August 2020.',
    );
  });

  it('drops the annotation when the low is outside the range', () => {
    const model = selectPmiModel(pmiData, { from: '2021-01', to: '2021-12' }, en, 'en')!;
    if (model.kind !== 'line') throw new Error('line expected');
    expect(model.annotations).toEqual([]);
    expect(model.table.rows).toHaveLength(12);
    expect(model.text.vintage).toBe('First releases, February 2021 – January 2022');
    expect(model.text.summary).toContain(
      'It fell below 50 in July 2021 and was back above 50 in September 2021.',
    );
  });
});

describe('exports trend model', () => {
  it('plots every year in the data and says which years are missing', () => {
    const model = selectExportsTrendModel(v1Exports.data, { period: '2019' }, en, 'en')!;
    if (model.kind !== 'bar') throw new Error('bar expected');
    expect(model.bars.map((bar) => [bar.label, bar.value])).toEqual(
      v1Exports.data.annual.map((entry) => [String(entry.year), entry.manufacturing.value]),
    );
    expect(model.bars.find((bar) => bar.highlight)?.label).toBe('2019');
    expect(model.bars.find((bar) => bar.label === '2019')?.secondaryLabel).toBe('75.5%');
    expect(model.text.notes[0]).toBe(
      'Only the years the sources state are shown: 2016, 2017 are not in the data.',
    );
  });
});

describe('PMI vintage: first releases', () => {
  it('says the series is first releases, February 2018 – January 2022, and gives each month its own', () => {
    const model = selectPmiModel(v1Pmi.data, { from: '2018-01', to: '2021-12' }, en, 'en')!;
    expect(model.text.vintage).toBe('First releases, February 2018 – January 2022');
    expect(model.table.columns.map((column) => column.id)).toEqual([
      'month',
      'pmi',
      'first_release',
    ]);
    expect(model.table.rows.find((row) => row[0] === '2020-04')).toEqual([
      '2020-04',
      27.5,
      '2020-05',
    ]);
    const idModel = selectPmiModel(v1Pmi.data, { from: '2018-01', to: '2021-12' }, id, 'id')!;
    expect(idModel.text.vintage).toBe('Rilis pertama, Februari 2018 – Januari 2022');
    // Today's data: first releases to March 2026.
    expect(selectPmiModel(pmiData, { from: '', to: '' }, en, 'en')!.text.vintage).toBe(
      'First releases, June 2013 – March 2026',
    );
  });

  it('gives the headline low its own first release and the survey start, not "record low"', () => {
    const headline = selectPmiHeadline(pmiData, en, 'en')!;
    expect(headline.label).toBe('Manufacturing PMI, lowest since the survey began (April 2011)');
    expect(headline.source).toBe('S&P Global (formerly IHS Markit), first released May 2020');
  });
});

describe('exports by year: sources paired with years, notes from data', () => {
  const model = selectExportsTrendModel(v1Exports.data, { period: '2019' }, en, 'en')!;
  if (model.kind !== 'bar') throw new Error('bar expected');

  it('pairs each source and release date with the years it covers', () => {
    expect(model.text.source).toBe(
      'Sources: Ministry of Industry (Kemenperin): Manufacturing exports 2015 (for 2015); ' +
        'Manufacturing exports 2018 by sector (for 2018); ' +
        'Manufacturing export performance, January–December 2019 (from BPS data) (for 2019); ' +
        'Manufacturing exports 2020 (for 2020)',
    );
    expect(model.text.vintage).toBe(
      'Data as released: 2019 (for 2015, 2018); 16 January 2020 (for 2019); January 2021 (for 2020)',
    );
  });

  it('pairs sources with years in Bahasa Indonesia too', () => {
    const idModel = selectExportsTrendModel(v1Exports.data, { period: '2019' }, id, 'id')!;
    expect(idModel.text.source).toMatch(
      /^Sumber: Kementerian Perindustrian \(Kemenperin\): Ekspor industri pengolahan 2015 \(untuk 2015\); /,
    );
    expect(idModel.text.vintage).toBe(
      'Data sesuai rilis: 2019 (untuk 2015, 2018); 16 Januari 2020 (untuk 2019); Januari 2021 (untuk 2020)',
    );
  });

  it('gives each CSV row its own source', () => {
    const csv = tableToCsv(
      withSourceColumn(model.table, { label: 'Source', text: model.text.source }),
      'machine',
      'en',
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'year,manufacturing_busd,national_busd,share_of_national_pct,growth_pct,status,source',
    );
    expect(lines[1]).toBe(
      '2015,108.60,,,,stated,"Ministry of Industry (Kemenperin), Manufacturing exports 2015 (2019)"',
    );
    // 2019's share is stated (75.5%), 2020's derived (≈ 80.3%): the status column tells them apart.
    expect(lines[3]).toMatch(/^2019,126\.57,167\.53,75\.5,[^,]*,stated,/);
    expect(lines[4]).toMatch(
      /^2020,131\.13,163\.30,80\.3,2\.95,"value stated, share derived","Ministry of Industry \(Kemenperin\), Manufacturing exports 2020 \(January 2021\)"$/,
    );
  });

  it('keeps the stated 75.5% and says why 126.57 ÷ 167.53 gives 75.55%', () => {
    expect(model.bars.find((bar) => bar.id === '2019')?.secondaryLabel).toBe('75.5%');
    expect(model.text.notes).toContain(
      'The source states 75.5% for 2019, though 126.57 ÷ 167.53 = 75.55%, which rounds to 75.6%: the source rounded down or used other totals.',
    );
  });

  it('derives the 2019 revision from data, marked ≈, and the 2020 share of national exports', () => {
    expect(model.text.notes).toContain(
      'Later releases revise 2019: 2020’s stated growth of +2.95% to 131.13 billion USD implies a 2019 base of ≈ 127.4 billion USD, against 126.57 billion USD first stated.',
    );
    expect(model.bars.find((bar) => bar.id === '2020')?.secondaryLabel).toBe('≈ 80.3%');
  });

  it('marks a break where years are missing, so 2015 and 2018 do not read as neighbours', () => {
    expect(model.breaks).toEqual([{ afterId: '2015', label: '2016–2017' }]);
  });
});

describe('exports by year, 2014 to the latest part-year', () => {
  const model = selectExportsTrendModel(exportsData, { period: '2019' }, en, 'en')!;
  if (model.kind !== 'bar') throw new Error('bar expected');

  it('draws every full year, then the latest part-year apart and labelled as one', () => {
    expect(model.bars.map((bar) => bar.label)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const partYear = model.bars.at(-1)!;
    expect(partYear).toMatchObject({ value: 187.82, secondaryLabel: 'Jan–Oct', isRemainder: true });
    expect(partYear.description).toMatch(/^Jan–Oct 2025 \(part of the year, not comparable/);
    expect(model.breaks).toEqual([{ afterId: '2024', label: 'part-year' }]);
    expect(model.text.title).toBe('Manufacturing exports reached 196.54 billion USD in 2024');
    expect(model.table.rows.at(-1)?.[0]).toBe('Jan–Oct 2025');
  });

  it('keeps every printing of a restated year, the current value first, and marks the revised years', () => {
    const history = model.history ?? [];
    expect(history.filter((figure) => figure.revised).map((figure) => figure.key)).toEqual([
      '2019',
      '2020',
    ]);
    const y2019 = history.find((figure) => figure.key === '2019')!;
    const [current, ...kept] = y2019.printings;
    expect(current).toMatchObject({ value: 127.38, status: 'current' });
    // The phrase that states the current value, as printed (ANTARA's English service).
    expect(current!.quote).toContain('127.38');
    expect(current!.url).toMatch(/^https:\/\//);
    expect(kept).toContainEqual(
      expect.objectContaining({ value: 126.57, status: 'first-release', published: '2020-01-16' }),
    );
    // 2023 was printed by many outlets, always 186.98: kept, but not a revision.
    const y2023 = history.find((figure) => figure.key === '2023')!;
    expect(y2023.revised).toBe(false);
    expect(new Set(y2023.printings.map((printing) => printing.value))).toEqual(new Set([186.98]));
    // 2018's "up to December" figure is an estimate, never a release.
    const y2018 = history.find((figure) => figure.key === '2018')!;
    expect(y2018.printings.find((printing) => printing.value === 130.74)?.status).toBe('estimate');
    expect(y2018.revised).toBe(false);
  });

  it('downloads the history as a table of its own, a printing per row', () => {
    const csv = tableToCsv(historyTable(model.history ?? [], en), 'machine', 'en');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('figure,value,status,published,publisher,url,quote');
    expect(lines.filter((line) => line.startsWith('2019,'))).toHaveLength(
      model.history!.find((figure) => figure.key === '2019')!.printings.length,
    );
    expect(lines).toContainEqual(expect.stringMatching(/^2019,126\.57,first-release,2020-01-16,/));
    expect(lines).toContainEqual(expect.stringMatching(/^2019,127\.38,current,/));
  });

  it('says where a year was restated, and where the measure’s name changes', () => {
    expect(model.text.notes).toContain(
      '2019 is restated as 127.38 billion USD (ANTARA (English; Industry Minister Agus Gumiwang Kartasasmita), 2024); it was first released as 126.57 (16 January 2020).',
    );
    expect(model.text.notes.some((note) => note.includes('industri pengolahan nonmigas'))).toBe(
      true,
    );
    // 75.5 % goes with 126.57, the total of its own release, not with the restated 127.38.
    expect(model.text.notes).toContain(
      'The source states 75.5% for 2019, though 126.57 ÷ 167.53 = 75.55%, which rounds to 75.6%: the source rounded down or used other totals.',
    );
    expect(model.text.notes.join(' ')).not.toMatch(/127\.38 ÷/);
  });
});

describe('headline cards', () => {
  it('say what is latest: the last full year with its share, the latest part-year, the latest PMI', () => {
    const cards = selectExportHeadlines(exportsData, en, 'en');
    expect(cards.slice(0, 2).map((card) => [card.id, card.label, card.value])).toEqual([
      ['exports', 'Manufacturing exports, 2024', '196.54 billion USD'],
      ['part-year', 'Manufacturing exports, Jan–Oct 2025 (part-year)', '187.82 billion USD'],
    ]);
    expect(cards[0]!.detail).toBe('74.25% of national exports (264.70 billion USD)');
    const latest = selectLatestPmiHeadline(pmiData, en, 'en')!;
    expect([latest.label, latest.value, latest.source]).toEqual([
      'Manufacturing PMI, February 2026 (latest)',
      pmiData.points.at(-1)!.value.toFixed(1),
      'S&P Global (formerly IHS Markit), first released March 2026',
    ]);
  });

  it("show manufacturing's share of GDP in 2019 with its BPS source", () => {
    const cards = selectExportHeadlines(exportsData, en, 'en');
    expect(cards.map((card) => card.id)).toEqual(['exports', 'part-year', 'gdp-share']);
    expect(cards.find((card) => card.id === 'gdp-share')).toMatchObject({
      label: 'Manufacturing’s share of GDP, 2019',
      value: '17.58%',
      source: 'BPS (Statistics Indonesia), 2020',
    });
  });
});
