// The bundled action against a GitHub API that fails the way GitHub's does: 5xx, rate limits (429
// with retry-after, a primary-limit 403 with x-ratelimit-remaining: 0, a secondary-limit 403), a
// stalled request, and permission errors. Transient faults are retried and the run passes on
// recovery; persistent ones fail the check with one line naming the cause, except on the comment
// endpoint, where they warn and the job summary still has the result. No case passes silently.
// Waits are scaled down by TINYGATE_RETRY_BASE_MS=1 (action-harness.ts); the schedule is the real one.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { filesAt, makeRepo, removeDir, runAction, type ActionRun, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeFault, type FakeGitHub } from './fake-github.ts';
import { models } from './test-models.ts';

/** A base commit the checkout lacks: the merge base and the base models come through the API. */
const UNKNOWN_BASE = 'c'.repeat(40);
const MERGE_BASE = 'b'.repeat(40);
// Long enough that a loopback answer on a loaded machine never times out, short enough for the stall cases.
const TIMEOUT_MS = 1000;

let repo: TestRepo;
let gh: FakeGitHub;
/** Every run of this file, for the no-silent-pass check at the end. */
const runs: { name: string; run: ActionRun; comments: number }[] = [];

beforeAll(() => {
  repo = makeRepo({ 'models/net.tflite': models.base, 'models/keep.tflite': models.other }, { 'models/net.tflite': models.wide });
});
afterAll(() => removeDir(repo.dir));
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.state.mergeBases.set(`${UNKNOWN_BASE}...${repo.headSha}`, MERGE_BASE);
  gh.state.trees.set(MERGE_BASE, filesAt(repo.dir, repo.baseSha));
});
afterEach(async () => gh.close());

async function runPr(name: string, faults: FakeFault[]): Promise<ActionRun> {
  gh.state.failures.push(...faults);
  const run = await runAction({
    workspace: repo.dir, event: 'pull_request', apiUrl: gh.url, inputs: {}, env: { TINYGATE_HTTP_TIMEOUT_MS: String(TIMEOUT_MS) },
    payload: { pull_request: { number: 7, base: { sha: UNKNOWN_BASE }, head: { sha: repo.headSha } } },
  });
  runs.push({ name, run, comments: gh.state.comments.get(7)?.length ?? 0 });
  return run;
}

const attempts = (path: RegExp): number => gh.requests.filter((r) => path.test(r.path)).length;
const COMPARE = /\/compare\//;
const COMMENTS = /\/issues\/7\/comments$/;
const errorLines = (r: ActionRun): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::error'));
const warningLines = (r: ActionRun): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
const resetIn = (s: number): string => String(Math.ceil(Date.now() / 1000) + s);

/** The one failing annotation line that explains a failed baseline. */
function baselineError(r: ActionRun): string {
  const lines = errorLines(r).filter((l) => l.includes('no baseline:'));
  expect(lines, r.stdout).toHaveLength(1);
  return lines[0]!;
}

const TREES = /\/git\/trees\//;
const contentsOf = (file: string): RegExp => new RegExp(`/contents/models(/|%2F)${file.replace('.', '\\.')}$`);

describe('transient faults are retried and the run passes on recovery', () => {
  test('one 500, one 502, a 429 with retry-after, a primary and a secondary rate-limit 403, and a stalled request, each on a different call', async () => {
    const faults: FakeFault[] = [
      { method: 'GET', path: COMPARE, status: 500, message: 'Server Error', times: 1 },
      { method: 'GET', path: TREES, status: 502, message: 'Bad Gateway', times: 1 },
      { method: 'GET', path: contentsOf('net.tflite'), status: 429, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', times: 1 },
      { method: 'GET', path: contentsOf('keep.tflite'), status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(1) }, message: 'API rate limit exceeded for installation ID 1.', times: 1 },
      { method: 'GET', path: COMMENTS, status: 403, headers: { 'retry-after': '2' }, message: 'You have exceeded a secondary rate limit.', times: 1 },
      { method: 'POST', path: COMMENTS, stall: true, times: 1 },
    ];
    const r = await runPr('transient faults', faults);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(errorLines(r)).toEqual([]);
    expect(warningLines(r).filter((l) => l.includes('tinygate'))).toEqual([]);
    // Each faulty call: the fault, then one retry that got the answer.
    for (const f of faults) expect(gh.requests.filter((q) => q.method === f.method && f.path.test(q.path)), String(f.path)).toHaveLength(2);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('### tinygate: ✅ pass');
    expect(body).toContain('Baseline: merge base `bbbbbbb` (via the REST API)');
    expect(body).toContain('`models/net.tflite` (changed)');
    expect(body).toContain('`models/keep.tflite` (unchanged)');
    expect(r.summary).toContain(body.trim());
  });
});

