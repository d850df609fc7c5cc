// @vitest-environment jsdom
/**
 * A PNG that cannot be made says why in the reader's language and points to
 * the SVG (the failure is a Result issue whose code has a message in both
 * catalogues), instead of a raw code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatasetStorage } from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import { ImportPanel } from '../../../../../src/features/csv-import/ui/ImportPanel.tsx';
import { parseOnMainThread } from '../../../../../src/features/csv-import/worker/parseFile.ts';
import { memoryKeyValueStore } from '../../../../helpers/memoryKeyValueStore.ts';
import { renderWithStore } from '../../../../helpers/renderDashboard.tsx';

const TEXT = {
  en: {
    choose: 'Choose a CSV file',
    chart: 'Chart this data',
    download: 'Download',
    png: 'PNG (2× for print and social)',
    message:
      'The image could not be made: this browser cannot draw images here. The SVG download has the same chart.',
  },
  id: {
    choose: 'Pilih berkas CSV',
    chart: 'Buat grafik data ini',
    download: 'Unduh',
    png: 'PNG (2× untuk cetak dan media sosial)',
    message:
      'Gambar tidak dapat dibuat: peramban ini tidak dapat menggambar gambar di sini. Unduhan SVG berisi grafik yang sama.',
  },
} as const;

afterEach(() => vi.restoreAllMocks());

describe('a PNG download that fails', () => {
  for (const locale of ['en', 'id'] as const) {
    it(`says why and offers the SVG (${locale})`, async () => {
      const text = TEXT[locale];
      // A browser with no 2D canvas.
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
      renderWithStore(
        <ImportPanel
          parseFile={parseOnMainThread}
          storage={createDatasetStorage(memoryKeyValueStore().store)}
          animate={false}
        />,
        { initial: { locale } },
      );
      const name = 'bps-semicolon.csv';
      const file = new File([readFileSync(join('tests/fixtures/import', name))], name);
      await userEvent.upload(screen.getByLabelText(text.choose), file);
      await userEvent.click(await screen.findByRole('button', { name: text.chart }));
      const figure = await screen.findByRole('figure');
      await userEvent.click(within(figure).getByRole('button', { name: text.download }));
      await userEvent.click(await screen.findByRole('button', { name: text.png }));
      const dialog = screen.getByRole('dialog');
      const status = within(dialog).getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(text.message));
    });
  }
});
