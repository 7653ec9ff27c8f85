// The GitHub REST calls tinygate makes, as one small interface. run.ts gets a GitHubApi, so tests can
// hand it an in-memory fake; production builds one over @actions/github's Octokit, whose base URL
// comes from GITHUB_API_URL (GitHub Enterprise, or the tests' fake server).
//
// GitHub's API fails now and then: every request has a timeout, transient faults (5xx, timeouts) are
// retried with a bounded backoff by @octokit/plugin-retry, and rate limits (403/429 with
// x-ratelimit-remaining: 0 or a secondary-limit message) wait as long as GitHub asks, within a bound,
// through @octokit/plugin-throttling. What still fails becomes an ApiError: one line naming the
// call, the status and the fix (usually the `permissions:` the token lacks).

import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../errors.ts';

export interface Repo { owner: string; repo: string }
export interface IssueComment { id: number; body: string; login: string }
export interface Issue { number: number; body: string; login: string; state: 'open' | 'closed' }
export interface PullRequest { number: number; baseSha: string }

export interface GitHubApi {
  /** The login comments made with this token carry. */
  viewerLogin(): Promise<string>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<number>;
  updateIssueComment(commentId: number, body: string): Promise<number>;
  mergeBase(base: string, head: string): Promise<string>;
  /** A file's bytes at a commit; null when the file does not exist there. */
  fileAt(path: string, ref: string): Promise<Uint8Array | null>;
  /** Every file path in the tree of a commit. */
  treeAt(ref: string): Promise<string[]>;
  /** Open pull requests whose head is this commit of this repository ("owner/name"). */
  pullsWithHead(sha: string, headRepo: string): Promise<PullRequest[]>;
  /** Issues with the label, open and closed, newest first. */
  issuesWithLabel(label: string): Promise<Issue[]>;
  createIssue(title: string, body: string, label: string): Promise<number>;
  updateIssue(issue: number, change: { body?: string; state?: 'open' | 'closed' }): Promise<void>;
  /** Creates or replaces one file on a branch with one commit. */
  putFile(path: string, branch: string, content: string, message: string): Promise<void>;
}

/** How patient the client is. Tests shrink both through TINYGATE_RETRY_BASE_MS and TINYGATE_HTTP_TIMEOUT_MS. */
export interface ApiTuning {
  /** Unit of every wait: the retry backoff is 1, 4, 9 units; a rate limit's retry-after is in seconds = units. */
  retryBaseMs: number;
  /** Per attempt, from sending the request to the end of the response body. */
  timeoutMs: number;
}

export const DEFAULT_TUNING: ApiTuning = { retryBaseMs: 1000, timeoutMs: 60_000 };
/** Retries after the first attempt, for 5xx and timeouts; so at most 1 + 4 + 9 = 14 s of backoff. */
const RETRIES = 3;
/** Rate limits: retried twice, and only when GitHub asks for at most this many seconds. */
const RATE_LIMIT_RETRIES = 2;
const MAX_RATE_LIMIT_WAIT_S = 120;

/** The login of GITHUB_TOKEN's comments; that token may not read GET /user. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** A GitHub API call that failed after the retries; the message is the one line the user sees. */
export class ApiError extends UserError {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

interface RequestFailure { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } }

/**
 * The one line for a failed call: `what` says what tinygate was doing, `permission` the
 * `permissions:` entry the call needs (GitHub answers 403, or 404 for what the token cannot see).
 */
export function describeApiFailure(e: unknown, what: string, permission: string): ApiError {
  const f = (e ?? {}) as RequestFailure;
  const status = typeof f.status === 'number' ? f.status : undefined;
  // GitHub's messages are one line; a timeout or a socket error may not be.
  const said = (f.message ?? String(e)).split('\n')[0]!.trim();
  const headers = f.response?.headers ?? {};
  const http = status === undefined ? said : `HTTP ${status} (${said})`;
  let fix: string;
  if (status === 401) fix = 'the github-token was rejected (expired, revoked or mistyped); pass a valid token';
  else if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said))) {
    fix = 'GitHub\'s API rate limit is used up and did not reset in time; rerun the job later';
  } else if (status === 403) fix = `the token lacks \`${permission}\`: add it under the workflow's \`permissions:\``;
  else if (status === 404) fix = `not found, or the token cannot see it (it needs \`${permission}\`)`;
  else if (status === 409) fix = 'GitHub reports a conflict (the branch moved meanwhile, or the repository is empty); rerun the job';
  else if (status === 422) fix = 'GitHub rejected the request as invalid';
  else fix = `GitHub's API kept failing after ${RETRIES + 1} attempts; rerun the job`;
  return new ApiError(`${what} failed: ${http}: ${fix}`, status);
}

