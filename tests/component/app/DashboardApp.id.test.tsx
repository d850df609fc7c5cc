// @vitest-environment jsdom
/**
 * The Indonesian page is wholly Indonesian: every visible and accessible
 * string (text, aria-label, aria-roledescription, title, alt, placeholder, SVG
 * <title>/<desc>, the keyboard instructions a screen reader reads) is checked
 * word by word against the English catalogue. A word that only English uses
 * fails the test, with the string it sits in; proper names (S&P Global's
 * index, key names) pass because the Indonesian catalogue uses them too.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../src/app/DashboardApp.tsx';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { parseSources } from '../../../src/domain/sources.ts';
import { prerenderPage } from '../../../src/prerender/prerenderPages.tsx';
import { buildAllDatasets, readDataDir } from '../../../build/bundledDataPlugin.ts';
import { renderWithStore } from '../../helpers/renderDashboard.tsx';

const texts = readDataDir('data');

function words(text: string): string[] {
  return (
    text
      .replace(/\{\w+\}/g, ' ')
      .toLowerCase()
      .match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []
  ).map((word) => word.replace(/[’']s$/, ''));
}

const sources = parseSources(texts.sources);
if (!sources.ok) throw new Error('sources.csv invalid');
const indonesianWords = new Set([
  ...Object.values(id).flatMap(words),
  // Publishers' and titles' Indonesian columns in sources.csv (the reader's language).
  ...[...sources.data.values()].flatMap((source) =>
    words(`${source.indonesian.publisher} ${source.indonesian.title}`),
  ),
]);
/** Words that English uses and Indonesian does not: none may appear on the Indonesian page. */
const englishOnly = new Set(
  Object.values(en)
    .flatMap(words)
    .filter((word) => word.length >= 3 && !indonesianWords.has(word)),
);

const ACCESSIBLE_ATTRIBUTES = ['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder'];

/** Every string a reader sees or hears, except inside an element marked as another language. */
function pageStrings(root: Element): string[] {
  const strings: string[] = [];
  const otherLanguage = (element: Element | null) => {
    const lang = element?.closest('[lang]')?.getAttribute('lang');
    return lang !== undefined && lang !== null && lang !== 'id' && element !== root;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || otherLanguage(parent) || parent.closest('script, style')) continue;
    const text = node.textContent?.trim();
    if (text) strings.push(text);
  }
  for (const element of root.querySelectorAll('*')) {
    if (otherLanguage(element)) continue;
    for (const attribute of ACCESSIBLE_ATTRIBUTES) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) strings.push(value);
    }
  }
  return strings;
}

function englishIn(strings: readonly string[]): { word: string; in: string }[] {
  return strings.flatMap((text) =>
    words(text)
      .filter((word) => englishOnly.has(word))
      .map((word) => ({ word, in: text })),
  );
}

describe('the Indonesian page', () => {
  it('has an English vocabulary to check against (the test can fail)', () => {
    expect(englishOnly.has('chart')).toBe(true);
    expect(englishOnly.has('arrow')).toBe(true);
    expect(englishIn(['Chart: Industri makanan'])).toEqual([
      { word: 'chart', in: 'Chart: Industri makanan' },
    ]);
  });

  it('shows and speaks no English in the app, charts, tables and accessible names', async () => {
    const { container } = renderWithStore(<DashboardApp animate={false} />, {
      initial: { locale: 'id' },
    });
    for (const name of ['Ekspor menurut sektor', 'Ekspor menurut tahun', 'PMI manufaktur']) {
      const section = await screen.findByRole('region', { name });
      await within(section).findByRole('listbox');
    }
    await screen.findByText(/Tambahan pengangguran diperkirakan/);
    const strings = pageStrings(container);
    expect(strings.length).toBeGreaterThan(100);
    expect(englishIn(strings)).toEqual([]);

    // The tables too.
    for (const button of screen.getAllByRole('button', { name: 'Tabel' })) fireEvent.click(button);
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(3);
    expect(englishIn(pageStrings(container))).toEqual([]);
  });

  it('is wholly Indonesian in the prerendered page, keyboard instructions, "Grafik:" names, title and description included', async () => {
    const built = buildAllDatasets(texts);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const page = await prerenderPage(built.datasets, {
      kind: 'dashboard',
      locale: 'id',
      base: '../',
    });
    const container = document.createElement('div');
    container.innerHTML = page.markup;
    const strings = pageStrings(container);
    expect(strings).toContain(id['chart.keys.years']);
    expect(
      [...container.querySelectorAll('[role="listbox"]')].map((node) =>
        node.getAttribute('aria-label'),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Grafik: /)]));
    expect(englishIn([...strings, page.title, page.description])).toEqual([]);
  }, 30_000);
});
