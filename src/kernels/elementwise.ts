// ADD, SUB, MUL with NumPy broadcasting and a fused activation clamp, on int8/uint8 and float32.
// Windowed: any box of the output is computed from the boxes of the inputs it reads.
//
// Quantized semantics follow TFLite (tensorflow/lite/kernels/add.cc, sub.cc, mul.cc Prepare;
// reference_integer_ops/add.h, reference_ops/sub.h, reference_integer_ops/mul.h):
//   ADD/SUB: both inputs are shifted left by 20 bits, rescaled to twice the larger input scale with
//   their own fixed-point multipliers, summed (or subtracted), then rescaled to the output.
//   MUL: the product of the offset inputs is rescaled once by s1·s2/so.

import type { ElementwiseOp, Graph, Op, Tensor } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, isQuantizedType, outputOf, perTensorQuant, requireDtypes, tensorOf } from './op-tensors.ts';
import type { TensorQuant } from './op-tensors.ts';
import type { QuantizedMultiplier } from './quant.ts';
import {
  activationRangeQuantized, dtypeRange, multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierFast, quantizeMultiplier,
} from './quant.ts';
import type { Box, TensorData, TensorView } from '../model/view.ts';
import { RowWalker, broadcastsTo } from './walk.ts';

/** TFLite's `left_shift` for 8-bit ADD/SUB: headroom so the rescaled inputs keep 20 fraction bits. */
const ADD_LEFT_SHIFT = 20;

/** Computes one output row: `n` elements, stepping each operand by its own stride. */
type RowFn = (
  a: TensorData, ia: number, sa: number,
  b: TensorData, ib: number, sb: number,
  out: TensorData, io: number, n: number,
) => void;

export function prepareElementwise(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'ADD' && op.kind !== 'SUB' && op.kind !== 'MUL') failOp(op, 'not an elementwise binary op');
  const lhs = tensorOf(graph, op, op.inputs.lhs, 'lhs');
  const rhs = tensorOf(graph, op, op.inputs.rhs, 'rhs');
  const out = outputOf(graph, op);
  requireDtypes(op, out, ['int8', 'uint8', 'float32'], 'output');
  for (const [t, what] of [[lhs, 'lhs'], [rhs, 'rhs']] as const) {
    if (t.dtype !== out.dtype) failOp(op, `${what} is ${t.dtype} but the output is ${out.dtype}`);
    if (!broadcastsTo(t.shape, out.shape)) {
      failOp(op, `${what} shape [${t.shape.join(', ')}] does not broadcast to the output [${out.shape.join(', ')}]`);
    }
  }
  const row = isQuantizedType(out.dtype) ? quantizedRow(op, lhs, rhs, out) : floatRow(op);
  const walker = new RowWalker(out.shape, [lhs.shape, rhs.shape]);
  return {
    op,
    windowed: true,
    run(inputs: readonly (TensorView | null)[], output: TensorView, window: Box): void {
      // inputList is [lhs, rhs] for binary ops.
      const a = inputs[0]!;
      const b = inputs[1]!;
      const rows = walker.start(window, output.box, [a.box, b.box]);
      const { offsets, innerSteps } = walker;
      for (let r = 0; r < rows; r++) {
        row(a.data, offsets[1]!, innerSteps[1]!, b.data, offsets[2]!, innerSteps[2]!, output.data, offsets[0]!, walker.rowLength);
        walker.next();
      }
    },
  };
}

function floatRow(op: ElementwiseOp): RowFn {
  const { min, max } = op.attrs.clamp;
  // TFLite's ActivationFunctionWithMinMax: max with the lower bound first, then min (NaN passes).
  const combine = op.kind === 'ADD' ? (x: number, y: number) => x + y
    : op.kind === 'SUB' ? (x: number, y: number) => x - y
    : (x: number, y: number) => x * y;
  return (a, ia, sa, b, ib, sb, out, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      // float32 storage rounds the exact double result, which equals the float32 operation.
      let v = Math.fround(combine(a[ia]!, b[ib]!));
      v = v < min ? min : v;
      out[io + i] = max < v ? max : v;
    }
  };
}

