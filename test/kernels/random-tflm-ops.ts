// Seeded random single-op graphs over every op tinygate computes, in the forms TFLite Micro accepts
// (int8 and float32 tensors; the quantization constraints of its Prepare functions), for the
// byte-for-byte comparison with the TFLM oracle (test/kernels/tflm-ops.test.ts and
// scripts/conformance-bytes.ts). Spatial ops and FULLY_CONNECTED come from random-ops.ts.

import type { DType, OpKind } from '../../src/model/graph.ts';
import { GraphBuilder, prng } from './graph-builder.ts';
import type { RandomOp, Rng } from './random-ops.ts';
import { randomFullyConnected, randomOp, randomValues } from './random-ops.ts';

/** Every op kind the generator draws, each with its share of draws equal. */
export const TFLM_OP_KINDS = [
  'CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED', 'ADD', 'SUB', 'MUL', 'AVERAGE_POOL_2D', 'MAX_POOL_2D',
  'MEAN', 'PAD', 'PADV2', 'RESHAPE', 'SQUEEZE', 'TRANSPOSE', 'STRIDED_SLICE', 'CONCATENATION', 'SOFTMAX',
  'LOGISTIC', 'TANH', 'RELU', 'RELU6', 'HARD_SWISH', 'QUANTIZE', 'DEQUANTIZE', 'RESIZE_NEAREST_NEIGHBOR',
  'RESIZE_BILINEAR',
] as const satisfies readonly OpKind[];
export type TflmOpKind = (typeof TFLM_OP_KINDS)[number];

const NO_ACT = { activation: 'NONE', clamp: { min: -Infinity, max: Infinity } } as const;

function quant(rng: Rng, dtype: DType, scale = 0.02 + rng.next() * 0.1): { dtype: DType; scale?: number[]; zeroPoint?: number[] } {
  return dtype === 'float32' ? { dtype } : { dtype, scale: [Math.fround(scale)], zeroPoint: [rng.int(-30, 30)] };
}

function shapeOf(rng: Rng, rankLo: number, rankHi: number, maxDim = 6): number[] {
  return Array.from({ length: rng.int(rankLo, rankHi) }, () => rng.int(1, maxDim));
}

function fusedActivation(rng: Rng): { activation: 'NONE' | 'RELU' | 'RELU6'; clamp: { min: number; max: number } } {
  const a = rng.pick(['NONE', 'NONE', 'RELU', 'RELU6'] as const);
  return { activation: a, clamp: a === 'NONE' ? NO_ACT.clamp : a === 'RELU' ? { min: 0, max: Infinity } : { min: 0, max: 6 } };
}

function elementwise(rng: Rng, kind: 'ADD' | 'SUB' | 'MUL', dtype: DType): RandomOp {
  const full = shapeOf(rng, 1, 4);
  // Each operand keeps an axis or broadcasts it (size 1); either may also drop leading axes. The
  // output is their broadcast shape.
  const operand = (): number[] => {
    const s = full.map((d) => (rng.next() < 0.3 ? 1 : d));
    return s.slice(rng.next() < 0.2 ? rng.int(0, s.length - 1) : 0);
  };
  const [a, c] = [operand(), operand()];
  const out = full.map((_, i) => Math.max(a[i - (full.length - a.length)] ?? 1, c[i - (full.length - c.length)] ?? 1));
  const b = new GraphBuilder();
  const lhs = b.tensor({ shape: a, ...quant(rng, dtype) });
  const rhs = b.tensor({ shape: c, ...quant(rng, dtype) });
  const output = b.tensor({ shape: out, ...quant(rng, dtype, kind === 'MUL' ? 0.05 + rng.next() * 0.3 : undefined) });
  const attrs = fusedActivation(rng);
  b.op(kind, { lhs, rhs }, output, attrs);
  return { graph: b.build([lhs, rhs], [output]), description: `${kind} ${dtype} [${a}] · [${c}] → [${out}] ${attrs.activation}` };
}

