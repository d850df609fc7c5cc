import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { WithDataset } from '../WithDataset.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { currentVersion } from '../../domain/changes.ts';
import { pageBase } from '../../lib/pageBase.ts';
import { changesPagePath } from '../../state/pagePath.ts';
import type { Headline } from './headline.selectors.ts';
import {
  selectDataStatus,
  selectExportHeadlines,
  selectLatestPmiHeadline,
  selectPmiHeadline,
} from './headline.selectors.ts';

function HeadlineCard({ headline }: { headline: Headline }) {
  return (
    <div className="kpi" data-kpi={headline.id}>
      <dt className="kpi__label">{headline.label}</dt>
      <dd className="kpi__value">{headline.value}</dd>
      {headline.detail ? <dd className="kpi__detail">{headline.detail}</dd> : null}
      <dd className="kpi__source">{headline.source}</dd>
    </div>
  );
}

/** Headline figures, each with its source and release date in plain sight. */
export function HeadlinePanel() {
  const { t, locale } = useI18n();
  return (
    <section className="panel panel--kpis" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="visually-hidden">
        {t('kpi.heading')}
      </h2>
      <dl className="kpis">
        <ErrorBoundary fallback={() => null}>
          <WithDataset id="exports">
            {(dataset) =>
              selectExportHeadlines(dataset, t, locale).map((headline) => (
                <HeadlineCard key={headline.id} headline={headline} />
              ))
            }
          </WithDataset>
        </ErrorBoundary>
        <ErrorBoundary fallback={() => null}>
          <WithDataset id="pmi">
            {(dataset) =>
              [selectLatestPmiHeadline(dataset, t, locale), selectPmiHeadline(dataset, t, locale)]
                .filter((headline): headline is Headline => headline !== null)
                .map((headline) => <HeadlineCard key={headline.id} headline={headline} />)
            }
          </WithDataset>
        </ErrorBoundary>
      </dl>
      <ErrorBoundary fallback={() => null}>
        <WithDataset id="exports">
          {(exportsData) => (
            <WithDataset id="pmi">
              {(pmi) => {
                const status = selectDataStatus(exportsData, pmi, t, locale);
                return (
                  <div className="kpis__status" data-status="data-as-of">
                    <strong>{status.asOf}.</strong> {status.next}
                    {import.meta.env.VITE_PRERENDERED_PAGES === 'true' ? (
                      <WithDataset id="changes">
                        {(changes) => {
                          const latest = currentVersion(changes.versions);
                          return latest ? (
                            <>
                              {' '}
                              <a
                                href={`${pageBase()}${changesPagePath(locale)}#v${latest.version}`}
                              >
                                {t('changes.link', { version: latest.version })}
                              </a>
                            </>
                          ) : null;
                        }}
                      </WithDataset>
                    ) : null}
                  </div>
                );
              }}
            </WithDataset>
          )}
        </WithDataset>
      </ErrorBoundary>
    </section>
  );
}
