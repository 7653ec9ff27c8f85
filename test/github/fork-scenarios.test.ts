// Fork-safe mode (workflow_run) cannot be forged: the comment's figures and verdict are recomputed in
// the base repository from the pull request's files at its head commit, with the default branch's
// config. A fork controls its own run (it can edit the workflow, its config and whatever it
// uploads), so here it does all three: a forged artifact with a lower SRAM figure and injected
// markdown, and a config in the pull request that loosens the budget. None of it reaches the comment.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commentMarker } from '../../src/report/markdown.ts';
import { filesAt, makeRepo, removeDir, runAction, tempDir, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { models, sramBudgetBetween } from './test-models.ts';

const BUDGET = sramBudgetBetween();
const CONFIG = `models:\n  - path: models/*.tflite\n    budgets: { sram: ${BUDGET}B }\n`;
const INJECTED = '@everyone ![x](http://e) <!--';
const RUN_ID = 4242;

let gh: FakeGitHub;
let repo: TestRepo;
let trusted: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  // main: the base model and the budget; the PR: a model that breaks it, and a config that would
  // let it pass if the PR's config were read.
  repo = makeRepo(
    { 'models/net.tflite': models.base, 'models/keep.tflite': models.other, '.github/tinygate.yml': CONFIG },
    { 'models/net.tflite': models.wide, '.github/tinygate.yml': 'models:\n  - path: models/*.tflite\n    budgets: { sram: 100MiB }\n' },
  );
  // The trusted run's checkout: the default branch only, as actions/checkout makes it for workflow_run.
  trusted = join(tempDir('trusted'), 'repo');
  // (file:// so git transfers only main's objects instead of sharing the whole object store)
  execFileSync('git', ['clone', '-q', '--single-branch', '--branch', 'main', `file://${repo.dir}`, trusted]);
});
afterEach(async () => {
  await gh.close();
  removeDir(repo.dir);
  removeDir(join(trusted, '..'));
});

const workflowRun = (headRepo: string) => runAction({
  workspace: trusted, event: 'workflow_run', apiUrl: gh.url, inputs: {},
  // A fork can name any pull request in the run's payload; tinygate never reads `pull_requests`.
  payload: { workflow_run: { id: RUN_ID, head_sha: repo.headSha, head_repository: { full_name: headRepo }, pull_requests: [{ number: 1 }] } },
});

/** What the pull request's own run decides with the default branch's config (checked out here beside the PR's files). */
async function honestComment(): Promise<string> {
  execFileSync('git', ['checkout', '-q', 'main', '--', '.github/tinygate.yml'], { cwd: repo.dir });
  const r = await runAction({
    workspace: repo.dir, event: 'pull_request', apiUrl: gh.url, inputs: { comment: 'off' },
    payload: { pull_request: { number: 12, base: { sha: repo.baseSha }, head: { sha: repo.headSha } } },
  });
  expect(r.code).toBe(1);
  return r.outputs['comment-body']!;
}

