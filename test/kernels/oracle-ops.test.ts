// uint8 single ops, which TFLite Micro does not run, against TFLite's own interpreter
// (test/oracle): seeded random geometries written with our writer, compared byte for byte. The MAC
// ops' uint8 forms are checked against naive reference loops instead (mac-reference.test.ts): the
// interpreter's XNNPACK delegate rounds their requantization once where TFLite's kernels round twice.
// The int8 and float32 forms of every op are checked against TFLite Micro (tflm-ops.test.ts).

import { describe, expect, it } from 'vitest';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import type { Graph } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { createOracle } from '../oracle/tflite-oracle.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';
import { GraphBuilder, NO_ACTIVATION, prng } from './graph-builder.ts';
import type { SpatialKind } from './random-ops.ts';
import { randomOp, randomValues } from './random-ops.ts';

oracleSkipNotice();

const bytesOf = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

// RESIZE_BILINEAR is left out: for uint8 TFLite runs its optimized kernel, which rounds differently
// from the reference we follow (about 1 element in 200 differs by 1).
const KINDS: SpatialKind[] = ['AVERAGE_POOL_2D', 'MAX_POOL_2D', 'PAD', 'PADV2', 'RESIZE_NEAREST_NEIGHBOR'];

describe('uint8 single ops equal TFLite', () => {
  it.each(KINDS)('%s: 30 random ops × 3 inputs', async (kind) => {
    const rng = prng(1000 + kind.length * 31 + kind.charCodeAt(1));
    for (let done = 0; done < 30;) {
      const random = randomOp(rng, kind, 'uint8', 'tflite');
      if (random === null) continue;
      const { graph } = random;
      const oracle = await createOracle(writeTflite(graph));
      try {
        const prepared = prepareGraph(graph);
        for (let r = 0; r < 3; r++) {
          const inputs = graph.inputs.map((id) => randomValues(rng, 'uint8', elementCount(graph.tensors[id]!.shape)));
          expect(bytesOf(runGraph(prepared, inputs)[0]!), random.description).toEqual(oracle.run(inputs.map(bytesOf))[0]!);
        }
      } finally {
        oracle.dispose();
      }
      done++;
    }
  });
});

describe.skipIf(!oracleAvailable)('SAME padding with a negative total', () => {
  // Input 3×3, kernel 2×1, stride 2×3, SAME: height pads 0/1; width's total is (1−1)·3 + 1 − 3 = −2,
  // which TFLite clamps to 0. (TFLite's interpreter, through XNNPACK, got such convs wrong.)
  function build(): Graph {
    const b = new GraphBuilder();
    const q = { dtype: 'int8', scale: [1], zeroPoint: [0] } as const;
    const input = b.tensor({ shape: [1, 3, 3, 1], ...q });
    const filter = b.tensor({ shape: [1, 2, 1, 1], dtype: 'int8', scale: [1] }, [1, 2]);
    const bias = b.tensor({ shape: [1], dtype: 'int32', scale: [1] }, [0]);
    const output = b.tensor({ shape: [1, 2, 1, 1], ...q });
    b.op('CONV_2D', { input, filter, bias }, output, { stride: [2, 3], dilation: [1, 1], pad: { top: 0, bottom: 1, left: 0, right: 0 }, ...NO_ACTIVATION });
    return b.build([input], [output]);
  }

  it.each(['cmsis', 'reference'] as const)('ours is the hand-computed result, which TFLite Micro (%s) gives', async (kernels) => {
    const x = Int8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Output (0,0) = x[0,0]·1 + x[1,0]·2 = 1 + 8; (1,0) = x[2,0]·1 + padding·2 = 7.
    const expected = [9, 7];
    const graph = build();
    expect(Array.from(runGraph(prepareGraph(graph), [x])[0]!)).toEqual(expected);
    const theirs = (await runOracle(writeTflite(graph), { kernels, inputs: [bytesOf(x)] })).outputs[0]!;
    expect(Array.from(new Int8Array(theirs.slice().buffer))).toEqual(expected);
  });
});
