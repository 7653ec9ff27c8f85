// A deliberately naive CONV_2D / DEPTHWISE_CONV_2D accumulator, written straight from the loops of
// tensorflow/lite/kernels/internal/reference/integer_ops/{conv,depthwise_conv}.h: for each output
// element, Σ filter·(input + input_offset) over in-bounds taps, plus bias. Tests use it to tell a
// kernel bug from a rounding difference in the oracle.

import type { Graph } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import { decodeConstant } from '../../src/model/tensor-data.ts';
import { multiplyByQuantizedMultiplier, quantizeMultiplier } from '../../src/kernels/quant.ts';
import type { TensorData } from '../../src/model/view.ts';

/** FULLY_CONNECTED, from reference/integer_ops/fully_connected.h: Σ (w + w_offset)·(x + x_offset) + bias. */
function naiveFullyConnected(graph: Graph, x: TensorData): number[] {
  const op = graph.ops[0]!;
  if (op.kind !== 'FULLY_CONNECTED') throw new Error(op.kind);
  const input = graph.tensors[op.inputs.input]!;
  const filterT = graph.tensors[op.inputs.filter]!;
  const w = decodeConstant(filterT);
  const bias = op.inputs.bias >= 0 ? decodeConstant(graph.tensors[op.inputs.bias]!) : null;
  const inOff = -(input.quant?.zeroPoint[0] ?? 0);
  const fOff = input.dtype === 'uint8' ? -(filterT.quant?.zeroPoint[0] ?? 0) : 0;
  const [outF, inF] = filterT.shape as [number, number];
  const acc: number[] = [];
  for (let b = 0; b < x.length / inF; b++) {
    for (let o = 0; o < outF; o++) {
      let sum = bias === null ? 0 : bias[o]!;
      for (let i = 0; i < inF; i++) sum += (w[o * inF + i]! + fOff) * (x[b * inF + i]! + inOff);
      acc.push(sum);
    }
  }
  return acc;
}

/** The int32 accumulator (bias included) of every output element of op 0, in output order. */
function naiveAccumulators(graph: Graph, x: TensorData): number[] {
  const op = graph.ops[0]!;
  if (op.kind === 'FULLY_CONNECTED') return naiveFullyConnected(graph, x);
  if (op.kind !== 'CONV_2D' && op.kind !== 'DEPTHWISE_CONV_2D') throw new Error(op.kind);
  const input = graph.tensors[op.inputs.input]!;
  const filterT = graph.tensors[op.inputs.filter]!;
  const output = graph.tensors[op.outputs[0]!]!;
  const w = decodeConstant(filterT);
  const bias = op.inputs.bias >= 0 ? decodeConstant(graph.tensors[op.inputs.bias]!) : null;
  const inOff = -(input.quant?.zeroPoint[0] ?? 0);
  const fOff = input.dtype === 'uint8' ? -(filterT.quant?.zeroPoint[0] ?? 0) : 0;
  const [, H, W, C] = input.shape as number[] as [number, number, number, number];
  const [N, OH, OW, OC] = output.shape as number[] as [number, number, number, number];
  const [, KH, KW, FC] = filterT.shape as number[] as [number, number, number, number];
  const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
  const acc: number[] = [];
  for (let b = 0; b < N; b++) for (let oy = 0; oy < OH; oy++) for (let ox = 0; ox < OW; ox++) for (let oc = 0; oc < OC; oc++) {
    let sum = 0;
    for (let ky = 0; ky < KH; ky++) for (let kx = 0; kx < KW; kx++) {
      const iy = oy * sh - pad.top + ky * dh;
      const ix = ox * sw - pad.left + kx * dw;
      if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
      if (op.kind === 'CONV_2D') {
        const groupC = FC;
        const g = Math.floor(oc / (OC / (C / groupC)));
        for (let ic = 0; ic < groupC; ic++) {
          const xv = x[((b * H + iy) * W + ix) * C + g * groupC + ic]!;
          sum += (w[((oc * KH + ky) * KW + kx) * FC + ic]! + fOff) * (xv + inOff);
        }
      } else {
        const ic = Math.floor(oc / (OC / C));
        sum += (w[(ky * KW + kx) * FC + oc]! + fOff) * (x[((b * H + iy) * W + ix) * C + ic]! + inOff);
      }
    }
    acc.push(sum + (bias === null ? 0 : bias[oc]!));
  }
  if (acc.length !== elementCount(output.shape)) throw new Error('shape');
  return acc;
}

interface Requant { multiplier: number; shift: number; zeroPoint: number; min: number; max: number }

/** TFLite's requantization parameters and clamp for output channel `channel` of op 0. */
function requantOf(graph: Graph, channel: number): Requant {
  const op = graph.ops[0]!;
  const [input, filter, output] = [op.inputList[0]!, op.inputList[1]!, op.outputs[0]!].map((id) => graph.tensors[id]!) as [typeof graph.tensors[0], typeof graph.tensors[0], typeof graph.tensors[0]];
  const fs = filter.quant!.scale.length > 1 ? filter.quant!.scale[channel]! : filter.quant!.scale[0]!;
  const { multiplier, shift } = quantizeMultiplier((input.quant!.scale[0]! * fs) / output.quant!.scale[0]!);
  const zeroPoint = output.quant!.zeroPoint[0]!;
  const activation = (op.attrs as { activation: string }).activation;
  const [lo, hi] = output.dtype === 'int8' ? [-128, 127] : [0, 255];
  const q0 = zeroPoint;
  const q6 = zeroPoint + Math.round(Math.fround(6 / Math.fround(output.quant!.scale[0]!)));
  const min = activation === 'NONE' ? lo : Math.max(lo, q0);
  const max = activation === 'RELU6' ? Math.min(hi, q6) : hi;
  return { multiplier, shift, zeroPoint, min, max };
}

const clampTo = (v: number, r: Requant): number => Math.min(r.max, Math.max(r.min, v));


/** Op 0's quantized outputs by the naive loops and quant.ts's fixed point (TFLite's double rounding). */
export function naiveOutputs(graph: Graph, x: TensorData): number[] {
  const channels = graph.tensors[graph.ops[0]!.outputs[0]!]!.shape.at(-1)!;
  return naiveAccumulators(graph, x).map((a, i) => {
    const r = requantOf(graph, i % channels);
    return clampTo(multiplyByQuantizedMultiplier(a | 0, r.multiplier, r.shift) + r.zeroPoint, r);
  });
}
