// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/bundle.ts';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';
import { renderChangesPage } from '../../../src/prerender/changesPage.ts';
import { createTranslator } from '../../../src/i18n/index.ts';

const texts = readDataDir('data');
const changes = buildDataset('changes', texts);
if (!changes.ok) throw new Error('changes invalid');

const page = (locale: 'en' | 'id', dataset = changes.data) =>
  new DOMParser().parseFromString(
    renderChangesPage(dataset, locale, createTranslator(locale), {
      stylesheet: 'assets/index.css',
      base: locale === 'id' ? '../' : './',
    }),
    'text/html',
  );

describe('the “What changed” page', () => {
  it('lists every data version, newest first, each with its date and summary', () => {
    const document = page('en');
    const headings = [...document.querySelectorAll('h2')].map((node) => node.textContent);
    expect(headings).toEqual([
      'Data version 2, 7 December 2026',
      'Data version 1, 29 November 2026',
    ]);
    expect(document.querySelector('#v2 p')!.textContent).toMatch(/^Every year from 2014 to 2024/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('names each revision old → new with the source of the new value, and counts what was added', () => {
    const version2 = page('en').querySelector('#v2')!;
    const revised = [...version2.querySelectorAll('h3 + ul li')].map((node) => node.textContent);
    expect(revised).toContain(
      'Manufacturing exports, year 2019, manufacturing exports (billion USD): 126.57 → 127.38 (ANTARA (English; Industry Minister Agus Gumiwang Kartasasmita), 2024)',
    );
    expect(version2.textContent).toMatch(/Added: \d+/);
    expect(version2.querySelector('details summary')!.textContent).toMatch(/: \d+$/);
  });

  it('speaks Bahasa Indonesia with Indonesian numbers on the Indonesian page', () => {
    const document = page('id');
    expect(document.querySelector('h1')!.textContent).toBe('Apa yang berubah');
    expect(document.querySelector('#v2')!.textContent).toContain('126,57 → 127,38');
    expect(document.querySelector('a')!.getAttribute('href')).toBe('../id/');
  });

  it('keeps text from the data as text', () => {
    const hostile = {
      ...changes.data,
      versions: changes.data.versions.map((entry) => ({
        ...entry,
        summary: { en: '<img src=x onerror=alert(1)>', id: '<script>x</script>' },
      })),
    };
    const document = page('en', hostile);
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.querySelector('#v2 p')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
