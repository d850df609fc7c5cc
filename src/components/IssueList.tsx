import type { Issue } from '../domain/result.ts';
import type { Translate } from '../i18n/index.ts';
import { issueText } from './issueText.ts';

export type { AnyIssueCode, DescribableIssue, MessageIssueCode } from './issueText.ts';
export { issueMessageKey, issueText } from './issueText.ts';

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
