// One TFLite operator → one normalized IR op: named input slots, SAME/VALID resolved into explicit
// pads against the real shapes, fused activations as clamp ranges, constant operands (axes,
// paddings, permutations) decoded into attributes. An op outside SUPPORTED_OPS stays in the graph as
// UNSUPPORTED so analysis of the rest goes on.

import { UserError } from '../../errors.ts';
import {
  NO_TENSOR, type Activation, type Clamp, type FusedActivation, type Op, type OpKind, type Pad2D, type Tensor,
} from '../graph.ts';
import type { Table } from './flatbuffer.ts';
import { ACTIVATIONS, BUILTIN_CODES, F, OPTIONS_OF, OPTIONS_TYPE, PADDING_SAME, PADDING_VALID } from './schema.ts';

export interface RawOperator {
  index: number;
  code: number;
  name: string;
  version: number;
  inputs: number[];
  outputs: number[];
  optionsType: number;
  options: Table | null;
}

const KIND_BY_CODE = new Map<number, OpKind>(Object.entries(BUILTIN_CODES).map(([k, c]) => [c, k as OpKind]));

/** Thrown inside this module when an op is well-formed flatbuffer but not something we can model. */
class Unsupported extends Error {}

export function buildOp(raw: RawOperator, tensors: readonly Tensor[], file: string): Op {
  const kind = KIND_BY_CODE.get(raw.code);
  const base = { index: raw.index, inputList: raw.inputs, outputs: raw.outputs, version: raw.version };
  const unsupported = (opName: string): Op => ({ ...base, kind: 'UNSUPPORTED', inputs: {}, attrs: { opName } });
  if (kind === undefined) return unsupported(raw.name);
  const expected = OPTIONS_OF[kind];
  if (raw.optionsType !== OPTIONS_TYPE.NONE && raw.optionsType !== expected) {
    throw new UserError(`op ${raw.index} (${kind}) carries options of union type ${raw.optionsType}, expected ${expected}`, file);
  }
  const ctx = new OpContext(raw, kind, tensors, file);
  try {
    return { ...base, ...normalize(ctx, kind) } as Op;
  } catch (e) {
    if (e instanceof Unsupported) return unsupported(`${kind} (${e.message})`);
    throw e;
  }
}

class OpContext {
  constructor(
    readonly raw: RawOperator,
    readonly kind: OpKind,
    readonly tensors: readonly Tensor[],
    readonly file: string,
  ) {}

  fail(what: string): never {
    throw new UserError(`op ${this.raw.index} (${this.kind}): ${what}`, this.file);
  }

  /** Tensor id of input `i`; `optional` inputs may be absent. */
  input(i: number, optional = false): number {
    const id = this.raw.inputs[i] ?? NO_TENSOR;
    if (id === NO_TENSOR && !optional) this.fail(`input ${i} is missing (it has ${this.raw.inputs.length} inputs)`);
    return id;
  }

  output(i = 0): number {
    const id = this.raw.outputs[i];
    if (id === undefined) this.fail(`output ${i} is missing`);
    return id;
  }

  shape(id: number, rank?: number, what = `tensor ${id}`): readonly number[] {
    const s = this.tensors[id]!.shape;
    if (rank !== undefined && s.length !== rank) this.fail(`${what} has shape [${s.join(', ')}], expected rank ${rank}`);
    return s;
  }

  /** Integer contents of a constant operand (int32 or int64). */
  constInts(id: number, what: string): number[] {
    const t = this.tensors[id]!;
    if (t.data === null) throw new Unsupported(`${what} is computed at run time`);
    const view = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
    if (t.dtype === 'int32') return Array.from({ length: t.data.length / 4 }, (_, i) => view.getInt32(4 * i, true));
    if (t.dtype === 'int64') return Array.from({ length: t.data.length / 8 }, (_, i) => Number(view.getBigInt64(8 * i, true)));
    this.fail(`${what} is ${t.dtype}, expected int32 or int64`);
  }

  opt = {
    i32: (id: number, dflt = 0): number => this.raw.options?.i32(id, dflt) ?? dflt,
    i8: (id: number): number => this.raw.options?.i8(id) ?? 0,
    f32: (id: number, dflt = 0): number => this.raw.options?.f32(id, dflt) ?? dflt,
    bool: (id: number): boolean => this.raw.options?.bool(id) ?? false,
    i32s: (id: number, what: string): number[] => this.raw.options?.i32s(id, what) ?? [],
  };

