import { Panel } from '../../components/Panel.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { ContextDataset, ContextFigure } from '../../domain/context.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { isMessageKey } from '../../i18n/index.ts';
import { formatNumber, formatPercent, formatVintage } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { Locale } from '../../i18n/locales.ts';
import { sourceName } from '../figureText.ts';

function figureValue(figure: ContextFigure, locale: Locale, t: Translate): string {
  const number = formatNumber(figure.value.value, locale, figure.value.decimals);
  if (figure.unit === 'percent')
    return formatPercent(figure.value.value, locale, figure.value.decimals);
  return t(figure.unit === 'billion-people' ? 'unit.billionPeople' : 'unit.millionPeople', {
    value: number,
  });
}

function ContextList({
  dataset,
  t,
  locale,
}: {
  dataset: ContextDataset;
  t: Translate;
  locale: Locale;
}) {
  const { figures, sources } = dataset;
  const total = figures.find((figure) => figure.id === 'ilo-workers-total');
  return (
    <ul className="context-list">
      {figures
        .filter((figure) => figure.id !== 'ilo-workers-total')
        .map((figure) => {
          const key = `context.${figure.id}`;
          // The value sits where the sentence puts it ("Up to 70% of …", "2.67 billion workers …").
          const [before, after] = isMessageKey(key)
            ? t(key as MessageKey, {
                total: total ? figureValue(total, locale, t) : '',
                asOf: formatVintage(figure.asOf, locale),
              }).split('{value}')
            : [figure.id];
          const source = sources.get(figure.sourceId);
          return (
            <li key={figure.id} className="context-item">
              {before}
              <strong className="context-item__value">{figureValue(figure, locale, t)}</strong>
              {after ?? ''}
              {source ? (
                <span className="context-item__source">
                  {' '}
                  ({sourceName(source, locale).publisher}, {formatVintage(source.vintage, locale)})
                </span>
              ) : null}
            </li>
          );
        })}
    </ul>
  );
}

export function ContextPanel() {
  const { t, locale } = useI18n();
  return (
    <Panel id="context" heading="context.heading" className="panel--context">
      <p className="panel__intro">{t('context.intro')}</p>
      <WithDataset id="context">
        {(dataset) => <ContextList dataset={dataset} t={t} locale={locale} />}
      </WithDataset>
    </Panel>
  );
}
