// The arena model op by op: one-op int8 models for every kernel family and the parameter kinds that
// change what TFLM allocates (bias or not, per-tensor or per-channel filters, dilation, depth
// multiplier, batch, broadcasting, keep_dims), each planned head and persistent tail equal to what
// TFLM reports for the same file on the Cortex-M4 oracle, with CMSIS-NN and with reference kernels.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { tflmArenaUse } from '../../src/schedule/tflm.ts';
import * as S from '../support/single-op.ts';
import { GraphBuilder, NO_ACTIVATION, prng } from '../kernels/graph-builder.ts';
import { randomBinary, randomFullyConnected, randomOp, randomQuantize } from '../kernels/random-ops.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';

oracleSkipNotice();

const q8 = { dtype: 'int8' as const, scale: [0.05], zeroPoint: [0] };

function squeezeGraph(): Graph {
  const b = new GraphBuilder();
  const x = b.tensor({ shape: [1, 1, 4, 8], ...q8 });
  const y = b.tensor({ shape: [4, 8], ...q8 });
  b.op('SQUEEZE', { input: x }, y, { squeezeDims: [0, 1] });
  return b.build([x], [y]);
}

function stridedSliceGraph(): Graph {
  const b = new GraphBuilder();
  const x = b.tensor({ shape: [1, 6, 6, 8], ...q8 });
  const [begin, end, strides] = [[0, 1, 0, 0], [1, 5, 6, 8], [1, 2, 1, 1]];
  const ids = [begin, end, strides].map((v) => b.tensor({ shape: [4], dtype: 'int32' }, v!));
  const y = b.tensor({ shape: [1, 2, 6, 8], ...q8 });
  b.op('STRIDED_SLICE', { input: x, begin: ids[0]!, end: ids[1]!, strides: ids[2]! }, y, {
    begin, end, strides, beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0, offset: false,
  });
  return b.build([x], [y]);
}

/** An int8 TRANSPOSE_CONV with SAME padding: in×in×cin → (in·stride)²×cout, k×k, per-channel filter. */
function transposeConvGraph(cin: number, cout: number, k: number, stride: number, inHW: number): Graph {
  const b = new GraphBuilder();
  const x = b.tensor({ shape: [1, inHW, inHW, cin], ...q8 });
  const out = inHW * stride;
  const outputShape = b.tensor({ shape: [4], dtype: 'int32' }, [1, out, out, cout]);
  const perChannel = (v: number): number[] => new Array<number>(cout).fill(v);
  const filter = b.tensor({ shape: [cout, k, k, cin], dtype: 'int8', scale: perChannel(0.01), zeroPoint: perChannel(0), axis: 0 }, new Array<number>(cout * k * k * cin).fill(1));
  const bias = b.tensor({ shape: [cout], dtype: 'int32', scale: perChannel(0.0005), zeroPoint: perChannel(0) }, perChannel(0));
  const y = b.tensor({ shape: [1, out, out, cout], ...q8 });
  const total = Math.max((inHW - 1) * stride + k - out, 0);
  const lo = Math.floor(total / 2);
  b.op('TRANSPOSE_CONV', { outputShape, filter, input: x, bias }, y, {
    stride: [stride, stride], dilation: [1, 1], pad: { top: lo, bottom: total - lo, left: lo, right: total - lo }, ...NO_ACTIVATION,
  });
  return b.build([x], [y]);
}

const cases: [string, () => Graph][] = [
  ['CONV_2D 3x3 per-channel', () => S.convGraph('CONV_2D', { input: [1, 8, 8, 3], kernel: [3, 3], outChannels: 5 })],
  ['CONV_2D without bias', () => S.convGraph('CONV_2D', { input: [1, 8, 8, 3], kernel: [3, 3], outChannels: 5, bias: false })],
  ['CONV_2D per-tensor filter', () => S.convGraph('CONV_2D', { input: [1, 8, 8, 3], kernel: [3, 3], outChannels: 5, perChannel: false })],
  ['CONV_2D 1x1 (no CMSIS-NN buffer)', () => S.convGraph('CONV_2D', { input: [1, 8, 8, 16], kernel: [1, 1], outChannels: 24 })],
  ['CONV_2D dilated', () => S.convGraph('CONV_2D', { input: [1, 9, 9, 4], kernel: [3, 3], outChannels: 6, dilation: [2, 2] })],
  ['DEPTHWISE_CONV_2D multiplier 2', () => S.convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 4], kernel: [3, 3], depthMultiplier: 2, padding: 'SAME' })],
  ['DEPTHWISE_CONV_2D 5x5', () => S.convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 16], kernel: [5, 5], padding: 'SAME' })],
  ['DEPTHWISE_CONV_2D dilated', () => S.convGraph('DEPTHWISE_CONV_2D', { input: [1, 9, 9, 4], kernel: [3, 3], dilation: [2, 2] })],
  ['FULLY_CONNECTED', () => S.fullyConnectedGraph({ input: [1, 64], units: 10 })],
  ['FULLY_CONNECTED batch 3', () => S.fullyConnectedGraph({ input: [3, 64], units: 10 })],
  ['FULLY_CONNECTED 4-D input', () => S.fullyConnectedGraph({ input: [1, 2, 2, 16], units: 8 })],
  ['FULLY_CONNECTED per-channel filter', () => S.fullyConnectedGraph({ input: [1, 64], units: 10, perChannel: true })],
  ['AVERAGE_POOL_2D', () => S.poolGraph('AVERAGE_POOL_2D', { input: [1, 8, 8, 16], filter: [2, 2], stride: [2, 2] })],
  ['MAX_POOL_2D', () => S.poolGraph('MAX_POOL_2D', { input: [1, 8, 8, 16], filter: [3, 3], stride: [2, 2] })],
  ['ADD', () => S.elementwiseGraph('ADD', [1, 4, 4, 8], [1, 4, 4, 8])],
  ['ADD broadcast', () => S.elementwiseGraph('ADD', [1, 4, 4, 8], [1, 1, 1, 8])],
  ['SUB', () => S.elementwiseGraph('SUB', [1, 4, 4, 8], [1, 4, 4, 8])],
  ['MUL', () => S.elementwiseGraph('MUL', [1, 4, 4, 8], [1, 4, 4, 8])],
  ['MEAN keep_dims', () => S.meanGraph([1, 5, 5, 16], [1, 2], true)],
  ['MEAN one axis, no keep_dims', () => S.meanGraph([1, 5, 5, 16], [3], false)],
  ['PAD', () => S.padGraph([1, 5, 5, 3], [[0, 0], [1, 1], [2, 2], [0, 0]])],
  ['RESHAPE', () => S.reshapeGraph([1, 4, 4, 8], [1, 128])],
  ['CONCATENATION', () => S.concatGraph([[1, 4, 4, 8], [1, 4, 4, 3]], 3)],
  ['SOFTMAX', () => S.softmaxGraph([1, 10])],
  ['LOGISTIC', () => S.unaryGraph('LOGISTIC', [1, 4, 4, 8])],
  ['TANH', () => S.unaryGraph('TANH', [1, 4, 4, 8])],
  ['RELU', () => S.unaryGraph('RELU', [1, 4, 4, 8])],
  ['RELU6', () => S.unaryGraph('RELU6', [1, 4, 4, 8])],
  ['HARD_SWISH', () => S.unaryGraph('HARD_SWISH', [1, 4, 4, 8])],
  ['SQUEEZE', squeezeGraph],
  ['STRIDED_SLICE', stridedSliceGraph],
];

