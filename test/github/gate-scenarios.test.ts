// What the gate gates, tried as a user would: the bundled action (dist/index.js) run as the runner
// runs it, against the fake REST server, in real git repositories (`npm run bundle` first). Each
// case is one way the gate used to pass a PR it should fail (issue 11): one runtime per row, names
// checked where they enter, and nothing left unchecked.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readSharedModel } from '../support/shared-models.ts';
import { makeRepo, removeDir, runAction, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

let gh: FakeGitHub;
const repos: TestRepo[] = [];

beforeEach(async () => { gh = await startFakeGitHub(); });
afterEach(async () => {
  await gh.close();
  for (const r of repos.splice(0)) removeDir(r.dir);
});

function repo(base: Record<string, Uint8Array | string>, head: Record<string, Uint8Array | string | null>, config?: string): TestRepo {
  const r = makeRepo(config === undefined ? base : { ...base, '.github/tinygate.yml': config }, head);
  repos.push(r);
  return r;
}

async function runPr(r: TestRepo, inputs: Record<string, string>) {
  const run = await runAction({
    workspace: r.dir, event: 'pull_request', apiUrl: gh.url, inputs,
    payload: { pull_request: { number: 7, base: { sha: r.baseSha }, head: { sha: r.headSha } } },
  });
  return { ...run, comment: gh.state.comments.get(7)?.at(-1)?.body ?? null };
}

/** The one `::error::` line a failed run prints for a problem the user can fix. */
const failure = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error::tinygate: '));

describe('one runtime per row', () => {
  // The MLPerf Tiny VWW model swapped for mcunet-vww1 (TinyEngine's VWW model). Under TFLM the
  // head needs 219,808 B = 214.7 KiB: TFLM's arena_used_bytes(), a 161,472 B planned head plus a
  // 58,336 B persistent tail (README's memory table, which test/oracle checks against the TFLM
  // oracle). 128 KiB = 131,072 B, so it is over by 88,736 B = 86.7 KiB. TinyEngine runs it in
  // patches in far less.
  const swap = () => repo(
    { 'models/vww.tflite': readSharedModel('mlperf_tiny_vww_mobilenetv1_025_96_int8.tflite') },
    { 'models/vww.tflite': readSharedModel('tinyengine_vww.tflite') },
  );

  test('default inputs: the swap fails under tflm, with the budget and the headroom in the comment', async () => {
    const r = await runPr(swap(), { 'budget-sram': '128KiB' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.outputs['verdict']).toBe('fail');
    const comment = r.comment!;
    expect(comment).toContain('| `models/vww.tflite` (changed) | `stm32f746` | `tflm` per-layer |');
    expect(comment).toContain('- ❌ `models/vww.tflite` on `stm32f746`: peak SRAM (tflm, per-layer) 214.7 KiB of 128 KiB: over by 86.7 KiB');
    expect(comment).toContain('❌ peak SRAM (tflm, per-layer) 214.7 KiB of 128 KiB: over by 86.7 KiB');
    // TinyEngine's figures are there, as advice only.
    expect(comment).toMatch(/\*\*Other runtimes\*\* \(advisory, not gated\)\n\n- `models\/vww\.tflite`: .*with TinyEngine in \d+×\d+ patches: [\d.]+ KiB/);
    // The latency cell carries its measured error band.
    expect(comment).toMatch(/ ms → [\d.]+ ms ±[\d.]+%/);
  });

  test('the same PR with `runtime: tinyengine` and `schedule: patch` passes, saying what it gated', async () => {
    const r = await runPr(swap(), { 'budget-sram': '128KiB', runtime: 'tinyengine', schedule: 'patch' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['verdict']).toBe('pass');
    const comment = r.comment!;
    expect(comment).toMatch(/\| `models\/vww\.tflite` \(changed\) \| `stm32f746` \| `tinyengine` patch \d+×\d+ after op \d+ \|/);
    expect(comment).toMatch(/✅ peak SRAM \(tinyengine, patch \d+×\d+ after op \d+\) [\d.]+ KiB of 128 KiB: [\d.]+ KiB left/);
    expect(comment).toContain('with TFLM + CMSIS-NN per layer: 214.7 KiB');
    // Regressions against the base warn under the default `fail-on: budget`; nothing fails.
    expect(comment).not.toMatch(/^- ❌/m);
    expect(comment).toMatch(/\| [\d.]+ ms → [\d.]+ ms ±[\d.]+%<br>/);
  });
});

describe('bad names and patterns fail with one line', () => {
  const hello = readSharedModel('tflm_hello_world_int8.tflite');
  const simple = () => repo({ 'models/a.tflite': hello }, {});

  test.each([
    [{ runtime: 'tlfm' }, 'unknown runtime `tlfm` in input `runtime`; did you mean `tflm`? (allowed: tflm, tflm-reference, tinyengine, tinygate, paper)'],
    [{ targets: 'esp32s3' }, 'unknown target `esp32s3` in input `targets` (allowed: stm32f746, stm32h743, stm32l4r5, stm32f412, nrf52840, nrf5340, ra6m4, rp2040, stm32g0b1, ra8d1)'],
    [{ targets: 'STM32F746' }, 'unknown target `STM32F746` in input `targets`; did you mean `stm32f746`? (allowed: stm32f746, stm32h743, stm32l4r5, stm32f412, nrf52840, nrf5340, ra6m4, rp2040, stm32g0b1, ra8d1)'],
    [{ models: 'nets/**/*.tflite' }, 'input `models`: pattern `nets/**/*.tflite` matches no file in the checkout, so nothing it names would be gated; fix the pattern or remove it'],
  ])('%o', async (inputs, reason) => {
    const r = await runPr(simple(), inputs);
    expect(r.code).toBe(1);
    expect(failure(r.stdout)).toEqual([`::error::tinygate: ${reason}`]);
    expect(r.comment).toBeNull();
  });

  test('a config path that matches nothing, and a config runtime typo, name the file, line and key', async () => {
    const noMatch = await runPr(repo({ 'models/a.tflite': hello }, {}, 'models:\n  - path: models/a.tflite\n  - path: modles/*.tflite\n    budgets: { sram: 64KiB }\n'), {});
    expect(noMatch.code).toBe(1);
    expect(failure(noMatch.stdout)).toEqual(['::error::tinygate: .github/tinygate.yml:3: `models.1.path`: pattern `modles/*.tflite` matches no file in the checkout, so nothing it names would be gated; fix the pattern or remove it']);
    const typo = await runPr(repo({ 'models/a.tflite': hello }, {}, 'models:\n  - path: models/a.tflite\n    runtime: tinyengien\n'), {});
    expect(failure(typo.stdout)).toEqual(['::error::tinygate: unknown runtime `tinyengien` in .github/tinygate.yml:3: `models.0.runtime`; did you mean `tinyengine`? (allowed: tflm, tflm-reference, tinyengine, tinygate, paper)']);
  });

  test('`schedule: patch` on a model without a patch schedule fails with the reason in the comment', async () => {
    // hello_world is three FULLY_CONNECTED layers: no spatial split, so no patch schedule exists.
    const te = await runPr(simple(), { runtime: 'tinyengine', schedule: 'patch', 'budget-sram': '64KiB' });
    expect(te.code).toBe(1);
    expect(te.comment).toContain('- ❌ `models/a.tflite`: cannot gate runtime `tinyengine` with schedule `patch`: no patch schedule of `tinyengine` for this model: no legal split lowers its peak SRAM');
    expect(te.comment).toContain('❌ peak SRAM (no memory plan) not evaluated');
    // Under the default runtime the reason is the runtime's: TFLM has no patch-based execution.
    const tflm = await runPr(simple(), { schedule: 'patch' });
    expect(tflm.code).toBe(1);
    expect(tflm.comment).toContain('cannot gate runtime `tflm` with schedule `patch`: `tflm` runs per layer only and has no patch schedule (runtimes with one: tinyengine, tinygate, paper)');
  });
});
