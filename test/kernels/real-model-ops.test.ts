// Every op of the shared third-party models, cut out with its real shapes, quantization and
// constants into a one-op model and fed seeded uniform inputs (not only the activations its model
// produces), compared byte for byte with TFLite Micro, CMSIS-NN and reference kernels. A model's
// ops go through the oracle together, side by side in one file (tflm-compare.ts). Ops with an input
// above the oracle's 1 MiB input limit (ORACLE_MAX_INPUT_BYTES) are left out here; models.test.ts
// covers them inside their model.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import { tensorBytes } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';
import { ORACLE_MAX_INPUT_BYTES, oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { singleOpGraph } from './layer-models.ts';
import { compareWithTflm } from './tflm-compare.ts';

oracleSkipNotice();

describe.skipIf(!oracleAvailable)('every op of the shared models, alone, equals TFLite Micro', () => {
  for (const name of sharedModelNames()) {
    let graph: Graph;
    try {
      graph = readTflite(readSharedModel(name), name);
    } catch {
      continue; // Models the reader refuses are the reader's tests' business.
    }
    const cases = graph.ops.filter((op) => op.kind !== 'UNSUPPORTED')
      .map((op) => ({ graph: singleOpGraph(graph, op.index), description: `${name} op ${op.index} ${op.kind}` }))
      .filter((c) => c.graph.inputs.every((id) => tensorBytes(c.graph.tensors[id]!) <= ORACLE_MAX_INPUT_BYTES));
    it.each(['cmsis', 'reference'] as const)(`${name}: ${cases.length} ops, %s kernels`, async (kernels) => {
      const results = await compareWithTflm(cases, kernels, 11, cases.length);
      expect(results.filter((r) => r.refused !== null || r.integerDifferences > 0).map((r) => `${r.description}: ${r.refused ?? r.differences.join('; ')}`)).toEqual([]);
      for (const r of results) expect(r.floatError, r.description).toBeLessThan(1e-5);
    });
  }
});
