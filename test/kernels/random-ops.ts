// Seeded random single-op graphs of the spatial ops, with realistic quantization, for the window and
// oracle tests. Every shape, stride, dilation, padding and dtype comes from the seed.

import type { Activation, DType, Graph } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import type { Box, TensorData } from '../../src/model/view.ts';
import { allocateTensorData } from '../../src/model/tensor-data.ts';
import { GraphBuilder, prng } from './graph-builder.ts';

export type Rng = ReturnType<typeof prng>;
export type SpatialKind = 'CONV_2D' | 'DEPTHWISE_CONV_2D' | 'AVERAGE_POOL_2D' | 'MAX_POOL_2D' | 'PAD' | 'PADV2'
  | 'RESIZE_NEAREST_NEIGHBOR' | 'RESIZE_BILINEAR';

export interface RandomOp {
  readonly graph: Graph;
  readonly description: string;
}

const CLAMPS: Record<string, { min: number; max: number }> = {
  NONE: { min: -Infinity, max: Infinity }, RELU: { min: 0, max: Infinity }, RELU6: { min: 0, max: 6 },
};

function activation(rng: Rng): { activation: Activation; clamp: { min: number; max: number } } {
  const a = rng.pick(['NONE', 'NONE', 'RELU', 'RELU6'] as const);
  return { activation: a, clamp: CLAMPS[a]! };
}

function ioQuant(rng: Rng, dtype: DType, scale: number): { dtype: DType; scale?: number[]; zeroPoint?: number[] } {
  if (dtype === 'float32') return { dtype };
  const zp = dtype === 'uint8' ? rng.int(100, 156) : rng.int(-30, 30);
  return { dtype, scale: [Math.fround(scale)], zeroPoint: [zp] };
}

export function randomValues(rng: Rng, dtype: DType, n: number): TensorData {
  const data = allocateTensorData(dtype, n);
  for (let i = 0; i < n; i++) {
    data[i] = dtype === 'int8' ? rng.int(-128, 127) : dtype === 'uint8' ? rng.int(0, 255)
      : dtype === 'int32' ? rng.int(-100000, 100000) : Math.fround(rng.next() * 4 - 2);
  }
  return data;
}

/** Output size of a strided window along one axis, or 0 when no window fits. */
function outSize(size: number, before: number, after: number, k: number, stride: number, dilation: number): number {
  const span = (k - 1) * dilation + 1;
  return size + before + after < span ? 0 : Math.floor((size + before + after - span) / stride) + 1;
}

/**
 * Paddings: any explicit ones (`explicit`), or only what a .tflite file can say, SAME or VALID
 * (TFLite's ComputePaddingWithOffset: the odd pixel goes after).
 */
export type PaddingStyle = 'explicit' | 'tflite';

/** SAME's total padding along one axis before TFLite clamps it at 0. */
function sameTotal(size: number, k: number, stride: number, dilation: number): number {
  return (Math.ceil(size / stride) - 1) * stride + (k - 1) * dilation + 1 - size;
}

function drawPads(rng: Rng, style: PaddingStyle, hw: [number, number], k: [number, number], stride: [number, number], dilation: [number, number], maxPad: [number, number]): { top: number; bottom: number; left: number; right: number } {
  if (style === 'explicit') {
    return { top: rng.int(0, maxPad[0]), bottom: rng.int(0, maxPad[0]), left: rng.int(0, maxPad[1]), right: rng.int(0, maxPad[1]) };
  }
  // One choice for both axes: a file says SAME or VALID for the whole op. SAME whose unclamped total
  // is negative on an axis is left out: XNNPACK in the oracle computes it wrong (see oracle-ops.test).
  const totals = [0, 1].map((a) => sameTotal(hw[a]!, k[a]!, stride[a]!, dilation[a]!));
  if (rng.next() < 0.4 || totals.some((t) => t < 0)) return { top: 0, bottom: 0, left: 0, right: 0 };
  const [th, tw] = totals as [number, number];
  return { top: Math.floor(th / 2), bottom: th - Math.floor(th / 2), left: Math.floor(tw / 2), right: tw - Math.floor(tw / 2) };
}

/**
 * Upper bounds of a random geometry: feature map height/width, input channels, conv outputs per
 * group, depthwise multiplier.
 */
export interface Limits {
  readonly size: number;
  readonly channels: number;
  readonly outPerGroup: number;
  readonly multiplier: number;
}
const SMALL: Limits = { size: 10, channels: 6, outPerGroup: 3, multiplier: 3 };

