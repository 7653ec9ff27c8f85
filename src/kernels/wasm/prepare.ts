// Prepares an op for the wasm kernels (asm/kernels.ts): validates it exactly as its JS reference
// kernel does (by preparing that kernel), then writes the parameters the wasm kernel reads into the
// context's memory once. Returns null for what the wasm does not cover (uint8, float32, broadcasting
// elementwise ops, other ops): the caller runs the JS kernel, which is the reference anyway.

import type { ConvOp, DepthwiseOp, ElementwiseOp, FullyConnectedOp, Graph, MeanOp, Op, PoolOp, Tensor } from '../../model/graph.ts';
import { elementCount, tensorBytes } from '../../model/graph.ts';
import { quantizedBinaryParams } from '../elementwise.ts';
import type { PreparedOp } from '../kernel.ts';
import type { MacSetup } from '../mac-setup.ts';
import { prepareMac } from '../mac-setup.ts';
import { inputSlot } from '../nhwc.ts';
import { perTensorQuant } from '../op-tensors.ts';
import { activationRangeQuantized, dtypeRange } from '../quant.ts';
import { meanStage } from '../reduce.ts';
import { kernelFor } from '../registry.ts';
import type { Box, TensorView } from '../../model/view.ts';
import type { KernelName } from './context.ts';
import { WASM_ALIGNMENT, WasmContext } from './context.ts';
import { alignUp } from '../../align.ts';

/** Output pixels gathered per block by the conv kernel (asm/kernels.ts, PIXELS). */
const CONV_PIXELS = 16;

const isInt8 = (t: Tensor | undefined): boolean => t !== undefined && t.dtype === 'int8';

/**
 * The MAC setup's output stage as the kernels take it: the bias (i32) and the requantization block
 * of asm/kernels.ts's requant4 (per channel: multiplier, 2^left shift, shift, and for the right
 * shift r the rounding nudge, the negative adjustment and 2^(31−r)), for channels rounded up to 4.
 * Null when a shift is outside what the block encodes (|shift| ≤ 31; TFLite's multipliers are).
 */
function writeStage(ctx: WasmContext, mac: MacSetup): { bias: number; rq: number; c4: number } | null {
  const { multipliers, shifts } = mac.stage;
  if (shifts.some((s) => s > 30 || s < -31)) return null;
  const c4 = alignUp(multipliers.length, 4);
  const rq = ctx.alloc(c4 * 12 + c4 * 24);
  const words = new Int32Array(ctx.memory.buffer, rq, c4 * 3);
  const longs = new BigInt64Array(ctx.memory.buffer, rq + c4 * 12, c4 * 3);
  multipliers.forEach((m, c) => {
    const shift = shifts[c]!;
    const left = Math.max(shift, 0);
    const right = Math.max(-shift, 0);
    words[c] = m;
    words[c4 + c] = 2 ** left;
    words[2 * c4 + c] = shift;
    longs[c] = right > 0 ? 1n << BigInt(right - 1) : 0n;
    longs[c4 + c] = right > 0 ? -1n : 0n;
    longs[2 * c4 + c] = 1n << BigInt(31 - right);
  });
  return { bias: ctx.int32s(mac.bias), rq, c4 };
}

/** A PreparedOp whose run calls wasm kernel `name` on the input views at `slots`. */
function wasmOp(ctx: WasmContext, op: Op, name: KernelName, desc: number, slots: readonly number[], windowed: boolean): PreparedOp {
  return {
    op,
    windowed,
    run(inputs: readonly (TensorView | null)[], output: TensorView, window: Box): void {
      ctx.call(name, desc, slots.map((s) => inputs[s]!), output, window);
    },
  };
}

/** The input offset fits the kernels' i16 lanes with any int8 value added. */
const offsetFits = (mac: MacSetup): boolean => mac.inputOffset >= -128 && mac.inputOffset <= 128;

function prepareConv(op: ConvOp, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const input = graph.tensors[op.inputs.input]!;
  const filterT = graph.tensors[op.inputs.filter]!;
  const output = graph.tensors[op.outputs[0]!]!;
  const [, inH, inW, inC] = input.shape as [number, number, number, number];
  const [outC, kH, kW, groupC] = filterT.shape as [number, number, number, number];
  const mac = prepareMac(graph, op, { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: output.id },
    outC, op.attrs.clamp, op.attrs.activation);
  if (!offsetFits(mac)) return null;
  const K = kH * kW * groupC;
  const { rows, Kpad } = paddedFilterRows(mac.filter, outC, K);
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(rows);
  const col = ctx.alloc(CONV_PIXELS * Kpad * 2);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([inH, inW, kH, kW, sh, sw, dh, dw, pad.top, pad.left, groupC, outC / (inC / groupC), K, Kpad,
    filter, stage.bias, stage.rq, stage.c4, mac.inputOffset, outputOffset, min, max, col]);
  return wasmOp(ctx, op, 'conv', desc, [inputSlot(op, op.inputs.input)], true);
}

