// @vitest-environment jsdom
import { screen, within, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../src/app/DashboardApp.tsx';
import { directoryLoader, renderWithStore } from '../../helpers/renderDashboard.tsx';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';
import { buildDataset } from '../../../src/domain/bundle.ts';

const SECTOR_NAMES = [
  'Food',
  'Base metals',
  'Chemicals and chemical goods',
  'Apparel',
  'Paper and paper goods',
  'All other sectors',
];

/** The value of a headline card, once its data has loaded. */
async function headline(id: string) {
  return screen.findByText((_, node) => node?.matches(`[data-kpi="${id}"] .kpi__value`) ?? false);
}

async function sectorsFigure() {
  const section = await screen.findByRole('region', { name: 'Exports by sector' });
  await within(section).findByText(/makes up/);
  return section;
}

describe('the dashboard', () => {
  it('shows the headline figures from data/ with their sources', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    // What is latest: the last full year with its share, the latest part-year, the latest PMI month.
    expect(await headline('exports')).toHaveTextContent('196.54 billion USD');
    expect(screen.getByText('74.25% of national exports (264.70 billion USD)')).toBeInTheDocument();
    expect(await headline('part-year')).toHaveTextContent('187.82 billion USD');
    expect(await headline('pmi-latest')).toHaveTextContent(/^\d\d\.\d$/);
    expect(await headline('pmi-low')).toHaveTextContent('27.5');
    expect(screen.getByText(/in April 2020; below 50 means contraction/)).toBeInTheDocument();
    expect(
      screen.getAllByText(/jatimpedia\.id \(citing the Ministry of Industry and BPS\), 2025/)
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByText('Data as of March 2026.')).toBeInTheDocument();
    expect(
      screen.getByText(/Next: the PMI for March 2026 on the first working day of April 2026/),
    ).toBeInTheDocument();
  });

  it('labels the five largest sectors and "all other sectors" with the values in data/', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await sectorsFigure();
    const chart = section.querySelector('.chart--bars')!;
    for (const name of SECTOR_NAMES)
      expect(within(chart as HTMLElement).getByText(name)).toBeInTheDocument();
    const dataset = buildDataset('exports', readDataDir('data'));
    if (!dataset.ok) throw new Error('bundled data invalid');
    const period2019 = dataset.data.periods.find((period) => period.id === '2019')!;
    const labels = [...chart.querySelectorAll('.chart-label--value')].map(
      (node) => node.textContent,
    );
    // Each value label leads with the sector's share from the data, in order.
    expect(labels.map((label) => label?.split(' · ')[0]?.replace('≈ ', ''))).toEqual(
      period2019.sectors.map((entry) => `${entry.share.value.toFixed(entry.share.decimals)}%`),
    );
    expect(labels.find((label) => label?.includes('10%'))).toContain('≈ 13 bn USD');
  });

  it('links each source to where its figures were read, the source line unchanged', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await sectorsFigure();
    const line = section.querySelector('.chart-frame__source')!;
    expect(line.textContent).toBe(
      'Source: Ministry of Industry (Kemenperin), Manufacturing export performance, January–December 2019 (from BPS data)',
    );
    const link = within(section).getByRole('link', {
      name: 'Manufacturing export performance, January–December 2019 (from BPS data)',
    });
    // The address data/sources.csv gives for kemenperin-2019, in a new tab (an embed's article stays).
    expect(link).toHaveAttribute(
      'href',
      'https://beritamoneter.com/industri-pengolahan-jadi-andalan-ekspor-nasional',
    );
    expect(link).toHaveAttribute('target', '_blank');
    // The exports trend names many sources: those with an address are links, each to https.
    const trend = screen.getByRole('region', { name: 'Exports by year' });
    const trendLinks = within(
      trend.querySelector('.chart-frame__source') as HTMLElement,
    ).getAllByRole('link');
    expect(trendLinks.length).toBeGreaterThan(5);
    for (const trendLink of trendLinks)
      expect(trendLink.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('opens the history of a revised year from its mark: every printing, with source and phrase', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const trend = await screen.findByRole('region', { name: 'Exports by year' });
    const mark = await within(trend).findByText(/^Revised: 2019, 2020\./);
    const details = mark.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(mark);
    expect(details.open).toBe(true);
    const y2019 = within(details).getByRole('heading', { name: '2019 (revised)' }).parentElement!;
    const items = within(y2019)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toMatch(/^127\.38 · shown · /);
    expect(items).toContainEqual(
      expect.stringMatching(/^126\.57 · first release · 16 January 2020 · .*126,57/),
    );
    // Each phrase is marked with its language: ANTARA's English, beritamoneter's Indonesian.
    const phrases = [...y2019.querySelectorAll('q')];
    expect(phrases.find((q) => q.textContent?.includes('127.38'))).toHaveAttribute('lang', 'en');
    expect(phrases.find((q) => q.textContent?.includes('126,57'))).toHaveAttribute('lang', 'id');
  });

  it('shows exactly the plotted numbers in the table view', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await sectorsFigure();
    fireEvent.click(within(section).getByRole('button', { name: 'Table' }));
    const table = within(section).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + SECTOR_NAMES.length);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Food');
    expect(rows[1]).toHaveTextContent('21.46');
    expect(rows[1]).toHaveTextContent('27.16');
    expect(rows[3]).toHaveTextContent('share stated, value derived');
    // The remainder is no more precise than chemicals' whole-percent "10".
    expect(rows[6]).toHaveTextContent(/All other sectors\s*43\s*54\s*derived/);
  });

  it('switches periods and says when sectors are grouped differently', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await sectorsFigure();
    fireEvent.change(within(section).getByLabelText('Period'), { target: { value: '2018' } });
    expect(within(section).getByText('Food and beverages')).toBeInTheDocument();
    expect(within(section).getByText(/groups sectors differently from 2019/)).toBeInTheDocument();
    fireEvent.change(within(section).getByLabelText('Period'), { target: { value: '2019-h1' } });
    expect(within(section).getByText(/covers part of a year/)).toBeInTheDocument();
  });

  it('marks the PMI 50 line and annotates the record low', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await screen.findByRole('region', { name: 'Manufacturing PMI' });
    expect(
      await within(section).findByText(
        'The PMI fell to 27.5 in April 2020, its lowest since the survey began (April 2011)',
      ),
    ).toBeInTheDocument();
    // The drawing is a lazy chunk: run alone, this test may see the text before the drawing.
    await waitFor(() => expect(section.querySelector('.reference-line')).not.toBeNull());
    expect(within(section).getByText('Expansion')).toBeInTheDocument();
    expect(within(section).getByText('Contraction')).toBeInTheDocument();
    expect(
      within(section).getByText(/S&P Global/, { selector: '.chart-frame__source' }),
    ).toBeInTheDocument();
  });

  it('narrows the PMI to a year with the range buttons', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await screen.findByRole('region', { name: 'Manufacturing PMI' });
    await within(section).findByText(/lowest since the survey began/);
    fireEvent.click(within(section).getByRole('button', { name: '2019' }));
    expect(
      within(section).getByText('The manufacturing PMI, January 2019 to December 2019'),
    ).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Table' }));
    expect(within(section).getAllByRole('row')).toHaveLength(13);
  });

  it('shows the latest five years or 12 months of the PMI, to its latest month', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await screen.findByRole('region', { name: 'Manufacturing PMI' });
    await within(section).findByText(/lowest since the survey began/);
    const fiveYears = within(section).getByRole('button', { name: '5 years' });
    fireEvent.click(fiveYears);
    expect(fiveYears).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(section).getByText('The manufacturing PMI, March 2021 to February 2026'),
    ).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: '12 months' }));
    expect(
      within(section).getByText('The manufacturing PMI, March 2025 to February 2026'),
    ).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Table' }));
    expect(within(section).getAllByRole('row')).toHaveLength(13);
  });

  it('follows the data: a fixture with other numbers changes the headlines and charts', async () => {
    renderWithStore(<DashboardApp animate={false} />, {
      loader: directoryLoader('tests/fixtures/data-alt'),
    });
    expect(await headline('exports')).toHaveTextContent('160.00 billion USD');
    expect(screen.getByText(/^80\.0% of national exports/)).toBeInTheDocument();
    expect(await headline('pmi-low')).toHaveTextContent('28.6');
    expect(screen.queryByText('196.54 billion USD')).toBeNull();
    const section = await screen.findByRole('region', { name: 'Exports by sector' });
    expect(
      await within(section).findByText('Food makes up 30.00% of manufacturing exports'),
    ).toBeInTheDocument();
  });

  it('keeps the rest of the dashboard working when one data file fails to load', async () => {
    renderWithStore(<DashboardApp animate={false} />, { loader: directoryLoader('data', ['pmi']) });
    const pmi = await screen.findByRole('region', { name: 'Manufacturing PMI' });
    const alert = await within(pmi).findByRole('alert');
    expect(alert).toHaveTextContent(
      'pmi.csv: The data file could not be loaded (network error for pmi.csv).',
    );
    expect(await screen.findByText('196.54 billion USD')).toBeInTheDocument();
    await sectorsFigure();
  });

  it('explains invalid data with file, line and column, and keeps other panels', async () => {
    const loader = directoryLoader('data');
    renderWithStore(<DashboardApp animate={false} />, {
      loader: async (key) => {
        const text = await loader(key);
        return key === 'pmi' ? text.replace('2020-04,27.5', '2020-04,abc') : text;
      },
    });
    const pmi = await screen.findByRole('region', { name: 'Manufacturing PMI' });
    expect(await within(pmi).findByRole('alert')).toHaveTextContent(
      'pmi.csv, line 85, column “pmi”: “abc” is not a number.',
    );
    await sectorsFigure();
  });

  it('speaks Bahasa Indonesia with Indonesian number formats', async () => {
    renderWithStore(<DashboardApp animate={false} />, { initial: { locale: 'id' } });
    expect(await screen.findByText('US$196,54 miliar')).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Ekspor menurut sektor' });
    expect(
      await within(section).findByText(
        'Industri makanan menyumbang 21,46% ekspor industri pengolahan',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText('Sektor lainnya')).toBeInTheDocument();
  });
});