function mean(rng: Rng, dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4, 8);
  const axes = shape.map((_, i) => i).filter(() => rng.next() < 0.5);
  if (axes.length === 0) axes.push(rng.int(0, shape.length - 1));
  const keepDims = rng.next() < 0.5;
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const b = new GraphBuilder();
  const input = b.tensor({ shape, ...quant(rng, dtype) });
  const axesId = b.tensor({ shape: [axes.length], dtype: 'int32' }, axes);
  const output = b.tensor({ shape: keepDims ? kept : kept.filter((_, i) => !axes.includes(i)), ...quant(rng, dtype) });
  b.op('MEAN', { input, axes: axesId }, output, { axes, keepDims });
  return { graph: b.build([input], [output]), description: `MEAN ${dtype} [${shape}] axes [${axes}] keepDims ${keepDims}` };
}

/** PAD or PADV2, any rank up to 4, sometimes with the constant third input (PAD takes one too). */
function pad(rng: Rng, kind: 'PAD' | 'PADV2', dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4);
  const paddings = shape.map(() => [rng.int(0, 3), rng.int(0, 3)] as [number, number]);
  const b = new GraphBuilder();
  const q = quant(rng, dtype);
  const input = b.tensor({ shape, ...q });
  const paddingsId = b.tensor({ shape: [shape.length, 2], dtype: 'int32' }, paddings.flat());
  const output = b.tensor({ shape: shape.map((s, d) => s + paddings[d]![0] + paddings[d]![1]), ...q });
  const inputs: Record<string, number> = { input, paddings: paddingsId };
  const withConstant = kind === 'PADV2' || rng.next() < 0.5;
  if (withConstant) inputs['constantValues'] = b.tensor({ shape: [], ...q }, randomValues(rng, dtype, 1));
  b.op(kind, inputs, output, { paddings });
  return { graph: b.build([input], [output]), description: `${kind} ${dtype} [${shape}] paddings ${JSON.stringify(paddings)}${withConstant ? ' with constant' : ''}` };
}

function reshapeLike(rng: Rng, kind: 'RESHAPE' | 'SQUEEZE', dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4).map((d) => (rng.next() < 0.4 ? 1 : d));
  const b = new GraphBuilder();
  const q = quant(rng, dtype);
  const input = b.tensor({ shape, ...q });
  if (kind === 'SQUEEZE') {
    const ones = shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
    const squeezeDims = ones.filter(() => rng.next() < 0.5);
    const dropped = squeezeDims.length === 0 ? ones : squeezeDims;
    const output = b.tensor({ shape: shape.filter((_, i) => !dropped.includes(i)), ...q });
    b.op('SQUEEZE', { input }, output, { squeezeDims });
    return { graph: b.build([input], [output]), description: `SQUEEZE ${dtype} [${shape}] dims [${squeezeDims}]` };
  }
  const n = shape.reduce((a, c) => a * c, 1);
  const target = rng.next() < 0.5 ? [n] : [1, n];
  const shapeId = b.tensor({ shape: [target.length], dtype: 'int32' }, target);
  const output = b.tensor({ shape: target, ...q });
  b.op('RESHAPE', { input, shape: shapeId }, output, {});
  return { graph: b.build([input], [output]), description: `RESHAPE ${dtype} [${shape}] → [${target}]` };
}

function transpose(rng: Rng, dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4);
  const perm = shape.map((_, i) => i);
  for (let i = perm.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const b = new GraphBuilder();
  const q = quant(rng, dtype);
  const input = b.tensor({ shape, ...q });
  const permId = b.tensor({ shape: [perm.length], dtype: 'int32' }, perm);
  const output = b.tensor({ shape: perm.map((p) => shape[p]!), ...q });
  b.op('TRANSPOSE', { input, perm: permId }, output, { perm });
  return { graph: b.build([input], [output]), description: `TRANSPOSE ${dtype} [${shape}] perm [${perm}]` };
}

