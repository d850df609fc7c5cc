// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../src/domain/import/index.ts';
import type { DatasetStorage } from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import { createDatasetStorage } from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import { ImportPanel } from '../../../../../src/features/csv-import/ui/ImportPanel.tsx';
import type { ParseFile } from '../../../../../src/features/csv-import/worker/parseFile.ts';
import { parseOnMainThread } from '../../../../../src/features/csv-import/worker/parseFile.ts';
import { memoryKeyValueStore } from '../../../../helpers/memoryKeyValueStore.ts';
import { renderWithStore } from '../../../../helpers/renderDashboard.tsx';

function fixture(name: string, type = 'text/csv'): File {
  return new File([readFileSync(join('tests/fixtures/import', name))], name, { type });
}

/** An in-memory IndexedDB stand-in; `control.failWith` makes writes fail like a full or missing one. */
function memoryStore() {
  const { store, data, control: storeControl } = memoryKeyValueStore();
  const control = {
    set failWith(fail: (() => Error) | null) {
      storeControl.failWritesFor = fail ? () => fail() : null;
    },
  };
  return { storage: createDatasetStorage(store), store, data, control, storeControl };
}

const OVERRIDES = /[\u202A-\u202E]/;

/**
 * Texts (text nodes, aria-labels, titles) in which a bidi embedding or
 * override is not isolated: neither inside FSI…PDI in the same text nor in a
 * <bdi> or dir="auto" element.
 */
function unisolated(root: HTMLElement): string[] {
  const isolatedAt = (text: string, index: number) => {
    let depth = 0;
    for (let at = 0; at < index; at++) {
      if (text[at] === '\u2068' || text[at] === '\u2067' || text[at] === '\u2066') depth++;
      if (text[at] === '\u2069') depth = Math.max(0, depth - 1);
    }
    return depth > 0 && text.indexOf('\u2069', index) !== -1;
  };
  const bad = (text: string) =>
    [...text].some((char, index) => OVERRIDES.test(char) && !isolatedAt(text, index));
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!bad(text)) continue;
    if (node.parentElement?.closest('bdi, [dir="auto"]')) continue;
    found.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label], [title]')) {
    for (const attribute of ['aria-label', 'title']) {
      const text = element.getAttribute(attribute);
      if (text && bad(text)) found.push(`${attribute}: ${text}`);
    }
  }
  return found;
}

function renderPanel(
  options: { storage?: DatasetStorage; parseFile?: ParseFile; locale?: 'en' | 'id' } = {},
) {
  const storage = options.storage ?? memoryStore().storage;
  return renderWithStore(
    <ImportPanel
      parseFile={options.parseFile ?? parseOnMainThread}
      storage={storage}
      animate={false}
    />,
    { initial: { locale: options.locale ?? 'en' } },
  );
}

async function chooseFile(file: File) {
  const input = screen.getByLabelText('Choose a CSV file');
  await userEvent.upload(input, file);
}

async function chartIt() {
  const button = await screen.findByRole('button', { name: 'Chart this data' });
  await userEvent.click(button);
}

function barValueLabels(): string[] {
  return [...document.querySelectorAll('.import-chart .chart-label--value')].map(
    (node) => node.textContent ?? '',
  );
}

function barCategoryLabels(): string[] {
  return [...document.querySelectorAll('.import-chart .chart-label--category')].map(
    (node) => node.textContent ?? '',
  );
}

