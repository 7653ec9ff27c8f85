// QUANTIZE (float32 → int8/uint8, and int8/uint8 → int8/uint8 requantization) and DEQUANTIZE
// (int8/uint8 → float32). Elementwise, so windowed.
//
// Semantics: tensorflow/lite/kernels/quantize.cc and dequantize.cc with
// reference_ops::AffineQuantize, reference_ops::Requantize and reference_ops::Dequantize
// (tensorflow/lite/kernels/internal/reference/quantize.h, requantize.h, dequantize.h).

import type { Graph, Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, outputOf, perTensorQuant, requireDtypes, tensorOf } from './op-tensors.ts';
import { dtypeRange, multiplyByQuantizedMultiplier, quantizeMultiplier, tfliteRound } from './quant.ts';
import type { UnaryRowFn } from './walk.ts';
import { unaryWindowed } from './walk.ts';

export function prepareQuantize(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'QUANTIZE') failOp(op, 'not a QUANTIZE op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  requireDtypes(op, input, ['float32', 'int8', 'uint8'], 'input');
  requireDtypes(op, output, ['int8', 'uint8'], 'output');
  const qo = perTensorQuant(op, output, 'output');
  const [min, max] = dtypeRange(output.dtype);
  const zo = qo.zeroPoint;
  let row: UnaryRowFn;
  if (input.dtype === 'float32') {
    // AffineQuantize (reference/quantize.h, which TFLite Micro runs): round(val / float(scale)), the
    // division in float32 (a double quotient of two float32 values rounded to float32 is exactly
    // the float32 quotient), rounding half away from zero. The interpreter divides in double,
    // which differs by one step at near-ties.
    const scale = Math.fround(qo.scale);
    row = (x, ix, sx, y, iy, n) => {
      for (let i = 0; i < n; i++, ix += sx) {
        const v = tfliteRound(Math.fround(x[ix]! / scale)) + zo;
        y[iy + i] = v < min ? min : v > max ? max : v;
      }
    };
  } else {
    // Requantize: effective scale input/output in double, applied as a fixed-point multiplier.
    const qi = perTensorQuant(op, input, 'input');
    const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
    const zi = qi.zeroPoint;
    row = (x, ix, sx, y, iy, n) => {
      for (let i = 0; i < n; i++, ix += sx) {
        const v = multiplyByQuantizedMultiplier(x[ix]! - zi, multiplier, shift) + zo;
        y[iy + i] = v < min ? min : v > max ? max : v;
      }
    };
  }
  return unaryWindowed(op, output.shape, row);
}

export function prepareDequantize(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'DEQUANTIZE') failOp(op, 'not a DEQUANTIZE op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  requireDtypes(op, input, ['int8', 'uint8'], 'input');
  requireDtypes(op, output, ['float32'], 'output');
  const { scale, zeroPoint } = perTensorQuant(op, input, 'input');
  // scale · (q − zp): the double product of a float32 and a 9-bit integer is exact, so storing it
  // as float32 rounds once, like TFLite's float multiply.
  return unaryWindowed(op, output.shape, (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = scale * (x[ix]! - zeroPoint);
  });
}
