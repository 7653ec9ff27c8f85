// The repository's own workflows: every workflow file (ours and the README's examples) is valid
// against GitHub's workflow schema (action-validator), and the self-test workflow's `uses: ./` steps,
// run through the fake-runner harness on the same fixtures, give the outputs its assert step checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { makeRepo, removeDir, REPO_ROOT, runAction, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

interface Step { id?: string; uses?: string; with?: Record<string, string | number>; env?: Record<string, string>; run?: string }
interface Workflow { jobs: Record<string, { steps: Step[] }> }

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

describe('workflow files', () => {
  const files = WORKFLOW_DIRS.flatMap((d) => readdirSync(join(REPO_ROOT, d)).filter((f) => f.endsWith('.yml')).map((f) => join(d, f)));

  test('the repository has CI, dist check, nightly fuzz, self-test and release workflows', () => {
    expect(files.filter((f) => f.startsWith('.github')).sort()).toEqual(
      ['ci.yml', 'check-dist.yml', 'nightly-fuzz.yml', 'release.yml', 'self-test.yml'].map((f) => `.github/workflows/${f}`).sort());
  });

  test.each(files)('%s is a valid workflow', (file) => {
    // The validator warns on stderr that it does not check path globs; only errors matter here.
    const { errors } = validateWorkflow(readFileSync(join(REPO_ROOT, file), 'utf8'));
    expect(errors).toEqual([]);
  });

  test('the validator rejects a broken workflow (so the check above can fail)', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });
});

/** `(step id, output, expected value)` from the assert step: `NAME: ${{ steps.ID.outputs.OUT }}` and `test "$NAME" = VALUE`. */
function assertions(steps: readonly Step[]): { id: string; output: string; value: string }[] {
  const found: { id: string; output: string; value: string }[] = [];
  for (const step of steps) {
    for (const m of (step.run ?? '').matchAll(/^test "\$(\w+)" = (\S+)$/gm)) {
      const source = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(step.env?.[m[1]!] ?? '');
      expect(source, `env ${m[1]} names a step output`).not.toBeNull();
      found.push({ id: source![1]!, output: source![2]!, value: m[2]! });
    }
  }
  return found;
}

describe('self-test workflow, run through the harness', () => {
  const workflow = parse(readFileSync(join(REPO_ROOT, '.github/workflows/self-test.yml'), 'utf8')) as Workflow;
  const steps = workflow.jobs['self-test']!.steps;
  const checks = assertions(steps);
  let gh: FakeGitHub;
  let repo: TestRepo;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    const fixtures = Object.fromEntries(readdirSync(join(REPO_ROOT, 'fixtures')).filter((f) => f.endsWith('.tflite'))
      .map((f) => [`fixtures/${f}`, new Uint8Array(readFileSync(join(REPO_ROOT, 'fixtures', f)))]));
    repo = makeRepo(fixtures, {});
  });
  afterAll(async () => {
    await gh.close();
    removeDir(repo.dir);
  });

  test('it asserts a pass and a fail', () => {
    expect(checks.map((c) => c.value).sort()).toEqual(['fail', 'pass']);
  });

  test.each(steps.filter((s) => s.uses === './').map((s) => [s.id!, s] as const))('step %s gives the asserted outputs', async (id, step) => {
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const run = await runAction({ workspace: repo.dir, event: 'push', payload: { ref: 'refs/heads/feature', before: repo.baseSha, after: repo.headSha }, inputs, apiUrl: gh.url });
    const mine = checks.filter((c) => c.id === id);
    expect(mine.length, `${id} is asserted`).toBeGreaterThan(0);
    for (const c of mine) expect(run.outputs[c.output], `${id}.${c.output}\n${run.stdout}\n${run.stderr}`).toBe(c.value);
  });
});
