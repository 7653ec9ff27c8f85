// SOFTMAX along the last axis, with beta. Global.
//
// int8/uint8 follow the TFLite interpreter (tensorflow/lite/kernels/activations.cc SoftmaxPrepare,
// optimized_ops::PopulateSoftmaxLookupTable and the quantized optimized_ops::Softmax): a float32
// table of exp(−input_scale·beta·d) for every byte distance d from the row maximum, a float32 sum,
// one float32 reciprocal, then round and add the output zero point. TFLite Micro at the oracle's
// commit gives the same bytes with CMSIS-NN's arm_softmax_s8 and with its reference kernel
// (test/kernels/softmax.test.ts and the random single ops of tflm-ops.test.ts).
// float32 follows reference_ops::Softmax (tensorflow/lite/kernels/internal/reference/softmax.h).

import type { Graph, Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, outputOf, perTensorQuant, requireDtypes, tensorOf } from './op-tensors.ts';
import { dtypeRange, tfliteRound } from './quant.ts';
import type { TensorData, TensorView } from '../model/view.ts';

const f32 = Math.fround;

export function prepareSoftmax(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'SOFTMAX') failOp(op, 'not a SOFTMAX op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  requireDtypes(op, input, ['int8', 'uint8', 'float32'], 'input');
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  const depth = input.shape.length === 0 ? 1 : input.shape[input.shape.length - 1]!;
  const beta = f32(op.attrs.beta);
  let row: (x: TensorData, y: TensorData, at: number) => void;
  if (input.dtype === 'float32') {
    row = (x, y, at) => floatRow(x, y, at, depth, beta);
  } else {
    const qi = perTensorQuant(op, input, 'input');
    const qo = perTensorQuant(op, output, 'output');
    // table[255 − d] = expf(−scale·beta·d), d = 0…255 (all float32 operations).
    const scale = f32(-f32(qi.scale) * beta);
    const table = new Float32Array(256);
    for (let d = 0; d <= 255; d++) table[255 - d] = f32(Math.exp(f32(scale * d)));
    const [min, max] = dtypeRange(output.dtype);
    const outScale = f32(qo.scale);
    const zp = qo.zeroPoint;
    // QuantizeSoftmaxOutput: int8 rounds half away from zero; uint8 (off aarch64) adds 0.5f and
    // truncates.
    const quantize = output.dtype === 'int8'
      ? (p: number) => tfliteRound(p) + zp
      : (p: number) => Math.trunc(f32(p + 0.5)) + zp;
    row = (x, y, at) => {
      let top = min;
      for (let j = 0; j < depth; j++) top = Math.max(top, x[at + j]!);
      const base = 255 - top;
      let sum = 0;
      for (let j = 0; j < depth; j++) sum = f32(sum + table[base + x[at + j]!]!);
      const inverse = f32(1 / f32(sum * outScale));
      for (let j = 0; j < depth; j++) {
        const q = quantize(f32(table[base + x[at + j]!]! * inverse));
        y[at + j] = q < min ? min : q > max ? max : q;
      }
    };
  }
  const rows = depth === 0 ? 0 : input.shape.reduce((n, d) => n * d, 1) / depth;
  return {
    op,
    windowed: false,
    run(inputs: readonly (TensorView | null)[], out: TensorView): void {
      const x = inputs[0]!.data;
      for (let r = 0; r < rows; r++) row(x, out.data, r * depth);
    },
  };
}

/** reference_ops::Softmax (float): subtract the row max, exp, divide by the float32 sum. */
function floatRow(x: TensorData, y: TensorData, at: number, depth: number, beta: number): void {
  let top = -Infinity;
  for (let j = 0; j < depth; j++) top = Math.max(top, x[at + j]!);
  let sum = 0;
  for (let j = 0; j < depth; j++) {
    const e = f32(Math.exp(f32(f32(x[at + j]! - top) * beta)));
    y[at + j] = e;
    sum = f32(sum + e);
  }
  const inverse = f32(1 / sum);
  for (let j = 0; j < depth; j++) y[at + j] = f32(y[at + j]! * inverse);
}