/** The integer parameters of a quantized ADD/SUB/MUL (shared with the wasm kernel in src/kernels/wasm/). */
export interface QuantizedBinaryParams {
  /** The output rescale: of the sum of the rescaled inputs (ADD/SUB), of the offset product (MUL). */
  readonly multiplier: number;
  readonly shift: number;
  readonly outputZeroPoint: number;
  /** The fused activation's clamp. */
  readonly min: number;
  readonly max: number;
  /** ADD/SUB: each input's rescale to twice the larger input scale (after `ADD_LEFT_SHIFT`); MUL: null. */
  readonly rescales: readonly [QuantizedMultiplier, QuantizedMultiplier] | null;
  /** ADD/SUB: each input's rescaled value, indexed by its raw stored value + `tableBias`; MUL: null. */
  readonly tables: readonly [Int32Array, Int32Array] | null;
  readonly tableBias: number;
  readonly zeroPoints: readonly [number, number];
}

export function quantizedBinaryParams(op: ElementwiseOp, lhs: Tensor, rhs: Tensor, out: Tensor): QuantizedBinaryParams {
  const q1 = perTensorQuant(op, lhs, 'lhs');
  const q2 = perTensorQuant(op, rhs, 'rhs');
  const qo = perTensorQuant(op, out, 'output');
  const [min, max] = activationRangeQuantized(op.attrs.activation, qo.scale, qo.zeroPoint, out.dtype);
  // Tables are indexed by the raw stored value; int8 values sit 128 up.
  const tableBias = out.dtype === 'int8' ? 128 : 0;
  const common = { outputZeroPoint: qo.zeroPoint, min, max, tableBias, zeroPoints: [q1.zeroPoint, q2.zeroPoint] as const };
  if (op.kind === 'MUL') {
    // mul.cc: s1·s2/so is computed in float32 (params.scale is a float), then widened to double.
    const f32 = Math.fround;
    const { multiplier, shift } = quantizeMultiplier(f32(f32(q1.scale * q2.scale) / qo.scale));
    return { ...common, multiplier, shift, rescales: null, tables: null };
  }
  // add.cc: computed in double from the float32 scales.
  const twiceMaxInputScale = 2 * Math.max(q1.scale, q2.scale);
  const { multiplier, shift } = quantizeMultiplier(twiceMaxInputScale / (2 ** ADD_LEFT_SHIFT * qo.scale));
  const rescales = [quantizeMultiplier(q1.scale / twiceMaxInputScale), quantizeMultiplier(q2.scale / twiceMaxInputScale)] as const;
  // Each input's rescaled value depends on its byte only, so it is tabulated here.
  const table = (q: TensorQuant, m: QuantizedMultiplier): Int32Array => {
    const [lo, hi] = dtypeRange(out.dtype);
    const t = new Int32Array(256);
    for (let v = lo; v <= hi; v++) {
      t[v + tableBias] = multiplyByQuantizedMultiplier((v - q.zeroPoint) * 2 ** ADD_LEFT_SHIFT, m.multiplier, m.shift);
    }
    return t;
  };
  return { ...common, multiplier, shift, rescales, tables: [table(q1, rescales[0]), table(q2, rescales[1])] };
}

function quantizedRow(op: ElementwiseOp, lhs: Tensor, rhs: Tensor, out: Tensor): RowFn {
  const params = quantizedBinaryParams(op, lhs, rhs, out);
  return params.tables === null ? mulRow(params) : addRow(op.kind === 'SUB', params, params.tables);
}

function addRow(subtract: boolean, params: QuantizedBinaryParams, [t1, t2]: readonly [Int32Array, Int32Array]): RowFn {
  const { multiplier, shift, outputZeroPoint: zp, min: lo, max: hi, tableBias: bias } = params;
  const sign = subtract ? -1 : 1;
  return (a, ia, sa, b, ib, sb, o, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      const raw = (t1[a[ia]! + bias]! + sign * t2[b[ib]! + bias]!) | 0;
      const v = multiplyByQuantizedMultiplier(raw, multiplier, shift) + zp;
      o[io + i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}

function mulRow(params: QuantizedBinaryParams): RowFn {
  const { multiplier, shift, outputZeroPoint: zo, min: lo, max: hi, zeroPoints: [z1, z2] } = params;
  return (a, ia, sa, b, ib, sb, o, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      const v = multiplyByQuantizedMultiplierFast((a[ia]! - z1) * (b[ib]! - z2), multiplier, shift) + zo;
      o[io + i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}
