// A placed patch schedule run in one simulated SRAM array gives exactly the per-layer reference
// outputs on every shared model with a legal schedule: the proof that the split buffer, the reused
// tile buffers and the stage-2 tensors never share a live byte. A broken placement is caught by
// debug mode and corrupts the outputs. The placed arena never beats tinygate's live set of the tiles
// it executes; how it compares with the full-tile live-set estimate the report uses is printed.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import { DTYPE_BYTES, tensorBytes, type Graph } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { simulatePatchPlan } from '../../src/mcu/patch-simulator.ts';
import { placeablePatchPlan, placedPatchPeak, planPatchMemory, type PatchMemoryPlan } from '../../src/schedule/patch/placement.ts';
import { findOverlaps, liveLowerBound } from '../../src/schedule/planner.ts';
import { int8IoProgram } from '../../src/schedule/lifetimes.ts';
import { CONVENTIONS, liveSetPeak } from '../../src/schedule/live-set.ts';
import type { PatchPlan } from '../../src/schedule/patch/plan.ts';
import { tileElements } from '../../src/schedule/patch/run.ts';
import { patchPeaks } from '../../src/schedule/patch/summary.ts';
import { bestSplitFor } from '../../src/schedule/patch/search.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readSharedModel, sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';


const bytesOf = (d: TensorData) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

const TINYGATE = CONVENTIONS.find((c) => c.runtime === 'tinygate')!;
const align4 = (n: number): number => Math.ceil(n / 4) * 4;

/**
 * tinygate's live set of the schedule (schedule/patch/summary.ts's stage-1 program) but with the tiles it
 * executes, clipped at the feature-map border as runPatches allocates them, instead of the
 * estimate's full tiles. With the same buffers and more aliasing allowed (in-place ops), it is a
 * true lower bound for the placement; the full-tile estimate is not (at p = 2 every tile touches the
 * border, so executed tiles are smaller).
 */
function executedLiveSet(plan: PatchPlan): number {
  const { graph } = plan;
  const io = int8IoProgram(graph);
  const stage1 = liveSetPeak({
    graph, order: plan.stage1.filter((k) => !io.foldedOps.includes(k)), inputs: io.inputs, outputs: [],
    bytes: (t) => (io.inputs.includes(t) ? 0 : tileElements(plan, t) * DTYPE_BYTES[graph.tensors[t]!.dtype]),
    background: align4(tensorBytes(graph.tensors[plan.splitTensor]!)) + io.inputs.reduce((sum, t) => sum + align4(tensorBytes(graph.tensors[t]!)), 0),
    pinned: new Set([plan.splitTensor]),
  }, TINYGATE).bytes;
  return Math.max(stage1, patchPeaks(plan, TINYGATE).stage2);
}

interface Case {
  readonly name: string;
  readonly p: number;
  readonly split: number;
  /** Live-set peak of the same schedule under tinygate's convention (schedule/patch/summary.ts). */
  readonly estimate: number;
}

const graphs = new Map<string, Graph>();
function graphOf(name: string): Graph {
  let g = graphs.get(name);
  if (g === undefined) graphs.set(name, (g = readTflite(readSharedModel(name), name)));
  return g;
}

/** The best tinygate schedule for p = 2 and 3 of every shared model that has one. */
function cases(): Case[] {
  return sharedModelNames().flatMap((name) => [2, 3].flatMap((p) => {
    try {
      const s = bestSplitFor(graphOf(name), [p, p], 'tinygate');
      return [{ name, p, split: s.split, estimate: s.peakSramBytes }];
    } catch (e) {
      if (e instanceof UserError) return [];
      throw e;
    }
  }));
}

