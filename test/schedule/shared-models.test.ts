// The planners on the real third-party models in ../shared/models, against published figures
// (MANIFEST.md, published_figures.json) and figures worked out by hand from the graphs.
import { describe, expect, it } from 'vitest';

import { readTflite } from '../../src/model/tflite/reader.ts';
import { fusePads } from '../../src/schedule/fuse-pads.ts';
import { planSchedules } from '../../src/schedule/summary.ts';
import { planTflm } from '../../src/schedule/tflm.ts';
import { planTinyEngine } from '../../src/schedule/tinyengine.ts';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';
import { planProblems } from './invariants.ts';

const names = sharedModelNames();
const load = (name: string) => readTflite(readSharedModel(name), name);

describe.skipIf(names.length === 0)('tflm_test_conv_model.tflite (TFLM memory_arena_threshold_test)', () => {
  const graph = () => load('tflm_test_conv_model.tflite');

  it('greedy arena with reference kernels is the published head size, 7,744 B = 14·14·16 + 12·12·32', () => {
    expect(planTflm(graph(), { kernels: 'reference', planner: 'greedy' }).arenaBytes).toBe(7_744);
  });

  it('CMSIS-NN adds conv 2 im2col (2·144·2 = 576 B) live beside both conv tensors: 8,320 B', () => {
    expect(planTflm(graph(), { kernels: 'cmsis-nn', planner: 'greedy' }).arenaBytes).toBe(7_744 + 576);
  });

  it('linear arena is the sum of the 16-B aligned tensors: 1024+256+3136+4608+1152+1152+16+48', () => {
    expect(planTflm(graph(), { kernels: 'reference', planner: 'linear' }).arenaBytes).toBe(11_392);
  });

  it('summaries: each runtime counts the same conv pair, plus its own scratch', () => {
    const byRuntime = Object.fromEntries(planSchedules(graph()).map((s) => [s.runtime, s]));
    // TFLM adds its persistent tail: 1,488 B, as TFLM itself reports (test/schedule/tflm-arena.test.ts).
    expect(byRuntime['tflm']).toMatchObject({ arenaBytes: 7_744, scratchBytes: 576, persistentBytes: 1_488, peakSramBytes: 8_320 + 1_488, activationPeakBytes: 7_744 });
    expect(byRuntime['tflm']!.liveBytesPerStep).toHaveLength(7);
    // TinyEngine: im2col 3·3·16·4 = 576 and, as for every conv wider than 1x1, the larger conv's
    // weights in q15: 3·3·16·32·2 = 9,216.
    expect(byRuntime['tinyengine']).toMatchObject({ arenaBytes: 7_744, scratchBytes: 576 + 9_216, peakSramBytes: 17_536 });
    // tinygate: int8 I/O, no conv scratch.
    expect(byRuntime['tinygate']).toMatchObject({ arenaBytes: 7_744, scratchBytes: 0, peakSramBytes: 7_744 });
  });
});

describe.skipIf(names.length === 0)('tinyengine_detection.tflite (TinyEngine detection_fpn codegen)', () => {
  it('reproduces PEAK_MEM 257,448 B exactly (MANIFEST §2.11)', () => {
    const plan = planTinyEngine(load('tinyengine_detection.tflite'));
    // arena: the 1x1 conv 64x80x16 → 64x80x32 holds 81,920 + 163,840 B;
    // sbuf: the stride-2 depthwise on 64x80x32, PAD fused, reads a 66x82 plane in q15 (2·66·82);
    // kbuf: the first conv's 3x3x3x16 weights in q15.
    expect(plan.arenaBytes).toBe(81_920 + 163_840);
    expect(plan.sbufBytes).toBe(2 * 66 * 82);
    expect(plan.kbufBytes).toBe(3 * 3 * 3 * 16 * 2);
    expect(plan.peakMemBytes).toBe(257_448);
  });

  it('gives the same figure without the later stride-2 in-place tail rule', () => {
    expect(planTinyEngine(load('tinyengine_detection.tflite'), { stride2Tail: false }).peakMemBytes).toBe(257_448);
  });
});

describe.skipIf(names.length === 0)('every shared model', () => {
  it.each(names)('%s: plans are sound and tinygate is never worse than tflm or tinyengine', (name) => {
    const graph = load(name);
    const [tflm, tinyengine, tinygate] = planSchedules(graph);
    expect(planProblems(graph, tflm!.plan)).toEqual([]);
    expect(planProblems(fusePads(graph), tinygate!.plan)).toEqual([]);
    expect(planProblems(graph, planTflm(graph, { kernels: 'reference', planner: 'linear' }))).toEqual([]);
    expect(tinygate!.peakSramBytes).toBeLessThanOrEqual(tflm!.peakSramBytes);
    expect(tinygate!.peakSramBytes).toBeLessThanOrEqual(tinyengine!.peakSramBytes);
    for (const s of [tflm!, tinyengine!, tinygate!]) {
      expect(s.peakSramBytes).toBe(s.arenaBytes + s.scratchBytes + (s.persistentBytes ?? 0));
      expect(Math.max(...s.liveBytesPerStep)).toBeLessThanOrEqual(s.peakSramBytes);
    }
    // Without in-place ops every activation the paper's accounting counts has its own TFLM buffer.
    expect(tflm!.activationPeakBytes).toBeLessThanOrEqual(tflm!.peakSramBytes);
  });
});
