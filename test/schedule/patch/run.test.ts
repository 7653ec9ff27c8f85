// Patch-based execution must reproduce per-layer execution byte for byte (the per-layer executor is
// the reference). Every legal (split, p ≤ 4) on the small zoo networks; a seeded sample of them on
// each shared third-party model (all of them on the small ones).

import { describe, expect, it } from 'vitest';
import { prepareGraph, runGraph, type PreparedGraph } from '../../../src/kernels/executor.ts';
import { allocateTensorData } from '../../../src/model/tensor-data.ts';
import type { TensorData } from '../../../src/model/view.ts';
import { elementCount, type Graph, type Tensor } from '../../../src/model/graph.ts';
import { readTflite } from '../../../src/model/tflite/reader.ts';
import { ZOO_NAMES, zooModel } from '../../../src/model/zoo.ts';
import { seededRandom } from '../../../src/random.ts';
import { patchProblems, patchWindow, planPatches, splitProblems } from '../../../src/schedule/patch/plan.ts';
import { patchSteps, runPatches, type BufferAllocator } from '../../../src/schedule/patch/run.ts';
import { readSharedModel, sharedModelNames } from '../../support/shared-models.ts';
import { GraphBuilder, NO_ACTIVATION, noPad } from '../../kernels/graph-builder.ts';

type Request = { split: number; patches: [number, number] };

function randomInputs(graph: Graph, seed: number): TensorData[] {
  const rng = seededRandom(seed);
  return graph.inputs.map((id) => {
    const t = graph.tensors[id]!;
    const data = allocateTensorData(t.dtype, elementCount(t.shape));
    for (let i = 0; i < data.length; i++) data[i] = t.dtype === 'float32' ? rng() * 2 - 1 : Math.floor(rng() * 256) - 128;
    return data;
  });
}

/** Every legal request with p ≤ 4: square counts, plus two non-square ones (1×2, 3×2). */
function legalRequests(graph: Graph): Request[] {
  const counts: [number, number][] = [[2, 2], [3, 3], [4, 4], [1, 2], [3, 2]];
  return graph.ops.filter((op) => splitProblems(graph, op.index).length === 0)
    .flatMap((op) => counts.map((patches) => ({ split: op.index, patches })))
    .filter((r) => patchProblems(graph, r).length === 0);
}

