/**
 * The English catalogue is the source of the message keys. id.ts must have
 * every key (a missing key is a compile error there) and tests check parity.
 * Parameters are written {name}.
 */
export const en = {
  'app.title': "Indonesia's manufacturing exports",
  'app.languageName.en': 'English',
  'app.languageName.id': 'Bahasa Indonesia',
  'app.lede':
    'What Indonesia’s manufacturing industry sells abroad, sector by sector, and how the sector fared through the pandemic by the manufacturing PMI.',
  'app.skipToContent': 'Skip to content',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.theme.system': 'System',
  'footer.nav': 'About this dashboard',
  'footer.dataPackage': 'Data package (all figures, with sources)',
  'footer.oneFile': 'One-file edition (download; works offline)',
  'footer.oneFileBuild':
    'One-file edition: the whole dashboard in one HTML file that works offline, from a USB stick too. Make it from the source code with npm run build:single.',
  'footer.howToEmbed': 'How to embed',
  'footer.howToEmbedText':
    'Each chart’s Embed button gives the code to paste into a page: an iframe that is tall enough for the chart at any width, and a small script (embed-host.js) that sizes it exactly. Where a site removes scripts, the iframe alone still shows the whole chart with its source.',
  'footer.howToCite': 'How to cite',
  'footer.howToCiteText':
    'Each chart’s Cite button gives its citation in APA, BibTeX and RIS, with its source and release date; “Cite the dataset” cites all the figures. Name the original source too, as each chart does.',
  'footer.codeLicence': 'Code licence (MIT)',
  'footer.codeLicenceText': 'The dashboard’s code is under the MIT licence.',
  'footer.dataTerms': 'Data terms',
  'footer.dataTermsText':
    'The figures belong to the sources named on each chart and in the data package, under those sources’ terms; this dashboard grants no licence for them. The manufacturing PMI is proprietary data of S&P Global: show it with the attribution “S&P Global”.',
  'app.footer':
    'Figures as released by their sources; each chart names its source and release date. Values marked ≈ are derived by this dashboard, not stated by the source.',
  'app.updateReady': 'A new version of the dashboard is ready.',
  'app.reload': 'Reload',
  'app.loading': 'Loading data…',

  'changes.title': 'What changed',
  'changes.intro':
    'Every version of the data behind this dashboard, newest first: the figures it added and those it revised, old → new, with the source of the new value. Earlier values are kept, never overwritten.',
  'changes.version': 'Data version {version}, {date}',
  'changes.revised': 'Revised: {count}',
  'changes.added': 'Added: {count}',
  'changes.back': '← Back to the dashboard',
  'changes.link': 'What changed in data version {version}',
  'changes.table.annual-totals': 'Manufacturing exports, year',
  'changes.table.part-year-totals': 'Manufacturing exports, part-year',
  'changes.table.monthly-exports': 'Manufacturing exports, month',
  'changes.table.periods': 'Sector breakdown total',
  'changes.table.sector-exports': 'Sector',
  'changes.table.pmi': 'PMI',
  'changes.column.manufacturing_busd': 'manufacturing exports (billion USD)',
  'changes.column.national_busd': 'national exports (billion USD)',
  'changes.column.share_of_national_pct': 'share of national exports (%)',
  'changes.column.total_busd': 'total (billion USD)',
  'changes.column.share_pct': 'share (%)',
  'changes.column.value_busd': 'value (billion USD)',
  'changes.column.pmi': 'index',
  'kpi.heading': 'Headline figures',
  'kpi.exports.label': 'Manufacturing exports, {year}',
  'kpi.exports.detail': '{share} of national exports ({national})',
  'kpi.partYear.label': 'Manufacturing exports, {months} {year} (part-year)',
  'kpi.partYear.detail':
    '{share} of national exports; part of a year, not comparable with a full year',
  'kpi.partYear.detailNoShare': 'Part of a year, not comparable with a full year',
  'kpi.pmiLatest.label': 'Manufacturing PMI, {month} (latest)',
  'kpi.pmiLatest.expansion': 'Above 50: manufacturing expanded on the month before',
  'kpi.pmiLatest.contraction': 'Below 50: manufacturing contracted on the month before',
  'kpi.pmiLatest.unchanged': '50: no change on the month before',
  'kpi.asOf': 'Data as of {date}',
  'kpi.next':
    'Next: the PMI for {pmiMonth} on the first working day of {pmiDue}; BPS trade data for {exportsMonth} around the middle of {exportsDue}.',
  'kpi.share.label': 'Share of national exports, {year}',
  'kpi.share.detail': 'of {national} total exports',
  'kpi.gdp.label': 'Manufacturing’s share of GDP, {year}',
  'kpi.pmiLow.label': 'Manufacturing PMI, lowest since the survey began ({since})',
  'kpi.pmiLow.labelNoStart': 'Manufacturing PMI, lowest month shown',
  'kpi.firstReleased': '{publisher}, first released {month}',
  'kpi.pmiLow.detail': 'in {month}; below 50 means contraction',

  'unit.billionUsd': '{value} billion USD',
  'unit.billionUsdShort': '{value} bn USD',
  'unit.percent': 'percent',
  'unit.index': 'index',
  'unit.billionPeople': '{value} billion',
  'unit.millionPeople': '{value} million',

  'frame.source': 'Source: {source}',
  'frame.vintage': 'Data as released {vintage}',
  'frame.sources': 'Sources: {sources}',
  'frame.sourcesOnePublisher': 'Sources: {publisher}: {sources}',
  'frame.sourceFor': '{source} (for {covers})',
  'frame.vintages': 'Data as released: {vintages}',
  'frame.vintageFor': '{vintage} (for {covers})',
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
  'sector.pulp-paper': 'Pulp and paper',
  'sector.chemicals-pharmaceuticals': 'Chemicals and pharmaceuticals',
  'sector.all-other': 'All other sectors',

  'period.label': 'Period',
  'period.2019': 'January–December 2019',
  'period.2018': 'January–December 2018',
  'period.2019-h1': 'January–June 2019',
  'period.2020-q1-q3': 'January–September 2020',
  'period.2021-jan-nov': 'January–November 2021',
  'period.2022': 'January–December 2022',
  'period.2023': 'January–December 2023',

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
    'This release groups sectors differently from 2019 ({sectors}), so these do not compare one to one with 2019’s sectors.',
  'sectors.note.moreSectors':
    'This release names more sectors than 2019 ({sectors}); its “all other sectors” is smaller accordingly.',
  'sectors.note.interval':
    'Derived from values stated in whole billions, these shares are given as ranges: {sectors}.',
  'sectors.note.remainder':
    '“All other sectors” is everything the release does not name: 100% minus the named sectors.',
  'sectors.summary':
    '{period}: manufacturing exports were {total}. The largest sector was {sector}, with {share} ({value}). The named sectors together make up {named}; all other sectors hold the remaining {remainder}.',
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
  'trend.partYear': '{months} {year}',
  'trend.partYearBreak': 'part-year',
  'trend.descriptionPartYear':
    '{months} {year} (part of the year, not comparable with a full year): {value}',
  'trend.note.partYear':
    '{months} {year} is part of a year, drawn apart: it is not comparable with the full years.',
  'trend.note.restated':
    '{year} is restated as {value} ({source}); it was first released as {first} ({firstDate}).',
  'trend.note.measure':
    'Sources from {year} on say “industri pengolahan nonmigas” (non-oil-and-gas manufacturing); earlier ones say “industri pengolahan”: the years may not measure exactly the same thing.',
  'trend.note.gaps': 'Only the years the sources state are shown: {missing} are not in the data.',
  'trend.note.revision':
    'Later releases revise {baseYear}: {year}’s stated growth of {growth} to {total} implies a {baseYear} base of {base}, against {firstStated} first stated.',
  'trend.note.shareRounding':
    'The source states {share} for {year}, though {manufacturing} ÷ {national} = {computed}, which rounds to {rounded}: the source rounded down or used other totals.',
  'trend.summary':
    'Manufacturing exports were {first} in {firstYear} and {last} in {lastYear}. The highest year shown is {maxYear} with {max}.',
  'trend.col.year': 'Year',
  'trend.col.value': 'Manufacturing exports (billion USD)',
  'trend.col.national': 'National exports (billion USD)',
  'trend.col.share': 'Share of national exports (%)',
  'trend.col.growth': 'Growth on the previous year (%)',
  'trend.col.status': 'Status',

  'sectorTrend.heading': 'Sectors over time',
  'sectorTrend.title.overtook': '{leader} overtook {follower} in {to}',
  'sectorTrend.title.overtookBetween': '{leader} overtook {follower} between {from} and {to}',
  'sectorTrend.title.largest': '{sector} was the largest of the sectors named in {period}',
  'sectorTrend.subtitle':
    'Exports by sector, billion USD: full years {first}–{last} on one scale, part-years apart; each sector under the name its source gives',
  'sectorTrend.partYears': 'Part-years',
  'sectorTrend.partYear': '{months} {year}',
  'sectorTrend.alsoNamed': 'as {sector}: {periods}',
  'sectorTrend.description': '{sector}, {period}: {value}',
  'sectorTrend.descriptionPartYear':
    '{sector}, {period} (part of a year, not comparable with a full year): {value}',
  'sectorTrend.note.partYears':
    '{periods} cover part of a year: each panel draws them apart, on the right, and they are not comparable with full years.',
  'sectorTrend.note.grouping':
    'Sources group this sector differently: {wide} ({widePeriods}) includes {narrow} ({narrowPeriods}); both are drawn in one panel, each under its own name, and not joined by a line.',
  'sectorTrend.note.overtakingHolds':
    'The regrouping cannot reverse this: {leader} was {leaderBefore} against {before} {beforeValue} in {from}, and {leaderAfter} against {after} {afterValue} in {to}.',
  'sectorTrend.note.gaps':
    'Each release names only some sectors, and the data has no full-year breakdown for {missing}: a dotted line crosses the years without a figure, and a sector a release does not name has no point.',
  'sectorTrend.note.named':
    'Each release names only some sectors: a sector a release does not name has no point.',
  'sectorTrend.note.remainder':
    '“All other sectors” is not drawn: it is whatever a release does not name, so it changes with how many sectors the release names.',
  'sectorTrend.summary':
    '{count} sectors, each under the name its source gives, in {full} full years ({years}) and {part} part-years.',
  'sectorTrend.summarySeries': '{sector}: {values}.',
  'sectorTrend.valueIn': '{value} in {period}',
  'sectorTrend.col.period': 'Period',
  'sectorTrend.col.coverage': 'Coverage',
  'sectorTrend.col.sector': 'Sector (as the source names it)',
  'sectorTrend.col.panel': 'Panel',
  'sectorTrend.col.value': 'Value (billion USD)',
  'sectorTrend.col.share': 'Share of manufacturing exports (%)',
  'sectorTrend.col.status': 'Status',
  'sectorTrend.coverage.fullYear': 'full year',
  'sectorTrend.coverage.partYear': 'part-year',
  'chart.keys.sectorTrend':
    'Use the arrow keys to move from figure to figure, panel by panel, Home and End for the first and last.',

  'pmi.heading': 'Manufacturing PMI',
  'pmi.title': 'The PMI fell to {value} in {month}, its lowest since the survey began ({since})',
  'pmi.titleLowNoStart': 'The PMI fell to {value} in {month}, its lowest in these data',
  'pmi.titleNoLow': 'The manufacturing PMI, {from} to {to}',
  'pmi.subtitle':
    'S&P Global Indonesia Manufacturing PMI, index, seasonally adjusted, monthly; {from}–{to}',
  'pmi.reference': '50 = no change',
  'pmi.expansion': 'Expansion',
  'pmi.contraction': 'Contraction',
  'pmi.lowAnnotation': 'Lowest since {sinceYear}: {value}',
  'pmi.lowAnnotationNoStart': 'Lowest: {value} ({month})',
  'pmi.vintage': 'First releases, {from} – {to}',
  'pmi.range': 'Months shown',
  'pmi.range.all': 'All',
  'pmi.note.firstReported':
    'Values as first released, each month around the first working day of the next; S&P Global occasionally revises seasonally adjusted values.',
  'pmi.note.gloss':
    'PMI: Purchasing Managers’ Index, a monthly survey of manufacturers by S&P Global; not Bank Indonesia’s Prompt Manufacturing Index.',
  'pmi.note.attribution': 'The PMI is proprietary data of S&P Global (formerly IHS Markit).',
  'pmi.description': '{month}: {value}',
  'pmi.summary':
    'From {from} to {to} the PMI ranged from {low} ({lowMonth}) to {high} ({highMonth}). {belowText}',
  'pmi.summary.below': 'It fell below 50 in {firstBelow} and was back above 50 in {recovered}.',
  'pmi.summary.belowNoRecovery': 'It fell below 50 in {firstBelow} and was still below 50 in {to}.',
  'pmi.summary.neverBelow': 'It stayed at or above 50 throughout.',
  'pmi.col.month': 'Month',
  'pmi.col.value': 'PMI (index)',
  'pmi.col.firstRelease': 'First released',

  'context.heading': 'Context',
  'context.intro': 'Figures quoted in June 2020 reporting on the pandemic’s effect on industry.',
  'context.domestic-consumption-share':
    'Up to {value} of Indonesia’s manufacturing output is absorbed by domestic consumption',
  'context.ilo-workers-affected-share':
    '{value} of the world’s workers affected by COVID-19 workplace closures (ILO)',
  'context.ilo-workers-affected': '{value} workers affected worldwide, of {total} (ILO)',
  'context.ilo-workers-total': '{value} workers in the world (ILO)',
  'context.ilo-layoffs-threatened': '{value} workers worldwide threatened with layoffs (ILO)',
  'context.indonesia-workers-affected':
    '{value} Indonesian workers affected by COVID-19 (as of {asOf})',
  'context.indonesia-unemployment-projected':
    'Up to {value} more people unemployed in Indonesia, as projected',

  'embed.openDashboard': 'Open the full dashboard ↗',
  'embed.unknownChart': 'There is no chart “{chart}” to embed. The dashboard has all its charts.',
  // Embeds, addresses and updates (issue 11)
  'embed.unknownChartUnnamed': 'There is no such chart to embed. The dashboard has all its charts.',
  'actions.download': 'Download',
  'actions.embed': 'Embed',
  'actions.close': 'Close',
  'actions.cite': 'Cite',
  'cite.heading': 'Cite this chart',
  'cite.headingDataset': 'Cite this dataset',
  'cite.openDataset': 'Cite the dataset',
  'cite.intro':
    'Copy the reference in the format you need. It links to the view on your screen and gives today, {date}, as the date you accessed it.',
  'cite.introDataset':
    'Copy the reference in the format you need. It gives today, {date}, as the date you accessed it. The sources follow as references of their own.',
  'cite.format.apa': 'APA (7th edition)',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.copy': 'Copy {format}',
  'cite.copied': '{format} copied.',
  'cite.loading': 'Preparing the citation…',
  'cite.failed': 'The citation could not be made: {detail}',
  'cite.sourcesHeading': 'Sources of the figures',
  'cite.sourceEntry': '{publisher}, {title} (released {released})',
  'cite.sourcesNote': 'Data: {sources}.',
  'cite.dataPackageNote': 'Data package: {url}.',
  'cite.accessedNote': 'Accessed {date}.',
  'cite.chartTitle': '{title}: {subtitle}',
  'cite.approximately': 'approx.',
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
  'issue.png.invalidSize': 'The image could not be made: the chart has no size to draw at.',
  'issue.png.noCanvas':
    'The image could not be made: this browser cannot draw images here. The SVG download has the same chart.',
  'issue.png.imageLoadFailed':
    'The image could not be made: the browser could not draw the chart. The SVG download has the same chart.',
  'issue.png.timeout':
    'The image could not be made: the browser took too long to draw the chart. Try again, or download the SVG.',
  'issue.png.encodeFailed':
    'The image could not be made: the browser could not save the drawing as a PNG (it may be too large for this device). Try a smaller width, or download the SVG.',
  'download.attribution':
    'Title, source and release date are part of the image and the CSV; please keep them when you publish.',
  'download.periodColumn': 'Period',
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
  'embed.shareHeading': 'Link to this chart',
  'embed.shareHelp':
    'For messaging apps and social media: the link shows a preview of the chart and opens the dashboard at it, in this view and language.',
  'embed.shareLink': 'Link',
  'embed.copyLink': 'Copy link',
  'embed.linkCopied': 'Link copied.',
  'embed.help':
    'Paste this into your article’s HTML. The script line lets the frame fit its chart exactly; without it the frame keeps a fixed height and still works.',
  'error.panelTitle': 'This part of the dashboard could not be shown',
  'error.panelBody': 'The rest of the dashboard still works. What went wrong:',
  'error.where': '{file}, line {row}, column “{column}”',
  'error.whereFile': '{file}',
  'error.whereLine': '{file}, line {row}',
  'error.crash': 'The chart failed while drawing: {message}',
  'error.reloadTitle': 'This part of the page could not be loaded',
  'error.reloadBody':
    'The connection may have dropped, or a new version of the dashboard was published while this page was open. Reloading the page fixes it.',
  'error.reload': 'Reload the page',
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
  'issue.figures.growthWithoutTotal':
    'The growth for {period} needs a total of the same year from the same source ({source}) in annual-totals.csv.',
  'issue.period.totalMismatch':
    'The total of {period} ({periodTotal}) differs from the annual total ({annualTotal}).',
  'issue.pmi.gap': 'Expected {expected} after {after}, found {found}: months must be contiguous.',
  'issue.update.unknownTable':
    '“{table}” is not a table a release can update; the tables are: {tables}.',
  'issue.update.unknownColumn':
    '“{column}” is not a column of {table}; its columns are: {columns}.',
  'issue.update.missingColumn': 'The release has no “{column}” column, which {table} needs.',
  'issue.update.missingOption': '{option} is required: {hint}.',
  'issue.update.unknownSource': 'Source “{id}” is not listed in sources.csv: add it there first.',
  'issue.update.noFile': 'The release file cannot be read ({detail}).',
  'issue.update.wouldNotBuild': 'With this release the data would not build: {detail}',

  // Your data (CSV import): src/features/csv-import/
  'import.heading': 'Your data',
  'import.needsScript':
    'Charting a file of your own needs JavaScript, which is off in this browser.',
  'import.intro':
    'Chart your own CSV file with the same chart, table and downloads as above. The file is read in this browser and never leaves your device, so this works offline too.',
  'import.choose': 'Choose a CSV file',
  'import.drop':
    'or drop it here. A CSV or text file of up to {limit} MB, separated by commas, semicolons, tabs or pipes, with a decimal point or a decimal comma.',
  'import.reading': 'Reading “{file}”…',
  'import.cancel': 'Cancel',
  'import.cancelled': 'Import cancelled. Nothing was changed.',
  'import.failed': '“{file}” could not be imported. What was shown before stays as it was.',
  'import.report.heading': 'Import report: {file}',
  'import.report.rowsRead': 'Rows read',
  'import.report.rowsImported': 'Rows imported',
  'import.report.columnsRead': 'Columns',
  'import.report.delimiter': 'Delimiter',
  'import.report.encoding': 'Encoding',
  'import.report.encodingBom': '{encoding} with byte order mark',
  'import.report.header': 'Column names',
  'import.report.headerLine': 'line {row}',
  'import.report.noHeader': 'none (named Column 1, Column 2 …)',
  'import.report.skipped': 'Rows skipped',
  'import.report.columnsHeading': 'Columns and number formats',
  'import.report.col.name': 'Column',
  'import.report.col.kind': 'Read as',
  'import.report.col.format': 'Number format',
  'import.report.col.read': 'Cells read',
  'import.report.col.failed': 'Cells not read',
  'import.report.percent': '{format}, with %',
  'import.report.skippedHeading': 'Rows skipped, and why',
  'import.report.skippedCol.row': 'Line',
  'import.report.skippedCol.column': 'Column',
  'import.report.skippedCol.reason': 'Reason',
  'import.report.skippedMore': '{count} more skipped rows are counted but not listed.',
  'import.report.issuesHeading': 'Notes on the file',
  'import.kind.text': 'text',
  'import.kind.number': 'numbers',
  'import.kind.period': 'periods',
  'import.format.plain': '1234.5 (decimal point)',
  'import.format.comma-grouped': '1,234.5 (comma thousands, decimal point)',
  'import.format.dot-grouped': '1.234,5 (dot thousands, decimal comma)',
  'import.format.comma-decimal': '1234,5 (decimal comma)',
  'import.format.space-grouped': '1 234,5 (space thousands, decimal comma)',
  'import.delimiter.comma': 'comma ( , )',
  'import.delimiter.semicolon': 'semicolon ( ; )',
  'import.delimiter.tab': 'tab',
  'import.delimiter.pipe': 'vertical bar ( | )',
  'import.fileKind.png': 'a PNG image',
  'import.fileKind.jpeg': 'a JPEG image',
  'import.fileKind.gif': 'a GIF image',
  'import.fileKind.pdf': 'a PDF document',
  'import.fileKind.zip': 'a ZIP archive',
  'import.fileKind.xlsx': 'an Excel workbook (.xlsx)',
  'import.fileKind.xls': 'an old Excel workbook (.xls)',
  'import.fileKind.binary': 'binary data',
  'import.shares.complete': 'The shares add up to {sum}: 100% allowing for rounding.',
  'import.shares.remainder':
    'The shares add up to {sum}, leaving {remainder} to 100%; the chart shows it as “Rest (to 100%)”.',
  'import.shares.invalid': 'These values cannot be shares of a whole:',
  'import.mapping.heading': 'What to chart',
  'import.mapping.label': 'Labels (categories)',
  'import.mapping.value': 'Values',
  'import.mapping.period': 'Periods',
  'import.mapping.none': '(none)',
  'import.mapping.shares': 'The values are shares of a whole, in percent',
  'import.mapping.needValue': 'Choose a column of numbers for the values.',
  'import.mapping.needLabelOrPeriod':
    'Without labels or periods every row would be added into one bar: choose the column that names each row, or its period.',
  'import.mapping.sharesInvalid':
    'Correct the file, or untick “shares of a whole” to chart the values as plain numbers.',
  'import.mapping.chart': 'Chart this data',
  'import.mapping.discard': 'Discard',
  'import.saved.heading': 'Kept in this browser',
  'import.saved.empty': 'Nothing kept yet: charted data is kept here, on this device only.',
  'import.saved.meta': '{file}, imported {date}',
  'import.saved.show': 'Show',
  'import.saved.shown': 'Shown',
  'import.saved.showAria': 'Show “{name}”',
  'import.saved.rename': 'Rename',
  'import.saved.renameAria': 'Rename “{name}”',
  'import.saved.renameLabel': 'New name for “{name}”',
  'import.saved.save': 'Save',
  'import.saved.delete': 'Delete',
  'import.saved.deleteAria': 'Delete “{name}”',
  'import.saved.kept': '“{name}” is charted and kept in this browser.',
  'issue.storage.full':
    'This browser’s storage for the page is full, so the new data is shown but not kept. Delete a dataset you no longer need and import again; nothing kept before was lost.',
  'issue.storage.unavailable':
    'This browser does not let the page keep data (in a private window, for example): imported data is shown but will be gone after a reload.',
  'issue.storage.failed':
    'The browser could not keep or change the data. Nothing kept before was lost.',
  'import.chart.empty': 'There is nothing to chart in this dataset.',
  'import.chart.noLabel': '(no label)',
  'import.chart.description': '{label}: {value}',
  'import.chart.otherLabels': '{count} other labels',
  'import.chart.remainder': 'Rest (to 100%)',
  'import.chart.titleShare': '{label} makes up {share} of the total',
  'import.chart.titleValue': '{label} is the largest, with {value}',
  'import.chart.subtitle': '{value} by {label}',
  'import.chart.subtitlePeriod': '{value} by {label}, {period}',
  'import.chart.source': 'Source: your file “{file}”',
  'import.chart.vintage': 'Imported {date}',
  'import.chart.summary': '{count} bars, from {first} ({firstValue}) to {last} ({lastValue}).',
  'import.chart.note.other':
    'The {shown} largest are shown; the other {count} are added up in one bar.',
  'import.chart.note.remainder': 'The shares leave {remainder} to 100%, shown as “Rest (to 100%)”.',
  'import.chart.note.total': 'The row “{label}” is a total: it is not charted.',
  'import.chart.note.summed': 'Rows with the same label are added up ({rows} rows in all).',
  'import.chart.note.skipped': 'Rows of the file skipped: {count} (see the import report).',
  'issue.import.tooLarge':
    'The file is too large: the limit is {limitMegabytes} MB and this file has {sizeBytes} bytes.',
  'issue.import.notText':
    'This is not a CSV text file: it looks like {kind}. Save it from your spreadsheet as “CSV” and import that file.',
  'issue.import.encodingFallback':
    'The file is not UTF-8, so it was read as {encoding} (older Windows programs). Check that letters such as é and € look right.',
  'issue.import.invalidCharacters':
    'Some characters could not be read as {encoding} and show as �.',
  'issue.import.readFailed': 'The file could not be read ({detail}).',
  'issue.import.titleLine': 'A title line above the table was skipped: “{text}”.',
  'issue.import.noteLine': 'A note line was skipped: “{text}”.',
  'issue.import.noHeader':
    'The first row looks like data, not column names, so the columns are called Column 1, Column 2 …',
  'issue.import.singleColumn':
    'Only one column was found, reading {delimiter} as the separator: the file may use another one.',
  'issue.import.noRows': 'No data row could be read: all {skipped} rows were skipped.',
  'issue.import.noNumbers': 'There are no numbers here, and a chart needs a column of numbers.',
  'issue.import.mixedNumberFormat':
    'This column is written as {format}, but {count} cells are written as {otherFormat} (lines {rows}); those cells were not read.',
  'issue.import.invalidPeriod': '“{value}” is not a year, quarter, month or date.',
  'issue.import.moreIssues': '{count} more issues of the same kind are not listed.',
  'issue.import.tooManyGroups':
    'There are more than {limit} different labels; rows with further labels were left out of the chart.',
  'issue.import.negativeShare': 'A share cannot be below 0% ({value}%).',
  'issue.import.shareOverHundred': 'A single share cannot be more than 100% ({value}%).',
  'issue.import.sharesOverHundred':
    'The shares add up to {sum}%, more than 100% even allowing {tolerance} for rounding.',
  'issue.import.sharesRemainder': 'The shares add up to {sum}%, leaving {remainder}% to 100%.',
  'issue.import.totalRowExcluded':
    'The row “{label}” ({value}) is a total, so it is left out of the sum.',
  // Import hardening and saved datasets across tabs (issues 11 and 13).
  'issue.import.longText': 'This text has {length} characters; the first {limit} are kept.',
  'issue.import.strayQuote':
    'A quote mark here is not where CSV expects one, so the cell was read as written. Check this value.',
  'issue.import.tooManyColumns':
    'The file has {count} columns; the first {limit} are read and the others left out.',
  'import.storage.renameFailed':
    'The browser could not rename the dataset. Its old name and its data are kept.',
  'import.storage.deleteFailed': 'The browser could not delete the dataset. It is still kept.',
  'import.saved.gone': '“{name}” was deleted in another tab or window.',
  'issue.stored.notADataset':
    'Something kept under the name “{name}” is not a dataset this page can read. It is kept unchanged.',
  'issue.stored.newerVersion':
    'A kept dataset (“{name}”) was kept by a newer version of this page, so this version cannot show it. It is kept unchanged.',
  'issue.stored.missingFields':
    'A kept dataset (“{name}”) lacks what a chart needs (its value column or its values), so it cannot be shown. It is kept unchanged.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