  activation(fieldId: number): FusedActivation {
    const code = this.opt.i8(fieldId);
    const activation = ACTIVATIONS[code];
    if (activation === undefined) this.fail(`unknown fused activation ${code}`);
    // TFLite's CalculateActivationRange(Quantized) knows only the clamps; a fused TANH or SIGN_BIT
    // is rejected by TFLM's kernels at Prepare, so it is an error here too.
    if (activation === 'TANH' || activation === 'SIGN_BIT') this.fail(`fused activation ${activation} is not supported by TFLite's kernels (NONE, RELU, RELU_N1_TO_1 or RELU6)`);
    return { activation, clamp: clampOf(activation) };
  }

  positive(v: number, what: string): number {
    if (!Number.isInteger(v) || v < 1) this.fail(`${what} is ${v}, must be at least 1`);
    return v;
  }

  axis(a: number, rank: number, what: string): number {
    const n = a < 0 ? a + rank : a;
    if (!Number.isInteger(n) || n < 0 || n >= rank) this.fail(`${what} ${a} is out of range for rank ${rank}`);
    return n;
  }
}

function clampOf(a: Activation): Clamp {
  switch (a) {
    case 'RELU': return { min: 0, max: Infinity };
    case 'RELU6': return { min: 0, max: 6 };
    case 'RELU_N1_TO_1': return { min: -1, max: 1 };
    default: return { min: -Infinity, max: Infinity };
  }
}

/**
 * Explicit pads for one spatial axis, as TFLite's ComputePaddingWithOffset: total padding is what the
 * output size needs beyond the input; the odd pixel goes after.
 */
