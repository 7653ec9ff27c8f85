// CONV_2D for int8 (per-tensor or per-channel filters), uint8 and float32, with grouped filters.
// Semantics: tensorflow/lite/kernels/internal/reference/integer_ops/conv.h (int8) and
// reference/conv.h (uint8, float): taps outside the input are skipped, acc += filter·(input +
// input_offset), then bias, per-channel requantization, output offset and the activation clamp.
//
// Speed: per output pixel the receptive field is gathered once into `col` (im2col), with
// `input_offset` already added and padded taps set to 0, so a skipped tap and a zero tap are the same
// thing; then every output channel is one flat dot product, four channels at a time to reuse loads.

import { UserError } from '../errors.ts';
import type { ConvOp, Graph, Op } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { finishOutput, prepareMac } from './mac-setup.ts';
import { inputSlot, nhwcAddress, nhwcTensor } from './nhwc.ts';
import type { Box, TensorView } from '../model/view.ts';

// Module-local alias for the per-element call (see mac-setup.ts).
const finish = finishOutput;

export const prepareConv: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'CONV_2D') throw new Error(`prepareConv got ${op.kind}`);
  const conv: ConvOp = op;
  const input = nhwcTensor(graph, op, conv.inputs.input, 'input');
  const filterT = nhwcTensor(graph, op, conv.inputs.filter, 'filter');
  const output = nhwcTensor(graph, op, conv.outputs[0]!, 'output');
  const [, inH, inW, inC] = input.shape;
  const [outC, kH, kW, groupC] = filterT.shape;
  if (output.shape[3] !== outC || inC % groupC !== 0 || outC % (inC / groupC) !== 0) {
    throw new UserError(`op ${op.index} (CONV_2D): input channels ${inC}, filter [${filterT.shape.join(', ')}] and output channels ${output.shape[3]} do not match`);
  }
  const outPerGroup = outC / (inC / groupC);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = conv.attrs;
  const mac = prepareMac(graph, op, { input: conv.inputs.input, filter: conv.inputs.filter, bias: conv.inputs.bias, output: output.id },
    outC, conv.attrs.clamp, conv.attrs.activation);
  const { filter: w, bias, stage, inputOffset } = mac;
  const slot = inputSlot(op, conv.inputs.input);
  const K = kH * kW * groupC;
  const col = new Float64Array(K);

  function gather(x: TensorView['data'], inAt: ReturnType<typeof nhwcAddress>, b: number, iy0: number, ix0: number, c0: number): void {
    let k = 0;
    for (let ky = 0; ky < kH; ky++) {
      const iy = iy0 + ky * dh;
      const rowInside = iy >= 0 && iy < inH;
      for (let kx = 0; kx < kW; kx++) {
        const ix = ix0 + kx * dw;
        if (rowInside && ix >= 0 && ix < inW) {
          const p = b * inAt.sb + iy * inAt.sy + ix * inAt.sx + c0 - inAt.origin;
          for (let c = 0; c < groupC; c++) col[k++] = x[p + c]! + inputOffset;
        } else {
          for (let c = 0; c < groupC; c++) col[k++] = 0;
        }
      }
    }
  }

  function run(inputs: readonly (TensorView | null)[], out: TensorView, window: Box): void {
    const view = inputs[slot]!;
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const outAt = nhwcAddress(out.box);
    const y = out.data;
    const [wb, wy, wx, wc] = window.start as [number, number, number, number];
    const [nb, ny, nx, nc] = window.size as [number, number, number, number];
    const cEnd = wc + nc;
    for (let b = wb; b < wb + nb; b++) {
      for (let oy = wy; oy < wy + ny; oy++) {
        for (let ox = wx; ox < wx + nx; ox++) {
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx - outAt.origin;
          let oc = wc;
          while (oc < cEnd) {
            const g = Math.floor(oc / outPerGroup);
            gather(x, inAt, b, oy * sh - pad.top, ox * sw - pad.left, g * groupC);
            const groupEnd = Math.min(cEnd, (g + 1) * outPerGroup);
            for (; oc + 4 <= groupEnd; oc += 4) {
              const f0 = oc * K, f1 = f0 + K, f2 = f1 + K, f3 = f2 + K;
              let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
              for (let k = 0; k < K; k++) {
                const v = col[k]!;
                a0 += v * w[f0 + k]!;
                a1 += v * w[f1 + k]!;
                a2 += v * w[f2 + k]!;
                a3 += v * w[f3 + k]!;
              }
              y[o + oc] = finish(stage, a0 + bias[oc]!, oc);
              y[o + oc + 1] = finish(stage, a1 + bias[oc + 1]!, oc + 1);
              y[o + oc + 2] = finish(stage, a2 + bias[oc + 2]!, oc + 2);
              y[o + oc + 3] = finish(stage, a3 + bias[oc + 3]!, oc + 3);
            }
            for (; oc < groupEnd; oc++) {
              const f0 = oc * K;
              let a0 = 0;
              for (let k = 0; k < K; k++) a0 += col[k]! * w[f0 + k]!;
              y[o + oc] = finish(stage, a0 + bias[oc]!, oc);
            }
          }
        }
      }
    }
  }

  return { op, windowed: true, run };
};
