// The bundled action (dist/index.js) in real git repositories against the fake GitHub: which
// baseline a pull request is compared with, models that cannot be analyzed on either side, and which
// pushes may replace the stored baseline.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeRepo, removeDir, runAction } from './action-harness.ts';
import { prScenario } from './pr-scenario.ts';
import { models, sramBudgetBetween } from './test-models.ts';

const s = prScenario();
const { runPr, calls } = s;

describe('the right baseline: a model changed only on main is not the pull request\'s change', () => {
  test('a merge-commit checkout is compared with the base tip, a head checkout with the merge base; neither blames the PR', async () => {
    // The PR adds models/c.tflite; after it branched, main changed models/net.tflite (base → wide:
    // more SRAM and MACs, a regression under the default thresholds).
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: s.repo.dir }).toString().trim();
    git('checkout', '-q', 'main');
    writeFileSync(join(s.repo.dir, 'models/net.tflite'), models.wide);
    git('commit', '-q', '-am', 'main changes net');
    const mainTip = git('rev-parse', 'HEAD');
    const prHead = git('rev-parse', 'feature');
    git('checkout', '-q', 'feature');
    writeFileSync(join(s.repo.dir, 'models/net.tflite'), models.base);
    writeFileSync(join(s.repo.dir, 'models/c.tflite'), models.other);
    git('add', '-A');
    git('commit', '-q', '-m', 'PR adds c (and keeps net as it was)');
    const head = git('rev-parse', 'HEAD');
    // GitHub's test merge commit, as actions/checkout checks it out (refs/pull/N/merge).
    git('checkout', '-q', '--detach', mainTip);
    git('merge', '-q', '--no-ff', '-m', 'Merge into main', head);
    const merge = git('rev-parse', 'HEAD');
    expect(prHead).not.toBe(head);
    const payload = { pull_request: { number: 7, base: { sha: mainTip }, head: { sha: head }, merge_commit_sha: merge } };

    const merged = await runPr({ 'fail-on': 'regression' }, payload);
    expect(merged.code, merged.stdout).toBe(0);
    let body = s.gh.state.comments.get(7)![0]!.body;
    expect(body).toContain(`Baseline: base tip \`${mainTip.slice(0, 7)}\` (via git)`);
    expect(body).toContain('`models/net.tflite` (unchanged)');
    expect(body).toContain('`models/c.tflite` (new)');
    expect(body).toContain('### tinygate: ✅ pass');
    expect(body).not.toMatch(/`models\/net\.tflite` on .*went from/);

    // The same PR with its head checked out: head tree against the merge base.
    git('checkout', '-q', head);
    const atHead = await runPr({ 'fail-on': 'regression' }, { pull_request: { ...payload.pull_request, merge_commit_sha: null } });
    expect(atHead.code, atHead.stdout).toBe(0);
    body = s.gh.state.comments.get(7)![0]!.body;
    expect(body).toContain(`Baseline: merge base \`${s.repo.baseSha.slice(0, 7)}\` (via git)`);
    expect(body).toContain('`models/net.tflite` (unchanged)');
    expect(body).toContain('`models/c.tflite` (new)');
  });
});

describe('pull_request_target', () => {
  test('its checkout is the base branch, so the PR\'s models are read at its head commit and compared with the merge base', async () => {
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: s.repo.dir });
    const r = await runAction({ workspace: s.repo.dir, event: 'pull_request_target', apiUrl: s.gh.url, inputs: {}, payload: s.prPayload() });
    expect(r.code, r.stdout).toBe(0);
    const body = s.gh.state.comments.get(7)![0]!.body;
    expect(body).toContain(`Baseline: merge base \`${s.repo.baseSha.slice(0, 7)}\` (via git)`);
    // Had the workspace (main) been analyzed, net.tflite would be unchanged.
    expect(body).toContain('`models/net.tflite` (changed)');
    expect(body).toContain('`models/keep.tflite` (unchanged)');
  });
});