describe('persistent faults on the baseline fail the check, with the reason', () => {
  test('500 on every attempt: 4 attempts, then a failing check naming the status', async () => {
    const r = await runPr('persistent 500', [{ method: 'GET', path: COMPARE, status: 500, message: 'Server Error' }]);
    expect(r.code).toBe(1);
    expect(attempts(COMPARE)).toBe(4);
    expect(baselineError(r)).toContain('comparing ccccccc...' + repo.headSha.slice(0, 7) + ' failed: HTTP 500 (Server Error): GitHub\'s API kept failing after 4 attempts; rerun the job');
    expect(gh.state.comments.get(7)![0]!.body).toContain('Baseline: **none**');
  });

  test('502 on every read of a base model: that model\'s baseline is missing, and the check fails', async () => {
    const r = await runPr('persistent 502 on a model', [{ method: 'GET', path: contentsOf('net.tflite'), status: 502, message: 'Bad Gateway' }]);
    expect(r.code).toBe(1);
    const line = errorLines(r).find((l) => l.includes('models/net.tflite'));
    expect(line).toContain('no baseline for this model: reading models/net.tflite at bbbbbbb failed: HTTP 502 (Bad Gateway)');
    const body = gh.state.comments.get(7)![0]!.body;
    expect(body).toContain('`models/net.tflite` (no baseline)');
    expect(body).toContain('`models/keep.tflite` (unchanged)');
  });

  test('rate-limited on every attempt: retried twice as GitHub asked, then fails saying so', async () => {
    const r = await runPr('persistent 429', [{ method: 'GET', path: COMPARE, status: 429, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit.' }]);
    expect(r.code).toBe(1);
    expect(attempts(COMPARE)).toBe(3);
    expect(baselineError(r)).toContain('HTTP 429 (You have exceeded a secondary rate limit.): GitHub\'s API rate limit is used up and did not reset in time; rerun the job later');
  });

  test('a rate limit that resets in an hour is not waited for', async () => {
    const r = await runPr('rate limit far away', [{ method: 'GET', path: COMPARE, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(3600) }, message: 'API rate limit exceeded' }]);
    expect(r.code).toBe(1);
    expect(attempts(COMPARE)).toBe(1);
    expect(baselineError(r)).toContain('rate limit is used up');
  });

  test('a request that never answers times out on every attempt and fails, never hangs', async () => {
    const r = await runPr('persistent stall', [{ method: 'GET', path: COMPARE, stall: true }]);
    expect(r.code).toBe(1);
    expect(attempts(COMPARE)).toBe(4);
    expect(baselineError(r)).toContain(`HTTP 500 (no answer within ${TIMEOUT_MS} ms): GitHub's API kept failing after 4 attempts`);
  });

  test.each([
    [401, 'Bad credentials', 'HTTP 401 (Bad credentials): the github-token was rejected (expired, revoked or mistyped); pass a valid token', 403],
    [403, 'Resource not accessible by integration', 'HTTP 403 (Resource not accessible by integration): the token lacks `contents: read`: add it under the workflow\'s `permissions:`', 401],
    [404, 'Not Found', 'HTTP 404 (Not Found): not found, or the token cannot see it (it needs `contents: read`)', 500],
  ])('%i: not retried, one line naming the cause (and the comment\'s own fault only warns)', async (status, message, expected, commentStatus) => {
    const r = await runPr(`${status} on the baseline`, [{ method: 'GET', path: COMPARE, status, message }, { method: 'POST', path: COMMENTS, status: commentStatus }]);
    expect(r.code).toBe(1);
    expect(attempts(COMPARE)).toBe(1);
    expect(baselineError(r)).toContain(expected);
    expect(warningLines(r).filter((l) => l.includes(`the comment on #7 was not posted: commenting on #7 failed: HTTP ${commentStatus}`))).toHaveLength(1);
    expect(r.summary).toContain('### tinygate: ❌ fail');
  });
});

describe('persistent faults on the comment only warn; the summary still has the result', () => {
  test('500 on every POST of the comment, on a passing gate', async () => {
    const r = await runPr('500 on the comment', [{ method: 'POST', path: COMMENTS, status: 500, message: 'Server Error' }]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['verdict']).toBe('pass');
    expect(gh.requests.filter((q) => q.method === 'POST' && COMMENTS.test(q.path))).toHaveLength(4);
    const warnings = warningLines(r).filter((l) => l.includes('was not posted'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('tinygate: the comment on #7 was not posted: commenting on #7 failed: HTTP 500 (Server Error): GitHub\'s API kept failing after 4 attempts');
    expect(r.summary).toContain('### tinygate: ✅ pass');
    expect(r.summary).toContain('Baseline: merge base `bbbbbbb` (via the REST API)');
  });

  test('403 on the comment names the permission', async () => {
    const r = await runPr('403 on the comment', [{ method: 'POST', path: COMMENTS, status: 403 }]);
    expect(r.code, r.stdout).toBe(0);
    expect(warningLines(r).filter((l) => l.includes('the comment on #7 was not posted: commenting on #7 failed: HTTP 403 (Resource not accessible by integration): the token lacks `pull-requests: write`'))).toHaveLength(1);
    expect(r.summary).toContain('### tinygate: ✅ pass');
  });
});

describe('across the whole matrix', () => {
  test('no run passed silently, and none printed an internal error or a stack', () => {
    expect(runs.length).toBe(11);
    for (const { name, run, comments } of runs) {
      const out = run.stdout + run.stderr;
      expect(out, name).not.toContain('internal error');
      expect(out, name).not.toMatch(/\n\s+at /);
      // Every annotation is one line (a newline would be %0A in the workflow command).
      for (const l of [...errorLines(run), ...warningLines(run)]) expect(l, name).not.toContain('%0A');
      if (run.code !== 0) continue;
      // A pass is a pass only with a baseline that was read and a result someone can see: the comment,
      // or a warning that it is missing plus the job summary.
      expect(run.summary, name).toContain('Baseline: merge base `bbbbbbb` (via the REST API)');
      expect(run.summary, name).toContain('### tinygate: ✅ pass');
      expect(comments === 1 || warningLines(run).some((l) => l.includes('was not posted')), name).toBe(true);
    }
  });
});
