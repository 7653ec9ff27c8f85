// MEAN over any set of axes (keepDims or not), int8 and float32. Global.
//
// TFLite picks one of three int8 paths (tensorflow/lite/kernels/reduce.cc, EvalMeanReferenceOps),
// and we follow the same choice, each checked against the interpreter in test/kernels/reduce.test.ts:
//  1. 4-D input, keepDims, axes {1, 2} (global average pooling in SE blocks and heads):
//     reference_integer_ops::Mean — Σ(q − zi), times the fixed-point multiplier of si/so, then divided
//     by the count rounding half away from zero, plus zo.
//  2. Same scale and zero point in and out: reference_ops::Mean — Σq / count in integers, truncated.
//  3. Otherwise: float32 math, round(Σq / count · s − zi · s) + zo with s = si/so (float32), rounding
//     half away from zero. The stored reference (reference_ops::QuantizedMeanOrSum) also adds 0.5f
//     before rounding; the interpreter in our oracle does not, and we match the interpreter.
// float32 sums in float32, in input order, then divides.

import type { Graph, MeanOp, Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, outputOf, perTensorQuant, requireDtypes, stridesOf, tensorOf } from './op-tensors.ts';
import { multiplyByQuantizedMultiplier, quantizeMultiplier, tfliteRound } from './quant.ts';
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
  const finish = input.dtype === 'float32' ? finishFloat(count) : finishInt8(op, graph, count, rank);
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

function finishInt8(op: MeanOp, graph: Graph, count: number, rank: number) {
  const qi = perTensorQuant(op, tensorOf(graph, op, op.inputs.input, 'input'), 'input');
  const qo = perTensorQuant(op, outputOf(graph, op), 'output');
  const clamp = (v: number): number => (v < -128 ? -128 : v > 127 ? 127 : v);
  const { axes, keepDims } = op.attrs;
  if (rank === 4 && keepDims && axes.length === 2 && axes[0] === 1 && axes[1] === 2) {
    const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
    const half = Math.floor(count / 2);
    return (sums: Float64Array, y: TensorData): void => {
      for (let i = 0; i < sums.length; i++) {
        const acc = multiplyByQuantizedMultiplier((sums[i]! - count * qi.zeroPoint) | 0, multiplier, shift);
        const mean = acc > 0 ? Math.trunc((acc + half) / count) : Math.trunc((acc - half) / count);
        y[i] = clamp(mean + qo.zeroPoint);
      }
    };
  }
  if (qi.scale === qo.scale && qi.zeroPoint === qo.zeroPoint) {
    return (sums: Float64Array, y: TensorData): void => {
      for (let i = 0; i < sums.length; i++) y[i] = Math.trunc(sums[i]! / count);
    };
  }
  const scale = f32(f32(qi.scale) / f32(qo.scale));
  const bias = f32(-qi.zeroPoint * scale);
  return (sums: Float64Array, y: TensorData): void => {
    for (let i = 0; i < sums.length; i++) {
      const mean = f32(f32(sums[i]!) / count);
      y[i] = clamp(tfliteRound(f32(f32(mean * scale) + bias)) + qo.zeroPoint);
    }
  };
}
