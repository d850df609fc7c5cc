// @vitest-environment jsdom
/**
 * Every chart the registry holds, through every surface that reads it: the dashboard page, its
 * embed page (and every embed view), its link preview, its oEmbed answer, its CSV download, its
 * citation and the data package. A chart added with one folder and one registry line is held to
 * all of them without a test of its own.
 */
import { describe, expect, it } from 'vitest';
import { dataPackageFiles } from '../../../../build/dataPackage.ts';
import { CHART_IDS, CHART_LINK_FIELDS } from '../../../../src/domain/chartModel.ts';
import { citationItems, citationUrl } from '../../../../src/features/citation/citationItems.ts';
import { chartModelFor } from '../../../../src/features/charts/chartModels.ts';
import { chartSize } from '../../../../src/features/charts/chartDrawings.tsx';
import { CHARTS } from '../../../../src/features/charts/registry.ts';
import {
  chartDownloadTable,
  tableToMachineCsv,
} from '../../../../src/features/downloads/csvExport.ts';
import {
  INITIAL_EMBED_HEIGHT,
  embedUrl,
  initialEmbedHeight,
} from '../../../../src/features/embed/embedCode.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import { LOCALES } from '../../../../src/i18n/locales.ts';
import { embedViews } from '../../../../src/prerender/embedViews.ts';
import { oembedDocument, previewImages } from '../../../../src/prerender/linkPreviews.ts';
import { prerenderPage } from '../../../../src/prerender/prerenderPages.tsx';
import { previewTexts } from '../../../../src/prerender/previewText.ts';
import { DEFAULT_VIEW_STATE } from '../../../../src/state/viewState.ts';
import { bundledDatasets } from '../../../helpers/bundledDatasets.ts';

const { texts, datasets } = bundledDatasets();
const BASE = 'https://example.org/dashboard/';
const NO_OPTIONS = { hideTitle: false, hideSource: false, isStatic: false };

/** The chart's model of the default view in a language. */
function defaultModel(chart: (typeof CHART_IDS)[number], locale: (typeof LOCALES)[number]) {
  const model = chartModelFor(chart, datasets, { ...DEFAULT_VIEW_STATE, locale });
  if (!model) throw new Error(`${chart} has no model for the default view`);
  return model;
}

