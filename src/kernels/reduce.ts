// MEAN over any set of axes (keepDims or not), int8 and float32. Global.
//
// int8 follows TFLite Micro (tensorflow/lite/micro/kernels/reduce_common.cc, EvalIntegerMean), which
// has one path for every axis set and quantization, CMSIS-NN or not (CMSIS-NN has no MEAN kernel):
// reference_ops::QuantizedMeanOrSum (reference/reduce.h). It sums the raw int8 values in int32, folds
// 1/count into the multiplier of si/so (multiplier·2^k / count, truncated, shift − k with
// k = floor(log2 count) capped at 32 and at 31 + shift), then applies the usual double-rounding
// MultiplyByQuantizedMultiplier to Σq − zi·count and adds zo. The TFLite interpreter instead picks
// among three paths (integer-ops Mean, truncating Mean, float math), which differ by one step in
// about 40 % of random cases; the device's bytes are TFLM's.
// float32 sums in float32, in input order, then divides (reference_ops::Mean, both variants).

import type { Graph, MeanOp, Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, outputOf, perTensorQuant, requireDtypes, stridesOf, tensorOf } from './op-tensors.ts';
import { multiplyByQuantizedMultiplier, quantizeMultiplier } from './quant.ts';
import type { TensorData, TensorView } from '../model/view.ts';

const f32 = Math.fround;

export function prepareMean(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'MEAN') failOp(op, 'not a MEAN op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  requireDtypes(op, input, ['int8', 'float32'], 'input');
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  const { axes, keepDims } = op.attrs;
  const rank = input.shape.length;
  if (axes.some((a) => a < 0 || a >= rank)) failOp(op, `axes [${axes.join(', ')}] do not fit a rank-${rank} input`);
  const kept = input.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const expected = keepDims ? kept : kept.filter((_, i) => !axes.includes(i));
  if (rank > 0 && (expected.length !== output.shape.length || expected.some((d, i) => d !== output.shape[i]))) {
    failOp(op, `output shape [${output.shape.join(', ')}] should be [${expected.join(', ')}]`);
  }
  const count = input.shape.reduce((n, d, i) => (axes.includes(i) ? n * d : n), 1);
  const sum = sumPlan(input.shape, kept);
  const sums = new Float64Array(kept.reduce((n, d) => n * d, 1));
  const finish = input.dtype === 'float32' ? finishFloat(count) : finishInt8(op, graph, count);
  return {
    op,
    windowed: false,
    run(inputs: readonly (TensorView | null)[], out: TensorView): void {
      sum(inputs[0]!.data, sums, input.dtype === 'float32');
      finish(sums, out.data);
    },
  };
}

/**
 * Adds every input element into its output slot, walking the input in order (so float32 sums
 * round in the same order as TFLite's). Reduced axes step the output index by 0.
 */
function sumPlan(shape: readonly number[], kept: readonly number[]) {
  const outStrides = stridesOf(kept).map((s, d) => (kept[d] === 1 ? 0 : s));
  const total = shape.reduce((n, d) => n * d, 1);
  const counter = shape.map(() => 0);
  return (x: TensorData, sums: Float64Array, float: boolean): void => {
    sums.fill(0);
    counter.fill(0);
    let o = 0;
    for (let i = 0; i < total; i++) {
      sums[o] = float ? f32(sums[o]! + x[i]!) : sums[o]! + x[i]!;
      for (let d = shape.length - 1; d >= 0; d--) {
        if (++counter[d]! < shape[d]!) {
          o += outStrides[d]!;
          break;
        }
        counter[d] = 0;
        o -= outStrides[d]! * (shape[d]! - 1);
      }
    }
  };
}

function finishFloat(count: number) {
  return (sums: Float64Array, y: TensorData): void => {
    for (let i = 0; i < sums.length; i++) y[i] = f32(sums[i]! / count);
  };
}

/** The int8 output stage of a MEAN over `count` elements: v = MBQM(Σq − offset) + zo (shared with the wasm kernel). */
export interface MeanStage {
  readonly multiplier: number;
  readonly shift: number;
  readonly offset: number;
  readonly outputZeroPoint: number;
}

export function meanStage(op: MeanOp, graph: Graph, count: number): MeanStage {
  const qi = perTensorQuant(op, tensorOf(graph, op, op.inputs.input, 'input'), 'input');
  const qo = perTensorQuant(op, outputOf(graph, op), 'output');
  const base = quantizeMultiplier(qi.scale / qo.scale);
  const k = Math.min(Math.floor(Math.log2(count)), 32, 31 + base.shift);
  // (int64 multiplier << k) / count, C division (truncating; both positive).
  const multiplier = Number((BigInt(base.multiplier) << BigInt(k)) / BigInt(count));
  return { multiplier, shift: base.shift - k, offset: qi.zeroPoint * count, outputZeroPoint: qo.zeroPoint };
}

function finishInt8(op: MeanOp, graph: Graph, count: number) {
  const { multiplier, shift, offset, outputZeroPoint } = meanStage(op, graph, count);
  return (sums: Float64Array, y: TensorData): void => {
    for (let i = 0; i < sums.length; i++) {
      const v = multiplyByQuantizedMultiplier((sums[i]! - offset) | 0, multiplier, shift) + outputZeroPoint;
      y[i] = v < -128 ? -128 : v > 127 ? 127 : v;
    }
  };
}
