import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { createTranslator, detectLocale, interpolate } from '../../src/i18n/index.ts';
import { formatMonth, formatNumber, formatPercent, formatVintage } from '../../src/i18n/format.ts';

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
    expect(createTranslator('id')('unit.billionUsd', { value: '126,57' })).toBe(
      '126,57 miliar USD',
    );
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
  });
});
