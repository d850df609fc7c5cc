/** Issues as the reader's sentences: shared by the page (IssueList) and the maintainer's commands. */
import type { ImportIssueCode } from '../domain/import/index.ts';
import type { Issue, IssueCode } from '../domain/result.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

/** Every issue code of the data: the bundled data's and the import's. */
export type AnyIssueCode = IssueCode | ImportIssueCode;

type CodeOfKey<Key> = Key extends `issue.${infer Code}` ? Code : never;
/** The codes that have a message: every `issue.<code>` key of en.ts (and so, by its type, of id.ts). */
export type MessageIssueCode = CodeOfKey<MessageKey>;

/** Every data issue code has a message: one without fails to compile here. */
const everyDataCodeHasAMessage = (code: AnyIssueCode): MessageIssueCode => code;
void everyDataCodeHasAMessage;

/**
 * The message key of an issue code. A code without a message in en.ts (and so, by the
 * catalogue's type, in id.ts) fails to compile where it is looked up, whichever
 * feature's union it comes from (the data's above, storage's, the PNG export's):
 * no lookup at run time, no raw code shown for a missing translation, no test
 * listing the codes by hand.
 */
export function issueMessageKey(code: MessageIssueCode): MessageKey {
  return `issue.${code}` satisfies MessageKey;
}

/** What a message needs of an issue: bundled-data issues and import issues both have it. */
export type DescribableIssue = Omit<Issue, 'code'> & { code: AnyIssueCode };

/** "sector-exports.csv, line 3, column “share_pct”: “abc” is not a number." */
export function issueText(issue: DescribableIssue, t: Translate): string {
  const message = t(issueMessageKey(issue.code), issue.params);
  const file = issue.file ?? '';
  let where = '';
  if (issue.row !== undefined && issue.column)
    where = t('error.where', { file, row: issue.row, column: issue.column });
  else if (issue.row !== undefined) where = t('error.whereLine', { file, row: issue.row });
  else if (file) where = t('error.whereFile', { file });
  return where ? `${where.replace(/^, /, '')}: ${message}` : message;
}