/** Runs one API call; any failure becomes an ApiError naming the call and the permission. */
async function call<T>(what: string, permission: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw describeApiFailure(e, what, permission);
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Each attempt gets its own deadline (a retry must not inherit an expired one), covering the body too. */
function fetchWithTimeout(fetchImpl: Fetch, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal == null ? deadline : AbortSignal.any([init.signal, deadline]);
    try {
      const response = await fetchImpl(url, { ...init, signal });
      // Read the body under the same deadline, so a stalled body is a timeout too.
      const body = await response.arrayBuffer();
      return new Response(response.status === 204 || response.status === 205 || response.status === 304 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (e) {
      if (deadline.aborted) throw new Error(`no answer within ${timeoutMs} ms`, { cause: e });
      throw e;
    }
  };
}

export function createGitHubApi(token: string, baseUrl: string, { owner, repo }: Repo, tuning: ApiTuning = DEFAULT_TUNING): GitHubApi {
  const proxyFetch = (actionsDefaults.request as { fetch: Fetch }).fetch;
  const rateLimited = (retryAfterS: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < RATE_LIMIT_RETRIES && retryAfterS <= MAX_RATE_LIMIT_WAIT_S;
  const octokit = getOctokit(token, {
    baseUrl,
    request: { ...actionsDefaults.request, fetch: fetchWithTimeout(proxyFetch, tuning.timeoutMs) },
    // 429 is the throttling plugin's (it honours retry-after); the rest of 4xx is the user's to fix.
    retry: { retries: RETRIES, retryAfterBaseValue: tuning.retryBaseMs, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: { retryAfterBaseValue: tuning.retryBaseMs, onRateLimit: rateLimited, onSecondaryRateLimit: rateLimited },
  }, retry, throttling);
  const status = (e: unknown): number | undefined => (e as { status?: number }).status;
  const notFoundIsNull = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      if (status(e) === 404) return null;
      throw e;
    }
  };

  return {
    async viewerLogin() {
      try {
        return (await octokit.request('GET /user')).data.login;
      } catch (e) {
        if (status(e) !== 401 && status(e) !== 403) throw describeApiFailure(e, 'reading the token\'s identity (GET /user)', 'a valid github-token');
      }
      // An installation token (GITHUB_TOKEN, a GitHub App's) may not read GET /user. An app's own
      // token reads GET /app, and its comments are `<slug>[bot]`; GITHUB_TOKEN's are the Actions bot's.
      try {
        const slug = (await octokit.request('GET /app')).data?.slug;
        if (typeof slug === 'string' && slug !== '') return `${slug}[bot]`;
      } catch {
        // Not an app token: GITHUB_TOKEN.
      }
      return ACTIONS_BOT;
    },
    listIssueComments: (issue) => call(`listing the comments of #${issue}`, 'pull-requests: read', async () => {
      const all = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, per_page: 100 });
      return all.map((c) => ({ id: Number(c.id), body: c.body ?? '', login: c.user?.login ?? '' }));
    }),
    createIssueComment: (issue, body) => call(`commenting on #${issue}`, 'pull-requests: write', async () =>
      Number((await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, body })).data.id)),
    updateIssueComment: (commentId, body) => call(`updating comment ${commentId}`, 'pull-requests: write', async () =>
      Number((await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: commentId, body })).data.id)),
    mergeBase: (base, head) => call(`comparing ${base.slice(0, 7)}...${head.slice(0, 7)}`, 'contents: read', async () => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${head}`, per_page: 1 });
      return data.merge_base_commit.sha;
    }),
    fileAt: (path, ref) => call(`reading ${path} at ${ref.slice(0, 7)}`, 'contents: read', async () => notFoundIsNull(async () => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref });
      if (Array.isArray(data) || data.type !== 'file') throw Object.assign(new Error(`${path} is not a file at ${ref}`), { status: 404 });
      // The contents API inlines files up to 1 MB; larger ones come through the blob API (100 MB).
      const b64 = data.content !== undefined && data.content !== '' ? data.content
        : (await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: data.sha })).data.content;
      return new Uint8Array(Buffer.from(b64, 'base64'));
    })),
    treeAt: (ref) => call(`listing the files at ${ref.slice(0, 7)}`, 'contents: read', async () => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: ref, recursive: 'true' });
      if (data.truncated) throw new UserError(`the tree of ${ref} is too large for one API response; check out the history (fetch-depth: 0) instead`);
      return data.tree.filter((e) => e.type === 'blob' && e.path !== undefined).map((e) => e.path!);
    }),
    pullsWithHead: (sha, headRepo) => call('listing the open pull requests', 'pull-requests: read', async () => {
      const pulls = await octokit.paginate('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', per_page: 100 });
      return pulls.filter((p) => p.head.sha === sha && p.head.repo?.full_name === headRepo).map((p) => ({ number: p.number, baseSha: p.base.sha }));
    }),
    issuesWithLabel: (label) => call(`listing the issues labelled ${label}`, 'issues: read', async () => {
      const issues = await octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'all', labels: label, sort: 'created', direction: 'desc', per_page: 100 });
      return issues.filter((i) => i.pull_request === undefined).map((i) => ({ number: i.number, body: i.body ?? '', login: i.user?.login ?? '', state: i.state === 'closed' ? 'closed' : 'open' }));
    }),
    createIssue: (title, body, label) => call('opening the regression issue', 'issues: write', async () =>
      (await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body, labels: [label] })).data.number),
    updateIssue: (issue, change) => call(`updating issue #${issue}`, 'issues: write', async () => {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue, ...change });
    }),
    putFile: (path, branch, content, message) => call(`storing ${path} on ${branch}`, 'contents: write', async () => {
      const existing = await notFoundIsNull(async () => (await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref: branch })).data);
      const sha = existing !== null && !Array.isArray(existing) ? existing.sha : undefined;
      await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        owner, repo, path, branch, message, content: Buffer.from(content).toString('base64'), ...(sha === undefined ? {} : { sha }),
      });
    }),
  };
}
