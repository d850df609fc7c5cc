import type { ChartId } from '../../domain/chartModel.ts';
import type { ChangesDataset } from '../../domain/changes.ts';
import { changesSince, currentVersion } from '../../domain/changes.ts';
import { CHARTS } from '../charts/registry.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatVintage } from '../../i18n/format.ts';
import { pageBase } from '../../lib/pageBase.ts';
import { useDashboard } from '../../state/StoreContext.tsx';
import { useDataset } from '../../state/useDataset.ts';
import { changesPagePath } from '../../state/pagePath.ts';
import { changeNumber, changeSourceText, changedFigureLabel } from './changeText.ts';

interface SinceLinkNoticeProps {
  /** The charts on the page: the dashboard's three, or an embed's one. */
  charts: readonly ChartId[];
  /** The data version now (virtual:decode-context). */
  current: number | undefined;
}

/**
 * A shared link or embed names the data version it was made with (`data=1`). Opened after the
 * data changed, the page says so: each figure as it was shared beside the figure now, how many
 * were added, and the way to the "What changed" page. Nothing for a link made with the data now.
 */
export function SinceLinkNotice({ charts, current }: SinceLinkNoticeProps) {
  const linked = useDashboard((state) => state.dataVersion);
  if (linked === null || current === undefined || linked >= current) return null;
  return <ChangesSinceLink charts={charts} linked={linked} />;
}

function ChangesSinceLink({ charts, linked }: { charts: readonly ChartId[]; linked: number }) {
  const changes = useDataset('changes');
  if (changes.status !== 'ready') return null;
  return <SinceLinkNote changes={changes.data} charts={charts} linked={linked} />;
}

function SinceLinkNote({
  changes,
  charts,
  linked,
}: {
  changes: ChangesDataset;
  charts: readonly ChartId[];
  linked: number;
}) {
  const { t, locale } = useI18n();
  const setDataVersion = useDashboard((state) => state.setDataVersion);
  const now = currentVersion(changes.versions);
  const since = changesSince(
    changes.versions,
    linked,
    charts.flatMap((chart) => CHARTS[chart].changeTables),
  );
  if (!now || !since) return null;
  const sourceOf = (sourceId: string | undefined) => {
    const text = changeSourceText(sourceId, changes.sources, locale);
    return text ? ` (${text})` : '';
  };
  return (
    <aside className="since-link" aria-labelledby="since-link-heading" data-since-version={linked}>
      <h2 id="since-link-heading" className="since-link__heading">
        {t('since.heading')}
      </h2>
      <p>
        {t('since.made', {
          version: since.version.version,
          date: formatVintage(since.version.date, locale),
          current: now.version,
          currentDate: formatVintage(now.date, locale),
        })}
      </p>
      {since.revised.length > 0 ? (
        <ul className="since-link__revised">
          {since.revised.map((figure) => (
            <li key={`${figure.table}:${figure.key}:${figure.column}`}>
              {t('since.revised', {
                figure: changedFigureLabel(figure, t),
                then: changeNumber(figure.then, locale),
                now: changeNumber(figure.now, locale),
              })}
              {sourceOf(figure.sourceId)}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {since.added > 0 ? <>{t('since.added', { count: since.added })} </> : null}
        {import.meta.env.VITE_PRERENDERED_PAGES === 'true' ? (
          <a href={`${pageBase()}${changesPagePath(locale)}#v${now.version}`}>{t('since.link')}</a>
        ) : null}
      </p>
      <button
        type="button"
        className="button since-link__dismiss"
        onClick={() => setDataVersion(null)}
      >
        {t('since.dismiss')}
      </button>
    </aside>
  );
}
