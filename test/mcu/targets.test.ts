import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { processIo } from '../../src/cli/io.ts';
import { sharedModelPath, sharedModelsPresent } from '../support/shared-models.ts';
import { targetsCommand } from '../../src/cli/targets.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { isUserError } from '../../src/errors.ts';
import { targetRows } from '../../src/mcu/target-rows.ts';
import { allTargets, BUILTIN_TARGETS, findTargets, parseTargets } from '../../src/mcu/targets.ts';
import { convGraph } from '../support/single-op.ts';

const custom = {
  name: 'my-board', board: 'My board', core: 'cortex-m4', clockHz: 80_000_000, sramBytes: 65_536, flashBytes: 262_144,
  flash: { waitStates: 4, lineBytes: 8, cache: { kind: 'none', bytes: 0 } }, source: 'our datasheet',
};

function thrown(fn: () => unknown): Error {
  try { fn(); } catch (e) { return e as Error; }
  throw new Error('did not throw');
}

describe('targets', () => {
  it('the built-in list passes the schema users\' targets are checked by', () => {
    expect(parseTargets(JSON.parse(readFileSync(new URL('../../src/mcu/targets.json', import.meta.url), 'utf8')), 'targets.json')).toEqual(BUILTIN_TARGETS);
  });
  it('ships the boards the issue asks for, one of them with Helium', () => {
    const names = BUILTIN_TARGETS.map((t) => t.name);
    for (const n of ['stm32f746', 'stm32h743', 'stm32l4r5', 'stm32f412', 'nrf52840', 'nrf5340', 'ra6m4', 'rp2040', 'stm32g0b1']) expect(names).toContain(n);
    expect(BUILTIN_TARGETS.some((t) => t.core === 'cortex-m55' || t.core === 'cortex-m85')).toBe(true);
  });
  it('a user target is checked by the schema and can be looked up', () => {
    const [t] = parseTargets([custom], 'tinygate.yml');
    expect(findTargets(['my-board'], allTargets([t!]))[0]!.clockHz).toBe(80_000_000);
  });
  it('the schema rejects a typo in a key, naming it', () => {
    const e = thrown(() => parseTargets([{ ...custom, clockHZ: 1, clockHz: undefined }], 'tinygate.yml'));
    expect(isUserError(e)).toBe(true);
    expect(e.message).toContain('clockHZ');
  });
  it('the schema rejects an unknown core and a duplicate name', () => {
    expect(() => parseTargets([{ ...custom, core: 'cortex-m3' }], 'x')).toThrow(/core/);
    expect(() => parseTargets([custom, custom], 'x')).toThrow(/twice/);
  });
  it('an unknown target name lists the known ones', () => {
    expect(() => findTargets(['stm32f999'])).toThrow(/stm32f746/);
  });
});

describe('target rows', () => {
  const g = convGraph('CONV_2D', { input: [1, 16, 16, 8], kernel: [3, 3], padding: 'SAME', outChannels: 16 });
  it('one row per (target, runtime) the runtime supports, with per-layer cycles summing to the total', () => {
    const rows = targetRows(g, findTargets(['stm32f746', 'rp2040']), ['tflm', 'tinyengine']);
    expect(rows.map((r) => `${r.name}/${r.runtime}`)).toEqual(['stm32f746/tflm', 'stm32f746/tinyengine', 'rp2040/tflm']);
    for (const r of rows) {
      expect(Math.abs(r.layers.reduce((s, l) => s + l.cycles, 0) - r.cycles)).toBeLessThanOrEqual(r.layers.length);
      expect(r.errorPct).toBeGreaterThan(0);
    }
  });
  it('fits compares the given memory use with the target', () => {
    const [small] = parseTargets([custom], 'x');
    expect(targetRows(g, [small!], ['tflm'], { flashBytes: 1000, sramBytes: 70_000 })[0]!.fits).toBe(false);
    expect(targetRows(g, [small!], ['tflm'], { flashBytes: 1000, sramBytes: 60_000 })[0]!.fits).toBe(true);
  });
});

describe('tinygate targets', () => {
  it('lists every built-in target', () => {
    let out = '';
    const io: CliIo = { stdout: (s) => { out += s; }, stderr: () => {}, readFile: () => new Uint8Array(), writeFile: () => {} };
    expect(targetsCommand([], io)).toBe(0);
    for (const t of BUILTIN_TARGETS) expect(out).toContain(t.name);
  });

  it.runIf(sharedModelsPresent)('a model\'s rows are the ones `analyze` reports (planned SRAM, same fit verdict)', async () => {
    const model = sharedModelPath('mlperf_tiny_vww_mobilenetv1_025_96_int8.tflite');
    const capture = async (run: (io: CliIo) => number | Promise<number>): Promise<string> => {
      let out = '';
      const io: CliIo = { ...processIo, stdout: (s) => { out += s; } };
      expect(await run(io)).toBe(0);
      return out;
    };
    const rows = JSON.parse(await capture((io) => targetsCommand([model, '--target', 'stm32l4r5', '--runtime', 'tflm', '--json'], io)));
    const report = JSON.parse(await capture((io) => main(['analyze', model, '--target', 'stm32l4r5', '--runtime', 'tflm', '--json'], io)));
    expect(rows).toEqual(report.targets);
    // TFLM's planned peak (73,728 B in the README table), not the 55,296 B ideal activation peak.
    expect(rows[0].sramBytes).toBe(report.schedules.find((s: { runtime: string }) => s.runtime === 'tflm').peakSramBytes);
  });
});
