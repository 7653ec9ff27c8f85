// run() in process: a recording ActionCore, a real git repository, and the real Octokit-backed API
// talking to the fake GitHub. Covers the events and failure paths beyond the subprocess tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubApi } from '../../src/github/api.ts';
import { createGit } from '../../src/github/git.ts';
import { run, type ActionCore } from '../../src/github/run.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { commentMarker } from '../../src/report/markdown.ts';
import { serializeReports } from '../../src/report/report-set.ts';
import { makeRepo, removeDir, tempDir, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { models } from './test-models.ts';

interface Recorded { failed: string[]; annotations: { level: string; message: string; file?: string }[]; outputs: Record<string, string>; summary: string[]; infos: string[] }

function recordingCore(inputs: Record<string, string>): ActionCore & Recorded {
  const r: Recorded = { failed: [], annotations: [], outputs: {}, summary: [], infos: [] };
  return {
    ...r,
    getInput: (name) => ({ 'github-token': 'ghs_fake', ...inputs })[name] ?? '',
    setOutput: (name, value) => { r.outputs[name] = value; },
    setFailed: (message) => { r.failed.push(message); },
    annotate: (level, message, file) => { r.annotations.push({ level, message, ...(file === undefined ? {} : { file }) }); },
    info: (message) => { r.infos.push(message); },
    appendSummary: async (markdown) => { r.summary.push(markdown); },
  };
}

let gh: FakeGitHub;
let repo: TestRepo;
let eventDir: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = makeRepo({ 'models/net.tflite': models.base, 'models/gone.tflite': models.other }, { 'models/net.tflite': models.wide, 'models/gone.tflite': null, 'models/added.tflite': models.other });
  eventDir = tempDir('event');
});
afterEach(async () => {
  await gh.close();
  removeDir(repo.dir);
  removeDir(eventDir);
});