/** Filter rows [count][K] as in the file, each padded with zeros to Kpad, K rounded up to 8 (the conv kernel's desc, asm/kernels.ts). */
function paddedFilterRows(filter: Float64Array, count: number, K: number): { rows: Int16Array; Kpad: number } {
  const Kpad = alignUp(K, 8);
  const rows = new Int16Array(count * Kpad);
  for (let r = 0; r < count; r++) rows.set(filter.subarray(r * K, (r + 1) * K), r * Kpad);
  return { rows, Kpad };
}

/** FULLY_CONNECTED as a 1×1 conv over [batches, 1, 1, in_features] (the same sums, row by row). */
function prepareFullyConnected(op: FullyConnectedOp, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const input = graph.tensors[op.inputs.input]!;
  const [outF, inF] = graph.tensors[op.inputs.filter]!.shape as [number, number];
  const mac = prepareMac(graph, op, { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: op.outputs[0]! },
    outF, op.attrs.clamp, op.attrs.activation);
  if (!offsetFits(mac)) return null;
  const batches = elementCount(input.shape) / inF;
  const { rows, Kpad } = paddedFilterRows(mac.filter, outF, inF);
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(rows);
  const col = ctx.alloc(CONV_PIXELS * Kpad * 2);
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, inF, outF, inF, Kpad,
    filter, stage.bias, stage.rq, stage.c4, mac.inputOffset, outputOffset, min, max, col]);
  const slot = inputSlot(op, op.inputs.input);
  const inBox: Box = { start: [0, 0, 0, 0], size: [batches, 1, 1, inF] };
  const outBox: Box = { start: [0, 0, 0, 0], size: [batches, 1, 1, outF] };
  return {
    op,
    windowed: false,
    run(inputs: readonly (TensorView | null)[], output: TensorView): void {
      ctx.call('conv', desc, [{ data: inputs[slot]!.data, box: inBox }], { data: output.data, box: outBox }, outBox);
    },
  };
}

function prepareDepthwise(op: DepthwiseOp, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const input = graph.tensors[op.inputs.input]!;
  const filterT = graph.tensors[op.inputs.filter]!;
  const [, inH, inW, inC] = input.shape as [number, number, number, number];
  const [, kH, kW, outC] = filterT.shape as [number, number, number, number];
  const mac = prepareMac(graph, op, { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: op.outputs[0]! },
    outC, op.attrs.clamp, op.attrs.activation);
  if (!offsetFits(mac)) return null;
  // The file's layout [1][kH][kW][outC] is what the kernel reads: channels innermost.
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(mac.filter);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([inH, inW, kH, kW, sh, sw, dh, dw, pad.top, pad.left, outC / inC, outC,
    filter, stage.bias, stage.rq, stage.c4, mac.inputOffset, outputOffset, min, max]);
  return wasmOp(ctx, op, 'depthwise', desc, [inputSlot(op, op.inputs.input)], true);
}

function preparePool(op: PoolOp, graph: Graph, ctx: WasmContext): PreparedOp {
  const input = graph.tensors[op.inputs.input]!;
  const output = graph.tensors[op.outputs[0]!]!;
  const [, inH, inW] = input.shape as [number, number, number, number];
  const { stride: [sh, sw], pad, filter: [fH, fW] } = op.attrs;
  // As pool.ts: no requantization, the clamp of the fused activation in the output's domain.
  const [min, max] = activationRangeQuantized(op.attrs.activation, output.quant!.scale[0]!, output.quant!.zeroPoint[0] ?? 0, output.dtype);
  const desc = ctx.int32s([inH, inW, fH, fW, sh, sw, pad.top, pad.left, op.kind === 'AVERAGE_POOL_2D' ? 1 : 0, min, max]);
  return wasmOp(ctx, op, 'pool', desc, [inputSlot(op, op.inputs.input)], true);
}

const BINARY_KIND = { ADD: 0, SUB: 1, MUL: 2 } as const;

/** Bit d set where axis d of the rank-4 output is broadcast from size 1 in `shape` (right-aligned). */
function broadcastAxes(shape: readonly number[], out: readonly number[]): number {
  const lead = 4 - shape.length;
  const outLead = 4 - out.length;
  let mask = 0;
  for (let d = 0; d < 4; d++) {
    const dim = d < lead ? 1 : shape[d - lead]!;
    const outDim = d < outLead ? 1 : out[d - outLead]!;
    if (dim === 1 && outDim !== 1) mask |= 1 << d;
  }
  return mask;
}