describe('importing your own CSV', () => {
  it('reports what it read before charting: rows, columns, delimiter, encoding, number formats, shares', async () => {
    renderPanel();
    await chooseFile(fixture('bps-semicolon.csv'));
    const report = await screen.findByRole('region', { name: 'Import report: bps-semicolon.csv' });
    const fact = (name: string) => report.querySelector(`[data-fact="${name}"]`)?.textContent;
    expect(fact('rows')).toBe('5');
    expect(fact('columns')).toBe('2');
    expect(fact('delimiter')).toBe('semicolon ( ; )');
    expect(fact('encoding')).toBe('UTF-8');
    expect(fact('skipped')).toBe('0');
    const formats = within(report).getByRole('table', { name: 'Columns and number formats' });
    expect(within(formats).getByText('1234,5 (decimal comma)')).toBeInTheDocument();
    expect(
      within(report).getByText(
        'The shares add up to 57.48%, leaving 42.52% to 100%; the chart shows it as “Rest (to 100%)”.',
      ),
    ).toBeInTheDocument();
    // Nothing charted until asked.
    expect(document.querySelector('.import-chart')).toBeNull();
  });

  it('offers guessMapping’s first guess and charts the values with the dashboard’s chart, table and downloads', async () => {
    renderPanel();
    await chooseFile(fixture('bps-semicolon.csv'));
    expect(await screen.findByLabelText('Labels (categories)')).toHaveValue('Sektor');
    expect(screen.getByLabelText('Values')).toHaveValue('Persentase');
    expect(screen.getByLabelText('Periods')).toHaveValue('');
    expect(screen.getByLabelText('The values are shares of a whole, in percent')).toBeChecked();
    await chartIt();

    const figure = await screen.findByRole('figure', {
      name: 'Industri makanan makes up 21.46% of the total',
    });
    expect(figure).toHaveAttribute('data-chart', 'sector-shares');
    // The drawing (Recharts) loads in its own chunk, with the first live chart.
    await waitFor(() => expect(barCategoryLabels()).not.toEqual([]));
    expect(barCategoryLabels()).toEqual([
      'Industri makanan',
      'Industri logam dasar',
      'Industri bahan kimia',
      'Industri pakaian jadi',
      'Industri kertas',
      'Rest (to 100%)',
    ]);
    expect(barValueLabels()).toEqual(['21.46%', '13.72%', '10%', '6.56%', '5.74%', '42.52%']);
    expect(within(figure).getByText('Source: your file “bps-semicolon.csv”')).toBeInTheDocument();
    // Downloads yes; Embed no (the data lives in this browser only).
    expect(within(figure).getByRole('button', { name: 'Download' })).toBeInTheDocument();
    expect(within(figure).queryByRole('button', { name: 'Embed' })).toBeNull();

    await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Industri makanan' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['21.46', '13.72', '10', '6.56', '5.74', '42.52']);
    // Kept and listed.
    expect(
      await screen.findByText('“bps-semicolon.csv” is charted and kept in this browser.'),
    ).toBeInTheDocument();
    const kept = screen.getByRole('region', { name: 'Kept in this browser' });
    expect(
      within(kept).getByText('bps-semicolon.csv', { selector: '.import-saved__name' }),
    ).toBeInTheDocument();
  });

  it('a file of values alone cannot be charted as one unnamed sum: the button says why', async () => {
    renderPanel();
    await chooseFile(new File(['value\n120.5\n121.3\n125\n'], 'values.csv', { type: 'text/csv' }));
    const button = await screen.findByRole('button', { name: 'Chart this data' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Without labels or periods every row would be added into one bar: choose the column that names each row, or its period.',
    );
  });

  it('re-reads with a new mapping and charts plain values when shares are unticked', async () => {
    renderPanel();
    await chooseFile(fixture('pipe-delimited.csv'));
    const period = await screen.findByLabelText('Periods');
    expect(period).toHaveValue('Year');
    await userEvent.selectOptions(period, '');
    await waitFor(() => expect(screen.getByLabelText('Periods')).toHaveValue(''));
    expect(screen.getByLabelText('The values are shares of a whole, in percent')).not.toBeChecked();
    await chartIt();
    await screen.findByRole('figure', { name: 'Food is the largest, with 27.16' });
    expect(barValueLabels()).toEqual(['27.16', '7.26']);
  });

  it('speaks Bahasa Indonesia with decimal commas', async () => {
    renderPanel({ locale: 'id' });
    await userEvent.upload(screen.getByLabelText('Pilih berkas CSV'), fixture('bps-semicolon.csv'));
    await userEvent.click(await screen.findByRole('button', { name: 'Buat grafik data ini' }));
    await screen.findByRole('figure', { name: 'Industri makanan mencakup 21,46% dari total' });
    expect(barValueLabels()[0]).toBe('21,46%');
  });

  it('keeps the chart on screen when a bad file follows, and says what and where', async () => {
    renderPanel();
    await chooseFile(fixture('bps-semicolon.csv'));
    await chartIt();
    await screen.findByRole('figure', { name: /Industri makanan makes up/ });

    await chooseFile(fixture('unclosed-quote.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“unclosed-quote.csv” could not be imported.');
    expect(alert).toHaveTextContent(
      'unclosed-quote.csv, line 3, column “Sector”: A quoted value is never closed.',
    );
    expect(screen.getByRole('figure', { name: /Industri makanan makes up/ })).toBeInTheDocument();
    expect(barValueLabels()[0]).toBe('21.46%');

    await chooseFile(fixture('png-renamed.csv', 'image/png'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'This is not a CSV text file: it looks like a PNG image.',
      ),
    );
    expect(screen.getByRole('figure', { name: /Industri makanan makes up/ })).toBeInTheDocument();
  });

  it('lists skipped rows with line, column and reason', async () => {
    renderPanel();
    await chooseFile(fixture('ragged-rows.csv'));
    const skipped = await screen.findByRole('table', { name: 'Rows skipped, and why' });
    const rows = within(skipped).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '3–This row has 4 values where the header has 3.',
      '5–This row has 2 values where the header has 3.',
    ]);
  });

  it('refuses shares over 100 % until they are charted as plain values', async () => {
    renderPanel();
    await chooseFile(fixture('over-hundred.csv'));
    const chart = await screen.findByRole('button', { name: 'Chart this data' });
    expect(chart).toBeDisabled();
    expect(
      screen.getByText(/A single share cannot be more than 100% \(105.5%\)/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('The values are shares of a whole, in percent'));
    expect(chart).toBeEnabled();
  });

  it('refuses a file over the size limit before reading it, giving the limit', async () => {
    let reads = 0;
    const parseFile: ParseFile = async (...args) => {
      reads++;
      return parseOnMainThread(...args);
    };
    renderPanel({ parseFile });
    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await chooseFile(huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.csv: The file is too large: the limit is 50 MB and this file has 52,428,801 bytes.',
    );
    expect(reads).toBe(0);
  });

  it('shows progress while reading and cancels without changing anything', async () => {
    let release: (() => void) | null = null;
    const parseFile: ParseFile = (_file, _options, controls) =>
      new Promise((resolve) => {
        controls.onProgress(0.4);
        controls.signal.addEventListener('abort', () => resolve('cancelled'));
        release = () => resolve('cancelled');
      });
    renderPanel({ parseFile });
    await chooseFile(fixture('bps-semicolon.csv'));
    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('value', '0.4');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Import cancelled. Nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Import report/ })).toBeNull();
    act(() => release?.());
  });

  it('reports a full storage in the panel and still shows the chart', async () => {
    const { storage, control } = memoryStore();
    control.failWith = () => new DOMException('quota', 'QuotaExceededError');
    renderPanel({ storage });
    await chooseFile(fixture('bps-semicolon.csv'));
    await chartIt();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser’s storage for the page is full, so the new data is shown but not kept.',
    );
    expect(screen.getByRole('figure', { name: /Industri makanan makes up/ })).toBeInTheDocument();
    expect(screen.getByText(/Nothing kept yet/)).toBeInTheDocument();
  });

  it('shows kept datasets after a reload; renames and deletes them', async () => {
    const { storage } = memoryStore();
    const first = renderPanel({ storage });
    await chooseFile(fixture('utf8-bom.csv'));
    await chartIt();
    await screen.findByText(/is charted and kept/);
    first.unmount();

    renderPanel({ storage });
    // The latest kept dataset is listed and shown again.
    await screen.findByRole('figure', { name: 'Food is the largest, with 27.16' });
    const kept = screen.getByRole('region', { name: 'Kept in this browser' });
    await userEvent.click(within(kept).getByRole('button', { name: 'Rename “utf8-bom.csv”' }));
    const name = within(kept).getByLabelText('New name for “utf8-bom.csv”');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ekspor 2019{Enter}');
    expect(await within(kept).findByText('Ekspor 2019')).toBeInTheDocument();
    await userEvent.click(within(kept).getByRole('button', { name: 'Delete “Ekspor 2019”' }));
    await waitFor(() => expect(within(kept).queryByText('Ekspor 2019')).toBeNull());
    expect(document.querySelector('.import-chart')).toBeNull();
  });

  it('says a rename or delete failed as such, and forgets it at the next success', async () => {
    const { storage, storeControl } = memoryStore();
    renderPanel({ storage });
    await chooseFile(fixture('utf8-bom.csv'));
    await chartIt();
    await screen.findByText(/is charted and kept/);
    const kept = screen.getByRole('region', { name: 'Kept in this browser' });

    storeControl.failWritesFor = () => new DOMException('quota', 'QuotaExceededError');
    await userEvent.click(within(kept).getByRole('button', { name: 'Rename “utf8-bom.csv”' }));
    await userEvent.type(
      within(kept).getByLabelText('New name for “utf8-bom.csv”'),
      ' 2019{Enter}',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser could not rename the dataset. Its old name and its data are kept.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/storage for the page is full/);
    await userEvent.click(within(kept).getByRole('button', { name: 'Delete “utf8-bom.csv”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser could not delete the dataset. It is still kept.',
    );

    storeControl.failWritesFor = null;
    await userEvent.click(within(kept).getByRole('button', { name: 'Rename “utf8-bom.csv”' }));
    await userEvent.type(
      within(kept).getByLabelText('New name for “utf8-bom.csv”'),
      ' 2019{Enter}',
    );
    expect(await within(kept).findByText('utf8-bom.csv 2019')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when "Show" finds the dataset deleted in another tab', async () => {
    const { storage, store } = memoryStore();
    renderPanel({ storage });
    await chooseFile(fixture('utf8-bom.csv'));
    await chartIt();
    await screen.findByText(/is charted and kept/);
    await chooseFile(fixture('bps-semicolon.csv'));
    await chartIt();
    await screen.findByText(/“bps-semicolon.csv” is charted and kept/);
    const kept = screen.getByRole('region', { name: 'Kept in this browser' });
    // Another tab (its own storage over the same database) deletes the first dataset.
    const otherTab = createDatasetStorage(store);
    const listed = await otherTab.list();
    const first = listed.ok ? listed.data.find((entry) => entry.name === 'utf8-bom.csv') : null;
    await otherTab.remove(first!.id);

    await userEvent.click(within(kept).getByRole('button', { name: 'Show “utf8-bom.csv”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“utf8-bom.csv” was deleted in another tab or window.',
    );
    await waitFor(() => expect(within(kept).queryByText('utf8-bom.csv')).toBeNull());
    // What was shown stays shown.
    expect(screen.getByRole('figure', { name: /Industri makanan makes up/ })).toBeInTheDocument();
  });

  it('isolates every user string: a right-to-left override cannot reverse the app’s own text', async () => {
    const RLO = '\u202E';
    const name = `laporan${RLO}gpj.csv`;
    const file = new File(
      [`${RLO}Sektor;${RLO}Nilai\n${RLO}Makanan;21,5\nLogam;x${RLO}y\nKimia;10\n`],
      name,
      { type: 'text/csv' },
    );
    const { storage } = memoryStore();
    renderPanel({ storage });
    await chooseFile(file);
    await screen.findByRole('region', { name: /Import report/ });
    expect(unisolated(document.body)).toEqual([]);
    await chartIt();
    await screen.findByText(/is charted and kept/);
    expect(document.querySelector('.import-chart')).not.toBeNull();
    expect(unisolated(document.body)).toEqual([]);
    // The table view too.
    await userEvent.click(
      within(document.querySelector('.import-chart') as HTMLElement).getByRole('button', {
        name: 'Table',
      }),
    );
    expect(document.querySelector('.import-chart table')).not.toBeNull();
    expect(unisolated(document.body)).toEqual([]);
  });

  it('accepts a dropped file', async () => {
    renderPanel();
    const zone = screen.getByText(/or drop it here/).closest('.import-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files: [fixture('bps-semicolon.csv')] } });
    expect(
      await screen.findByRole('region', { name: 'Import report: bps-semicolon.csv' }),
    ).toBeInTheDocument();
  });
});