function bytesOf(d: TensorData): Uint8Array {
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

function expectSameAsPerLayer(prepared: PreparedGraph, requests: readonly Request[], inputs: TensorData[]): void {
  const reference = runGraph(prepared, inputs).map(bytesOf);
  for (const r of requests) {
    const outputs = runPatches(prepared, planPatches(prepared.graph, r), inputs).map(bytesOf);
    expect({ ...r, same: outputs.every((o, i) => Buffer.from(o).equals(Buffer.from(reference[i]!))) }).toEqual({ ...r, same: true });
  }
}

describe('patch execution equals per-layer execution', () => {
  for (const name of ZOO_NAMES) {
    // 56×56: maps of 28, 14, 7, 4, 2 rows, so some counts leave a shorter last patch (14/3, 7/4).
    it(`zoo ${name} (width 0.35, 56×56): every legal split and p ≤ 4`, () => {
      const graph = zooModel(name, { width: 0.35, resolution: 56, classes: 10 });
      const requests = legalRequests(graph);
      expect(requests.length).toBeGreaterThan(40);
      expectSameAsPerLayer(prepareGraph(graph), requests, randomInputs(graph, 7));
    });
  }

  for (const file of sharedModelNames()) {
    it(`shared ${file}: legal splits, sampled on large models`, () => {
      const graph = readTflite(readSharedModel(file), file);
      const all = legalRequests(graph);
      // Large models take ~1 s per patched run; a seeded sample keeps the suite fast.
      const budget = graph.ops.length > 100 ? 2 : graph.ops.length > 40 ? 8 : 16;
      const rng = seededRandom(11);
      const sample = all.length <= budget ? all : Array.from({ length: budget }, () => all.splice(Math.floor(rng() * all.length), 1)[0]!);
      expectSameAsPerLayer(prepareGraph(graph), sample, randomInputs(graph, 5));
    }, 60_000);
  }
});

describe('patch execution, hand-built branches', () => {
  it('gives a tensor read by two ops the union of their windows (a 1×1 branch before a 3×3 one)', () => {
    const b = new GraphBuilder();
    const q = { scale: [0.05], zeroPoint: [-3] };
    const t = () => b.tensor({ shape: [1, 12, 12, 2], dtype: 'int8', ...q });
    const [input, x, y, z, out] = [t(), t(), t(), t(), t()];
    const pool = (k: number) => ({ stride: [1, 1], dilation: [1, 1], filter: [k, k], pad: k === 3 ? { top: 1, bottom: 1, left: 1, right: 1 } : noPad, ...NO_ACTIVATION });
    b.op('MAX_POOL_2D', { input }, x, pool(3))
      .op('MAX_POOL_2D', { input: x }, y, pool(1))
      .op('MAX_POOL_2D', { input: x }, z, pool(3))
      .op('ADD', { lhs: y, rhs: z }, out, NO_ACTIVATION);
    const graph = b.build([input], [out]);
    const plan = planPatches(graph, { split: 3, patches: [3, 3] });
    // x must cover z's 3×3 halo even though y, listed first, only needs the patch itself.
    expect(patchWindow(plan, x, 1, 1)).toEqual({ start: [0, 3, 3, 0], size: [1, 6, 6, 2] });
    expectSameAsPerLayer(prepareGraph(graph), [{ split: 3, patches: [3, 3] }, { split: 3, patches: [4, 2] }], randomInputs(graph, 3));
  });
});

describe('patch steps and buffers', () => {
  const graph = zooModel('mobilenetv2', { width: 0.35, resolution: 64, classes: 10 });
  const split = graph.ops.find((op) => graph.tensors[op.outputs[0]!]!.name === 'block_3_project')!.index;
  const plan = planPatches(graph, { split, patches: [2, 2] });

  it('lists "op k on window W of patch (i, j)" for stage 1, then whole outputs for stage 2', () => {
    const steps = patchSteps(plan);
    expect(steps).toHaveLength(4 * (split + 1) + graph.ops.length - split - 1);
    // 64 → 32 → 16 → 8: the split is 8×8×16, so patch (1, 0) writes rows 4..7, columns 0..3.
    expect(steps[2 * (split + 1) + split]).toEqual({ op: split, patch: [1, 0], window: { start: [0, 4, 0, 0], size: [1, 4, 4, 16] } });
    expect(steps.at(-1)).toEqual({ op: graph.ops.length - 1, patch: null, window: { start: [0, 0], size: [1, 10] } });
  });

  it('asks the allocator once per stage-1 tile, sized for its largest clipped window', () => {
    const asked: [string, number][] = [];
    const allocate: BufferAllocator = (t: Tensor, n: number) => { asked.push([t.name, n]); return allocateTensorData(t.dtype, n); };
    runPatches(prepareGraph(graph), plan, randomInputs(graph, 1), allocate);
    // The split buffer first (8×8×16), then one tile per stage-1 tensor. Conv1 (32×32×16), by hand
    // for patch 0 (split rows 0..3): stride-2 3×3 with no top pad → 0..8; 3×3 pad 1 → −1..9, clipped
    // 0..9; stride 2 → 0..20; pad 1 → −1..21, clipped 0..21: 22 rows (patch 1 needs 19).
    expect(asked[0]).toEqual(['block_3_project', 8 * 8 * 16]);
    expect(asked[1]).toEqual(['Conv1', 22 * 22 * 16]);
    expect(asked.filter(([name]) => name === 'Conv1')).toHaveLength(1);
  });
});
