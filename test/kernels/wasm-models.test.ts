// Every shared model × 5 seeded inputs, per layer: the reference executor with the wasm kernels
// substituted wherever they cover an op gives every op's output byte-identical to the JS kernels'.

import { describe, expect, it } from 'vitest';
import type { Allocator, PreparedGraph } from '../../src/kernels/executor.ts';
import { heapAllocator, prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import { WasmContext } from '../../src/kernels/wasm/context.ts';
import { prepareWasm } from '../../src/kernels/wasm/prepare.ts';
import type { Graph } from '../../src/model/graph.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';

const SEEDS = [1, 2, 3, 4, 5];

/** An allocator that also records every op output it hands out, in execution order. */
function recording(): { allocate: Allocator; outputs: TensorData[] } {
  const outputs: TensorData[] = [];
  return { outputs, allocate: (t) => { const d = heapAllocator(t); outputs.push(d); return d; } };
}

const bytes = (d: TensorData): Buffer => Buffer.from(d.buffer, d.byteOffset, d.byteLength);

describe('shared models: wasm kernels substituted per layer give the JS kernels\' bytes', () => {
  for (const name of sharedModelNames()) {
    describe(name, () => {
      // Prepared once per model, on first use; each seed is its own test so none runs long.
      let prepared: { graph: Graph; wasm: PreparedGraph; js: PreparedGraph; covered: number } | null = null;
      const setUp = (): NonNullable<typeof prepared> => {
        if (prepared !== null) return prepared;
        const graph = readTflite(readSharedModel(name), name);
        const ctx = new WasmContext();
        let covered = 0;
        const wasm = prepareGraph(graph, { kernel: (op, g) => { const p = prepareWasm(op, g, ctx); if (p !== null) covered++; return p; } });
        prepared = { graph, wasm, js: prepareGraph(graph), covered };
        return prepared;
      };
      for (const seed of SEEDS) {
        it(`seed ${seed}`, () => {
          const { graph, wasm, js, covered } = setUp();
          const inputs = randomInputs(graph, seed);
          const ours = recording();
          const reference = recording();
          runGraph(wasm, inputs, ours.allocate);
          runGraph(js, inputs, reference.allocate);
          expect(ours.outputs.length).toBe(graph.ops.length);
          reference.outputs.forEach((expected, k) => {
            if (!bytes(ours.outputs[k]!).equals(bytes(expected))) throw new Error(`op ${k} (${graph.ops[k]!.kind}) differs`);
          });
          // Int8 models have ops the wasm covers; the check above must have exercised some.
          if (graph.tensors[graph.inputs[0]!]!.dtype === 'int8') expect(covered).toBeGreaterThan(0);
        });
      }
    });
  }
});
