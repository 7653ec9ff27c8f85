// TinyEngine's patch layout (schedule/patch/tinyengine.ts) on the TinyEngine models in ../shared/models, at
// TinyEngine's own split (the first five layers, examples/vww_patchbased.py), checked against what
// its generator's rules give by hand, and tinygate's executed (placed) patch plan against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { readTflite } from '../../../src/model/tflite/reader.ts';
import { prepareGraph, runGraph } from '../../../src/kernels/executor.ts';
import { simulatePatchPlan } from '../../../src/mcu/patch-simulator.ts';
import { randomInputs } from '../../../src/model/random-inputs.ts';
import type { TensorData } from '../../../src/model/view.ts';
import { placeablePatchPlan, planPatchMemory } from '../../../src/schedule/patch/placement.ts';
import { findOverlaps } from '../../../src/schedule/planner.ts';
import { bestSplitFor } from '../../../src/schedule/patch/search.ts';
import { planTinyEngine } from '../../../src/schedule/tinyengine.ts';
import { planTinyEnginePatches, tinyEnginePatchesAfterOp } from '../../../src/schedule/patch/tinyengine.ts';
import { analyzeModelBytes } from '../../../src/pipeline.ts';
import { readSharedModel, sharedModelNames } from '../../support/shared-models.ts';

const names = sharedModelNames();
const load = (name: string) => readTflite(readSharedModel(name), name);
const bytesOf = (d: TensorData) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

// Split tensor [H, W, C] after TinyEngine's five patch layers and the int8 image bytes, from the graphs.
const MODELS = [
  { name: 'tinyengine_detection.tflite', split: [64, 80, 32], image: 128 * 160 * 3 },
  { name: 'tinyengine_vww.tflite', split: [40, 40, 48], image: 80 * 80 * 3 },
  { name: 'tinyengine_mcunetv2_large.tflite', split: [56, 56, 24], image: 224 * 224 * 3 },
] as const;

describe.skipIf(names.length === 0)('TinyEngine patch layout (its code generator) and tinygate executed plans', () => {
  it('the per-layer figure of the same code is still the published 257,448 B', () => {
    expect(planTinyEngine(load('tinyengine_detection.tflite')).peakMemBytes).toBe(257_448);
  });

  for (const m of MODELS) {
    for (const p of [2, 3, 4]) {
      it(`${m.name}, ${p}×${p}: buffers as the generator sizes them; tinygate's best placed plan`, () => {
        const graph = load(m.name);
        const te = planTinyEnginePatches(graph, p);
        const [h, w, c] = m.split;
        // The split buffer is whole; the staging buffer holds one patch of ⌊H/p⌋ × ⌊max(H,W)/p⌋
        // outputs, which VALID convs on the grain_rf tile give exactly.
        expect(te.splitBufferBytes).toBe(h * w * c);
        expect(te.stagingBytes).toBe(Math.floor(h / p) * Math.floor(Math.max(h, w) / p) * c);
        expect(te.imageBytes).toBe(m.image);
        expect(te.peakMemBytes).toBe(te.arenaBytes + te.sbufBytes + te.kbufBytes);
        // The arena holds at least the split buffer and the staging buffer, both alive from layer 0.
        expect(te.arenaBytes).toBeGreaterThanOrEqual(te.splitBufferBytes + te.stagingBytes);
        // When p does not divide the split tensor, the generated patches leave its last rows unwritten.
        const undivided = h % p !== 0 || w % p !== 0;
        expect(te.unsound.some((u) => u.includes('reads the rest unwritten'))).toBe(undivided);

        const best = bestSplitFor(graph, [p, p], 'tinygate');
        const plan = placeablePatchPlan(graph, { split: best.split, patches: [p, p] });
        const resident = planPatchMemory(plan, 'resident');
        const streamed = planPatchMemory(plan, 'streamed');
        // Depthwise convs run in place, each with a placed plane copy (test/mcu/patch-simulator.test.ts
        // executes these plans in simulated SRAM, checked write by write, against per-layer outputs).
        const depthwise = resident.inPlaceOps.filter((k) => plan.graph.ops[k]!.kind === 'DEPTHWISE_CONV_2D');
        expect(depthwise.length).toBeGreaterThan(0);
        for (const k of depthwise) expect(resident.buffers.filter((b) => b.scratchForOp === k && b.role === 'scratch')).toHaveLength(1);
        // Streaming swaps the whole image for one input tile.
        expect(streamed.streamedInputs).toHaveLength(1);
        expect(streamed.arenaBytes).toBeLessThan(resident.arenaBytes);
        expect(Math.min(resident.arenaBytes, streamed.arenaBytes)).toBeLessThanOrEqual(0.85 * te.peakMemBytes);
      });
    }
  }

  it.each(['tinyengine_vww.tflite', 'tinyengine_mcunetv2_large.tflite'])('%s, 2×2, input streamed: the execution gives the per-layer outputs byte for byte', (name) => {
    const graph = load(name);
    const plan = placeablePatchPlan(graph, { split: bestSplitFor(graph, [2, 2], 'tinygate').split, patches: [2, 2] });
    const memory = planPatchMemory(plan, 'streamed');
    expect(findOverlaps(memory.buffers)).toEqual([]);
    const inputs = randomInputs(graph, 1);
    const expected = runGraph(prepareGraph(graph), inputs).map(bytesOf);
    const { outputs, sramBytes } = simulatePatchPlan(plan, memory, inputs, { checkWrites: true });
    expect(sramBytes).toBe(memory.arenaBytes);
    expect(outputs.map(bytesOf)).toEqual(expected);
  });

  it('says where the generated tile copy reads past the image', () => {
    // vww 2×2: grain_rf 87, pad_l 5, pad_r 42. The first row of patches has only pad_t = 5, so it
    // copies 87 − 5 = 82 image rows from row 0: past the 80 rows (19,200 B) of the image.
    const te = planTinyEnginePatches(load('tinyengine_vww.tflite'), 2);
    expect(te.tile).toEqual([87, 87]);
    expect([te.padLeft, te.padRight]).toEqual([5, 42]);
    expect(te.unsound.some((u) => u.includes('past the 19200-byte image'))).toBe(true);
  });
});

describe('TinyEngine patch layout on a model whose last conv feeds a flattening FC', () => {
  // fixtures/mnist_base: three stride-2 3×3 convs (56 → 28 → 14 → 7), RESHAPE, FC. Split after the
  // last conv, TinyEngine's next layer (the FC, RESHAPE folded) reads the flattened 1×1568 tensor:
  // there is no feature map to stitch patches into, so the generator's layout does not apply.
  const graph = readTflite(new Uint8Array(readFileSync(new URL('../../../fixtures/mnist_base.tflite', import.meta.url))), 'mnist_base.tflite');

  it('has no generated layout after the last conv, and one after the second', () => {
    expect(tinyEnginePatchesAfterOp(graph, 2, 4)).toBeNull();
    const te = tinyEnginePatchesAfterOp(graph, 1, 2)!;
    // conv2 is 14×14: 2×2 patches of 7×7; receptive field back to the input: 7 → 15 → 31 rows.
    expect(te.tile).toEqual([31, 31]);
  });

  it('the report validates (the generated figures are integers or the live-set entry stands)', () => {
    const report = analyzeModelBytes('mnist_base.tflite', new Uint8Array(readFileSync(new URL('../../../fixtures/mnist_base.tflite', import.meta.url))));
    for (const s of report.schedules ?? []) expect(Number.isInteger(s.peakSramBytes), JSON.stringify(s)).toBe(true);
  });
});
