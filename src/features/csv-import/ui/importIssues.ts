/**
 * Import issues as sentences, with numbers in the reader's locale and codes
 * (number formats, file kinds, delimiters) put into words. The message keys
 * are `issue.<code>` as for the bundled data (IssueList), so either renders them.
 */
import type { Delimiter, ImportIssue, NumberFormatId } from '../../../domain/import/index.ts';
import { issueText } from '../../../components/IssueList.tsx';
import type { MessageKey, Translate } from '../../../i18n/index.ts';
import { isMessageKey } from '../../../i18n/index.ts';
import { isolate } from '../../../i18n/bidi.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';

const DELIMITER_KEYS: Record<Delimiter, MessageKey> = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
};

export function delimiterName(delimiter: Delimiter, t: Translate): string {
  return t(DELIMITER_KEYS[delimiter]);
}

export function numberFormatName(id: NumberFormatId, t: Translate): string {
  return t(`import.format.${id}`);
}

/** A number as people read it: grouped, with as many decimals as it has (up to 6). */
export function localNumber(value: number, locale: Locale): string {
  const decimals = Number.isInteger(value)
    ? 0
    : Math.min(6, (String(value).split('.')[1] ?? '').length);
  return formatNumber(value, locale, decimals);
}

function localParams(
  issue: ImportIssue,
  t: Translate,
  locale: Locale,
): Record<string, string | number> | undefined {
  if (!issue.params) return undefined;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    if (typeof value === 'number') params[name] = localNumber(value, locale);
    else if (
      (name === 'format' || name === 'otherFormat') &&
      isMessageKey(`import.format.${value}`)
    )
      params[name] = t(`import.format.${value}` as MessageKey);
    else if (name === 'kind' && isMessageKey(`import.fileKind.${value}`))
      params[name] = t(`import.fileKind.${value}` as MessageKey);
    else if (name === 'delimiter' && value in DELIMITER_KEYS)
      params[name] = t(DELIMITER_KEYS[value as Delimiter]);
    else params[name] = isolate(value);
  }
  return params;
}

/** "sales.csv, line 3, column “Nilai”: “abc” is not a number." in the reader's language. */
export function importIssueText(issue: ImportIssue, t: Translate, locale: Locale): string {
  const params = localParams(issue, t, locale);
  // File and column names are the user's: isolated in the sentence like the values.
  return issueText(
    {
      ...issue,
      ...(params ? { params } : {}),
      ...(issue.file !== undefined ? { file: isolate(issue.file) } : {}),
      ...(issue.column !== undefined ? { column: isolate(issue.column) } : {}),
    },
    t,
  );
}
