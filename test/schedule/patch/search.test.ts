// Searching patch schedules: the Pareto front of (peak SRAM, MACs), the budgeted pick, and the best
// split for a given patch count, on MobileNetV2-1.0 @224 (paper figures) and a non-square model.

import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../src/errors.ts';
import { readTflite } from '../../../src/model/tflite/reader.ts';
import { zooModel } from '../../../src/model/zoo.ts';
import { bestSplitFor, paretoFront, pickSchedule, searchSchedules, type Candidate } from '../../../src/schedule/patch/search.ts';
import { readSharedModel, sharedModelsPresent } from '../../support/shared-models.ts';

const mbv2 = zooModel('mobilenetv2');
const search = searchSchedules(mbv2);
const label = (c: Candidate): string => (c.kind === 'per-layer' ? 'per-layer' : `${c.splitTensor} ${c.patches.join('×')}`);

describe('schedule search, MobileNetV2-1.0 @224 (paper accounting)', () => {
  it('puts the paper\'s schedule at the low-memory end of the front and per-layer at the low-MAC end', () => {
    expect(label(search.front[0]!)).toBe('block_3_project 4×4');
    expect(search.front[0]!.peakSramBytes).toBe(175_616);
    expect(search.front.at(-1)).toEqual({ kind: 'per-layer', peakSramBytes: 1_404_928, macs: 300_774_272 });
    // A front: peaks rise and MACs fall strictly along it, and no candidate beats a front point on both.
    for (let i = 1; i < search.front.length; i++) {
      expect(search.front[i]!.peakSramBytes).toBeGreaterThan(search.front[i - 1]!.peakSramBytes);
      expect(search.front[i]!.macs).toBeLessThan(search.front[i - 1]!.macs);
    }
    for (const f of search.front) {
      const dominates = (c: Candidate): boolean => c.peakSramBytes <= f.peakSramBytes && c.macs <= f.macs && (c.peakSramBytes < f.peakSramBytes || c.macs < f.macs);
      expect(search.candidates.some(dominates)).toBe(false);
    }
  });

  it('tries every legal split with p = 2..8 on square maps', () => {
    const at3 = search.candidates.filter((c) => c.splitTensor === 'block_3_project').map((c) => c.patches.join('×'));
    expect(at3).toEqual(['2×2', '3×3', '4×4', '5×5', '6×6', '7×7']); // 8×8 over 28 would leave empty patches
    expect(search.candidates.some((c) => c.splitTensor === 'block_2_project')).toBe(false); // crossed by a residual
  });

  it('--budget-sram 256KiB picks 4×4 after block 3 (3×3 needs 272,496 B); 2 MiB keeps per-layer', () => {
    expect(label(pickSchedule(search, 256 * 1024))).toBe('block_3_project 4×4');
    expect(search.candidates.find((c) => label(c) === 'block_3_project 3×3')!.peakSramBytes).toBe(272_496);
    expect(pickSchedule(search, 2 * 1024 * 1024).kind).toBe('per-layer');
    let error: unknown;
    try { pickSchedule(search, 100_000); } catch (e) { error = e; }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('no schedule fits 100000 B of SRAM (paper accounting): the smallest peak is 175616 B (split after op 12 (block_3_project), 4×4 patches)');
  });

  it('--patches 4 without --split picks block 3; --patches 2 too', () => {
    expect(bestSplitFor(mbv2, [4, 4]).splitTensor).toBe('block_3_project');
    expect(bestSplitFor(mbv2, [2, 2]).peakSramBytes).toBe(469_616);
  });

  it('keeps the first of equal points and drops dominated ones', () => {
    const p = (peakSramBytes: number, macs: number): Candidate => ({ kind: 'per-layer', peakSramBytes, macs });
    expect(paretoFront([p(10, 5), p(5, 10), p(7, 10), p(10, 4), p(5, 10)])).toEqual([p(5, 10), p(10, 4)]);
  });
});

describe.runIf(sharedModelsPresent)('schedule search on a non-square model', () => {
  it('tries p_h ≠ p_w on the 25×5 maps of the MLPerf Tiny keyword-spotting DS-CNN', () => {
    const kws = readTflite(readSharedModel('mlperf_tiny_kws_dscnn_int8.tflite'), 'kws');
    const s = searchSchedules(kws);
    const counts = new Set(s.candidates.map((c) => c.patches.join('×')));
    expect(counts.has('5×1')).toBe(true);
    expect(counts.has('1×5')).toBe(true);
    expect(counts.has('5×5')).toBe(true);
    // 25 rows in 6 patches: ⌈25/6⌉ = 5 rows each, the sixth would be empty.
    expect(counts.has('6×1')).toBe(false);
  });
});