describe('workflow_run (fork-safe mode)', () => {
  test('a forged artifact and a loosened config in the fork change neither the figures nor the verdict', async () => {
    // The forged artifact: the fork's run claims 1 KiB of SRAM and a pass, and carries markdown meant
    // to ping everyone, load an image and hide the rest of the comment.
    gh.state.artifacts.set(RUN_ID, [{
      id: 9, name: 'tinygate-report', zip: zipSync({
        'report.json': new TextEncoder().encode(JSON.stringify([{ model: { path: 'models/net.tflite', peakSramBytes: 1024 } }])),
        'comparison.md': new TextEncoder().encode(`### tinygate: ✅ pass ${INJECTED}`),
        'baseline-missing.txt': new TextEncoder().encode(INJECTED),
      }),
    }]);
    gh.state.pulls = [{ number: 12, head: { sha: repo.headSha, repo: { full_name: 'fork/models' } }, base: { sha: repo.baseSha } }];
    // The trusted checkout lacks the fork's commit: the PR's files come through the API, by SHA.
    gh.state.mergeBases.set(`${repo.baseSha}...${repo.headSha}`, repo.baseSha);
    gh.state.trees.set(repo.headSha, filesAt(repo.dir, repo.headSha));

    const r = await workflowRun('fork/models');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.requests.filter((q) => q.path.includes('/actions/'))).toEqual([]);
    const body = gh.state.comments.get(12)![0]!.body;
    expect(body).toContain('### tinygate: ❌ fail');
    expect(body).toMatch(/❌ `models\/net\.tflite` on `stm32f746`: peak SRAM \(tflm, per-layer\) [\d.]+ KiB of [\d.]+ KiB: over by /);
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('![x]');
    expect(body.split('<!--')).toHaveLength(2); // the marker's only
    expect(body.startsWith(commentMarker('.github/tinygate.yml'))).toBe(true);
    expect(r.outputs['verdict']).toBe('fail');
    // Figure for figure what the pull request's files give under the default branch's config (the
    // merge base is main's tip, which the trusted checkout has: its files come through git).
    expect(body).toBe(await honestComment());
  });

  test('a same-repository PR whose check failed keeps its ❌ comment: workflow_run recomputes the same verdict', async () => {
    // The PR's own run, with the default branch's config (the PR does not change it here).
    execFileSync('git', ['checkout', '-q', 'main', '--', '.github/tinygate.yml'], { cwd: repo.dir });
    const prRun = await runAction({
      workspace: repo.dir, event: 'pull_request', apiUrl: gh.url, inputs: {},
      payload: { pull_request: { number: 12, base: { sha: repo.baseSha }, head: { sha: repo.headSha } } },
    });
    expect(prRun.code).toBe(1);
    const failed = gh.state.comments.get(12)![0]!.body;
    expect(failed).toContain('### tinygate: ❌ fail');
    // The trusted checkout has the PR's objects (a same-repository branch): read through git.
    execFileSync('git', ['fetch', '-q', repo.dir, 'feature'], { cwd: trusted });
    gh.state.pulls = [{ number: 12, head: { sha: repo.headSha, repo: { full_name: 'octo/models' } }, base: { sha: repo.baseSha } }];

    const r = await workflowRun('octo/models');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const comments = gh.state.comments.get(12)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(failed);
    expect(gh.requests.filter((q) => /\/(git\/trees|contents|compare)\//.test(q.path))).toEqual([]);
  });

  test('when the pull request\'s files cannot be read, the run fails with the reason and comments nothing', async () => {
    gh.state.pulls = [{ number: 12, head: { sha: repo.headSha, repo: { full_name: 'fork/models' } }, base: { sha: repo.baseSha } }];
    const r = await workflowRun('fork/models');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::tinygate: cannot read the pull request's files at ${repo.headSha.slice(0, 7)}: listing the files at ${repo.headSha.slice(0, 7)} failed: HTTP 404 (Not Found): not found, or the token cannot see it (it needs \`contents: read\`)`);
    expect(gh.state.comments.get(12)).toBeUndefined();
  });

  test('a config path that matches no file at the pull request\'s head fails the run with the pattern, comments nothing', async () => {
    // The PR moves its model out of models/: the default branch's config would gate nothing.
    gh.state.pulls = [{ number: 12, head: { sha: repo.headSha, repo: { full_name: 'fork/models' } }, base: { sha: repo.baseSha } }];
    gh.state.trees.set(repo.headSha, new Map([...filesAt(repo.dir, repo.headSha)].map(([p, b]) => [p.replace(/^models\//, 'elsewhere/'), b])));
    const r = await workflowRun('fork/models');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`::error::tinygate: \\.github/tinygate\\.yml:2: .*pattern \`models/\\*\\.tflite\` matches no file at the pull request's head ${repo.headSha.slice(0, 7)}`));
    expect(gh.state.comments.get(12)).toBeUndefined();
  });
});