async function runEvent(event: string, payload: object, inputs: Record<string, string> = {}, workspace = repo.dir) {
  const core = recordingCore(inputs);
  writeFileSync(join(eventDir, 'event.json'), JSON.stringify(payload));
  await run({
    core,
    env: { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: join(eventDir, 'event.json'), GITHUB_WORKSPACE: workspace, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo/models' },
    git: createGit,
    api: createGitHubApi,
  });
  return core;
}

const pr = (baseSha: string) => ({ pull_request: { number: 5, base: { sha: baseSha }, head: { sha: repo.headSha } } });

describe('pull_request', () => {
  test('a GitHub App token: GET /user is refused, so the sticky comment is found as `<slug>[bot]` from GET /app; the Actions bot\'s marked comment is never edited', async () => {
    gh.state.appSlug = 'model-gate';
    gh.state.botLogin = 'model-gate[bot]';
    const marker = commentMarker('.github/tinygate.yml');
    gh.state.comments.set(5, [{ id: 1, body: `${marker}\nfrom another workflow's GITHUB_TOKEN`, user: { login: 'github-actions[bot]' } }]);
    const first = await runEvent('pull_request', pr(repo.baseSha));
    expect(first.failed).toEqual([]);
    const second = await runEvent('pull_request', pr(repo.baseSha));
    expect(second.infos.filter((i) => i.startsWith('tinygate: updated comment'))).toHaveLength(1);
    const comments = gh.state.comments.get(5)!;
    expect(comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'model-gate[bot]']);
    expect(comments[0]!.body).toBe(`${marker}\nfrom another workflow's GITHUB_TOKEN`);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo/models/issues/comments/${comments[1]!.id}`]);
  });

  test('marks new, removed and changed models against the merge base', async () => {
    const core = await runEvent('pull_request', pr(repo.baseSha));
    expect(core.failed).toEqual([]);
    const body = core.outputs['comment-body']!;
    expect(body).toContain('`models/added.tflite` (new)');
    expect(body).toContain('`models/gone.tflite` (removed)');
    expect(body).toContain('`models/net.tflite` (changed)');
    expect(body).toContain(`merge base \`${repo.baseSha.slice(0, 7)}\` (via git)`);
  });

  test('a shallow checkout gets the merge base and the base models through the REST API', async () => {
    const mergeBase = 'b'.repeat(40);
    gh.state.mergeBases.set(`${'c'.repeat(40)}...${repo.headSha}`, mergeBase);
    gh.state.trees.set(mergeBase, new Map([['models/net.tflite', models.wide], ['docs/readme.md', new Uint8Array(1)]]));
    const core = await runEvent('pull_request', pr('c'.repeat(40)));
    expect(core.failed).toEqual([]);
    expect(core.outputs['comment-body']).toContain('merge base `bbbbbbb` (via the REST API)');
    // Same bytes at the merge base: marked unchanged, and its base report is head's (no re-analysis).
    expect(core.outputs['comment-body']).toContain('`models/net.tflite` (unchanged)');
    expect(gh.requests.filter((r) => r.path.includes('/contents/')).map((r) => decodeURIComponent(r.path))).toEqual(['/repos/octo/models/contents/models/net.tflite']);
  });

  test('a 403 on the comment (a fork\'s read-only token) is a warning, and the summary is still written', async () => {
    gh.state.failures.push({ method: 'POST', path: /\/comments$/, status: 403 });
    const core = await runEvent('pull_request', pr(repo.baseSha));
    expect(core.failed).toEqual([]);
    expect(core.annotations.filter((a) => a.level === 'warning' && a.message.startsWith('tinygate: the comment on #5 was not posted: commenting on #5 failed: HTTP 403 (Resource not accessible by integration): the token lacks `pull-requests: write`'))).toHaveLength(1);
    expect(core.summary).toEqual([core.outputs['comment-body']]);
  });

  test('a missing baseline under fail-on: never is a warning, and the comment says so', async () => {
    const core = await runEvent('pull_request', pr('d'.repeat(40)), { 'fail-on': 'never' });
    expect(core.failed).toEqual([]);
    expect(core.outputs['verdict']).toBe('pass');
    expect(core.annotations.filter((a) => a.level === 'warning' && a.message.startsWith('no baseline:'))).toHaveLength(1);
    expect(gh.state.comments.get(5)![0]!.body).toContain('Baseline: **none**');
  });

  test('a config error is one failure line naming the file, the line and the key', async () => {
    mkdirSync(join(repo.dir, '.github'));
    writeFileSync(join(repo.dir, '.github/tinygate.yml'), 'models:\n  - path: models/*.tflite\n    budgts:\n      sram: 256KiB\n');
    const core = await runEvent('pull_request', pr(repo.baseSha));
    expect(core.failed).toEqual(['tinygate: .github/tinygate.yml:3: `models.0`: unknown key `budgts` (did you mean `budgets`?) (valid example: models: [{ path: "models/*.tflite", budgets: { sram: 256KiB } }])']);
    expect(gh.requests).toEqual([]);
  });

  test('the config file\'s per-model budget overrides the inputs', async () => {
    mkdirSync(join(repo.dir, '.github'));
    writeFileSync(join(repo.dir, '.github/tinygate.yml'), 'models:\n  - path: models/added.tflite\n    budgets: { flash: 10B }\n');
    const core = await runEvent('pull_request', pr(repo.baseSha), { 'budget-flash': '1MiB' });
    expect(core.annotations.filter((a) => a.level === 'error').map((a) => a.file)).toEqual(['models/added.tflite']);
    expect(core.failed).toHaveLength(1);
  });
});