function macOp(rng: Rng, kind: 'CONV_2D' | 'DEPTHWISE_CONV_2D', dtype: DType, style: PaddingStyle, limits: Limits): RandomOp | null {
  const n = rng.int(1, 2), h = rng.int(1, limits.size), w = rng.int(1, limits.size), c = rng.int(1, limits.channels);
  const kH = rng.int(1, 4), kW = rng.int(1, 4);
  const stride: [number, number] = [rng.int(1, 3), rng.int(1, 3)];
  const dilation: [number, number] = [rng.pick([1, 1, 2]), rng.pick([1, 1, 2])];
  const pad = drawPads(rng, style, [h, w], [kH, kW], stride, dilation, [2, 2]);
  const oh = outSize(h, pad.top, pad.bottom, kH, stride[0], dilation[0]);
  const ow = outSize(w, pad.left, pad.right, kW, stride[1], dilation[1]);
  if (oh === 0 || ow === 0) return null;
  let oc: number;
  let filterShape: number[];
  let multiplier = 1;
  if (kind === 'CONV_2D') {
    // Grouped filters only in explicit style: the oracle's TFLite predates grouped CONV_2D.
    const groups = style === 'explicit' ? rng.pick([1, 1, 1, c]) : 1;
    oc = groups * rng.int(1, limits.outPerGroup);
    filterShape = [oc, kH, kW, c / groups];
  } else {
    multiplier = rng.int(1, limits.multiplier);
    oc = c * multiplier;
    filterShape = [1, kH, kW, oc];
  }
  const b = new GraphBuilder();
  const inScale = 0.02 + rng.next() * 0.05;
  const input = b.tensor({ shape: [n, h, w, c], ...ioQuant(rng, dtype, inScale) });
  const perChannel = dtype === 'int8' && rng.next() < 0.7;
  const filterScales = Array.from({ length: perChannel ? oc : 1 }, () => Math.fround(0.002 + rng.next() * 0.02));
  const filterValues = randomValues(rng, dtype, elementCount(filterShape));
  const taps = kind === 'CONV_2D' ? kH * kW * filterShape[3]! : kH * kW;
  const filter = dtype === 'float32'
    ? b.tensor({ shape: filterShape, dtype }, filterValues)
    : b.tensor({ shape: filterShape, dtype, scale: filterScales, zeroPoint: filterScales.map(() => (dtype === 'uint8' ? rng.int(110, 146) : 0)), axis: kind === 'CONV_2D' ? 0 : 3 }, filterValues);
  const biasDtype: DType = dtype === 'float32' ? 'float32' : 'int32';
  // TFLite's conv kernels require the bias a Graph may omit.
  const bias = style === 'explicit' && rng.next() < 0.2 ? -1 : b.tensor({ shape: [oc], dtype: biasDtype, ...(dtype === 'float32' ? {} : { scale: filterScales.map((s) => Math.fround(s * inScale)) }) },
    Array.from(randomValues(rng, biasDtype, oc), (v) => (biasDtype === 'int32' ? Math.trunc(v / 20) : v)));
  const outScale = inScale * filterScales[0]! * Math.sqrt(taps) * 40 * (0.5 + rng.next());
  const output = b.tensor({ shape: [n, oh, ow, oc], ...ioQuant(rng, dtype, outScale) });
  const attrs = { stride, dilation, pad, ...activation(rng), ...(kind === 'DEPTHWISE_CONV_2D' ? { depthMultiplier: multiplier } : {}) };
  b.op(kind, { input, filter, bias }, output, attrs);
  const description = `${kind} ${dtype} in [${n},${h},${w},${c}] filter [${filterShape.join(',')}] stride ${stride} dilation ${dilation} pad ${JSON.stringify(pad)}${perChannel ? ' per-channel' : ''} ${attrs.activation}`;
  return { graph: b.build([input], [output]), description };
}

function poolOp(rng: Rng, kind: 'AVERAGE_POOL_2D' | 'MAX_POOL_2D', dtype: DType, style: PaddingStyle, limits: Limits): RandomOp | null {
  const n = rng.int(1, 2), h = rng.int(1, limits.size), w = rng.int(1, limits.size), c = rng.int(1, limits.channels);
  const filter: [number, number] = [rng.int(1, 4), rng.int(1, 4)];
  const stride: [number, number] = [rng.int(1, 3), rng.int(1, 3)];
  // Padding never reaches a whole filter (as with SAME), so every output has an in-bounds tap.
  const pad = drawPads(rng, style, [h, w], filter, stride, [1, 1], [filter[0] - 1, filter[1] - 1]);
  const oh = outSize(h, pad.top, pad.bottom, filter[0], stride[0], 1);
  const ow = outSize(w, pad.left, pad.right, filter[1], stride[1], 1);
  if (oh === 0 || ow === 0) return null;
  const b = new GraphBuilder();
  const q = ioQuant(rng, dtype, 0.05);
  const input = b.tensor({ shape: [n, h, w, c], ...q });
  const output = b.tensor({ shape: [n, oh, ow, c], ...q });
  const attrs = { stride, dilation: [1, 1], pad, filter, ...activation(rng) };
  b.op(kind, { input }, output, attrs);
  return { graph: b.build([input], [output]), description: `${kind} ${dtype} in [${n},${h},${w},${c}] filter ${filter} stride ${stride} pad ${JSON.stringify(pad)} ${attrs.activation}` };
}

