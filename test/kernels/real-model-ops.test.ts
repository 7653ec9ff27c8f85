// Every op of the shared third-party models, cut out with its real shapes, quantization and
// constants into a one-op model and fed seeded uniform inputs (not only the activations its model
// produces), compared byte for byte with TFLite Micro, CMSIS-NN and reference kernels. A model's
// ops go through the oracle together, side by side in one file (tflm-compare.ts).
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
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
    const cases = graph.ops.filter((op) => op.kind !== 'UNSUPPORTED').map((op) => ({ graph: singleOpGraph(graph, op.index), description: `${name} op ${op.index} ${op.kind}` }));
    it.each(['cmsis', 'reference'] as const)(`${name}: ${cases.length} ops, %s kernels`, async (kernels) => {
      const results = await compareWithTflm(cases, kernels, 11, cases.length);
      expect(results.filter((r) => r.refused !== null || r.integerDifferences > 0).map((r) => `${r.description}: ${r.refused ?? r.differences.join('; ')}`)).toEqual([]);
      for (const r of results) expect(r.floatError, r.description).toBeLessThan(1e-5);
    });
  }
});