function parse(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('the chart registry', () => {
  it('holds one definition per chart id, each under its own id, with its own section', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
    for (const chart of CHART_IDS) {
      expect(CHARTS[chart].id).toBe(chart);
      expect(CHARTS[chart].urlFields).toEqual(CHART_LINK_FIELDS[chart]);
    }
    const sections = CHART_IDS.map((chart) => CHARTS[chart].section.id);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('draws every chart of the default view, with its keyboard walk and a size at every width', () => {
    for (const chart of CHART_IDS)
      for (const locale of LOCALES) {
        const model = defaultModel(chart, locale);
        expect(model.id).toBe(chart);
        const keys = CHARTS[chart].keyboard(model);
        expect(keys.items.length, chart).toBeGreaterThan(0);
        for (const width of [320, 600, 920]) {
          const size = chartSize(model, width);
          expect(size.width, chart).toBeGreaterThan(0);
          expect(size.height, chart).toBeGreaterThan(0);
        }
      }
  });
});

describe.each(CHART_IDS)('the %s chart', (chart) => {
  const definition = CHARTS[chart];

  it('has a section on the dashboard page, with its title, its drawing and its keyboard list', async () => {
    for (const locale of LOCALES) {
      const model = defaultModel(chart, locale);
      const page = parse(
        (await prerenderPage(datasets, { kind: 'dashboard', locale, base: './' })).markup,
      );
      const section = page.querySelector(`section#${definition.section.id}`);
      expect(section, `${chart} ${locale}`).not.toBeNull();
      expect(section!.querySelector('.chart-frame__title')?.textContent).toBe(model.text.title);
      expect(section!.querySelector(`[data-drawing="${chart}"] svg`)).not.toBeNull();
      expect(section!.querySelectorAll('[role="option"]').length).toBe(
        definition.keyboard(model).items.length,
      );
    }
  }, 120_000);

  it('has an embed page of the default view and of every view its controls reach', async () => {
    const views = embedViews(datasets, chart);
    const slugs = views.map((view) => view.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const view of views)
      expect(
        chartModelFor(chart, datasets, view.state),
        `${chart} ${view.query} has nothing to draw`,
      ).not.toBeNull();
    for (const locale of LOCALES) {
      const model = defaultModel(chart, locale);
      const page = await prerenderPage(datasets, { kind: 'embed', chart, locale, base: '../' });
      expect(page.title.startsWith(model.text.title)).toBe(true);
      const root = parse(page.markup);
      expect(root.querySelector(`[data-drawing="${chart}"] svg`)).not.toBeNull();
      // Its link back opens the dashboard at its section.
      expect(root.querySelector('a.embed__link')?.getAttribute('href')).toMatch(
        new RegExp(`#${definition.section.id}$`),
      );
    }
  }, 120_000);

  it('has a link preview: its own text and a card with its title', async () => {
    for (const locale of LOCALES) {
      const model = defaultModel(chart, locale);
      expect(previewTexts(datasets, locale)[chart].title).toBe(model.text.title);
      const card = (await previewImages(datasets, locale))[chart];
      expect(card).toMatch(/^<svg /);
      expect(card).toContain('class="drawing');
    }
  }, 120_000);

  it('answers oEmbed with the embed code of its page and its height', () => {
    for (const locale of LOCALES) {
      const model = defaultModel(chart, locale);
      const answer = oembedDocument(datasets, chart, locale, BASE, `${BASE}preview/${chart}.png`);
      expect(answer.title).toBe(model.text.title);
      expect(answer.height).toBe(INITIAL_EMBED_HEIGHT[locale][chart]);
      expect(answer.height).toBe(initialEmbedHeight(chart, locale));
      // The dialog's code: the default view, made with the data now.
      const src = embedUrl({
        baseUrl: BASE,
        chart,
        view: { ...DEFAULT_VIEW_STATE, dataVersion: datasets.changes.versions.at(-1)!.version },
        theme: DEFAULT_VIEW_STATE.theme,
        locale,
        options: NO_OPTIONS,
      });
      expect(src).toContain(chart);
      expect(answer.html).toContain(`src="${src.replace(/&/g, '&amp;')}"`);
    }
  });

  it('downloads as CSV: a row per row of its table, with a source column', () => {
    const t = createTranslator('en');
    const model = defaultModel(chart, 'en');
    const csv = tableToMachineCsv(chartDownloadTable(model, t('download.sourceColumn')));
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('source');
    expect(lines).toHaveLength(model.table.rows.length + 1);
  });

  it('is cited with the address of its section and its title', () => {
    for (const locale of LOCALES) {
      const model = defaultModel(chart, locale);
      const context = {
        baseUrl: BASE,
        view: DEFAULT_VIEW_STATE,
        locale,
        t: createTranslator(locale),
        accessed: { year: 2026, month: 12, day: 8 },
        prerenderedPages: true,
      };
      const url = citationUrl(context, chart);
      expect(url).toMatch(new RegExp(`#${definition.section.id}$`));
      const items = citationItems({ kind: 'chart', model }, context);
      expect(items[0]?.title).toContain(model.text.title);
      expect(items[0]?.URL).toBe(url);
    }
  });

  it('is in the data package: a CSV and its metadata per published view and language', () => {
    const files = dataPackageFiles(texts, datasets, {
      version: '0.0.0',
      created: '2026-12-08T00:00:00Z',
    });
    const published = definition.publishedViews(datasets[definition.dataset]);
    expect(published[0]?.name).toBe(chart);
    for (const locale of LOCALES)
      for (const { name } of published) {
        const csv = files.get(`data/charts/${locale}/${name}.csv`);
        const json = files.get(`data/charts/${locale}/${name}.json`);
        expect(csv, `${locale}/${name}.csv`).toBeDefined();
        expect(JSON.parse(json!).chart).toBe(chart);
      }
  });
});