function padOp(rng: Rng, kind: 'PAD' | 'PADV2', dtype: DType): RandomOp {
  const rank = rng.int(1, 4);
  const shape = Array.from({ length: rank }, () => rng.int(1, 6));
  const paddings = shape.map(() => [rng.int(0, 3), rng.int(0, 3)] as [number, number]);
  const b = new GraphBuilder();
  const q = ioQuant(rng, dtype, 0.05);
  const input = b.tensor({ shape, ...q });
  const padTensor = b.tensor({ shape: [rank, 2], dtype: 'int32' }, paddings.flat());
  const output = b.tensor({ shape: shape.map((s, d) => s + paddings[d]![0] + paddings[d]![1]), ...q });
  const inputs: Record<string, number> = { input, paddings: padTensor };
  if (kind === 'PADV2') inputs['constantValues'] = b.tensor({ shape: [], ...q }, randomValues(rng, dtype, 1));
  b.op(kind, inputs, output, { paddings });
  return { graph: b.build([input], [output]), description: `${kind} ${dtype} [${shape}] paddings ${JSON.stringify(paddings)}` };
}

function resizeOp(rng: Rng, kind: 'RESIZE_NEAREST_NEIGHBOR' | 'RESIZE_BILINEAR', dtype: DType): RandomOp {
  const n = rng.int(1, 2), h = rng.int(1, 7), w = rng.int(1, 7), c = rng.int(1, 4);
  const oh = rng.int(1, 12), ow = rng.int(1, 12);
  const mode = rng.int(0, 2);
  const b = new GraphBuilder();
  const q = ioQuant(rng, dtype, 0.05);
  const input = b.tensor({ shape: [n, h, w, c], ...q });
  const size = b.tensor({ shape: [2], dtype: 'int32' }, [oh, ow]);
  const output = b.tensor({ shape: [n, oh, ow, c], ...q });
  const attrs = { alignCorners: mode === 1, halfPixelCenters: mode === 2 };
  b.op(kind, { input, size }, output, attrs);
  return { graph: b.build([input], [output]), description: `${kind} ${dtype} [${n},${h},${w},${c}] → [${oh},${ow}] ${JSON.stringify(attrs)}` };
}

/** A random op of `kind` (null when the drawn geometry has no output; draw again). */
export function randomOp(rng: Rng, kind: SpatialKind, dtype: DType, style: PaddingStyle = 'explicit', limits: Limits = SMALL): RandomOp | null {
  switch (kind) {
    case 'CONV_2D': case 'DEPTHWISE_CONV_2D': return macOp(rng, kind, dtype, style, limits);
    case 'AVERAGE_POOL_2D': case 'MAX_POOL_2D': return poolOp(rng, kind, dtype, style, limits);
    case 'PAD': case 'PADV2': return padOp(rng, kind, dtype);
    case 'RESIZE_NEAREST_NEIGHBOR': case 'RESIZE_BILINEAR': return resizeOp(rng, kind, dtype);
  }
}

/** A random FULLY_CONNECTED: input [batches, …] flattened by the filter's in_features. */
export function randomFullyConnected(rng: Rng, dtype: DType): RandomOp {
  const batches = rng.int(1, 3), inF = rng.int(1, 40), outF = rng.int(1, 12);
  const b = new GraphBuilder();
  const inScale = 0.02 + rng.next() * 0.05;
  const input = b.tensor({ shape: rng.next() < 0.5 ? [batches, inF] : [batches, 1, inF], ...ioQuant(rng, dtype, inScale) });
  const perChannel = dtype === 'int8' && rng.next() < 0.3;
  const filterScales = Array.from({ length: perChannel ? outF : 1 }, () => Math.fround(0.002 + rng.next() * 0.02));
  const filterValues = randomValues(rng, dtype, outF * inF);
  const filter = dtype === 'float32'
    ? b.tensor({ shape: [outF, inF], dtype }, filterValues)
    : b.tensor({ shape: [outF, inF], dtype, scale: filterScales, zeroPoint: filterScales.map(() => (dtype === 'uint8' ? rng.int(110, 146) : 0)) }, filterValues);
  const biasDtype: DType = dtype === 'float32' ? 'float32' : 'int32';
  const bias = rng.next() < 0.2 ? -1 : b.tensor({ shape: [outF], dtype: biasDtype, ...(dtype === 'float32' ? {} : { scale: filterScales.map((s) => Math.fround(s * inScale)) }) },
    Array.from(randomValues(rng, biasDtype, outF), (v) => (biasDtype === 'int32' ? Math.trunc(v / 20) : v)));
  const outScale = inScale * filterScales[0]! * Math.sqrt(inF) * 40 * (0.5 + rng.next());
  const output = b.tensor({ shape: [batches, outF], ...ioQuant(rng, dtype, outScale) });
  const attrs = { keepNumDims: false, ...activation(rng) };
  b.op('FULLY_CONNECTED', { input, filter, bias }, output, attrs);
  return { graph: b.build([input], [output]), description: `FULLY_CONNECTED ${dtype} [${batches}x${inF}] → ${outF}${perChannel ? ' per-channel' : ''} ${attrs.activation}` };
}

