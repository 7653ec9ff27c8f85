// The workflow event → what this run does. Only the payload fields tinygate relies on are read,
// and a payload without them is a user error that names the event and the field.
import { UserError } from '../errors.ts';

export type EventPlan =
  /**
   * Gate the PR against its base and comment. `mergeCommitSha`: the test merge commit GitHub made
   * (refs/pull/N/merge, what actions/checkout checks out by default); null when not made yet.
   */
  | { kind: 'pull_request'; number: number; baseSha: string; headSha: string; mergeCommitSha: string | null }
  /** Analyze, gate against the previous commit, and on the default branch store the new baseline. */
  | { kind: 'push'; before: string | null; branch: string; onDefaultBranch: boolean }
  /** Compare with the stored baseline and keep one regression issue in sync. */
  | { kind: 'nightly' }
  /**
   * Fork-safe mode: recompute the gate of the PR that owns the run's head commit, from that
   * commit's files read as data, and comment it.
   */
  | { kind: 'workflow_run'; runId: number; headSha: string; headRepo: string };

const NO_COMMIT = /^0+$/;

export function planEvent(eventName: string, payload: Record<string, unknown>): EventPlan {
  const field = (path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
  const need = <T>(path: string, type: 'string' | 'number'): T => {
    const v = field(path);
    if (typeof v !== type) throw new UserError(`the ${eventName} event payload has no \`${path}\` (GITHUB_EVENT_PATH)`);
    return v as T;
  };
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const merge = field('pull_request.merge_commit_sha');
      return {
        kind: 'pull_request', number: need('pull_request.number', 'number'), baseSha: need('pull_request.base.sha', 'string'), headSha: need('pull_request.head.sha', 'string'),
        mergeCommitSha: typeof merge === 'string' && merge !== '' ? merge : null,
      };
    }
    case 'push': {
      const before = field('before');
      const ref = need<string>('ref', 'string');
      const branch = ref.replace(/^refs\/heads\//, '');
      return { kind: 'push', before: typeof before === 'string' && !NO_COMMIT.test(before) ? before : null, branch, onDefaultBranch: branch === field('repository.default_branch') };
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'nightly' };
    case 'workflow_run':
      return { kind: 'workflow_run', runId: need('workflow_run.id', 'number'), headSha: need('workflow_run.head_sha', 'string'), headRepo: need('workflow_run.head_repository.full_name', 'string') };
    default:
      throw new UserError(`tinygate does not handle the \`${eventName}\` event; use pull_request, push, schedule, workflow_dispatch or workflow_run`);
  }
}