function axisPad(ctx: OpContext, padding: number, inSize: number, outSize: number, k: number, stride: number, dilation: number, axis: string): [number, number] {
  const effective = (k - 1) * dilation + 1;
  const expected = padding === PADDING_SAME
    ? Math.ceil(inSize / stride)
    : Math.floor((inSize - effective + stride) / stride);
  if (padding !== PADDING_SAME && padding !== PADDING_VALID) ctx.fail(`unknown padding ${padding}`);
  if (outSize !== expected) {
    ctx.fail(`output ${axis} is ${outSize}, but ${padding === PADDING_SAME ? 'SAME' : 'VALID'} padding of ${inSize} with kernel ${k}, stride ${stride}, dilation ${dilation} gives ${expected}`);
  }
  const total = Math.max((outSize - 1) * stride + effective - inSize, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

function pads(ctx: OpContext, padding: number, inHW: readonly number[], outHW: readonly number[], k: readonly number[], stride: readonly number[], dilation: readonly number[]): Pad2D {
  const [top, bottom] = axisPad(ctx, padding, inHW[0]!, outHW[0]!, k[0]!, stride[0]!, dilation[0]!, 'height');
  const [left, right] = axisPad(ctx, padding, inHW[1]!, outHW[1]!, k[1]!, stride[1]!, dilation[1]!, 'width');
  return { top, bottom, left, right };
}

type Normalized = Pick<Op, 'kind' | 'inputs' | 'attrs'>;

function normalize(ctx: OpContext, kind: OpKind): Normalized {
  const o = ctx.opt;
  switch (kind) {
    case 'CONV_2D':
    case 'DEPTHWISE_CONV_2D': {
      const depthwise = kind === 'DEPTHWISE_CONV_2D';
      const f = depthwise ? F.DepthwiseConv2DOptions : F.Conv2DOptions;
      const input = ctx.input(0), filter = ctx.input(1), bias = ctx.input(2, true);
      const inShape = ctx.shape(input, 4, 'input'), fShape = ctx.shape(filter, 4, 'filter'), outShape = ctx.shape(ctx.output(), 4, 'output');
      const stride = [ctx.positive(o.i32(f.strideH), 'stride_h'), ctx.positive(o.i32(f.strideW), 'stride_w')] as const;
      const dilation = [ctx.positive(o.i32(f.dilationH, 1), 'dilation_h'), ctx.positive(o.i32(f.dilationW, 1), 'dilation_w')] as const;
      const pad = pads(ctx, o.i8(f.padding), inShape.slice(1, 3), outShape.slice(1, 3), fShape.slice(1, 3), stride, dilation);
      const act = ctx.activation(f.activation);
      if (depthwise) {
        const inC = inShape[3]!, outC = fShape[3]!;
        if (outShape[3] !== outC || inC === 0 || outC % inC !== 0) ctx.fail(`filter [${fShape.join(', ')}] does not fit input channels ${inC} and output channels ${outShape[3]}`);
        return { kind, inputs: { input, filter, bias }, attrs: { stride, dilation, pad, ...act, depthMultiplier: outC / inC } };
      }
      if (outShape[3] !== fShape[0] || fShape[3] === 0 || inShape[3]! % fShape[3]! !== 0) {
        ctx.fail(`filter [${fShape.join(', ')}] does not fit input [${inShape.join(', ')}] and output [${outShape.join(', ')}]`);
      }
      return { kind, inputs: { input, filter, bias }, attrs: { stride, dilation, pad, ...act } };
    }
    case 'TRANSPOSE_CONV': {
      const f = F.TransposeConvOptions;
      const outputShape = ctx.input(0), filter = ctx.input(1), input = ctx.input(2), bias = ctx.input(3, true);
      const inShape = ctx.shape(input, 4, 'input'), fShape = ctx.shape(filter, 4, 'filter'), outShape = ctx.shape(ctx.output(), 4, 'output');
      const stride = [ctx.positive(o.i32(f.strideH), 'stride_h'), ctx.positive(o.i32(f.strideW), 'stride_w')] as const;
      const dilation = [1, 1] as const;
      // TFLite pads a transposed conv as the conv that maps its output back to its input.
      const pad = pads(ctx, o.i8(f.padding), outShape.slice(1, 3), inShape.slice(1, 3), fShape.slice(1, 3), stride, dilation);
      return { kind, inputs: { outputShape, filter, input, bias }, attrs: { stride, dilation, pad, ...ctx.activation(f.activation) } };
    }
    case 'FULLY_CONNECTED': {
      const f = F.FullyConnectedOptions;
      const input = ctx.input(0), filter = ctx.input(1), bias = ctx.input(2, true);
      const fShape = ctx.shape(filter, 2, 'filter');
      const inElems = ctx.shape(input).reduce((a, b) => a * b, 1);
      if (fShape[1] === 0 || inElems % fShape[1]! !== 0) ctx.fail(`input of ${inElems} elements is not a multiple of the filter's ${fShape[1]} input features`);
      if (o.i8(f.weightsFormat) !== 0) throw new Unsupported('shuffled weights format');
      return { kind, inputs: { input, filter, bias }, attrs: { ...ctx.activation(f.activation), keepNumDims: o.bool(f.keepNumDims) } };
    }
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D': {
      const f = F.Pool2DOptions;
      const input = ctx.input(0);
      const inShape = ctx.shape(input, 4, 'input'), outShape = ctx.shape(ctx.output(), 4, 'output');
      const stride = [ctx.positive(o.i32(f.strideH), 'stride_h'), ctx.positive(o.i32(f.strideW), 'stride_w')] as const;
      const filter = [ctx.positive(o.i32(f.filterH), 'filter_height'), ctx.positive(o.i32(f.filterW), 'filter_width')] as const;
      const dilation = [1, 1] as const;
      const pad = pads(ctx, o.i8(f.padding), inShape.slice(1, 3), outShape.slice(1, 3), filter, stride, dilation);
      return { kind, inputs: { input }, attrs: { stride, dilation, pad, filter, ...ctx.activation(f.activation) } };
    }
    case 'ADD':
    case 'SUB':
    case 'MUL': {
      const f = kind === 'ADD' ? F.AddOptions : kind === 'SUB' ? F.SubOptions : F.MulOptions;
      return { kind, inputs: { lhs: ctx.input(0), rhs: ctx.input(1) }, attrs: ctx.activation(f.activation) };
    }
    case 'MEAN': {
      const input = ctx.input(0), axesId = ctx.input(1);
      const rank = ctx.shape(input).length;
      const axes = [...new Set(ctx.constInts(axesId, 'axes').map((a) => ctx.axis(a, rank, 'axis')))].sort((a, b) => a - b);
      return { kind, inputs: { input, axes: axesId }, attrs: { axes, keepDims: o.bool(F.ReducerOptions.keepDims) } };
    }
    case 'PAD':
    case 'PADV2': {
      const input = ctx.input(0), paddingsId = ctx.input(1);
      // TFLite Micro reads a third input as the pad value for PAD as well as PADV2 (micro/kernels/pad.cc).
      const constantValues = ctx.input(2, true);
      const rank = ctx.shape(input).length;
      const flat = ctx.constInts(paddingsId, 'paddings');
      if (flat.length !== 2 * rank || flat.some((p) => p < 0)) ctx.fail(`paddings [${flat.join(', ')}] do not fit rank ${rank}`);
      const paddings = Array.from({ length: rank }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as const);
      return { kind, inputs: { input, paddings: paddingsId, constantValues }, attrs: { paddings } };
    }
    case 'RESHAPE':
      return { kind, inputs: { input: ctx.input(0), shape: ctx.input(1, true) }, attrs: {} };
    case 'SQUEEZE': {
      const input = ctx.input(0);
      const rank = ctx.shape(input).length;
      const squeezeDims = o.i32s(F.SqueezeOptions.squeezeDims, 'squeeze dims').map((d) => ctx.axis(d, rank, 'squeeze dim'));
      return { kind, inputs: { input }, attrs: { squeezeDims } };
    }
    case 'TRANSPOSE': {
      const input = ctx.input(0), permId = ctx.input(1);
      const rank = ctx.shape(input).length;
      const perm = ctx.constInts(permId, 'perm');
      if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) ctx.fail(`perm [${perm.join(', ')}] is not a permutation of rank ${rank}`);
      return { kind, inputs: { input, perm: permId }, attrs: { perm } };
    }
    case 'STRIDED_SLICE': {
      const f = F.StridedSliceOptions;
      const input = ctx.input(0), beginId = ctx.input(1), endId = ctx.input(2), stridesId = ctx.input(3, true);
      const begin = ctx.constInts(beginId, 'begin'), end = ctx.constInts(endId, 'end');
      const strides = stridesId === NO_TENSOR ? begin.map(() => 1) : ctx.constInts(stridesId, 'strides');
      if (end.length !== begin.length || strides.length !== begin.length || strides.some((s) => s === 0)) {
        ctx.fail('begin, end and strides must have equal lengths and non-zero strides');
      }
      return {
        kind,
        inputs: { input, begin: beginId, end: endId, strides: stridesId },
        attrs: {
          begin, end, strides,
          beginMask: o.i32(f.beginMask), endMask: o.i32(f.endMask), ellipsisMask: o.i32(f.ellipsisMask),
          newAxisMask: o.i32(f.newAxisMask), shrinkAxisMask: o.i32(f.shrinkAxisMask), offset: o.bool(f.offset),
        },
      };
    }
    case 'CONCATENATION': {
      const f = F.ConcatenationOptions;
      const rank = ctx.shape(ctx.output()).length;
      return { kind, inputs: {}, attrs: { axis: ctx.axis(o.i32(f.axis), rank, 'axis'), ...ctx.activation(f.activation) } };
    }
    case 'SOFTMAX':
      return { kind, inputs: { input: ctx.input(0) }, attrs: { beta: o.f32(F.SoftmaxOptions.beta) } };
    case 'RESIZE_NEAREST_NEIGHBOR':
    case 'RESIZE_BILINEAR': {
      const f = kind === 'RESIZE_BILINEAR' ? F.ResizeBilinearOptions : F.ResizeNearestNeighborOptions;
      ctx.shape(ctx.input(0), 4, 'input');
      return { kind, inputs: { input: ctx.input(0), size: ctx.input(1) }, attrs: { alignCorners: o.bool(f.alignCorners), halfPixelCenters: o.bool(f.halfPixelCenters) } };
    }
    case 'LOGISTIC':
    case 'TANH':
    case 'RELU':
    case 'RELU6':
    case 'HARD_SWISH':
    case 'QUANTIZE':
    case 'DEQUANTIZE':
      return { kind, inputs: { input: ctx.input(0) }, attrs: {} };
  }
}
