// The README's workflows are the files in examples/workflows, verbatim; every input they pass
// exists in action.yml; action.yml documents every input with the defaults the code applies; and
// each example's inputs, run through the bundled action on its event, do what the README says.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/github/inputs.ts';
import { makeRepo, removeDir, REPO_ROOT, runAction, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { models } from './test-models.ts';

interface Step { uses?: string; with?: Record<string, string | number> }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }
interface ActionYml { inputs: Record<string, { description?: string; default?: string }>; outputs: Record<string, { description?: string }>; runs: { using: string; main: string } }

const examplesDir = join(REPO_ROOT, 'examples/workflows');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yml')).sort();
const text = (file: string) => readFileSync(join(examplesDir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

function readmeSection(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- action:start -->');
  const end = readme.indexOf('<!-- action:end -->');
  expect(start).toBeGreaterThanOrEqual(0);
  return readme.slice(start, end);
}

/** The `with:` of the workflow's tinygate step, as the runner passes it (strings). */
function tinygateInputs(file: string): Record<string, string> {
  const steps = Object.values(workflow(file).jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('tinygate/tinygate@'));
  expect(steps, `${file} uses tinygate once`).toHaveLength(1);
  return Object.fromEntries(Object.entries(steps[0]!.with ?? {}).map(([k, v]) => [k, String(v)]));
}

describe('examples and action.yml', () => {
  test('one example per event, each in the README verbatim, using only inputs action.yml has', () => {
    // The nightly eval runs the CLI over a matrix (nightly-eval-workflow.test.ts), not the action.
    const actionExamples = examples.filter((f) => f !== 'tinygate-nightly-eval.yml');
    expect(actionExamples.map((f) => Object.keys(workflow(f).on).sort().join('+')).sort()).toEqual(['pull_request', 'push', 'schedule+workflow_dispatch', 'workflow_run']);
    const section = readmeSection();
    expect(section, 'README contains tinygate-nightly-eval.yml').toContain(`\`\`\`yaml\n${text('tinygate-nightly-eval.yml')}\`\`\``);
    for (const file of actionExamples) {
      expect(section, `README contains ${file}`).toContain(`\`\`\`yaml\n${text(file)}\`\`\``);
      for (const input of Object.keys(tinygateInputs(file))) expect(Object.keys(action.inputs), `${file}: input ${input}`).toContain(input);
      expect(Object.keys(workflow(file).permissions).length, `${file} declares permissions`).toBeGreaterThan(0);
    }
    expect(section, 'README contains examples/tinygate.yml').toContain(`\`\`\`yaml\n${readFileSync(join(REPO_ROOT, 'examples/tinygate.yml'), 'utf8')}\`\`\``);
  });

  test('action.yml: node24 bundle, every input described with the default the code applies', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const inputs = Object.entries(action.inputs);
    for (const [name, spec] of inputs) {
      expect(spec.description, name).toBeTruthy();
      expect(spec.default, name).toBeDefined();
    }
    const { 'github-token': token, ...rest } = action.inputs;
    expect(token!.default).toBe('${{ github.token }}');
    expect(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v.default]))).toEqual(INPUT_DEFAULTS);
    expect(Object.keys(action.outputs).sort()).toEqual(['comment-body', 'comment-id', 'report', 'verdict']);
  });
});

describe('the examples, run', () => {
  let gh: FakeGitHub;
  let repo: TestRepo;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    // Budgets live in the config file every example reads: README's examples/tinygate.yml.
    repo = makeRepo({ 'models/net.tflite': models.base, '.github/tinygate.yml': readFileSync(join(REPO_ROOT, 'examples/tinygate.yml')) }, { 'models/net.tflite': models.wide });
  });
  afterAll(async () => {
    await gh.close();
    removeDir(repo.dir);
  });

  test('pull_request comments, push stores the baseline, nightly compares with it, workflow_run comments for forks', async () => {
    const run = (file: string, event: string, payload: object) => runAction({ workspace: repo.dir, event, payload, inputs: tinygateInputs(file), apiUrl: gh.url });

    const pr = await run('tinygate-pr.yml', 'pull_request', { pull_request: { number: 21, base: { sha: repo.baseSha }, head: { sha: repo.headSha } } });
    expect(pr.code, pr.stdout).toBe(0);
    expect(gh.state.comments.get(21)).toHaveLength(1);

    const push = await run('tinygate-baseline.yml', 'push', { ref: 'refs/heads/main', before: repo.baseSha, repository: { default_branch: 'main' } });
    expect(push.code, push.stdout).toBe(0);
    expect(gh.state.puts.map((p) => p.path)).toEqual(['.tinygate/baseline.json']);

    mkdirSync(join(repo.dir, '.tinygate'));
    writeFileSync(join(repo.dir, '.tinygate/baseline.json'), gh.state.puts[0]!.content);
    const nightly = await run('tinygate-nightly.yml', 'schedule', {});
    expect(nightly.code, nightly.stdout).toBe(0);
    expect(nightly.outputs['verdict']).toBe('pass');
    expect(gh.state.issues).toEqual([]);

    gh.state.pulls = [{ number: 21, head: { sha: repo.headSha, repo: { full_name: 'fork/models' } }, base: { sha: repo.baseSha } }];
    const fork = await run('tinygate-fork-comment.yml', 'workflow_run', { workflow_run: { id: 77, head_sha: repo.headSha, head_repository: { full_name: 'fork/models' } } });
    expect(fork.code, fork.stdout).toBe(0);
    expect(gh.state.comments.get(21)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);
    // Both workflows gate the same way: the fork-safe comment is the PR run's comment, figures and verdict alike.
    expect(fork.outputs['comment-body']).toBe(pr.outputs['comment-body']);
  });
});