function prepareBinary(op: ElementwiseOp, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const lhs = graph.tensors[op.inputs.lhs]!;
  const rhs = graph.tensors[op.inputs.rhs]!;
  const out = graph.tensors[op.outputs[0]!]!;
  // The JS kernel's prepare checked that both inputs broadcast to the output.
  if (out.shape.length > 4) return null;
  const p = quantizedBinaryParams(op, lhs, rhs, out);
  const [r1, r2] = p.rescales ?? [{ multiplier: 0, shift: 0 }, { multiplier: 0, shift: 0 }];
  const shifts = [p.shift, r1.shift, r2.shift];
  if (shifts.some((s) => s > 31 || s < -31)) return null;
  const desc = ctx.int32s([BINARY_KIND[op.kind], p.multiplier, p.shift, p.outputZeroPoint, p.min, p.max, ...p.zeroPoints,
    r1.multiplier, r1.shift, r2.multiplier, r2.shift, broadcastAxes(lhs.shape, out.shape), broadcastAxes(rhs.shape, out.shape)]);
  return wasmOp(ctx, op, 'binary', desc, [0, 1], true);
}

/** QUANTIZE of float32 into int8 (the usual first op of a model with a float input). */
function prepareQuantize(op: Op, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const input = graph.tensors[op.inputList[0]!]!;
  const output = graph.tensors[op.outputs[0]!]!;
  if (input.dtype !== 'float32' || output.dtype !== 'int8' || output.shape.length > 4) return null;
  const { scale, zeroPoint } = perTensorQuant(op, output, 'output');
  const desc = ctx.alloc(24);
  new Int32Array(ctx.memory.buffer, desc, 3).set([zeroPoint, ...dtypeRange('int8')]);
  new Float32Array(ctx.memory.buffer, desc + 16, 1)[0] = scale;
  return wasmOp(ctx, op, 'quantize', desc, [0], true);
}

/** MEAN of int8 over height and width of an NHWC tensor, keepDims (global average pooling). */
function prepareMean(op: MeanOp, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const input = graph.tensors[op.inputs.input]!;
  const { axes, keepDims } = op.attrs;
  if (!isInt8(input) || !isInt8(graph.tensors[op.outputs[0]!]) || input.shape.length !== 4 || !keepDims
    || axes.length !== 2 || axes[0] !== 1 || axes[1] !== 2) return null;
  const p = meanStage(op, graph, input.shape[1]! * input.shape[2]!);
  if (p.shift > 31 || p.shift < -31) return null;
  const desc = ctx.int32s([p.multiplier, p.shift, p.offset, p.outputZeroPoint]);
  return wasmOp(ctx, op, 'mean', desc, [inputSlot(op, op.inputs.input)], false);
}

/**
 * The wasm kernel of `op` prepared in `ctx`, or null when the wasm does not cover it. Invalid ops
 * fail exactly as with the JS kernel, whose prepare runs first (the kernel sets differ only on
 * TRANSPOSE, which the wasm does not cover, so the reference set's prepare stands for both).
 */
export function prepareWasm(op: Op, graph: Graph, ctx: WasmContext): PreparedOp | null {
  const prepared = prepareCovered(op, graph, ctx);
  if (prepared !== null) {
    // Room to copy in the op's activations and its output when they live outside the memory.
    const ids = [...op.inputList.filter((id) => id >= 0 && graph.tensors[id]!.data === null), op.outputs[0]!];
    ctx.reserveStaging(ids.reduce((n, id) => n + alignUp(tensorBytes(graph.tensors[id]!), WASM_ALIGNMENT), 0));
  }
  return prepared;
}

function prepareCovered(op: Op, graph: Graph, ctx: WasmContext): PreparedOp | null {
  if (op.kind === 'QUANTIZE' || op.kind === 'MEAN') {
    kernelFor(op, 'reference')(op, graph);
    return op.kind === 'MEAN' ? prepareMean(op, graph, ctx) : prepareQuantize(op, graph, ctx);
  }
  const covered = op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' || op.kind === 'FULLY_CONNECTED'
    || op.kind === 'AVERAGE_POOL_2D' || op.kind === 'MAX_POOL_2D' || op.kind === 'ADD' || op.kind === 'SUB' || op.kind === 'MUL';
  if (!covered) return null;
  kernelFor(op, 'reference')(op, graph);
  if (!op.inputList.every((id) => id < 0 || graph.tensors[id]!.dtype !== 'float32' && graph.tensors[id]!.dtype !== 'uint8')) return null;
  if (!isInt8(graph.tensors[op.inputList[0]!]) || !isInt8(graph.tensors[op.outputs[0]!])) return null;
  switch (op.kind) {
    case 'CONV_2D': return prepareConv(op, graph, ctx);
    case 'FULLY_CONNECTED': return prepareFullyConnected(op, graph, ctx);
    case 'DEPTHWISE_CONV_2D': return prepareDepthwise(op, graph, ctx);
    case 'AVERAGE_POOL_2D': case 'MAX_POOL_2D': return preparePool(op, graph, ctx);
    case 'ADD': case 'SUB': case 'MUL': return prepareBinary(op, graph, ctx);
    default: return null;
  }
}
