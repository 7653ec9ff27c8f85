// DEPTHWISE_CONV_2D for int8 (per-tensor or per-channel filters), uint8 and float32, any depth
// multiplier. Semantics: tensorflow/lite/kernels/internal/reference/integer_ops/depthwise_conv.h and
// reference/depthwiseconv_uint8.h: output channel oc = ic·multiplier + m reads input channel ic,
// taps outside the input are skipped, then bias, per-channel requantization, offset and clamp.
//
// Speed: channels outside, pixels inside, so a channel's filter taps stay in locals; 3×3 filters (all
// of MobileNet's and DS-CNN's) get an unrolled body for pixels whose taps are all inside the input.

import { UserError } from '../errors.ts';
import type { DepthwiseOp, Graph, Op } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { clampFloat, prepareMac, requantize } from './mac-setup.ts';
import type { NhwcAddress } from './nhwc.ts';
import { inputSlot, nhwcAddress, nhwcTensor } from './nhwc.ts';
import type { Box, TensorView } from '../model/view.ts';

// Module-local aliases for the per-element calls (see mac-setup.ts).
const requant = requantize;
const clampF = clampFloat;

export const prepareDepthwise: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'DEPTHWISE_CONV_2D') throw new Error(`prepareDepthwise got ${op.kind}`);
  const dwOp: DepthwiseOp = op;
  const input = nhwcTensor(graph, op, dwOp.inputs.input, 'input');
  const filterT = nhwcTensor(graph, op, dwOp.inputs.filter, 'filter');
  const output = nhwcTensor(graph, op, dwOp.outputs[0]!, 'output');
  const [, inH, inW, inC] = input.shape;
  const [, kH, kW, outC] = filterT.shape;
  // Derived from the shapes: the filter's channel count is what the loops index by.
  const multiplier = outC / inC;
  if (!Number.isInteger(multiplier) || output.shape[3] !== outC) {
    throw new UserError(`op ${op.index} (DEPTHWISE_CONV_2D): input channels ${inC}, filter channels ${outC} and output channels ${output.shape[3]} do not match`);
  }
  const { stride: [sh, sw], dilation: [dh, dw], pad } = dwOp.attrs;
  const { filter: w, bias, stage, inputOffset } = prepareMac(graph, op,
    { input: dwOp.inputs.input, filter: dwOp.inputs.filter, bias: dwOp.inputs.bias, output: output.id },
    outC, dwOp.attrs.clamp, dwOp.attrs.activation);
  const slot = inputSlot(op, dwOp.inputs.input);
  // Filter regrouped per output channel ([channel][ky][kx]), and each channel's filter sum: inside
  // the image Σ w·(x + offset) = Σ w·x + offset·Σ w, which saves an add per MAC.
  const taps = kH * kW;
  // Nine spare zeros at the end: the 3×3 path loads nine taps per channel whatever the filter size.
  const wByChannel = new Float64Array(outC * taps + 9);
  const wSum = new Float64Array(outC);
  for (let c = 0; c < outC; c++) {
    for (let t = 0; t < taps; t++) {
      wByChannel[c * taps + t] = w[t * outC + c]!;
      wSum[c]! += w[t * outC + c]!;
    }
  }
  const is3x3 = kH === 3 && kW === 3;
  // Offsets of the taps from the first one in an input buffer, for the interior path of other sizes.
  // They depend on the buffer's strides, so they are refreshed when those change.
  const tapOffsets = new Int32Array(taps);
  let tapRowStep = -1;
  let tapColStep = -1;

  // For each output row and column, the taps that fall inside the input: [first, end).
  const [, outH, outW] = output.shape;
  const tapRange = (outSize: number, stride: number, before: number, k: number, d: number, inSize: number): Int32Array => {
    const range = new Int32Array(2 * outSize);
    for (let o = 0; o < outSize; o++) {
      const i0 = o * stride - before;
      range[2 * o] = Math.max(0, Math.ceil(-i0 / d));
      range[2 * o + 1] = Math.min(k, Math.ceil((inSize - i0) / d));
    }
    return range;
  };
  const rowTaps = tapRange(outH, sh, pad.top, kH, dh, inH);
  const colTaps = tapRange(outW, sw, pad.left, kW, dw, inW);

  /** One output's accumulator over the taps inside the input, for pixels whose taps leave it. */
  function borderAcc(x: TensorView['data'], at: NhwcAddress, b: number, oy: number, ox: number, ic: number, oc: number): number {
    const iy0 = oy * sh - pad.top;
    const ix0 = ox * sw - pad.left;
    const kx0 = colTaps[2 * ox]!, kx1 = colTaps[2 * ox + 1]!;
    let acc = bias[oc]!;
    for (let ky = rowTaps[2 * oy]!; ky < rowTaps[2 * oy + 1]!; ky++) {
      const row = b * at.sb + (iy0 + ky * dh) * at.sy + ic - at.origin;
      const f = oc * taps + ky * kW;
      for (let kx = kx0; kx < kx1; kx++) acc += (x[row + (ix0 + kx * dw) * at.sx]! + inputOffset) * wByChannel[f + kx]!;
    }
    return acc;
  }

  function run(inputs: readonly (TensorView | null)[], out: TensorView, window: Box): void {
    const view = inputs[slot]!;
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const { sb, sy, sx, origin } = inAt;
    const outAt = nhwcAddress(out.box);
    const osx = outAt.sx;
    const y = out.data;
    const [wb, wy, wx, wc] = window.start as [number, number, number, number];
    const [nb, ny, nx, nc] = window.size as [number, number, number, number];
    const xEnd = wx + nx;
    const rowStep = dh * sy;
    const colStep = dw * sx;
    const pixelStep = sw * sx;
    if (tapRowStep !== rowStep || tapColStep !== colStep) {
      for (let ky = 0; ky < kH; ky++) for (let kx = 0; kx < kW; kx++) tapOffsets[ky * kW + kx] = ky * rowStep + kx * colStep;
      tapRowStep = rowStep;
      tapColStep = colStep;
    }
    // Output columns whose taps all lie inside the input: [firstInside, endInside).
    const firstInside = Math.min(Math.max(Math.ceil(pad.left / sw), wx), xEnd);
    const endInside = Math.max(Math.min(Math.floor((inW - 1 - (kW - 1) * dw + pad.left) / sw) + 1, xEnd), firstInside);
    const { quantized, outputOffset, min, max } = stage;
    // Channels outside, pixels inside: one channel's taps stay in locals across its pixels.
    for (let b = wb; b < wb + nb; b++) {
      for (let oc = wc; oc < wc + nc; oc++) {
        const ic = multiplier === 1 ? oc : Math.floor(oc / multiplier);
        const f = oc * taps;
        const w0 = wByChannel[f]!, w1 = wByChannel[f + 1]!, w2 = wByChannel[f + 2]!;
        const w3 = wByChannel[f + 3]!, w4 = wByChannel[f + 4]!, w5 = wByChannel[f + 5]!;
        const w6 = wByChannel[f + 6]!, w7 = wByChannel[f + 7]!, w8 = wByChannel[f + 8]!;
        const interiorBase = bias[oc]! + inputOffset * wSum[oc]!;
        const m = quantized ? stage.multipliers[oc]! : 0;
        const shift = quantized ? stage.shifts[oc]! : 0;
        for (let oy = wy; oy < wy + ny; oy++) {
          const iy0 = oy * sh - pad.top;
          const rowsInside = iy0 >= 0 && iy0 + (kH - 1) * dh < inH;
          const innerStart = rowsInside ? firstInside : xEnd;
          const innerEnd = rowsInside ? endInside : xEnd;
          const rowOut = b * outAt.sb + oy * outAt.sy + oc - outAt.origin;
          for (let ox = wx; ox < innerStart; ox++) {
            const acc = borderAcc(x, inAt, b, oy, ox, ic, oc);
            y[rowOut + ox * osx] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
          let p0 = b * sb + iy0 * sy + (innerStart * sw - pad.left) * sx + ic - origin;
          let o = rowOut + innerStart * osx;
          for (let ox = innerStart; ox < innerEnd; ox++, p0 += pixelStep, o += osx) {
            let acc: number;
            if (is3x3) {
              const p1 = p0 + rowStep;
              const p2 = p1 + rowStep;
              acc = interiorBase
                + x[p0]! * w0 + x[p0 + colStep]! * w1 + x[p0 + 2 * colStep]! * w2
                + x[p1]! * w3 + x[p1 + colStep]! * w4 + x[p1 + 2 * colStep]! * w5
                + x[p2]! * w6 + x[p2 + colStep]! * w7 + x[p2 + 2 * colStep]! * w8;
            } else {
              acc = interiorBase;
              for (let t = 0; t < taps; t++) acc += x[p0 + tapOffsets[t]!]! * wByChannel[f + t]!;
            }
            y[o] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
          for (let ox = innerEnd; ox < xEnd; ox++) {
            const acc = borderAcc(x, inAt, b, oy, ox, ic, oc);
            y[rowOut + ox * osx] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
        }
      }
    }
  }

  return { op, windowed: true, run };
};
