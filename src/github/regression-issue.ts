// Nightly mode's one issue: opened while something regressed, closed once it is fixed. Its history
// stays readable: each run adds a comment (the body is the first report and is never rewritten),
// a fix comments and then closes, and a recurrence reopens the last closed issue with a comment.
// Like the PR comment it is found by its marker among the issues this token wrote.
import type { GitHubApi } from './api.ts';

export const REGRESSION_LABEL = 'tinygate-regression';
const TITLE = 'tinygate: nightly run found a regression';

export type IssueAction = { number: number; action: 'opened' | 'commented' | 'reopened' | 'closed' } | null;

export async function syncRegressionIssue(api: GitHubApi, marker: string, failing: boolean, body: string): Promise<IssueAction> {
  const login = await api.viewerLogin();
  // Newest first: the issue to continue is the latest one this token wrote for this config.
  const latest = (await api.issuesWithLabel(REGRESSION_LABEL)).find((i) => i.login === login && i.body.includes(marker));
  if (failing) {
    if (latest === undefined) return { number: await api.createIssue(TITLE, body, REGRESSION_LABEL), action: 'opened' };
    await api.createIssueComment(latest.number, body);
    if (latest.state === 'open') return { number: latest.number, action: 'commented' };
    await api.updateIssue(latest.number, { state: 'open' });
    return { number: latest.number, action: 'reopened' };
  }
  if (latest?.state !== 'open') return null;
  await api.createIssueComment(latest.number, `Fixed: the nightly run passes again.\n\n${body}`);
  await api.updateIssue(latest.number, { state: 'closed' });
  return { number: latest.number, action: 'closed' };
}