function stridedSlice(rng: Rng, dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4, 8);
  const begin: number[] = [], end: number[] = [], strides: number[] = [];
  let beginMask = 0, endMask = 0, shrinkAxisMask = 0;
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (rng.next() < 0.15) {
      const at = rng.int(0, d - 1);
      begin.push(at); end.push(at + 1); strides.push(1);
      shrinkAxisMask |= 1 << i;
      return;
    }
    let lo = rng.int(0, d - 1), hi = rng.int(lo + 1, d);
    const s = rng.int(1, 3);
    if (rng.next() < 0.25) {
      // Backwards from hi − 1 down to lo (end lo − 1, or the end mask when lo is 0); begin sometimes
      // as a negative index.
      begin.push(rng.next() < 0.5 ? hi - 1 - d : hi - 1);
      end.push(lo - 1);
      strides.push(-s);
      if (lo === 0) endMask |= 1 << i;
      out.push(Math.ceil((hi - lo) / s));
      return;
    }
    begin.push(lo); end.push(hi); strides.push(s);
    if (rng.next() < 0.2) { beginMask |= 1 << i; lo = 0; }
    if (rng.next() < 0.2) { endMask |= 1 << i; hi = d; }
    out.push(Math.ceil((hi - lo) / s));
  });
  const b = new GraphBuilder();
  const q = quant(rng, dtype);
  const input = b.tensor({ shape, ...q });
  const ints = (v: number[]): number => b.tensor({ shape: [v.length], dtype: 'int32' }, v);
  const ids = { input, begin: ints(begin), end: ints(end), strides: ints(strides) };
  const output = b.tensor({ shape: out, ...q });
  const attrs = { begin, end, strides, beginMask, endMask, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask, offset: false };
  b.op('STRIDED_SLICE', ids, output, attrs);
  return { graph: b.build([input], [output]), description: `STRIDED_SLICE ${dtype} [${shape}] ${JSON.stringify({ begin, end, strides, beginMask, endMask, shrinkAxisMask })}` };
}

/** CONCATENATION: TFLM's int8 kernel copies bytes, so inputs share the output's quantization. */
function concat(rng: Rng, dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4);
  const axis = rng.int(0, shape.length - 1);
  const parts = Array.from({ length: rng.int(1, 4) }, () => rng.int(1, 5));
  const b = new GraphBuilder();
  const q = quant(rng, dtype);
  const inputs = parts.map((p) => b.tensor({ shape: shape.map((d, i) => (i === axis ? p : d)), ...q }));
  const output = b.tensor({ shape: shape.map((d, i) => (i === axis ? parts.reduce((a, c) => a + c, 0) : d)), ...q });
  b.op('CONCATENATION', Object.fromEntries(inputs.map((id, k) => [`in${k}`, id])), output, { axis, ...NO_ACT });
  return { graph: b.build(inputs, [output]), description: `CONCATENATION ${dtype} ${parts.length} × [${shape}] axis ${axis} parts [${parts}]` };
}

/**
 * A unary op. TFLM fixes the int8 output quantization of SOFTMAX and LOGISTIC (1/256, −128) and of
 * TANH (1/128, 0).
 */
function unary(rng: Rng, kind: 'SOFTMAX' | 'LOGISTIC' | 'TANH' | 'RELU' | 'RELU6' | 'HARD_SWISH', dtype: DType): RandomOp {
  const shape = shapeOf(rng, 1, 4, 12);
  const b = new GraphBuilder();
  const input = b.tensor({ shape, ...quant(rng, dtype, 0.01 + rng.next() * 0.2) });
  const fixed = kind === 'SOFTMAX' || kind === 'LOGISTIC' ? { scale: [1 / 256], zeroPoint: [-128] }
    : kind === 'TANH' ? { scale: [1 / 128], zeroPoint: [0] } : null;
  const output = dtype === 'float32' ? b.tensor({ shape, dtype }) : fixed !== null ? b.tensor({ shape, dtype, ...fixed }) : b.tensor({ shape, ...quant(rng, dtype) });
  const beta = rng.pick([1, 1, 0.5, 2]);
  b.op(kind, { input }, output, kind === 'SOFTMAX' ? { beta } : {});
  return { graph: b.build([input], [output]), description: `${kind} ${dtype} [${shape}]${kind === 'SOFTMAX' ? ` beta ${beta}` : ''}` };
}

