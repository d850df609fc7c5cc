/**
 * The "What changed" page (`changes.html`, `id/changes.html`): every version
 * of the data, newest first, with the figures it added and those it revised
 * (old → new, with the source of the new value). Static HTML written at build
 * time, no script: a small template with every text escaped.
 */
import type { ChangesDataset, DataVersion, FigureChange } from '../domain/changes.ts';
import type { Translate } from '../i18n/index.ts';
import { formatVintage } from '../i18n/format.ts';
import {
  changeNumber,
  changeSourceText,
  changeTableLabel,
  changedFigureLabel as figureText,
} from '../features/changes/changeText.ts';
import type { Locale } from '../i18n/locales.ts';
import { changesPagePath } from '../state/pagePath.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function versionSection(entry: DataVersion, dataset: ChangesDataset, t: Translate, locale: Locale) {
  const number = (value: number) => changeNumber(value, locale);
  const sourceOf = (change: FigureChange) => {
    const text = changeSourceText(change.sourceId, dataset.sources, locale);
    return text ? ` (${escapeHtml(text)})` : '';
  };
  const revised = entry.changes.filter((change) => change.kind === 'revised');
  const added = entry.changes.filter((change) => change.kind === 'added');
  const byTable = new Map<string, FigureChange[]>();
  for (const change of added)
    byTable.set(change.table, [...(byTable.get(change.table) ?? []), change]);
  const revisedList = revised.length
    ? `<h3>${escapeHtml(t('changes.revised', { count: revised.length }))}</h3><ul>${revised
        .map(
          (change) =>
            `<li>${escapeHtml(figureText(change, t))}: ${escapeHtml(number(change.old ?? 0))} → ${escapeHtml(
              number(change.new),
            )}${sourceOf(change)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const addedList = added.length
    ? `<h3>${escapeHtml(t('changes.added', { count: added.length }))}</h3>${[...byTable]
        .map(
          ([table, changes]) =>
            `<details><summary>${escapeHtml(changeTableLabel(table, t))}: ${changes.length}</summary><ul>${changes
              .map(
                (change) =>
                  `<li>${escapeHtml(figureText(change, t))}: ${escapeHtml(number(change.new))}${sourceOf(change)}</li>`,
              )
              .join('')}</ul></details>`,
        )
        .join('')}`
    : '';
  return `<section class="changes__version" id="v${entry.version}" aria-labelledby="v${entry.version}-heading"><h2 id="v${entry.version}-heading">${escapeHtml(
    t('changes.version', { version: entry.version, date: formatVintage(entry.date, locale) }),
  )}</h2><p>${escapeHtml(entry.summary[locale])}</p>${revisedList}${addedList}</section>`;
}

/** The whole page, for one language. `stylesheet` is the built CSS, relative to the page. */
export function renderChangesPage(
  dataset: ChangesDataset,
  locale: Locale,
  t: Translate,
  options: { stylesheet: string | undefined; base: string; canonical?: string },
): string {
  const versions = [...dataset.versions].reverse();
  const other: Locale = locale === 'id' ? 'en' : 'id';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(t('changes.title'))} · ${escapeHtml(t('app.title'))}</title>
<meta name="description" content="${escapeHtml(t('changes.intro'))}" />
${options.stylesheet ? `<link rel="stylesheet" href="${options.base}${options.stylesheet}" />` : ''}
<link rel="alternate" hreflang="${other}" href="${options.base}${changesPagePath(other)}" />
${options.canonical ? `<link rel="canonical" href="${escapeHtml(options.canonical)}" />` : ''}
</head>
<body>
<main id="main" class="page changes">
<p><a href="${options.base}${locale === 'id' ? 'id/' : ''}">${escapeHtml(t('changes.back'))}</a></p>
<h1>${escapeHtml(t('changes.title'))}</h1>
<p>${escapeHtml(t('changes.intro'))}</p>
${versions.map((entry) => versionSection(entry, dataset, t, locale)).join('\n')}
</main>
</body>
</html>
`;
}
