/**
 * What a link preview says, for each chart and the dashboard, in one language:
 * the title states the chart's finding, the description is its generated
 * summary, the image's text alternative says both. No DOM: the one-file
 * edition's build reads it in node.
 */
import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import { createTranslator } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { defaultModels } from './defaultModels.ts';

/** The chart whose image stands for the whole dashboard: its headline figure (exports by sector). */
export const DASHBOARD_PREVIEW_CHART: ChartId = 'sector-shares';

export type PreviewKey = ChartId | 'dashboard';

export interface PreviewText {
  title: string;
  description: string;
  /** Text alternative of the preview image (og:image:alt, twitter:image:alt). */
  imageAlt: string;
}

export function previewTexts(
  datasets: DatasetTypes,
  locale: Locale,
): Record<PreviewKey, PreviewText> {
  const t = createTranslator(locale);
  const models = defaultModels(datasets, locale);
  const texts: Partial<Record<PreviewKey, PreviewText>> = {};
  for (const chart of CHART_IDS) {
    const model = models[chart];
    if (!model) throw new Error(`Link preview: the ${chart} chart has no data to draw.`);
    texts[chart] = {
      title: model.text.title,
      description: model.text.summary,
      imageAlt: `${model.text.title}. ${model.text.summary}`,
    };
  }
  const lead = texts[DASHBOARD_PREVIEW_CHART]!;
  texts.dashboard = { title: t('app.title'), description: t('app.lede'), imageAlt: lead.imageAlt };
  return texts as Record<PreviewKey, PreviewText>;
}