/** QUANTIZE float32→int8 or int8→int8 (requantize); DEQUANTIZE int8→float32. */
function convert(rng: Rng, kind: 'QUANTIZE' | 'DEQUANTIZE'): RandomOp {
  const shape = shapeOf(rng, 1, 4, 10);
  const from: DType = kind === 'DEQUANTIZE' ? 'int8' : rng.pick(['float32', 'int8'] as const);
  const to: DType = kind === 'DEQUANTIZE' ? 'float32' : 'int8';
  const b = new GraphBuilder();
  const input = b.tensor({ shape, ...quant(rng, from) });
  const output = b.tensor({ shape, ...quant(rng, to) });
  b.op(kind, { input }, output, {});
  return { graph: b.build([input], [output]), description: `${kind} ${from}→${to} [${shape}]` };
}

/** random-ops.ts's FULLY_CONNECTED, and for a rank-3 input sometimes keepNumDims (output [b, 1, n]). */
function fullyConnected(rng: Rng, dtype: DType): RandomOp {
  const random = randomFullyConnected(rng, dtype);
  const op = random.graph.ops[0]!;
  const input = random.graph.tensors[op.inputList[0]!]!;
  if (input.shape.length !== 3 || rng.next() < 0.5) return random;
  const outId = op.outputs[0]!;
  const tensors = random.graph.tensors.map((t) => (t.id === outId ? { ...t, shape: [t.shape[0]!, 1, t.shape[1]!] } : t));
  const ops = [{ ...op, attrs: { ...op.attrs, keepNumDims: true } } as typeof op];
  return { graph: { ...random.graph, tensors, ops }, description: `${random.description} keepNumDims` };
}

/** One random op of `kind` (int8 three times in four, else float32); null: draw again. */
export function randomTflmOp(rng: Rng, kind: TflmOpKind): RandomOp | null {
  const dtype: DType = rng.next() < 0.75 ? 'int8' : 'float32';
  switch (kind) {
    case 'CONV_2D': case 'DEPTHWISE_CONV_2D': case 'AVERAGE_POOL_2D': case 'MAX_POOL_2D':
    case 'RESIZE_NEAREST_NEIGHBOR': case 'RESIZE_BILINEAR':
      return randomOp(rng, kind, dtype, 'tflite');
    case 'FULLY_CONNECTED': return fullyConnected(rng, dtype);
    case 'ADD': case 'SUB': case 'MUL': return elementwise(rng, kind, dtype);
    case 'MEAN': return mean(rng, dtype);
    case 'PAD': case 'PADV2': return pad(rng, kind, dtype);
    case 'RESHAPE': case 'SQUEEZE': return reshapeLike(rng, kind, dtype);
    case 'TRANSPOSE': return transpose(rng, dtype);
    case 'STRIDED_SLICE': return stridedSlice(rng, dtype);
    case 'CONCATENATION': return concat(rng, dtype);
    case 'SOFTMAX': case 'LOGISTIC': case 'TANH': case 'RELU': case 'RELU6': case 'HARD_SWISH': return unary(rng, kind, dtype);
    case 'QUANTIZE': case 'DEQUANTIZE': return convert(rng, kind);
  }
}

/** Random op number `seed`: its kind cycles through TFLM_OP_KINDS, its parameters come from the seed. */
export function randomTflmCase(seed: number): RandomOp & { kind: TflmOpKind } {
  const kind = TFLM_OP_KINDS[seed % TFLM_OP_KINDS.length]!;
  const rng = prng(0x7f4a7c15 ^ seed);
  for (;;) {
    const op = randomTflmOp(rng, kind);
    if (op !== null) return { ...op, kind };
  }
}