describe('push and nightly', () => {
  test('a push to the default branch stores the report as the new baseline file', async () => {
    const core = await runEvent('push', { ref: 'refs/heads/main', before: repo.baseSha, repository: { default_branch: 'main' } }, { 'baseline-file': '.tinygate/baseline.json' });
    expect(core.failed).toEqual([]);
    expect(gh.state.puts).toHaveLength(1);
    expect(gh.state.puts[0]).toMatchObject({ path: '.tinygate/baseline.json', branch: 'main' });
    const expected = serializeReports(['models/added.tflite', 'models/net.tflite'].map((p) => analyzeModelBytes(p, p.includes('added') ? models.other : models.wide)));
    expect(gh.state.puts[0]!.content).toBe(expected);
  });

  test('API errors on writes are one line naming the cause: a 409 storing the baseline, a 403 opening the issue', async () => {
    gh.state.failures.push({ method: 'PUT', path: /\/contents\//, status: 409, message: 'is at 1a2b but expected 3c4d' });
    const push = await runEvent('push', { ref: 'refs/heads/main', before: repo.baseSha, repository: { default_branch: 'main' } }, { 'baseline-file': '.tinygate/baseline.json' });
    expect(push.failed).toEqual(['tinygate: storing .tinygate/baseline.json on main failed: HTTP 409 (is at 1a2b but expected 3c4d): GitHub reports a conflict (the branch moved meanwhile, or the repository is empty); rerun the job']);
    mkdirSync(join(repo.dir, '.tinygate'));
    writeFileSync(join(repo.dir, '.tinygate/baseline.json'), serializeReports([analyzeModelBytes('models/net.tflite', models.base)]));
    gh.state.failures.push({ method: 'POST', path: /\/issues$/, status: 403 });
    const nightly = await runEvent('schedule', {}, { 'baseline-file': '.tinygate/baseline.json' });
    expect(nightly.failed).toEqual(['tinygate: opening the regression issue failed: HTTP 403 (Resource not accessible by integration): the token lacks `issues: write`: add it under the workflow\'s `permissions:`']);
    // The summary was written before the API call failed.
    expect(nightly.summary).toHaveLength(1);
  });

  test('a push to another branch stores nothing', async () => {
    await runEvent('push', { ref: 'refs/heads/feature', before: repo.baseSha, repository: { default_branch: 'main' } }, { 'baseline-file': '.tinygate/baseline.json' });
    expect(gh.state.puts).toEqual([]);
  });

  test('nightly opens one regression issue, comments while it lasts, comments and closes once fixed, and reopens it on recurrence', async () => {
    // The stored baseline is the base models; head regressed net.tflite's SRAM and MACs.
    mkdirSync(join(repo.dir, '.tinygate'));
    const baselineOf = (bytes: Uint8Array) => serializeReports([analyzeModelBytes('models/net.tflite', bytes), analyzeModelBytes('models/added.tflite', models.other)]);
    writeFileSync(join(repo.dir, '.tinygate/baseline.json'), baselineOf(models.base));
    const inputs = { 'baseline-file': '.tinygate/baseline.json' };
    const first = await runEvent('schedule', {}, inputs);
    expect(first.failed).toEqual([]);
    expect(gh.state.issues).toHaveLength(1);
    const issue = gh.state.issues[0]!;
    expect(issue).toMatchObject({ state: 'open', labels: ['tinygate-regression'], body: first.outputs['comment-body'] });
    const second = await runEvent('workflow_dispatch', {}, inputs);
    expect(gh.state.issues).toHaveLength(1);
    // History is kept: the body is never rewritten, each run adds a comment.
    expect(gh.requests.filter((r) => r.method === 'PATCH' && /\/issues\/\d+$/.test(r.path))).toEqual([]);
    expect(gh.state.comments.get(issue.number)!.map((c) => c.body)).toEqual([second.outputs['comment-body']]);
    writeFileSync(join(repo.dir, '.tinygate/baseline.json'), baselineOf(models.wide));
    await runEvent('schedule', {}, inputs);
    expect(issue.state).toBe('closed');
    expect(gh.state.comments.get(issue.number)!.at(-1)!.body).toMatch(/^Fixed: the nightly run passes again\./);
    writeFileSync(join(repo.dir, '.tinygate/baseline.json'), baselineOf(models.base));
    const again = await runEvent('schedule', {}, inputs);
    expect(again.infos).toContain(`tinygate: reopened issue #${issue.number}`);
    expect(gh.state.issues).toHaveLength(1);
    expect(issue.state).toBe('open');
    expect(issue.body).toBe(first.outputs['comment-body']);
    expect(gh.state.comments.get(issue.number)).toHaveLength(3);
  });

  test('nightly without a stored baseline says how to set one', async () => {
    const core = await runEvent('schedule', {});
    expect(core.failed).toEqual(['tinygate: a scheduled run compares with the stored baseline: set `baseline-file` (where push runs store it), or `baseline` to a report path or a git ref']);
  });
});
