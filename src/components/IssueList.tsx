import type { Issue } from '../domain/result.ts';
import type { Translate } from '../i18n/index.ts';
import { isMessageKey } from '../i18n/index.ts';

/** What a message needs of an issue: bundled-data issues and import issues both have it. */
export type DescribableIssue = Omit<Issue, 'code'> & { code: string };

/** "sector-exports.csv, line 3, column “share_pct”: “abc” is not a number." */
export function issueText(issue: DescribableIssue, t: Translate): string {
  const key = `issue.${issue.code}`;
  const message = isMessageKey(key) ? t(key, issue.params) : issue.code;
  const file = issue.file ?? '';
  let where = '';
  if (issue.row !== undefined && issue.column)
    where = t('error.where', { file, row: issue.row, column: issue.column });
  else if (issue.row !== undefined) where = t('error.whereLine', { file, row: issue.row });
  else if (file) where = t('error.whereFile', { file });
  return where ? `${where.replace(/^, /, '')}: ${message}` : message;
}

export function IssueList({ issues, t }: { issues: readonly Issue[]; t: Translate }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index} className={`issue issue--${issue.severity}`}>
          {issueText(issue, t)}
        </li>
      ))}
    </ul>
  );
}
