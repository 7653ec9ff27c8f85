// Post-training int8 quantization of a float32 Graph, following TFLite's converter
// (tensorflow/lite/tools/optimize, "full integer quantization" with a representative dataset):
// - activations: per-tensor asymmetric int8 from the min/max seen on the calibration inputs, the
//   range widened to contain 0 so that 0 is exact: scale = (max − min)/255, zero point
//   round(−128 − min/scale);
// - conv and depthwise filters: per-channel symmetric int8 on the output-channel axis,
//   scale = max|w|/127, values in [−127, 127]; fully connected filters: one symmetric scale (TFLite's
//   int8 FULLY_CONNECTED kernels take a single filter scale by default);
// - biases: int32 with scale = input scale × filter scale (per channel), zero point 0;
// - ops that only move or select values (MAX_POOL_2D, AVERAGE_POOL_2D, RESHAPE) keep their input's
//   parameters, as TFLite requires; SOFTMAX outputs use the fixed scale 1/256, zero point −128.
// Scales are stored as float32, as the file holds them. The result's input and output are int8.

import { UserError } from '../errors.ts';
import { prepareGraph, runGraph } from '../kernels/executor.ts';
import { decodeConstant } from '../model/tensor-data.ts';
import type { TensorData } from '../model/view.ts';
import { tfliteRound } from '../kernels/quant.ts';
import type { Graph, Op, Quantization, Tensor } from '../model/graph.ts';
import { NO_TENSOR } from '../model/graph.ts';

/** Operator versions TFLite's converter writes for the int8 variants of these ops. */
const INT8_VERSIONS: Partial<Record<Op['kind'], number>> = {
  CONV_2D: 3, DEPTHWISE_CONV_2D: 3, FULLY_CONNECTED: 4, AVERAGE_POOL_2D: 2, MAX_POOL_2D: 2, SOFTMAX: 2, ADD: 2, RELU: 2, RELU6: 2, RESHAPE: 1,
};
const PASS_THROUGH = new Set<Op['kind']>(['MAX_POOL_2D', 'AVERAGE_POOL_2D', 'RESHAPE']);

/** Min and max of every non-constant tensor over the calibration inputs (one input list per sample). */
export function calibrate(graph: Graph, samples: readonly (readonly TensorData[])[]): Map<number, [number, number]> {
  if (samples.length === 0) throw new UserError('quantization needs at least one calibration sample');
  const watched = graph.tensors.filter((t) => t.data === null && t.dtype === 'float32').map((t) => t.id);
  // Make every activation a graph output, so one run reports all of them.
  const prepared = prepareGraph({ ...graph, outputs: watched });
  const ranges = new Map<number, [number, number]>(watched.map((id) => [id, [Infinity, -Infinity]]));
  for (const inputs of samples) {
    graph.inputs.forEach((id, i) => observe(ranges.get(id)!, inputs[i]!));
    runGraph(prepared, inputs).forEach((data, i) => observe(ranges.get(watched[i]!)!, data));
  }
  return ranges;
}

function observe(range: [number, number], data: TensorData): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v < range[0]) range[0] = v;
    if (v > range[1]) range[1] = v;
  }
}

/** Asymmetric int8 parameters for a real range (widened to include 0). */
export function activationQuant([lo, hi]: readonly [number, number]): Quantization {
  const min = Math.min(0, lo), max = Math.max(0, hi);
  const scale = max > min ? Math.fround((max - min) / 255) : Math.fround(1 / 255);
  const zeroPoint = Math.max(-128, Math.min(127, tfliteRound(-128 - min / scale)));
  return { scale: [scale], zeroPoint: [zeroPoint], axis: 0 };
}

export function quantizeGraph(graph: Graph, samples: readonly (readonly TensorData[])[]): Graph {
  const ranges = calibrate(graph, samples);
  const quant = new Map<number, Quantization>();
  for (const id of graph.inputs) quant.set(id, activationQuant(ranges.get(id)!));
  const replaced = new Map<number, Tensor>();
  for (const op of graph.ops) {
    const out = op.outputs[0]!;
    const inQ = (id: number): Quantization => {
      const q = quant.get(id);
      if (q === undefined) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before it is quantized`);
      return q;
    };
    if (op.kind === 'SOFTMAX') quant.set(out, { scale: [1 / 256], zeroPoint: [-128], axis: 0 });
    else if (PASS_THROUGH.has(op.kind)) quant.set(out, inQ(op.inputList[0]!));
    else quant.set(out, activationQuant(ranges.get(out)!));
    if (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' || op.kind === 'FULLY_CONNECTED') {
      const filter = graph.tensors[op.inputs.filter]!;
      const axis = op.kind === 'CONV_2D' ? 0 : op.kind === 'DEPTHWISE_CONV_2D' ? 3 : null;
      const fq = quantizeFilter(filter, axis);
      replaced.set(filter.id, fq);
      if (op.inputs.bias !== NO_TENSOR) replaced.set(op.inputs.bias, quantizeBias(graph.tensors[op.inputs.bias]!, inQ(op.inputs.input).scale[0]!, fq.quant!));
    } else if (op.kind !== 'RESHAPE' && op.inputList.some((id) => id !== NO_TENSOR && graph.tensors[id]!.data !== null)) {
      throw new UserError(`op ${op.index} (${op.kind}) has a constant operand; quantizing it is not supported`);
    }
  }
  const tensors = graph.tensors.map((t): Tensor => {
    const r = replaced.get(t.id);
    if (r !== undefined) return r;
    if (t.data !== null || t.dtype !== 'float32') return t;
    return { ...t, dtype: 'int8', quant: quant.get(t.id) ?? null };
  });
  const ops = graph.ops.map((op) => ({ ...op, version: INT8_VERSIONS[op.kind] ?? op.version }) as Op);
  return { ...graph, tensors, ops, description: `${graph.description}; int8 post-training quantization by tinygate (${samples.length} calibration samples)` };
}

/** Symmetric int8, one scale per slice along `axis` (null: one scale for the tensor). */
function quantizeFilter(t: Tensor, axis: number | null): Tensor {
  const w = decodeConstant(t);
  const channels = axis === null ? 1 : t.shape[axis]!;
  // Elements of channel c: stride `inner` within blocks of channels·inner.
  const inner = axis === null ? w.length : t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const channelOf = (i: number): number => (axis === null ? 0 : Math.floor(i / inner) % channels);
  const maxAbs = new Float64Array(channels);
  for (let i = 0; i < w.length; i++) maxAbs[channelOf(i)] = Math.max(maxAbs[channelOf(i)]!, Math.abs(w[i]!));
  const scale = Array.from(maxAbs, (m) => Math.fround(m > 0 ? m / 127 : 1));
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, tfliteRound(w[i]! / scale[channelOf(i)]!)));
  return { ...t, dtype: 'int8', quant: { scale, zeroPoint: scale.map(() => 0), axis: axis ?? 0 }, data: new Uint8Array(q.buffer) };
}

function quantizeBias(t: Tensor, inputScale: number, filter: Quantization): Tensor {
  const b = decodeConstant(t);
  const scale = filter.scale.map((s) => Math.fround(Math.fround(inputScale) * s));
  const q = Int32Array.from(b, (v, c) => tfliteRound(v / scale[scale.length === 1 ? 0 : c]!));
  return { ...t, dtype: 'int32', quant: { scale, zeroPoint: scale.map(() => 0), axis: 0 }, data: new Uint8Array(q.buffer) };
}
