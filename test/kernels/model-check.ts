// A shared third-party model against TFLite's interpreter (test/oracle), on 20 seeded random inputs.
// Outputs must be byte-identical; where they are not, the run is replayed layer by layer: each op is
// cut out as a one-op model and fed the exact bytes our previous layers produced, and every layer
// must match TFLite up to the one accepted difference (tflite-compare.ts: XNNPACK rounds MAC
// requantization once, the reference kernels twice), which then propagates to the outputs. The first
// input and the first differing one are replayed layer by layer.

import { expect } from 'vitest';
import type { Allocator } from '../../src/kernels/executor.ts';
import { heapAllocator, prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import type { Graph } from '../../src/model/graph.ts';
import { elementCount, NO_TENSOR } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import type { Oracle } from '../oracle/tflite-oracle.ts';
import { createOracle } from '../oracle/tflite-oracle.ts';
import { readSharedModel } from '../support/shared-models.ts';
import { prng } from './graph-builder.ts';
import { singleOpGraph } from './layer-models.ts';
import { randomValues } from './random-ops.ts';
import { expectMatchesTflite, rawBytes } from './tflite-compare.ts';

export const RUNS = 20;

function randomInputs(graph: Graph, seed: number): TensorData[] {
  const rng = prng(seed);
  return graph.inputs.map((id) => {
    const t = graph.tensors[id]!;
    const n = elementCount(t.shape);
    // Float inputs in [0, 1): the float models quantize images scaled to that range.
    return t.dtype === 'float32' ? Float32Array.from({ length: n }, () => rng.next()) : randomValues(rng, t.dtype, n);
  });
}

/** Runs the graph keeping every intermediate buffer, by tensor id. */
function runKeepingAll(graph: Graph, inputs: readonly TensorData[]): Map<number, TensorData> {
  const all = new Map<number, TensorData>();
  graph.inputs.forEach((id, i) => all.set(id, inputs[i]!));
  const keep: Allocator = (tensor) => {
    const data = heapAllocator(tensor);
    all.set(tensor.id, data);
    return data;
  };
  runGraph(prepareGraph(graph), inputs, keep);
  return all;
}

/** Replays one inference layer by layer against TFLite; returns accepted rounding differences. */
export async function replayLayers(name: string, graph: Graph, inputs: readonly TensorData[], layerOracles: Map<number, Oracle>): Promise<number> {
  const buffers = runKeepingAll(graph, inputs);
  let roundingDifferences = 0;
  for (const op of graph.ops) {
    const single = singleOpGraph(graph, op.index);
    let oracle = layerOracles.get(op.index);
    if (oracle === undefined) {
      oracle = await createOracle(writeTflite(single));
      layerOracles.set(op.index, oracle);
    }
    const activations = [...new Set(op.inputList.filter((id) => id !== NO_TENSOR && graph.tensors[id]!.data === null))];
    const theirs = oracle.run(activations.map((id) => rawBytes(buffers.get(id)!)))[0]!;
    const x = buffers.get(op.inputList[0]!)!;
    roundingDifferences += expectMatchesTflite(single, x, buffers.get(op.outputs[0]!)!, theirs, `${name} op ${op.index} (${op.kind})`);
  }
  return roundingDifferences;
}

/** Checks model `name` as described above; returns how many runs were byte-identical end to end. */
export async function checkModelAgainstTflite(name: string): Promise<number> {
  const bytes = readSharedModel(name);
  const graph = readTflite(bytes, name);
  const prepared = prepareGraph(graph);
  const oracle = await createOracle(bytes);
  const layerOracles = new Map<number, Oracle>();
  let identical = 0;
  let replayedDiffering = false;
  try {
    for (let r = 0; r < RUNS; r++) {
      const inputs = randomInputs(graph, 1000 * r + name.length);
      const ours = runGraph(prepared, inputs);
      const theirs = oracle.run(inputs.map(rawBytes));
      const same = ours.every((o, k) => rawBytes(o).every((b, i) => b === theirs[k]![i]));
      if (same) identical++;
      if (r === 0 || (!same && !replayedDiffering)) {
        const differences = await replayLayers(name, graph, inputs, layerOracles);
        // Outputs can only differ through a layer's accepted rounding difference.
        if (!same) expect(differences, `${name} run ${r}: outputs differ, yet every layer matched exactly`).toBeGreaterThan(0);
        replayedDiffering ||= !same;
      }
    }
  } finally {
    oracle.dispose();
    for (const o of layerOracles.values()) o.dispose();
  }
  return identical;
}
