import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/bundle.ts';
import { readDataDir } from '../../scripts/bundledDataPlugin.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { selectSectorSharesModel } from '../../src/features/sector-shares/sectorShares.selectors.ts';
import { selectPmiModel } from '../../src/features/pmi/pmi.selectors.ts';
import { selectExportsTrendModel } from '../../src/features/exports-trend/exportsTrend.selectors.ts';

const texts = readDataDir('data');
const exportsResult = buildDataset('exports', texts);
const pmiResult = buildDataset('pmi', texts);
if (!exportsResult.ok || !pmiResult.ok) throw new Error('bundled data invalid');
const exportsData = exportsResult.data;
const pmiData = pmiResult.data;
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
    expect(model.text.subtitle).toContain('Full year 2019');
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
      'The largest sector was Food with 21.46% (27.16 billion USD)',
    );
    expect(enModel.text.summary).toContain('all other sectors hold the remaining ≈ 42.52%');
    expect(idModel.text.summary).toContain(
      'Sektor terbesar adalah Industri makanan dengan 21,46% (27,16 miliar USD)',
    );
    expect(idModel.text.source).toBe(
      'Sumber: Kementerian Perindustrian (Kemenperin), Kinerja ekspor industri pengolahan, Januari–Desember 2019 (dari data BPS)',
    );
    expect(idModel.text.vintage).toBe('Data sesuai rilis 16 Januari 2020');
  });
});

describe('PMI model', () => {
  it('covers the range, marks 50 and annotates the record low', () => {
    const model = selectPmiModel(pmiData, { from: '2018-01', to: '2021-12' }, en, 'en')!;
    if (model.kind !== 'line') throw new Error('line expected');
    expect(model.points).toHaveLength(48);
    expect(model.reference?.y).toBe(50);
    expect(model.annotations).toEqual([
      { x: '2020-04', y: 27.5, label: 'Record low 27.5 (April 2020)' },
    ]);
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
    expect(model.text.summary).toContain(
      'It fell below 50 in July 2021 and was back above 50 in September 2021.',
    );
  });
});

describe('exports trend model', () => {
  it('plots every year in the data and says which years are missing', () => {
    const model = selectExportsTrendModel(exportsData, { period: '2019' }, en, 'en')!;
    if (model.kind !== 'bar') throw new Error('bar expected');
    expect(model.bars.map((bar) => [bar.label, bar.value])).toEqual(
      exportsData.annual.map((entry) => [String(entry.year), entry.manufacturing.value]),
    );
    expect(model.bars.find((bar) => bar.highlight)?.label).toBe('2019');
    expect(model.bars.find((bar) => bar.label === '2019')?.secondaryLabel).toBe('75.5%');
    expect(model.text.notes[0]).toBe(
      'Only the years the sources state are shown: 2016, 2017 are not in the data.',
    );
  });
});
