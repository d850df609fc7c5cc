import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ChartModel } from '../domain/chartModel.ts';
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ViewMode } from '../domain/vocabulary.ts';
import { VIEW_MODES } from '../domain/vocabulary.ts';
import { DataTable } from './DataTable.tsx';
import { FigureHistory } from './FigureHistory.tsx';
import { Segmented } from './Segmented.tsx';
import { useFrameOptions } from './frameOptions.ts';
import type { Source } from '../domain/sources.ts';

interface ChartFrameProps {
  model: ChartModel;
  view: ViewMode;
  onViewChange: (view: ViewMode) => void;
  t: Translate;
  locale: Locale;
  /** Chart-specific controls (period, chart type, range). */
  controls?: ReactNode;
  /** The chart itself (pure, props in, SVG out). */
  children: ReactNode;
  /** Extra actions in the frame's toolbar (downloads, embed). */
  actions?: ReactNode;
}

/** The one frame every chart sits in: title, subtitle, chart or table, summary, notes, source, vintage. */
export function ChartFrame({
  model,
  view,
  onViewChange,
  t,
  locale,
  controls,
  children,
  actions,
}: ChartFrameProps) {
  const titleId = useId();
  const summaryId = useId();
  const { text } = model;
  const frame = useFrameOptions();
  return (
    <figure
      className="chart-frame"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-chart={model.id}
    >
      <header className={frame.hideTitle ? 'visually-hidden' : 'chart-frame__header'}>
        <h3 id={titleId} className="chart-frame__title">
          {text.title}
        </h3>
        <p className="chart-frame__subtitle">{text.subtitle}</p>
      </header>
      <div className="chart-frame__toolbar" hidden={frame.isStatic}>
        {controls}
        <Segmented
          label={t('frame.view')}
          options={VIEW_MODES.map((mode) => ({
            key: mode,
            label: mode === 'chart' ? t('frame.showChart') : t('frame.showTable'),
            pressed: view === mode,
            onSelect: () => onViewChange(mode),
          }))}
        />
        {actions}
      </div>
      <div className="chart-frame__body">
        {view === 'table' ? (
          <DataTable table={model.table} caption={text.title} locale={locale} />
        ) : (
          children
        )}
      </div>
      <figcaption className="chart-frame__caption">
        <p id={summaryId} className="chart-frame__summary">
          {text.summary}
        </p>
        {text.notes.length > 0 ? (
          <ul className="chart-frame__notes" aria-label={t('frame.notes')}>
            {text.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {model.history && model.history.length > 0 ? (
          <FigureHistory history={model.history} t={t} locale={locale} />
        ) : null}
        {frame.hideSource ? null : (
          <>
            <p className="chart-frame__source">
              {linkedSources(text.source, model.sources ?? [], locale)}
            </p>
            <p className="chart-frame__vintage">{text.vintage}</p>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * The source line with each source's title a link to where its figures were read (a new tab: in an
 * embed the article stays). The line's text is unchanged; a source without an address stays text.
 */
export function linkedSources(line: string, sources: readonly Source[], locale: Locale): ReactNode {
  const links = sources.flatMap((source) => {
    const title = locale === 'id' ? source.indonesian.title : source.title;
    return source.url && title ? [{ title, url: source.url }] : [];
  });
  const parts: ReactNode[] = [];
  let rest = line;
  for (;;) {
    // The earliest title still in the line (titles are long and distinct: no one holds another).
    let found: { at: number; title: string; url: string } | null = null;
    for (const link of links) {
      const at = rest.indexOf(link.title);
      if (at >= 0 && (found === null || at < found.at)) found = { at, ...link };
    }
    if (!found) break;
    if (found.at > 0) parts.push(rest.slice(0, found.at));
    parts.push(
      <a key={parts.length} href={found.url} target="_blank" rel="noopener">
        {found.title}
      </a>,
    );
    rest = rest.slice(found.at + found.title.length);
  }
  if (rest !== '') parts.push(rest);
  return parts.length === 1 ? parts[0] : parts;
}