describe.runIf(sharedModelsPresent)('patch schedules in simulated SRAM', () => {
  const all = cases();

  it('finds schedules on the image and audio models', () => {
    expect(new Set(all.map((c) => c.name)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(all.map((c) => [c.name, c.p, c.p, c] as const))('%s, %i×%i patches: placed plan reproduces the per-layer outputs', (name, p, _, c) => {
    const graph = graphOf(name);
    const plan = placeablePatchPlan(graph, { split: c.split, patches: [p, p] });
    const memory = planPatchMemory(plan);
    expect(findOverlaps(memory.buffers)).toEqual([]);
    expect(memory.buffers.every((b) => b.offset % 4 === 0 && b.size % 4 === 0)).toBe(true);
    expect(memory.arenaBytes).toBeGreaterThanOrEqual(liveLowerBound(memory.buffers));
    const bound = executedLiveSet(plan);
    expect(memory.arenaBytes).toBeGreaterThanOrEqual(bound);
    expect(placedPatchPeak(graph, c.split, [p, p])).toBe(memory.arenaBytes);
    const reference = prepareGraph(graph);
    for (const seed of [1, 2]) {
      const inputs = randomInputs(graph, seed);
      const expected = runGraph(reference, inputs).map(bytesOf);
      const { outputs, sramBytes } = simulatePatchPlan(plan, memory, inputs, { checkWrites: seed === 1 });
      expect(sramBytes).toBe(memory.arenaBytes);
      expect(outputs.map(bytesOf), `seed ${seed}`).toEqual(expected);
    }
  });

  it('lifetimes: split from step 0, tiles inside one patch, int8 input resident through stage 1', () => {
    // tinyengine_vww: float input, so the QUANTIZE is the application's and the int8 input is resident.
    const graph = graphOf('tinyengine_vww.tflite');
    const memory = planPatchMemory(placeablePatchPlan(graph, { split: bestSplitFor(graph, [3, 3], 'tinygate').split, patches: [3, 3] }));
    const role = (r: string) => memory.buffers.filter((b) => b.role === r);
    expect(memory.foldedInputOps).toEqual([graph.ops.findIndex((op) => op.kind === 'QUANTIZE')]);
    expect(role('split')).toHaveLength(1);
    expect(role('split')[0]!.firstStep).toBe(0);
    expect(role('split')[0]!.lastStep).toBeGreaterThanOrEqual(memory.stage1Steps);
    expect(role('input').map((b) => [b.firstStep, b.lastStep >= memory.stage1Steps - 1])).toEqual([[0, true]]);
    expect(role('tile').length).toBeGreaterThan(0);
    expect(role('tile').every((b) => b.lastStep < memory.stage1Steps)).toBe(true);
    expect(role('tensor').every((b) => b.firstStep >= memory.stage1Steps)).toBe(true);
    expect(memory.buffers.some((b) => memory.applicationTensors.includes(b.tensors[0]!))).toBe(false);
  });

  it('a placement that puts a tile on the live split buffer is caught by debug mode and corrupts the outputs', () => {
    const graph = graphOf('mlperf_tiny_vww_mobilenetv1_025_96_int8.tflite');
    const plan = placeablePatchPlan(graph, { split: bestSplitFor(graph, [2, 2], 'tinygate').split, patches: [2, 2] });
    const good = planPatchMemory(plan);
    const split = good.buffers.find((b) => b.role === 'split')!;
    const tile = good.buffers.filter((b) => b.role === 'tile' && b.size <= split.size).reduce((a, b) => (b.size > a.size ? b : a));
    const broken: PatchMemoryPlan = { ...good, buffers: good.buffers.map((b) => (b === tile ? { ...b, offset: split.offset } : b)) };
    expect(findOverlaps(broken.buffers).length).toBeGreaterThan(0);
    const inputs = randomInputs(graph, 3);
    const expected = runGraph(prepareGraph(graph), inputs).map(bytesOf);
    const [s, t] = [split.tensors[0]!, tile.tensors[0]!];
    expect(() => simulatePatchPlan(plan, broken, inputs, { checkWrites: true }))
      .toThrow(new RegExp(`writes tensor (${s}|${t}) at arena bytes \\d+–\\d+, over live tensor (${t}|${s}) `));
    expect(simulatePatchPlan(plan, broken, inputs).outputs.map(bytesOf)).not.toEqual(expected);
  });
});
