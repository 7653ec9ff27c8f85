import { describe, expect, test } from 'vitest';
import { planEvent } from '../../src/github/events.ts';

describe('planEvent', () => {
  test('reads what each event needs from its payload', () => {
    expect(planEvent('pull_request', { pull_request: { number: 3, base: { sha: 'b' }, head: { sha: 'h' } } })).toEqual({ kind: 'pull_request', number: 3, baseSha: 'b', headSha: 'h', mergeCommitSha: null });
    expect(planEvent('pull_request', { pull_request: { number: 3, base: { sha: 'b' }, head: { sha: 'h' }, merge_commit_sha: 'm' } })).toMatchObject({ mergeCommitSha: 'm' });
    expect(planEvent('push', { ref: 'refs/heads/main', before: '0'.repeat(40), repository: { default_branch: 'main' } })).toEqual({ kind: 'push', before: null, branch: 'main', onDefaultBranch: true });
    expect(planEvent('workflow_dispatch', {})).toEqual({ kind: 'nightly' });
    // The PR of a workflow_run is never taken from the payload's pull_requests (empty for forks anyway).
    expect(planEvent('workflow_run', { workflow_run: { id: 9, head_sha: 'h', head_repository: { full_name: 'f/r' }, pull_requests: [{ number: 1 }] } }))
      .toEqual({ kind: 'workflow_run', runId: 9, headSha: 'h', headRepo: 'f/r' });
  });

  test('a payload without a needed field, or an unknown event, is a user error that names it', () => {
    expect(() => planEvent('pull_request', { pull_request: { number: 3 } })).toThrow('the pull_request event payload has no `pull_request.base.sha` (GITHUB_EVENT_PATH)');
    expect(() => planEvent('release', {})).toThrow('tinygate does not handle the `release` event; use pull_request, push, schedule, workflow_dispatch or workflow_run');
  });
});
