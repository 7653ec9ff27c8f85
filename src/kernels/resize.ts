// RESIZE_NEAREST_NEIGHBOR and RESIZE_BILINEAR on NHWC tensors, windowed. Semantics, including every
// float32 rounding step of the coordinate mapping:
// tensorflow/lite/kernels/internal/reference/resize_nearest_neighbor.h (GetNearestNeighbor) and
// reference/resize_bilinear.h (ResizeBilinearInteger for int8, ResizeBilinear for uint8 and float32).
// Each output row and column maps to fixed input rows and columns, precomputed once in prepare.

import { UserError } from '../errors.ts';
import type { Graph, Op, ResizeOp } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { inputSlot, nhwcAddress, nhwcTensor } from './nhwc.ts';
import { tfliteRound } from './quant.ts';
import type { Box, TensorView } from '../model/view.ts';

const f32 = Math.fround;

/**
 * For each output index along one axis: the input indices it reads (`lo`, `hi`; equal for nearest)
 * and the bilinear weight of `hi`: in 1/1024 units for int8, a float32 fraction otherwise.
 */
export interface AxisMap {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly frac: Float64Array;
}

export type ResizeMode = 'nearest' | 'bilinear-integer' | 'bilinear-float';

export function resizeMode(kind: ResizeOp['kind'], dtype: string): ResizeMode {
  if (kind === 'RESIZE_NEAREST_NEIGHBOR') return 'nearest';
  return dtype === 'int8' ? 'bilinear-integer' : 'bilinear-float';
}

/** The mapping of output indices 0…outSize−1 to input indices along one axis. */
export function axisMap(mode: ResizeMode, inSize: number, outSize: number, alignCorners: boolean, halfPixel: boolean): AxisMap {
  const lo = new Int32Array(outSize);
  const hi = new Int32Array(outSize);
  const frac = new Float64Array(outSize);
  const aligned = alignCorners && outSize > 1;
  if (mode === 'bilinear-integer') {
    // Scale in 1/1024 units, rounded to nearest (C integer division of non-negative values).
    const scale10 = aligned
      ? Math.floor((1024 * (inSize - 1) + Math.floor((outSize - 1) / 2)) / (outSize - 1))
      : Math.floor((1024 * inSize + Math.floor(outSize / 2)) / outSize);
    for (let o = 0; o < outSize; o++) {
      const scaled = halfPixel ? o * scale10 + Math.trunc(scale10 / 2) - 512 : o * scale10;
      lo[o] = Math.max(Math.trunc(scaled / 1024), 0);
      hi[o] = Math.min(Math.trunc((scaled + 1023) / 1024), inSize - 1);
      frac[o] = scaled - 1024 * lo[o]!;
    }
    return { lo, hi, frac };
  }
  const scale = aligned ? f32((inSize - 1) / (outSize - 1)) : f32(inSize / outSize);
  for (let o = 0; o < outSize; o++) {
    if (mode === 'nearest') {
      const v = f32(f32(o + (halfPixel ? 0.5 : 0)) * scale);
      let i = Math.min(alignCorners ? tfliteRound(v) : Math.floor(v), inSize - 1);
      if (halfPixel) i = Math.max(0, i);
      lo[o] = i;
      hi[o] = i;
    } else {
      const v = halfPixel ? f32(f32(f32(o + 0.5) * scale) - 0.5) : f32(o * scale);
      lo[o] = Math.max(Math.floor(v), 0);
      hi[o] = Math.min(Math.ceil(v), inSize - 1);
      frac[o] = f32(v - lo[o]!);
    }
  }
  return { lo, hi, frac };
}

export const prepareResize: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'RESIZE_NEAREST_NEIGHBOR' && op.kind !== 'RESIZE_BILINEAR') throw new Error(`prepareResize got ${op.kind}`);
  const resize: ResizeOp = op;
  const input = nhwcTensor(graph, op, resize.inputs.input, 'input');
  const output = nhwcTensor(graph, op, resize.outputs[0]!, 'output');
  const [, inH, inW, inC] = input.shape;
  const [, outH, outW] = output.shape;
  if (output.shape[3] !== inC || input.dtype !== output.dtype || !['int8', 'uint8', 'float32'].includes(input.dtype)) {
    throw new UserError(`op ${op.index} (${op.kind}): input [${input.shape.join(', ')}] ${input.dtype} and output [${output.shape.join(', ')}] ${output.dtype}: channels and types must match (int8, uint8, float32)`);
  }
  const mode = resizeMode(resize.kind, input.dtype);
  const { alignCorners, halfPixelCenters } = resize.attrs;
  const rowsMap = axisMap(mode, inH, outH, alignCorners, halfPixelCenters);
  const colsMap = axisMap(mode, inW, outW, alignCorners, halfPixelCenters);
  const slot = inputSlot(op, resize.inputs.input);
  // ResizeBilinear<T> adds 0.5 before the cast for integer T (uint8), and casts truncate.
  const roundingOffset = input.dtype === 'float32' ? 0 : 0.5;

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
        const y0 = rowsMap.lo[oy]!, y1 = rowsMap.hi[oy]!, fy = rowsMap.frac[oy]!;
        for (let ox = wx; ox < wx + nx; ox++) {
          const x0 = colsMap.lo[ox]!, x1 = colsMap.hi[ox]!, fx = colsMap.frac[ox]!;
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx + wc - outAt.origin;
          const row0 = b * inAt.sb + y0 * inAt.sy - inAt.origin + wc;
          const row1 = b * inAt.sb + y1 * inAt.sy - inAt.origin + wc;
          const pll = row0 + x0 * inAt.sx, plu = row1 + x0 * inAt.sx;
          const prl = row0 + x1 * inAt.sx, pru = row1 + x1 * inAt.sx;
          if (mode === 'nearest') {
            for (let j = 0; j < nc; j++) y[o + j] = x[pll + j]!;
          } else if (mode === 'bilinear-integer') {
            const wll = (1024 - fy) * (1024 - fx), wlu = fy * (1024 - fx), wrl = (1024 - fy) * fx, wru = fy * fx;
            for (let j = 0; j < nc; j++) {
              const sum = x[pll + j]! * wll + x[plu + j]! * wlu + x[prl + j]! * wrl + x[pru + j]! * wru;
              // Round half away from zero at 2^20, as C division after adding ±2^19.
              y[o + j] = Math.trunc((sum + (sum > 0 ? 524288 : -524288)) / 1048576);
            }
          } else {
            const gy = f32(1 - fy), gx = f32(1 - fx);
            for (let j = 0; j < nc; j++) {
              const v = f32(f32(f32(f32(f32(x[pll + j]! * gy) * gx) + f32(f32(x[plu + j]! * fy) * gx))
                + f32(f32(x[prl + j]! * gy) * fx)) + f32(f32(x[pru + j]! * fy) * fx));
              y[o + j] = roundingOffset === 0 ? v : Math.trunc(f32(v + roundingOffset));
            }
          }
        }
      }
    }
  }

  return { op, windowed: true, run };
};
