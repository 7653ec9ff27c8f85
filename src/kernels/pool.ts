// AVERAGE_POOL_2D and MAX_POOL_2D for int8, uint8 and float32. Semantics:
// tensorflow/lite/kernels/internal/reference/integer_ops/pooling.h and reference/pooling.h: only taps
// inside the input count; the integer average is the in-bounds sum divided by the in-bounds count,
// rounded half away from zero (C division truncates, after adding ±count/2); the max starts from the
// type's lowest value. Both then clamp to the fused activation's range. Output channel c reads input
// channel c, so any window of channels, rows and columns can be computed alone.

import { UserError } from '../errors.ts';
import type { Graph, Op, PoolOp } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { inputSlot, nhwcAddress, nhwcTensor } from './nhwc.ts';
import { activationRangeQuantized } from './quant.ts';
import type { Box, TensorView } from '../model/view.ts';

export const preparePool: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'AVERAGE_POOL_2D' && op.kind !== 'MAX_POOL_2D') throw new Error(`preparePool got ${op.kind}`);
  const pool: PoolOp = op;
  const input = nhwcTensor(graph, op, pool.inputs.input, 'input');
  const output = nhwcTensor(graph, op, pool.outputs[0]!, 'output');
  const [, inH, inW, inC] = input.shape;
  const fail = (message: string): never => { throw new UserError(`op ${op.index} (${op.kind}): ${message}`); };
  if (output.shape[3] !== inC) fail(`input has ${inC} channels, output ${output.shape[3]}`);
  if (input.dtype !== output.dtype) fail(`input is ${input.dtype}, output ${output.dtype}`);
  const isAverage = op.kind === 'AVERAGE_POOL_2D';
  const { stride: [sh, sw], pad, filter: [fH, fW] } = pool.attrs;
  let min: number;
  let max: number;
  if (input.dtype === 'float32') {
    ({ min, max } = pool.attrs.clamp);
  } else if (input.dtype === 'int8' || input.dtype === 'uint8') {
    // Pooling does not requantize: TFLite requires the output's scale and zero point to be the input's.
    const q = output.quant;
    if (q === null) fail('output has no quantization');
    [min, max] = activationRangeQuantized(pool.attrs.activation, q!.scale[0]!, q!.zeroPoint[0] ?? 0, output.dtype);
  } else {
    fail(`${input.dtype} is not supported (int8, uint8, float32)`);
  }
  const integer = input.dtype !== 'float32';
  const slot = inputSlot(op, pool.inputs.input);
  const acc = new Float64Array(inC);

  function run(inputs: readonly (TensorView | null)[], out: TensorView, window: Box): void {
    const view = inputs[slot]!;
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const outAt = nhwcAddress(out.box);
    const y = out.data;
    const [wb, wy, wx, wc] = window.start as [number, number, number, number];
    const [nb, ny, nx, nc] = window.size as [number, number, number, number];
    for (let b = wb; b < wb + nb; b++) {
      for (let oy = wy; oy < wy + ny; oy++) {
        const iy0 = oy * sh - pad.top;
        const fy0 = Math.max(0, -iy0);
        const fy1 = Math.min(fH, inH - iy0);
        for (let ox = wx; ox < wx + nx; ox++) {
          const ix0 = ox * sw - pad.left;
          const fx0 = Math.max(0, -ix0);
          const fx1 = Math.min(fW, inW - ix0);
          acc.fill(isAverage ? 0 : -Infinity, 0, nc);
          for (let fy = fy0; fy < fy1; fy++) {
            for (let fx = fx0; fx < fx1; fx++) {
              const p = b * inAt.sb + (iy0 + fy) * inAt.sy + (ix0 + fx) * inAt.sx + wc - inAt.origin;
              if (isAverage) {
                for (let j = 0; j < nc; j++) acc[j]! += x[p + j]!;
              } else {
                for (let j = 0; j < nc; j++) if (x[p + j]! > acc[j]!) acc[j] = x[p + j]!;
              }
            }
          }
          const count = (fy1 - fy0) * (fx1 - fx0);
          const half = Math.floor(count / 2);
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx + wc - outAt.origin;
          for (let j = 0; j < nc; j++) {
            let v = acc[j]!;
            if (isAverage) v = integer ? Math.trunc(v > 0 ? (v + half) / count : (v - half) / count) : v / count;
            y[o + j] = v < min ? min : v > max ? max : v;
          }
        }
      }
    }
  }

  return { op, windowed: true, run };
};