describe('exports by year', () => {
  it('draws a break where 2016–2017 are missing, and every year keeps its own bar', async () => {
    // The data as first published: 2015, then 2018–2020.
    renderWithStore(<DashboardApp animate={false} />, {
      loader: directoryLoader('tests/fixtures/data-v1'),
    });
    const section = await screen.findByRole('region', { name: 'Exports by year' });
    await within(section).findByText(/Manufacturing exports reached/);
    const chart = section.querySelector('.chart--trend')!;
    await waitFor(() => expect(chart.querySelector('.axis-break')).not.toBeNull());
    // In axis order: the break sits between 2015 and 2018 (its label may be left out where it does not fit).
    const ticks = [...chart.querySelectorAll('.chart-label--category, .axis-break')].map((node) =>
      node.classList.contains('axis-break') ? '⫽' : node.textContent,
    );
    expect(ticks).toEqual(['2015', '⫽', '2018', '2019', '2020']);
    const marks = [...chart.querySelectorAll('[data-key-index]')];
    expect(marks.map((mark) => mark.getAttribute('data-key-index'))).toEqual(['0', '1', '2', '3']);
    // The highlighted bar is 2019's (the third year), not shifted by the break.
    expect(marks[2]!.querySelector('.mark--highlight')).not.toBeNull();
  });

  it('draws today’s years 2014–2024, then the part-year apart after a break', async () => {
    renderWithStore(<DashboardApp animate={false} />);
    const section = await screen.findByRole('region', { name: 'Exports by year' });
    await within(section).findByText(/Manufacturing exports reached 196\.54 billion USD in 2024/);
    const chart = section.querySelector('.chart--trend')!;
    await waitFor(() => expect(chart.querySelector('.axis-break')).not.toBeNull());
    const ticks = [...chart.querySelectorAll('.chart-label--category, .axis-break')].map((node) =>
      node.classList.contains('axis-break') ? '⫽' : node.textContent,
    );
    // Every year has its bar; where not every label fits, every k-th year back from the last is named,
    // with the highlighted year and the part-year always.
    expect(chart.querySelectorAll('[data-key-index]')).toHaveLength(12);
    expect(ticks.slice(-3)).toEqual(['2024', '⫽', '2025']);
    expect(ticks).toContain('2019');
    const years = ticks.filter((tick) => tick !== '⫽').map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(chart.querySelectorAll('[data-key-index] .mark--remainder')).toHaveLength(1);
  });
});

describe('derived shares at honest precision', () => {
  it('shows the range in the table where one number would read like another period’s stated share', async () => {
    renderWithStore(<DashboardApp animate={false} />, {
      initial: { period: '2020-q1-q3' },
    });
    const section = await sectorsFigure();
    fireEvent.click(within(section).getByRole('button', { name: 'Table' }));
    const chemicals = within(section)
      .getAllByRole('row')
      .find((row) => row.textContent?.startsWith('Chemicals'))!;
    expect(chemicals).toHaveTextContent(
      /Chemicals and chemical goods\s*9–10\s*9\s*value stated, share derived/,
    );
  });
});
