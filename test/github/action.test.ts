// The bundled action (dist/index.js) run as a subprocess against a real git repository and the
// fake GitHub REST server: the behaviours users rely on end to end. `npm run bundle` first.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commentMarker } from '../../src/report/markdown.ts';
import { compareCommand } from '../../src/cli/compare.ts';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { filesAt, makeRepo, removeDir, runAction } from './action-harness.ts';
import { prScenario } from './pr-scenario.ts';
import { sramBudgetBetween } from './test-models.ts';

const MARKER = commentMarker('.github/tinygate.yml');

const s = prScenario();
const { runPr, calls } = s;

describe('pull_request', () => {
  test('creates one comment, then updates it in place among 150 unrelated comments on several pages', async () => {
    // 150 comments first, so ours lands on page 2; one by another user even quotes our marker.
    s.gh.state.comments.set(7, Array.from({ length: 150 }, (_, i) => ({
      id: i + 1, body: i === 3 ? `quoting ${MARKER}` : `comment ${i}`, user: { login: i % 2 === 0 ? 'alice' : 'bob' },
    })));
    const first = await runPr();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(calls('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const created = s.gh.state.comments.get(7)!.at(-1)!;
    expect(created.body.startsWith(MARKER)).toBe(true);
    expect(first.outputs['comment-id']).toBe(String(created.id));

    const second = await runPr();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(calls('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const patches = calls('PATCH', /\/issues\/comments\/\d+$/);
    expect(patches.map((p) => p.path)).toEqual([`/repos/octo/models/issues/comments/${created.id}`]);
    expect(calls('GET', /\/issues\/7\/comments$/).some((r) => r.query['page'] === '2')).toBe(true);
    expect(s.gh.state.comments.get(7)!.filter((c) => c.body.includes(MARKER))).toHaveLength(2); // ours + the quote
    expect(s.gh.state.comments.get(7)![3]!.body).toBe(`quoting ${MARKER}`);
    expect(second.outputs['comment-id']).toBe(String(created.id));
    expect(second.outputs['verdict']).toBe('pass');
    // The same markdown went to the job summary.
    expect(second.summary).toContain(second.outputs['comment-body']!.trim());
  });

  test('`tinygate compare` prints exactly the comment for the same reports', async () => {
    const r = await runPr();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const dir = join(s.repo.dir, 'tinygate-report');
    expect(readdirSync(dir).sort()).toEqual(['baseline.json', 'comparison.md', 'report.json']);
    let stdout = '';
    const io: CliIo = { ...processIo, stdout: (t) => { stdout += t; } };
    const code = compareCommand([join(dir, 'baseline.json'), join(dir, 'report.json'), '--base-label', `merge base \`${s.repo.baseSha.slice(0, 7)}\` (via git)`], io);
    expect(code).toBe(0);
    expect(stdout).toBe(s.gh.state.comments.get(7)![0]!.body);
  });

  test('a broken SRAM budget fails the check with one annotation on the model', async () => {
    const r = await runPr({ 'budget-sram': String(sramBudgetBetween()) });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error file=models/net.tflite::'));
    expect(errors).toHaveLength(1);
    // The default runtime, tflm, runs per layer only: its arena is the gated figure.
    expect(errors[0]).toMatch(/peak SRAM \(tflm, per-layer\) [\d.]+ (KiB|B) of [\d.]+ (KiB|B): over by [\d.]+ (KiB|B)$/);
    expect(r.stdout).not.toMatch(/::error file=models\/keep\.tflite/);
    expect(r.outputs['verdict']).toBe('fail');
    expect(s.gh.state.comments.get(7)![0]!.body).toContain('❌ over budget');
    expect(r.summary).toContain('tinygate: ❌ fail');
  });

  test('a baseline that cannot be found is reported and fails, not passed', async () => {
    // A base commit the checkout does not have, and an API that cannot compare it either.
    const r = await runPr({}, s.prPayload(s.repo, 'f'.repeat(40)));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::no baseline: the checkout lacks the history and the REST API could not compare fffffff\.\.\./);
    expect(calls('GET', /\/compare\//)).toHaveLength(1);
    expect(r.outputs['verdict']).toBe('fail');
    expect(s.gh.state.comments.get(7)![0]!.body).toContain('Baseline: **none**');
  });
});

describe('workflow_run (fork-safe mode)', () => {
  test('recomputes the gate of the open PR whose head is the run\'s head SHA, from its files read through the API', async () => {
    // The untrusted PR run (analysis only, no comment), for the numbers to compare with.
    const prRun = await runPr({ comment: 'off', 'report-dir': 'out' });
    expect(prRun.code, prRun.stdout + prRun.stderr).toBe(0);
    expect(calls('POST', /comments$/)).toHaveLength(0);
    s.gh.state.pulls = [
      { number: 3, head: { sha: 'a'.repeat(40), repo: { full_name: 'fork/models' } }, base: { sha: s.repo.baseSha } },
      { number: 12, head: { sha: s.repo.headSha, repo: { full_name: 'fork/models' } }, base: { sha: s.repo.baseSha } },
      { number: 13, head: { sha: s.repo.headSha, repo: { full_name: 'someone-else/models' } }, base: { sha: s.repo.baseSha } },
    ];
    // The trusted run checks out the default branch, which lacks the fork's commits: they come through the API.
    s.gh.state.mergeBases.set(`${s.repo.baseSha}...${s.repo.headSha}`, s.repo.baseSha);
    for (const sha of [s.repo.baseSha, s.repo.headSha]) s.gh.state.trees.set(sha, filesAt(s.repo.dir, sha));
    const trusted = makeRepo({ 'README.md': 'default branch' }, {});
    mkdirSync(join(trusted.dir, '.github'), { recursive: true });
    try {
      const r = await runAction({
        workspace: trusted.dir, event: 'workflow_run', apiUrl: s.gh.url, inputs: {},
        payload: { workflow_run: { id: 4242, head_sha: s.repo.headSha, head_repository: { full_name: 'fork/models' }, pull_requests: [] } },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect([...s.gh.state.comments.keys()]).toEqual([12]);
      // The same figures and verdict the PR run computed from the same files.
      expect(s.gh.state.comments.get(12)![0]!.body).toBe(readFileSync(join(s.repo.dir, 'out/comparison.md'), 'utf8').replace(
        `merge base \`${s.repo.baseSha.slice(0, 7)}\` (via git)`, `merge base \`${s.repo.baseSha.slice(0, 7)}\` (via the REST API)`));
    } finally {
      removeDir(trusted.dir);
    }
  });
});
