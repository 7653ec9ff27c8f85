// A model against TFLite Micro on the emulated Cortex-M4 (test/support/tflm-oracle.ts): our executor's
// outputs for `randomInputs(graph, seed)`, the inputs `tinygate run --random-input SEED` uses, must
// equal TFLM's bytes exactly, with CMSIS-NN (runtime `tflm`) and with the reference kernels
// (`tflm-reference`). On a difference the oracle is asked for every operator's output, and the
// failure names the first operator whose bytes differ.

import { expect } from 'vitest';
import type { Allocator } from '../../src/kernels/executor.ts';
import { heapAllocator, prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import type { Graph } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import type { OracleKernels } from '../support/tflm-oracle.ts';
import { runOracle } from '../support/tflm-oracle.ts';

/** Seeds every model is checked on by `npm run conformance`; npm test takes the first two (time). */
export const SEEDS = [1, 2, 3, 4, 5];
export const TEST_SEEDS = SEEDS.slice(0, 2);

const bytesOf = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
const same = (a: Uint8Array, b: Uint8Array | undefined): boolean => b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** The first op whose output differs from TFLM's dump, described, or null. */
async function firstDifferingOp(model: Uint8Array, graph: Graph, inputs: readonly TensorData[], kernels: OracleKernels): Promise<string | null> {
  const all = new Map<number, TensorData>();
  const keep: Allocator = (t) => {
    const d = heapAllocator(t);
    all.set(t.id, d);
    return d;
  };
  runGraph(prepareGraph(graph), inputs, keep);
  const { tensors } = await runOracle(model, { kernels, inputs: inputs.map(bytesOf), dumpTensors: true });
  for (const op of graph.ops) {
    const ours = all.get(op.outputs[0]!);
    const theirs = tensors?.[op.index]?.[0];
    if (ours !== undefined && !same(bytesOf(ours), theirs)) {
      const n = bytesOf(ours).reduce((k, b, i) => k + (b === theirs?.[i] ? 0 : 1), 0);
      return `op ${op.index} (${op.kind}): ${n} of ${bytesOf(ours).length} bytes differ`;
    }
  }
  return null;
}

/** Asserts that our outputs of `name` on seed `seed` are TFLM's (`kernels`) bytes. */
export async function expectModelMatchesTflm(name: string, model: Uint8Array, seed: number, kernels: OracleKernels): Promise<void> {
  const graph = readTflite(model, name);
  const inputs = randomInputs(graph, seed);
  const ours = runGraph(prepareGraph(graph), inputs).map(bytesOf);
  const theirs = (await runOracle(model, { kernels, inputs: inputs.map(bytesOf) })).outputs;
  if (ours.every((o, k) => same(o, theirs[k]))) return;
  const where = await firstDifferingOp(model, graph, inputs, kernels);
  expect.fail(`${name} seed ${seed}: outputs differ from TFLM (${kernels}); first differing layer: ${where ?? 'none (only the outputs)'}`);
}
