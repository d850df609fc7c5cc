import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { createTranslator, detectLocale, interpolate } from '../../../src/i18n/index.ts';
import {
  formatMonth,
  formatNumber,
  formatPercent,
  formatVintage,
} from '../../../src/i18n/format.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('have the same keys in English and Bahasa Indonesia', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same parameters in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, params: placeholders(id[key]) }).toEqual({
        key,
        params: placeholders(en[key]),
      });
    }
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(createTranslator('id')('unit.billionUsd', { value: '126,57' })).toBe('US$126,57 miliar');
  });

  it('follows the browser language on a first visit', () => {
    expect(detectLocale(['id-ID', 'en'])).toBe('id');
    expect(detectLocale(['en-US'])).toBe('en');
    expect(detectLocale(['fr-FR'])).toBe('en');
  });
});

describe('locale formatting', () => {
  it('formats numbers and percentages per language', () => {
    expect(formatNumber(126.57, 'en', 2)).toBe('126.57');
    expect(formatNumber(126.57, 'id', 2)).toBe('126,57');
    expect(formatPercent(21.46, 'en', 2)).toBe('21.46%');
    expect(formatPercent(21.46, 'id', 2)).toBe('21,46%');
    expect(formatNumber(1234.5, 'id', 1)).toBe('1.234,5');
  });

  it('names months in the active language whatever the time zone', () => {
    expect(formatMonth('2020-04', 'en')).toBe('April 2020');
    expect(formatMonth('2020-04', 'id')).toBe('April 2020');
    expect(formatMonth('2020-08', 'id')).toBe('Agustus 2020');
    expect(formatMonth('2018-01', 'en', 'short')).toBe('Jan 2018');
  });

  it('prints a vintage as precisely as it is known', () => {
    expect(formatVintage('2020-01-16', 'en')).toBe('16 January 2020');
    expect(formatVintage('2020-01-16', 'id')).toBe('16 Januari 2020');
    expect(formatVintage('2021-01', 'en')).toBe('January 2021');
    expect(formatVintage('2019', 'en')).toBe('2019');
    expect(formatVintage('2018-02/2022-01', 'en')).toBe('February 2018 – January 2022');
    expect(formatVintage('2018-02/2022-01', 'id')).toBe('Februari 2018 – Januari 2022');
  });
});

describe('figures live in data/, not in the catalogues', () => {
  it('types none of the revision figures (2.95 %, 131.13, 127.4) into a translation', () => {
    for (const catalogue of [en, id])
      expect(
        Object.values(catalogue).filter((text) => /2[.,]95|131[.,]13|127[.,]4/.test(text)),
      ).toEqual([]);
  });
});

describe('Bahasa Indonesia as BPS and ANTARA write it', () => {
  const values = Object.values(id);
  const t = createTranslator('id');

  it('never says "diturunkan" for derived (it reads as "was cut")', () => {
    expect(values.filter((text) => /diturunkan/i.test(text))).toEqual([]);
    expect(id['status.derived']).toBe('angka turunan');
  });

  it('says "industri pengolahan", not "industri manufaktur"', () => {
    expect(values.filter((text) => /industri manufaktur/i.test(text))).toEqual([]);
    expect(id['app.title']).toBe('Ekspor industri pengolahan Indonesia');
  });

  it('writes money as US$126,57 miliar, not "miliar USD"', () => {
    expect(values.filter((text) => /miliar USD/.test(text))).toEqual([]);
    expect(t('unit.billionUsdShort', { value: '13' })).toBe('US$13 miliar');
  });

  it('says "kontribusi terhadap total ekspor nasional", not "porsi dari"', () => {
    expect(values.filter((text) => /porsi(nya)? dari (total )?ekspor/i.test(text))).toEqual([]);
    expect(id['kpi.share.label']).toBe('Kontribusi terhadap total ekspor nasional, {year}');
  });

  it('gives every sector its "industri" prefix, as KBLI does', () => {
    const sectors = Object.entries(id).filter(
      ([key]) => key.startsWith('sector.') && key !== 'sector.all-other',
    );
    expect(sectors.length).toBeGreaterThan(5);
    for (const [key, name] of sectors)
      expect({ key, name }).toEqual({ key, name: expect.stringMatching(/^Industri /) });
    expect(id['sector.base-metals']).toBe('Industri logam dasar');
    expect(id['sector.chemicals']).toBe('Industri bahan kimia dan barang dari bahan kimia');
  });

  it('writes full years as "Januari–Desember 2019"', () => {
    expect(id['period.2019']).toBe('Januari–Desember 2019');
    expect(values.filter((text) => /setahun penuh/i.test(text))).toEqual([]);
  });

  it('writes the context lines as sentences', () => {
    expect(t('context.indonesia-unemployment-projected', { value: '5,23 juta' })).toBe(
      'Tambahan pengangguran diperkirakan hingga 5,23 juta orang',
    );
    expect(
      t('context.ilo-workers-affected', { value: '2,67 miliar', total: '3,3 miliar' }),
    ).toMatch(/^2,67 miliar pekerja /);
  });

  it("glosses the PMI as S&P Global's Purchasing Managers' Index, not Bank Indonesia's Prompt Manufacturing Index", () => {
    expect(id['pmi.note.gloss']).toMatch(/Purchasing Managers’ Index/);
    expect(id['pmi.note.gloss']).toMatch(/bukan Prompt Manufacturing Index dari Bank Indonesia/);
  });
});

describe('English', () => {
  const t = createTranslator('en');
  it('names the unit once ("2.67 billion workers") and puts "Up to" in front', () => {
    expect(
      t('context.ilo-workers-affected', {
        value: t('unit.billionPeople', { value: '2.67' }),
        total: t('unit.billionPeople', { value: '3.3' }),
      }),
    ).toBe('2.67 billion workers affected worldwide, of 3.3 billion (ILO)');
    expect(t('context.domestic-consumption-share', { value: '70%' })).toMatch(/^Up to 70% of /);
    expect(Object.values(en).filter((text) => /\(up to\)/.test(text))).toEqual([]);
  });
});
