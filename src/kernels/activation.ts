// Unary activations: LOGISTIC, TANH, RELU, RELU6, HARD_SWISH, on int8/uint8 and float32. Windowed.
//
// A quantized activation is a function of one input byte, so prepare evaluates TFLite's formula for
// all 256 bytes and run only looks bytes up. The formulas, from tensorflow/lite/kernels/activations.cc:
//  - RELU: TFLite Micro's ReluQuantized (micro/kernels/activations_common.cc, CalculateReluOpData):
//    requantize (q − zi)·si/so with the fixed-point multiplier of si/so computed in double, then
//    clamp to [max(min, zo), max].
//  - RELU6: TFLite Micro's Relu6Quantized ignores the output quantization: it clamps the input byte
//    to [zi, six] with six = round(6 / si) + zi in float32 (FloatToQuantizedType), no rescale.
//  - LOGISTIC, TANH: a table built in float32 (LUTPopulate: dequantize, apply the function,
//    multiply by 1/so, round, add zo). TFLite Micro at the oracle's commit gives the same bytes for
//    every input byte, CMSIS-NN or reference kernels (test/kernels/activation.test.ts).
//  - HARD_SWISH: the 16-bit fixed-point reference_ops::HardSwish (reference/hard_swish.h).

import type { Graph, Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, isQuantizedType, outputOf, perTensorQuant, requireDtypes, tensorOf } from './op-tensors.ts';
import type { TensorQuant } from './op-tensors.ts';
import { dtypeRange, multiplyByQuantizedMultiplier, quantizeMultiplier, roundingDivideByPOT, tfliteRound } from './quant.ts';
import type { UnaryRowFn } from './walk.ts';
import { unaryWindowed } from './walk.ts';

const f32 = Math.fround;

type ActivationKind = 'LOGISTIC' | 'TANH' | 'RELU' | 'RELU6' | 'HARD_SWISH';

export function prepareActivation(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'LOGISTIC' && op.kind !== 'TANH' && op.kind !== 'RELU' && op.kind !== 'RELU6' && op.kind !== 'HARD_SWISH') {
    failOp(op, 'not an activation op');
  }
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  requireDtypes(op, input, ['int8', 'uint8', 'float32'], 'input');
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  if (!isQuantizedType(input.dtype)) return unaryWindowed(op, output.shape, floatRow(op.kind));
  const qi = perTensorQuant(op, input, 'input');
  const qo = perTensorQuant(op, output, 'output');
  const [min, max] = dtypeRange(output.dtype);
  const map = quantizedMap(op.kind, qi, qo, min, max);
  // Indexed by the stored byte: int8 values sit 128 up.
  const bias = input.dtype === 'int8' ? 128 : 0;
  const table = new Int32Array(256);
  for (let v = min; v <= max; v++) table[v + bias] = map(v);
  return unaryWindowed(op, output.shape, (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = table[x[ix]! + bias]!;
  });
}

function quantizedMap(kind: ActivationKind, qi: TensorQuant, qo: TensorQuant, min: number, max: number): (q: number) => number {
  const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
  switch (kind) {
    case 'RELU': {
      const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
      const lo = Math.max(min, qo.zeroPoint);
      return (q) => clamp(qo.zeroPoint + multiplyByQuantizedMultiplier(q - qi.zeroPoint, multiplier, shift), lo, max);
    }
    case 'RELU6': {
      const six = clamp(tfliteRound(f32(6 / f32(qi.scale))) + qi.zeroPoint, min, max);
      return (q) => clamp(q, qi.zeroPoint, six);
    }
    case 'LOGISTIC':
      return lutEntry(qi, qo, min, max, (x) => f32(1 / f32(1 + f32(Math.exp(-x)))));
    case 'TANH':
      return lutEntry(qi, qo, min, max, (x) => f32(Math.tanh(x)));
    case 'HARD_SWISH':
      return hardSwish(qi, qo, min, max);
  }
}

/** LUTPopulate: every step in float32, round half away from zero, then add zo and clamp. */
function lutEntry(qi: TensorQuant, qo: TensorQuant, min: number, max: number, fn: (x: number) => number): (q: number) => number {
  const inverseScale = f32(1 / f32(qo.scale));
  const si = f32(qi.scale);
  return (q) => {
    const y = tfliteRound(f32(fn(f32(si * (q - qi.zeroPoint))) * inverseScale)) + qo.zeroPoint;
    return y < min ? min : y > max ? max : y;
  };
}

/** gemmlowp's 16-bit SaturatingRoundingDoublingHighMul. */
function srdhm16(a: number, b: number): number {
  if (a === -32768 && b === -32768) return 32767;
  const ab = a * b;
  return Math.trunc((ab + (ab >= 0 ? 16384 : 1 - 16384)) / 32768);
}

/** SaturatingDoublingHighMul (like SQDMULH): truncates instead of rounding. */
function sdhm16(a: number, b: number): number {
  if (a === -32768 && b === -32768) return 32767;
  return Math.trunc((a * b) / 32768);
}

function saturatingLeftShift16(v: number, amount: number): number {
  const r = v * 2 ** amount;
  return r > 32767 ? 32767 : r < -32768 ? -32768 : r;
}

/** DownScaleInt32ToInt16Multiplier: round a Q31 multiplier to Q15, saturating. */
function toQ15(multiplier: number): number {
  return multiplier >= 2147483647 - 32768 ? 32767 : (multiplier + 32768) >> 16;
}

/** HardSwishPrepare (float32 scale arithmetic) and reference_ops::HardSwish for one value. */
function hardSwish(qi: TensorQuant, qo: TensorQuant, min: number, max: number): (q: number) => number {
  const hiresInputScale = f32(f32(1 / 128) * f32(qi.scale));
  const reluishScale = f32(3 / 32768);
  const output = quantizeMultiplier(f32(hiresInputScale / f32(qo.scale)));
  const reluish = quantizeMultiplier(f32(hiresInputScale / reluishScale));
  const outputQ15 = toQ15(output.multiplier);
  const reluishQ15 = toQ15(reluish.multiplier);
  return (q) => {
    const hires = (q - qi.zeroPoint) * 128;
    const preshiftOutput = srdhm16(hires, outputQ15);
    let r = hires;
    if (reluish.shift > 0) r = saturatingLeftShift16(r, reluish.shift - 1);
    r = srdhm16(r, reluishQ15);
    if (reluish.shift > 0) r = saturatingLeftShift16(r, 1);
    if (reluish.shift < 0) r = roundingDivideByPOT(r, -reluish.shift);
    r = (r + 32768) >> 1;
    const y = roundingDivideByPOT(sdhm16(r, preshiftOutput), -output.shift) + qo.zeroPoint;
    return y < min ? min : y > max ? max : y;
  };
}

function floatRow(kind: ActivationKind): UnaryRowFn {
  const fn: (x: number) => number =
    kind === 'RELU' ? (x) => (x > 0 ? x : 0)
    : kind === 'RELU6' ? (x) => (x > 0 ? (x < 6 ? x : 6) : 0)
    : kind === 'LOGISTIC' ? (x) => 1 / (1 + Math.exp(-x))
    : kind === 'TANH' ? Math.tanh
    // reference_ops::HardSwish (float): x · min(6, max(0, x + 3)) / 6.
    : (x) => f32(f32(x * Math.min(6, Math.max(0, f32(x + 3)))) / 6);
  return (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = fn(x[ix]!);
  };
}