describe('one bad model is one bad row', () => {
  test('an LFS pointer and a corrupt model fail with reasons; the others are compared; a corrupt base model loses only its own baseline', async () => {
    const lfsPointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const bad = makeRepo(
      { 'models/net.tflite': models.base, 'models/keep.tflite': models.other, 'models/fixed.tflite': models.base.slice(0, 300) },
      { 'models/net.tflite': models.wide, 'models/lfs.tflite': lfsPointer, 'models/corrupt.tflite': 'not a model at all\n', 'models/fixed.tflite': models.other },
    );
    try {
      const r = await runAction({ workspace: bad.dir, event: 'pull_request', apiUrl: s.gh.url, inputs: {}, payload: s.prPayload(bad) });
      expect(r.code).toBe(1);
      const body = s.gh.state.comments.get(7)![0]!.body;
      expect(body).toContain('### tinygate: ❌ fail');
      expect(body).toContain(`Baseline: merge base \`${bad.baseSha.slice(0, 7)}\` (via git)`);
      expect(body).toContain('| `models/lfs.tflite` (unreadable) | — | — | — | — | — | — | — | ❌ unreadable |');
      expect(body).toContain('| `models/corrupt.tflite` (unreadable) | — | — | — | — | — | — | — | ❌ unreadable |');
      expect(body).toContain('- ❌ `models/lfs.tflite`: is a Git LFS pointer, not the model: fetch the LFS objects (`lfs: true` on actions/checkout)');
      expect(body).toContain('- ❌ `models/corrupt.tflite`: not a TFLite model: file identifier is "a mo", expected "TFL3" (is this a .tflite file?)');
      // The good models are still analyzed and compared.
      expect(body).toMatch(/\| `models\/net\.tflite` \(changed\) \| `stm32f746` \| `tflm` per-layer \| [\d.]+ KiB → [\d.]+ KiB/);
      expect(body).toContain('`models/keep.tflite` (unchanged)');
      // The corrupt base model: only its own baseline is missing, and that says why.
      expect(body).toMatch(/\| `models\/fixed\.tflite` \(no baseline\) \| `stm32f746` \| `tflm` per-layer \| — → /);
      expect(body).toContain('- ❌ `models/fixed.tflite`: no baseline for this model: malformed TFLite file:');
      expect(body).not.toContain('no baseline: ');
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors.filter((l) => l.startsWith('::error file=models/lfs.tflite::is a Git LFS pointer'))).toHaveLength(1);
      expect(errors.filter((l) => l.startsWith('::error file=models/corrupt.tflite::not a TFLite model'))).toHaveLength(1);
      expect(r.summary).toContain(body.trim());
    } finally {
      removeDir(bad.dir);
    }
  });
});

describe('baselines only from passing states', () => {
  test('a push whose gate failed keeps the stored baseline, and says so', async () => {
    const push = { ref: 'refs/heads/main', before: s.repo.baseSha, repository: { default_branch: 'main' } };
    const failing = await runAction({ workspace: s.repo.dir, event: 'push', apiUrl: s.gh.url, payload: push, inputs: { 'budget-sram': String(sramBudgetBetween()), 'baseline-file': '.tinygate/baseline.json' } });
    expect(failing.code).toBe(1);
    expect(s.gh.state.puts).toEqual([]);
    expect(calls('PUT', /\/contents\//)).toEqual([]);
    const note = 'tinygate: the gate failed, so .tinygate/baseline.json keeps the last passing baseline (not replaced by this push)';
    expect(failing.stdout).toContain(`::warning::${note}`);
    expect(failing.summary).toContain(`> ${note}`);
    // The same push within budget stores it.
    const passing = await runAction({ workspace: s.repo.dir, event: 'push', apiUrl: s.gh.url, payload: push, inputs: { 'baseline-file': '.tinygate/baseline.json' } });
    expect(passing.code, passing.stdout).toBe(0);
    expect(s.gh.state.puts.map((p) => p.path)).toEqual(['.tinygate/baseline.json']);
  });
});