/**
 * A random quantized ADD, SUB or MUL (rank 1…4), each tensor with its own quantization; with
 * `broadcast`, one input has size-1 axes or fewer axes (NumPy broadcasting).
 */
export function randomBinary(rng: Rng, kind: 'ADD' | 'SUB' | 'MUL', dtype: DType, broadcast = false): RandomOp {
  const shape = Array.from({ length: rng.int(1, 4) }, () => rng.int(1, 7));
  const narrowed = broadcast ? shape.slice(rng.int(0, shape.length - 1)).map((s) => (rng.next() < 0.5 ? 1 : s)) : shape;
  const [lhsShape, rhsShape] = rng.next() < 0.5 ? [shape, narrowed] : [narrowed, shape];
  const b = new GraphBuilder();
  const lhs = b.tensor({ shape: lhsShape, ...ioQuant(rng, dtype, 0.01 + rng.next() * 0.1) });
  const rhs = b.tensor({ shape: rhsShape, ...ioQuant(rng, dtype, 0.01 + rng.next() * 0.1) });
  const output = b.tensor({ shape, ...ioQuant(rng, dtype, kind === 'MUL' ? 0.005 + rng.next() * 0.05 : 0.02 + rng.next() * 0.2) });
  const attrs = activation(rng);
  b.op(kind, { lhs, rhs }, output, attrs);
  return { graph: b.build([lhs, rhs], [output]), description: `${kind} ${dtype} [${lhsShape}]·[${rhsShape}] ${attrs.activation}` };
}

/** A random QUANTIZE of a float32 tensor (rank 1…4) into `dtype`; power-of-two scales give exact ties. */
export function randomQuantize(rng: Rng, dtype: DType): RandomOp {
  const shape = Array.from({ length: rng.int(1, 4) }, () => rng.int(1, 7));
  const b = new GraphBuilder();
  const input = b.tensor({ shape, dtype: 'float32' });
  const scale = rng.pick([2 ** -12, 2 ** -10, 2 ** -5, 0.0173, 0.05]);
  const output = b.tensor({ shape, ...ioQuant(rng, dtype, scale) });
  b.op('QUANTIZE', { input }, output, {});
  return { graph: b.build([input], [output]), description: `QUANTIZE float32 → ${dtype} [${shape}] scale ${scale}` };
}

/** A random MEAN over height and width with keepDims (global average pooling), input and output quantized apart. */
export function randomGlobalMean(rng: Rng, dtype: DType): RandomOp {
  const shape = [rng.int(1, 2), rng.int(1, 12), rng.int(1, 12), rng.int(1, 21)];
  const b = new GraphBuilder();
  const input = b.tensor({ shape, ...ioQuant(rng, dtype, 0.01 + rng.next() * 0.1) });
  const axes = b.tensor({ shape: [2], dtype: 'int32' }, [1, 2]);
  const output = b.tensor({ shape: [shape[0]!, 1, 1, shape[3]!], ...ioQuant(rng, dtype, 0.005 + rng.next() * 0.1) });
  b.op('MEAN', { input, axes }, output, { axes: [1, 2], keepDims: true });
  return { graph: b.build([input], [output]), description: `MEAN ${dtype} [${shape}] axes 1,2 keepDims` };
}

/** Splits [0, n) into 1…4 random contiguous segments. */
function segments(rng: Rng, n: number): [number, number][] {
  const cuts = new Set<number>();
  const count = rng.int(0, Math.min(3, n - 1));
  while (cuts.size < count) cuts.add(rng.int(1, n - 1));
  const points = [0, ...[...cuts].sort((a, b) => a - b), n];
  return points.slice(1).map((end, i) => [points[i]!, end - points[i]!]);
}

/** A random grid of windows covering `shape` exactly once: how the window and wasm tests cut an output. */
export function randomCover(rng: Rng, shape: readonly number[]): Box[] {
  let boxes: Box[] = [{ start: [], size: [] }];
  for (const n of shape) {
    const segs = segments(rng, n);
    boxes = boxes.flatMap((b) => segs.map(([s, k]) => ({ start: [...b.start, s], size: [...b.size, k] })));
  }
  return boxes;
}
