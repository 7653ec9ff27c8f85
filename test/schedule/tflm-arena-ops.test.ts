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
import { prng } from '../kernels/graph-builder.ts';
import { randomBinary, randomFullyConnected, randomOp, randomQuantize } from '../kernels/random-ops.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';

oracleSkipNotice();

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
