// A long chain of 1×1 int8 convolutions sharing one filter and bias: the model shape that exposed
// the quadratic passes (issue 12). Written with the repository's own tflite writer.
import type { Graph } from '../../src/model/graph.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { GraphBuilder, NO_ACTIVATION, noPad } from '../kernels/graph-builder.ts';

export function chainGraph(ops: number, channels = 4, size = 4): Graph {
  const b = new GraphBuilder();
  const act = { shape: [1, size, size, channels], dtype: 'int8', scale: [0.05], zeroPoint: [-3] } as const;
  const filter = b.tensor({ shape: [channels, 1, 1, channels], dtype: 'int8', scale: [0.02], zeroPoint: [0] },
    Array.from({ length: channels * channels }, (_, i) => ((i * 37) % 31) - 15));
  const bias = b.tensor({ shape: [channels], dtype: 'int32', scale: [0.001], zeroPoint: [0] }, Array.from({ length: channels }, (_, i) => i * 7 - 10));
  const input = b.tensor(act);
  let x = input;
  for (let i = 0; i < ops; i++) {
    const y = b.tensor(act);
    b.op('CONV_2D', { input: x, filter, bias }, y, { stride: [1, 1], dilation: [1, 1], pad: noPad, ...NO_ACTIVATION });
    x = y;
  }
  return b.build([input], [x]);
}

export function chainModel(ops: number): Uint8Array {
  return writeTflite(chainGraph(ops));
}
