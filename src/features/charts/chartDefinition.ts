/**
 * What the app knows about one chart, in one place (after OWID Grapher's ChartTypeMap): each
 * chart's folder exports one definition, features/charts/registry.ts lists them, and every
 * surface asks the registry: the dashboard and the embeds (its panel and section), the live chart
 * (drawing, heights, keyboard), prerendering and link previews (its views), downloads and the
 * data package (its CSV), citations and embed codes (its address and height).
 */
import type { ComponentType, ReactNode } from 'react';
import type { DatasetTypes } from '../../domain/bundle.ts';
import type { HistoryTable } from '../../domain/history.ts';
import type { ChartId, ChartModel } from '../../domain/chartModel.ts';
import { CHART_LINK_FIELDS } from '../../domain/chartModel.ts';
import type { KeyboardChartItem } from '../../components/charts/KeyboardChart.tsx';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import type { ViewState } from '../../state/viewState.ts';

/** The bundled datasets a chart may draw. */
export type ChartDatasetId = 'exports' | 'pmi';

/** The view fields a chart's model may be made from (the language among them). */
export type ChartView = Pick<
  ViewState,
  'period' | 'sector' | 'sectorChartKind' | 'pmiRange' | 'locale'
>;

/** A view a chart's controls reach: the fields that change what it shows. */
export type ChartViewFields = Omit<ChartView, 'locale'>;

/** What a live drawing takes besides the model: keyboard state, animation, a selection. */
export type LiveDrawingProps<Model> = DrawingProps<Model> & { onSelect?: (id: string) => void };

/** A drawing module: a pure Recharts component as its default export, loaded with the first use. */
export type DrawingModule<Model> = { default: ComponentType<LiveDrawingProps<Model>> };

/** How one model is drawn (a chart may draw its models in more than one way: bars or donut). */
export interface ChartDrawing<Model> {
  /** The drawing's own name (its chunk's name, the `chart--…` modifier's key). */
  name: string;
  /** The chart's modifier class (`chart--bars`). */
  className: string;
  /** The drawing's code (Recharts): never in the page's first script. */
  load: () => Promise<DrawingModule<Model>>;
  /** The layout height at a layout width, in layout pixels. */
  height(model: Model, layoutWidth: number): number;
  /** A drawing of one size at every width (the donut), scaled to the width it gets. */
  fixedWidth?: number;
  /** HTML the chart's keyboard list sits in, with what follows it (the donut's key beside it). */
  around?: { className: string; chartClassName: string; after(model: Model): ReactNode };
}

/** How a keyboard walks a chart's marks (components/charts/KeyboardChart.tsx). */
export interface ChartKeyboard {
  items: readonly KeyboardChartItem[];
  /** How to use it, read after the chart's name. */
  instructions: MessageKey;
  initialIndex?: number;
  /** Marks per PageUp/PageDown. */
  pageStep?: number;
  /** What Enter on a mark selects (a sector to highlight); absent where Enter selects nothing. */
  selects?: (index: number) => string | undefined;
}

/** One chart's definition. `Model` is what its selector makes and its drawing draws. */
export interface ChartDefinition<
  Model extends ChartModel = ChartModel,
  Dataset extends ChartDatasetId = ChartDatasetId,
> {
  id: ChartId;
  /** The bundled dataset it draws. */
  dataset: Dataset;
  /** The tables of data/ its figures come from: what a link to it may have seen change since. */
  changeTables: readonly HistoryTable[];
  /** Its dashboard section: the section's id and URL fragment (`#trend`), and its heading. */
  section: { id: string; heading: MessageKey };
  /** The view fields its one-chart links carry (besides language, theme and its view mode). */
  urlFields: readonly (keyof ViewState)[];
  /** Its model for a view, from its dataset (null when the dataset has nothing for the view). */
  select(dataset: DatasetTypes[Dataset], view: ChartView, t: Translate): Model | null;
  /** The views its controls are one click from, drawn ahead when the page is idle. */
  neighbours(dataset: DatasetTypes[Dataset], view: ChartView, model: Model): ChartViewFields[];
  /**
   * Every view its controls reach (each gets a prerendered embed page; the embed dialog can
   * write any of them into an embed code), the default view among them.
   */
  reachableViews(dataset: DatasetTypes[Dataset]): ChartViewFields[];
  /** The views whose CSV and metadata the data package publishes, by file name, the default first. */
  publishedViews(dataset: DatasetTypes[Dataset]): { name: string; view: ChartViewFields }[];
  /** The one period a view shows, for its download's file name and period column (if it shows one). */
  downloadPeriod?(dataset: DatasetTypes[Dataset], view: ChartView): string | undefined;
  /** How a model of it is drawn. */
  drawing(model: Model): ChartDrawing<Model>;
  /** How a keyboard walks a model of it. */
  keyboard(model: Model): ChartKeyboard;
  /** Its dashboard panel (controls, frame, live chart): a chunk of its own, an embed loads only its own. */
  panel: () => Promise<{ default: ComponentType<{ animate?: boolean }> }>;
}

/**
 * The one module a glob names, loaded. Definitions load their panel and drawings with
 * `import.meta.glob` rather than `import()`: the build's own scripts read the definitions while
 * Vite loads its config (the data package, link previews, embed pages), and that loader bundles
 * every `import()` it finds, and the whole app with it. A glob is Vite's own: only the app's
 * build, the prerender and the tests (all through Vite) turn it into an `import()` (and a chunk
 * named after the file), and it is called only where something is drawn.
 */
export function loadGlobbed<Module>(
  modules: Record<string, () => Promise<Module>>,
): Promise<Module> {
  const [load, ...others] = Object.values(modules);
  if (!load || others.length > 0) throw new Error('A chart module glob must name one file.');
  return load();
}

/**
 * A definition as the registry holds it. The registry hands a definition only the models its own
 * selector made (a model's `id` names its chart), so the narrower model type is safe to widen.
 */
export function defineChart<Model extends ChartModel, Dataset extends ChartDatasetId>(
  definition: Omit<ChartDefinition<Model, Dataset>, 'urlFields'>,
): ChartDefinition<ChartModel, Dataset> {
  return {
    ...definition,
    urlFields: CHART_LINK_FIELDS[definition.id],
  } as unknown as ChartDefinition<ChartModel, Dataset>;
}