describe.skipIf(!oracleAvailable)('tflm arena per op = TFLM arena_used_bytes() (one-op models)', () => {
  for (const [name, make] of cases) {
    it(name, async () => {
      const bytes = writeTflite(make());
      const graph = readTflite(bytes, name);
      for (const [kernels, oracleKernels] of [['cmsis-nn', 'cmsis'], ['reference', 'reference']] as const) {
        const oracle = await runOracle(bytes, { kernels: oracleKernels });
        const use = tflmArenaUse(graph, kernels);
        expect({ kernels, planned: use.plannedBytes, persistent: use.persistentBytes })
          .toEqual({ kernels, planned: oracle.nonpersistentBytes, persistent: oracle.persistentBytes });
      }
    });
  }
});

// CMSIS-NN picks its route by stride and input depth (reversed-filter convolution above 16 channels
// at stride ≤ 2, row accumulation otherwise); the reference kernel accumulates the whole output.
const TRANSPOSE_CONVS: [number, number, number, number, number][] = [[8, 6, 3, 2, 4], [20, 6, 3, 1, 5], [20, 4, 3, 2, 4], [24, 8, 2, 3, 3], [4, 5, 5, 1, 6]];

describe.skipIf(!oracleAvailable)('TRANSPOSE_CONV arena = TFLM arena_used_bytes()', () => {
  for (const [cin, cout, k, stride, inHW] of TRANSPOSE_CONVS) {
    it(`${inHW}×${inHW}×${cin} → ×${stride}, ${k}×${k}, ${cout} channels`, async () => {
      const bytes = writeTflite(transposeConvGraph(cin, cout, k, stride, inHW));
      const graph = readTflite(bytes, 'transpose_conv');
      for (const [kernels, oracleKernels] of [['cmsis-nn', 'cmsis'], ['reference', 'reference']] as const) {
        const oracle = await runOracle(bytes, { kernels: oracleKernels });
        const use = tflmArenaUse(graph, kernels);
        expect({ kernels, planned: use.plannedBytes, persistent: use.persistentBytes })
          .toEqual({ kernels, planned: oracle.nonpersistentBytes, persistent: oracle.persistentBytes });
      }
    });
  }
});

// Seeded random shapes, strides, dilations, paddings, batches and broadcasts (test/kernels/random-ops.ts).
const SPATIAL = ['CONV_2D', 'DEPTHWISE_CONV_2D', 'AVERAGE_POOL_2D', 'MAX_POOL_2D', 'PAD', 'PADV2', 'RESIZE_NEAREST_NEIGHBOR', 'RESIZE_BILINEAR'] as const;

describe.skipIf(!oracleAvailable)('tflm arena per op = TFLM arena_used_bytes() (seeded random one-op models)', () => {
  for (let seed = 1; seed <= 6; seed++) {
    it(`seed ${seed}: every spatial kind, FULLY_CONNECTED, broadcast ADD and MUL, QUANTIZE`, async () => {
      const rng = prng(seed * 7919);
      const ops = [
        ...SPATIAL.map((k) => randomOp(rng, k, 'int8', 'tflite')),
        randomFullyConnected(rng, 'int8'), randomBinary(rng, 'ADD', 'int8', true), randomBinary(rng, 'MUL', 'int8', true), randomQuantize(rng, 'int8'),
      ];
      for (const op of ops) {
        if (op === null) continue;
        const bytes = writeTflite(op.graph);
        const graph = readTflite(bytes, op.description);
        for (const [kernels, oracleKernels] of [['cmsis-nn', 'cmsis'], ['reference', 'reference']] as const) {
          const oracle = await runOracle(bytes, { kernels: oracleKernels });
          const use = tflmArenaUse(graph, kernels);
          expect({ op: op.description, kernels, planned: use.plannedBytes, persistent: use.persistentBytes })
            .toEqual({ op: op.description, kernels, planned: oracle.nonpersistentBytes, persistent: oracle.persistentBytes });
        }
      }
    });
  }
});
