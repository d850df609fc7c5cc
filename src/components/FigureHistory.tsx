import type { FigureHistoryModel, Printing } from '../domain/chartModel.ts';
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatNumber, formatVintage } from '../i18n/format.ts';

/**
 * The language a kept phrase is written in, for its `lang` (WCAG 3.1.2): the
 * phrases are quoted from Indonesian reports or English releases, and no
 * column records which, so common Indonesian words decide.
 */
export function phraseLanguage(quote: string): Locale {
  return /\b(miliar|persen|sebesar|dengan|tahun|yang|dari|pada|dan|atau|ekspor)\b/i.test(quote)
    ? 'id'
    : 'en';
}

function PrintingItem({
  printing,
  t,
  locale,
}: {
  printing: Printing;
  t: Translate;
  locale: Locale;
}) {
  const published = printing.published
    ? formatVintage(printing.published, locale)
    : t('history.undated');
  // vintages.csv describes who printed a figure in English ("Kontan (citing Kemenperin press release)").
  const publisher = printing.publisher ? (
    <span lang={printing.publisherInEnglish && locale !== 'en' ? 'en' : undefined}>
      {printing.publisher}
    </span>
  ) : (
    '—'
  );
  return (
    <li>
      <strong>{formatNumber(printing.value, locale, printing.decimals)}</strong>
      {' · '}
      {t(`history.status.${printing.status}`)}
      {' · '}
      {published}
      {' · '}
      {printing.url ? (
        <a href={printing.url} target="_blank" rel="noopener">
          {publisher}
        </a>
      ) : (
        publisher
      )}
      {printing.quote ? (
        <>
          {': '}
          <q lang={phraseLanguage(printing.quote)}>{printing.quote}</q>
        </>
      ) : null}
    </li>
  );
}

/**
 * The "revised" mark: closed, one line naming the revised figures; open, every
 * printing of each figure (value, what it is, when, who, and the phrase), so a
 * reader can check a figure against what was published.
 */
export function FigureHistory({
  history,
  t,
  locale,
}: {
  history: readonly FigureHistoryModel[];
  t: Translate;
  locale: Locale;
}) {
  const revised = history.filter((figure) => figure.revised).map((figure) => figure.label);
  return (
    <details className="chart-frame__history">
      <summary>
        {revised.length > 0
          ? t('history.summary', { revised: revised.join(', '), count: history.length })
          : t('history.summaryUnrevised', { count: history.length })}
      </summary>
      {history.map((figure) => (
        <section key={figure.key} className="figure-history">
          <h4 className="figure-history__label">
            {figure.revised ? t('history.revised', { label: figure.label }) : figure.label}
          </h4>
          <ul>
            {figure.printings.map((printing, index) => (
              <PrintingItem key={index} printing={printing} t={t} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
