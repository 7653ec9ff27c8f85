// "Fits" means the arena fits in one contiguous SRAM range, not in the sum of a chip's blocks: a
// TFLM arena is one static array.
import { describe, expect, it } from 'vitest';
import { largestArenaBytes, parseTargets, findTargets, BUILTIN_TARGETS } from '../../src/mcu/targets.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { readSharedModel, sharedModelsPresent } from '../support/shared-models.ts';

const base = {
  board: 'two-bank board', core: 'cortex-m7', clockHz: 400_000_000, flashBytes: 2_097_152,
  flash: { waitStates: 4, lineBytes: 32, cache: { kind: 'cache', bytes: 16384 } }, source: 'test',
};

describe('SRAM regions', () => {
  it('joins regions whose addresses touch and keeps separate blocks apart (datasheet memory maps)', () => {
    const [f746, h743, l4r5, f412] = findTargets(['stm32f746', 'stm32h743', 'stm32l4r5', 'stm32f412'], BUILTIN_TARGETS);
    // F746: DTCM 64 KiB + SRAM1 240 KiB + SRAM2 16 KiB follow each other in the memory map.
    expect(largestArenaBytes(f746!)).toBe(320 * 1024);
    // H743: DTCM, AXI SRAM, SRAM1–3 and SRAM4 sit apart; AXI SRAM (512 KiB) is the largest.
    expect(largestArenaBytes(h743!)).toBe(512 * 1024);
    expect(largestArenaBytes(l4r5!)).toBe(640 * 1024);
    // No regions given: one block of sramBytes.
    expect(largestArenaBytes(f412!)).toBe(f412!.sramBytes);
  });

  it.runIf(sharedModelsPresent)('a real model whose arena fits the sum of two banks but neither bank does not fit', () => {
    const name = 'tinyengine_detection.tflite';
    const bytes = readSharedModel(name);
    const banks = (second: string): unknown => ({
      ...base, name: 'two-banks', sramBytes: 2 * 256 * 1024,
      sramRegions: [{ name: 'bank A', address: '0x20000000', bytes: 256 * 1024 }, { name: 'bank B', address: second, bytes: 256 * 1024 }],
    });
    const fits = (second: string): boolean => {
      const userTargets = parseTargets([banks(second)], 'tinygate.yml');
      const report = analyzeModelBytes(name, bytes, { targets: ['two-banks'], userTargets, runtimes: ['tflm'] });
      const row = report.targets!.find((t) => t.runtime === 'tflm')!;
      // TFLM's arena for this model: 379,968 B (the oracle's arena_used_bytes()), above one bank,
      // below both.
      expect(row.sramBytes).toBe(379_968);
      return row.fits;
    };
    expect(fits('0x30000000')).toBe(false); // the banks are apart: 256 KiB is the most one array gets
    expect(fits('0x20040000')).toBe(true); // bank B starts where bank A ends: one 512 KiB range
  });

  it('the schema checks the regions', () => {
    expect(() => parseTargets([{ ...base, name: 'b', sramBytes: 1, sramRegions: [{ name: 'x', address: '20000000', bytes: 4 }] }], 'x')).toThrow(/address|pattern/);
    expect(() => parseTargets([{ ...base, name: 'b', sramBytes: 1, sramRegions: [] }], 'x')).toThrow(/sramRegions|fewer/);
  });
});
