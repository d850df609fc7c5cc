/**
 * The English catalogue is the source of the message keys. id.ts must have
 * every key (a missing key is a compile error there) and tests check parity.
 * Parameters are written {name}.
 */
export const en = {
  'app.title': "Indonesia's manufacturing exports",
  'app.lede':
    'What Indonesia’s manufacturing industry sells abroad, sector by sector, and how the sector fared through the pandemic by the manufacturing PMI.',
  'app.skipToContent': 'Skip to content',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.theme.system': 'System',
  'app.footer':
    'Figures as released by their sources; each chart names its source and release date. Values marked ≈ are derived by this dashboard, not stated by the source.',
  'app.loading': 'Loading data…',

  'kpi.heading': 'Headline figures',
  'kpi.exports.label': 'Manufacturing exports, {year}',
  'kpi.share.label': 'Share of national exports, {year}',
  'kpi.share.detail': 'of {national} total exports',
  'kpi.pmiLow.label': 'Manufacturing PMI, record low',
  'kpi.pmiLow.detail': 'in {month}; below 50 means contraction',

  'unit.billionUsd': '{value} billion USD',
  'unit.billionUsdShort': '{value} bn USD',
  'unit.percent': 'percent',
  'unit.index': 'index',
  'unit.billionPeople': '{value} billion people',
  'unit.millionPeople': '{value} million people',

  'frame.source': 'Source: {source}',
  'frame.vintage': 'Data as released {vintage}',
  'frame.notes': 'Notes',
  'frame.showTable': 'Table',
  'frame.showChart': 'Chart',
  'frame.view': 'View',
  'frame.summary': 'Summary',
  'chart.keys.label': 'Chart: {title}',
  'chart.keys.sectors':
    'Use the arrow keys to move from sector to sector, Home and End for the first and last; Enter highlights the sector.',
  'chart.keys.years':
    'Use the arrow keys to move from year to year, Home and End for the first and last.',
  'chart.keys.months':
    'Use the arrow keys to move from month to month, Page Up and Page Down by a year, Home and End for the first and last.',
  'frame.derivedNote':
    '≈ derived by this dashboard from the stated figures ({how}); not stated by the source.',

  'sector.food': 'Food',
  'sector.food-beverages': 'Food and beverages',
  'sector.base-metals': 'Base metals',
  'sector.chemicals': 'Chemicals and chemical goods',
  'sector.apparel': 'Apparel',
  'sector.textiles-apparel': 'Textiles and apparel',
  'sector.paper': 'Paper and paper goods',
  'sector.motor-vehicles': 'Motor vehicles',
  'sector.electronics': 'Electronics',
  'sector.rubber-plastics': 'Rubber and plastics',
  'sector.all-other': 'All other sectors',

  'period.label': 'Period',
  'period.2019': 'Full year 2019',
  'period.2018': 'Full year 2018',
  'period.2019-h1': 'January–June 2019',
  'period.2020-q1-q3': 'January–September 2020',

  'sectors.heading': 'Exports by sector',
  'sectors.title': '{sector} makes up {share} of manufacturing exports',
  'sectors.subtitle':
    'Share of manufacturing exports by sector, percent, and value in billion USD; {period}',
  'sectors.kind': 'Chart type',
  'sectors.kind.bar': 'Bars',
  'sectors.kind.donut': 'Donut',
  'sectors.barLabel': '{share} · {value}',
  'sectors.description': '{sector}: {share} of manufacturing exports, {value}',
  'sectors.derivedShare': 'share derived from value ÷ total',
  'sectors.derivedValue': 'value derived from share × total',
  'sectors.note.partial':
    '{period} covers part of a year: compare it with other partial periods, not with full years.',
  'sectors.note.grouping':
    'This release groups sectors differently from 2019 ({sectors}), so its sectors do not compare one to one with 2019’s.',
  'sectors.note.remainder':
    '“All other sectors” is everything the release does not name: 100% minus the named sectors.',
  'sectors.summary':
    '{period}: manufacturing exports were {total}. The largest sector was {sector} with {share} ({value}). The named sectors together make up {named}; all other sectors hold the remaining {remainder}.',
  'sectors.col.sector': 'Sector',
  'sectors.col.share': 'Share (%)',
  'sectors.col.value': 'Value (billion USD)',
  'sectors.col.status': 'Status',
  'status.stated': 'stated',
  'status.derived': 'derived',
  'status.statedShareDerivedValue': 'share stated, value derived',
  'status.derivedShareStatedValue': 'value stated, share derived',

  'trend.heading': 'Exports by year',
  'trend.title': 'Manufacturing exports reached {value} in {year}',
  'trend.subtitle':
    'Total manufacturing exports, billion USD, by year; under the year, its share of national exports where stated',
  'trend.barLabel': '{value}',
  'trend.shareLabel': '{share} of national exports',
  'trend.description': '{year}: {value}',
  'trend.descriptionWithShare': '{year}: {value}, {share} of national exports',
  'trend.note.gaps': 'Only the years the sources state are shown: {missing} are not in the data.',
  'trend.note.revision':
    'Later releases revise 2019: 2020’s reported growth of 2.95% to 131.13 billion implies a 2019 base of about 127.4 billion.',
  'trend.summary':
    'Manufacturing exports were {first} in {firstYear} and {last} in {lastYear}. The highest year shown is {maxYear} with {max}.',
  'trend.col.year': 'Year',
  'trend.col.value': 'Manufacturing exports (billion USD)',
  'trend.col.national': 'National exports (billion USD)',
  'trend.col.share': 'Share of national exports (%)',

  'pmi.heading': 'Manufacturing PMI',
  'pmi.title': 'The PMI fell to a record low of {value} in {month}',
  'pmi.titleNoLow': 'The manufacturing PMI, {from} to {to}',
  'pmi.subtitle':
    'S&P Global Indonesia Manufacturing PMI, index, seasonally adjusted, monthly; {from}–{to}',
  'pmi.reference': '50 = no change',
  'pmi.expansion': 'Expansion',
  'pmi.contraction': 'Contraction',
  'pmi.lowAnnotation': 'Record low {value} ({month})',
  'pmi.range': 'Months shown',
  'pmi.range.all': 'All',
  'pmi.note.firstReported':
    'Values as first reported each month; S&P Global occasionally revises seasonally adjusted values.',
  'pmi.note.attribution': 'The PMI is proprietary data of S&P Global (formerly IHS Markit).',
  'pmi.description': '{month}: {value}',
  'pmi.summary':
    'From {from} to {to} the PMI ranged from {low} ({lowMonth}) to {high} ({highMonth}). {belowText}',
  'pmi.summary.below': 'It fell below 50 in {firstBelow} and was back above 50 in {recovered}.',
  'pmi.summary.belowNoRecovery': 'It fell below 50 in {firstBelow} and was still below 50 in {to}.',
  'pmi.summary.neverBelow': 'It stayed at or above 50 throughout.',
  'pmi.col.month': 'Month',
  'pmi.col.value': 'PMI (index)',

  'context.heading': 'Context',
  'context.intro': 'Figures quoted in June 2020 reporting on the pandemic’s effect on industry.',
  'context.domestic-consumption-share':
    'of Indonesia’s manufacturing output is absorbed by domestic consumption (up to)',
  'context.ilo-workers-affected-share':
    'of the world’s workers affected by COVID-19 workplace closures (ILO)',
  'context.ilo-workers-affected': 'workers affected worldwide, of {total} (ILO)',
  'context.ilo-workers-total': 'workers in the world (ILO)',
  'context.ilo-layoffs-threatened': 'workers worldwide threatened with layoffs (ILO)',
  'context.indonesia-workers-affected': 'Indonesian workers affected by COVID-19 (as of {asOf})',
  'context.indonesia-unemployment-projected':
    'additional unemployed projected in Indonesia (up to)',

  'embed.openDashboard': 'Open the full dashboard ↗',
  'embed.unknownChart': 'There is no chart “{chart}” to embed. The dashboard has all its charts.',
  'actions.download': 'Download',
  'actions.embed': 'Embed',
  'actions.close': 'Close',
  'app.dashboardName': 'Indonesia manufacturing exports dashboard',
  'download.heading': 'Download this chart',
  'download.image': 'Image',
  'download.width': 'Width',
  'download.theme': 'Colours',
  'download.png': 'PNG (2× for print and social)',
  'download.svg': 'SVG',
  'download.data': 'Data',
  'download.csvMachine': 'CSV for machines (comma, dot decimal)',
  'download.csvSpreadsheet': 'CSV for spreadsheets ({format})',
  'download.spreadsheetFormat.en': 'comma, dot decimal',
  'download.spreadsheetFormat.id': 'semicolon, decimal comma',
  'download.copyTable': 'Copy table',
  'download.copied': 'Copied. Paste it into a spreadsheet.',
  'download.copyFailed': 'Could not copy: the browser blocked the clipboard.',
  'download.failed': 'The image could not be made: {detail}',
  'download.attribution':
    'Title, source and release date are part of the image and the CSV; please keep them when you publish.',
  'download.sourceColumn': 'Source',
  'embed.heading': 'Embed this chart',
  'embed.theme': 'Theme',
  'embed.language': 'Language',
  'embed.hideTitle': 'Hide title and subtitle (your page prints its own)',
  'embed.hideSource': 'Hide source and release date (your page prints its own)',
  'embed.static': 'Static chart (no interaction)',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied.',
  'embed.preview': 'Preview',
  'embed.help':
    'Paste this into your article’s HTML. The script line lets the frame fit its chart exactly; without it the frame keeps a fixed height and still works.',
  'error.panelTitle': 'This part of the dashboard could not be shown',
  'error.panelBody': 'The rest of the dashboard still works. What went wrong:',
  'error.where': '{file}, line {row}, column “{column}”',
  'error.whereFile': '{file}',
  'error.whereLine': '{file}, line {row}',
  'error.crash': 'The chart failed while drawing: {message}',
  'error.retry': 'Try again',

  'issue.load.failed': 'The data file could not be loaded ({detail}).',
  'issue.csv.empty': 'The file is empty.',
  'issue.csv.headerOnly': 'The file has a header row but no data rows.',
  'issue.csv.unclosedQuote': 'A quoted value is never closed.',
  'issue.csv.malformed': 'The file is not valid CSV: {detail}.',
  'issue.csv.raggedRow': 'This row has {found} values where the header has {expected}.',
  'issue.csv.missingColumn': 'The required column is missing.',
  'issue.csv.duplicateHeader': 'This column name appears more than once.',
  'issue.csv.emptyHeader': 'Column {index} has no name.',
  'issue.value.required': 'A value is required here.',
  'issue.value.notNumber': '“{value}” is not a number.',
  'issue.value.outOfRange': '{value} is outside the allowed range ({min} to {max}).',
  'issue.value.invalidMonth': '“{value}” is not a month written YYYY-MM.',
  'issue.value.invalidDate': '“{value}” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.',
  'issue.value.unknownId': '“{value}” is not a known identifier.',
  'issue.key.duplicate': '“{key}” appears again (first on line {firstRow}).',
  'issue.key.unknownSource': 'Source “{id}” is not listed in sources.csv.',
  'issue.key.unknownPeriod': 'Period “{id}” is not listed in periods.csv.',
  'issue.shares.overHundred': 'The shares of {period} add up to {sum}%, more than 100%.',
  'issue.figures.disagree':
    'The stated share {stated}% does not agree with value ÷ total = {computed}% to the precision printed.',
  'issue.period.totalMismatch':
    'The total of {period} ({periodTotal}) differs from the annual total ({annualTotal}).',
  'issue.pmi.gap': 'Expected {expected} after {after}, found {found}: months must be contiguous.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
