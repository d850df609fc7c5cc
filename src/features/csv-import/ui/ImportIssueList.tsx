import type { ImportIssue } from '../../../domain/import/index.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { importIssueText } from './importIssues.ts';

export function ImportIssueList({
  issues,
  t,
  locale,
}: {
  issues: readonly ImportIssue[];
  t: Translate;
  locale: Locale;
}) {
  return (
    <ul className="issue-list import-issues">
      {issues.map((issue, index) => (
        <li key={index} className={`issue issue--${issue.severity}`}>
          {importIssueText(issue, t, locale)}
        </li>
      ))}
    </ul>
  );
}
