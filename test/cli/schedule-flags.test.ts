// The schedule flags of `analyze` and `run` as a user meets them.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { sharedModelPath, sharedModelsPresent } from '../support/shared-models.ts';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readFile: processIo.readFile, writeFile: () => {} };
  return { code: await main(argv, io), stdout, stderr };
}

describe.runIf(sharedModelsPresent)('schedule flags', () => {
  const vww = sharedModelPath('mlperf_tiny_vww_mobilenetv1_025_96_int8.tflite');

  it('run --schedule patch prints the same outputs as per-layer', async () => {
    const perLayer = await cli('run', vww, '--random-input', '11');
    const patched = await cli('run', vww, '--random-input', '11', '--schedule', 'patch', '--patches', '3');
    expect(patched.code).toBe(0);
    expect(patched.stdout).toBe(perLayer.stdout);
  });

  it('analyze --schedule patch --patches 3 --split 7 reports that split under each convention', async () => {
    const r = await cli('analyze', vww, '--schedule', 'patch', '--patches', '3', '--split', '7', '--json', '--target', 'stm32f746');
    expect(r.stderr).toBe('');
    const patch = JSON.parse(r.stdout).schedules.filter((s: { kind: string }) => s.kind === 'patch');
    expect(patch.map((s: { runtime: string }) => s.runtime)).toEqual(['paper', 'tinyengine', 'tinygate']);
    for (const s of patch) expect(s).toMatchObject({ split: 7, patches: [3, 3] });
    // Op 7 writes VWW's 24×24 map; 3 patches of 8 rows each.
    expect(patch[0].splitTensor).toBeTruthy();
  });

  it('analyze --schedule patch at TinyEngine\'s split: its generator\'s layout and tinygate\'s executed plan, resident and streamed', async () => {
    const model = sharedModelPath('tinyengine_vww.tflite');
    const r = await cli('analyze', model, '--schedule', 'patch', '--patches', '2', '--split', '7', '--json', '--target', 'stm32f746');
    expect(r.stderr).toBe('');
    const patch = JSON.parse(r.stdout).schedules.filter((s: { kind: string }) => s.kind === 'patch');
    const te = patch.find((s: { runtime: string }) => s.runtime === 'tinyengine');
    const tg = patch.find((s: { runtime: string }) => s.runtime === 'tinygate');
    // Op 7 ends TinyEngine's five patch layers: 80×80×3 image outside PEAK_MEM, 87×87 tile (docs/patch.md).
    expect(te).toMatchObject({ imageBytes: 80 * 80 * 3, tile: [87, 87] });
    expect(te.peakSramBytes).toBe(te.arenaBytes + te.scratchBytes);
    expect(te.accounting).toMatch(/code generator/);
    expect(te.unsound.some((u: string) => u.includes('past the 19200-byte image'))).toBe(true);
    expect(tg.executed).toBe(true);
    expect(tg.streamedInputPeakSramBytes).toBeLessThan(tg.peakSramBytes);
  });

  it('analyze (search): every tinygate patch entry is an executed plan, on a front of executed peaks and MACs', async () => {
    const r = await cli('analyze', sharedModelPath('tinyengine_vww.tflite'), '--json');
    const tg = JSON.parse(r.stdout).schedules.filter((s: { kind: string; runtime: string }) => s.kind === 'patch' && s.runtime === 'tinygate');
    expect(tg.length).toBeGreaterThan(0);
    for (const s of tg) expect(s).toMatchObject({ executed: true, outputsMatchReference: true });
    for (let i = 1; i < tg.length; i++) {
      expect(tg[i].peakSramBytes).toBeGreaterThanOrEqual(tg[i - 1].peakSramBytes);
      expect(tg[i].macs).toBeLessThan(tg[i - 1].macs);
    }
  });

  it('analyze --schedule auto: tinygate\'s choice fits the budget as executed', async () => {
    const budget = 60_000;
    const r = await cli('analyze', sharedModelPath('tinyengine_vww.tflite'), '--json', '--schedule', 'auto', '--budget-sram', String(budget));
    expect(r.stderr).toBe('');
    const tg = JSON.parse(r.stdout).schedules.filter((s: { kind: string; runtime: string }) => s.kind === 'patch' && s.runtime === 'tinygate');
    expect(tg).toHaveLength(1);
    expect(tg[0]).toMatchObject({ chosen: true, executed: true });
    expect(tg[0].peakSramBytes).toBeLessThanOrEqual(budget);
  });

  it('explains an illegal split and bad flag combinations', async () => {
    const bad = await cli('run', vww, '--random-input', '1', '--schedule', 'patch', '--patches', '3', '--split', '30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot split after op 30 into 3×3 patches: the split tensor .* has shape \[1, 2\]/);
    expect((await cli('analyze', vww, '--patches', '3')).stderr).toMatch(/--patches\/--split needs --schedule patch/);
    expect((await cli('analyze', vww, '--schedule', 'auto')).stderr).toMatch(/--schedule auto needs --budget-sram SIZE/);
    expect((await cli('analyze', vww, '--schedule', 'patch', '--patches', '1')).stderr).toMatch(/--patches takes P or PxQ/);
    expect((await cli('analyze', vww, '--schedule', 'auto', '--budget-sram', '10 bananas')).stderr).toMatch(/--budget-sram `10 bananas` is not a size/);
    const none = await cli('analyze', vww, '--schedule', 'auto', '--budget-sram', '1KiB', '--target', 'stm32f746');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no schedule fits 1024 B of SRAM/);
  });

  it('--schedule auto marks the schedule it chose', async () => {
    const r = await cli('analyze', vww, '--schedule', 'auto', '--budget-sram', '40KiB', '--json', '--runtime', 'tflm', '--target', 'stm32f746');
    const chosen = JSON.parse(r.stdout).schedules.filter((s: { chosen?: boolean }) => s.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].peakSramBytes).toBeLessThanOrEqual(40 * 1024);
  });
});
