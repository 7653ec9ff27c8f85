// Pure data movement: RESHAPE/SQUEEZE (same bytes, new shape), TRANSPOSE, STRIDED_SLICE and
// CONCATENATION. None of these changes a value, except CONCATENATION of uint8 inputs whose
// quantization differs from the output's, which TFLite requantizes.
//
// TRANSPOSE and STRIDED_SLICE are global: prepare builds, once, the input index of every output
// element (a gather table), and run just follows it. CONCATENATION along the innermost (channel)
// axis is windowed, so channel concats work inside patches.

import type { ConcatOp, Graph, Op, StridedSliceOp, Tensor } from '../model/graph.ts';
import { elementCount } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { failOp, outputOf, perTensorQuant, stridesOf, tensorOf } from './op-tensors.ts';
import { tfliteRound } from './quant.ts';
import type { Box, TensorView } from '../model/view.ts';

export function prepareReshape(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'RESHAPE' && op.kind !== 'SQUEEZE') failOp(op, 'not a RESHAPE or SQUEEZE op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  if (input.dtype !== output.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  if (elementCount(input.shape) !== elementCount(output.shape)) {
    failOp(op, `cannot reshape [${input.shape.join(', ')}] to [${output.shape.join(', ')}]: element counts differ`);
  }
  return {
    op,
    windowed: false,
    run(inputs: readonly (TensorView | null)[], out: TensorView): void {
      const src = inputs[0]!.data;
      // Executors may reshape in place (same buffer): then there is nothing to copy.
      if (src !== out.data) out.data.set(src);
    },
  };
}

/** TRANSPOSE as TFLM's reference kernel computes it: output axis d walks input axis perm[d]. */
export function prepareTranspose(op: Op, graph: Graph): PreparedOp {
  return transposeOp(op, graph, false);
}

/**
 * TRANSPOSE as TFLM with CMSIS-NN computes it: arm_transpose_s8 transposes any rank-2 int8 input as
 * a matrix, whatever the perm, so the identity perm [0, 1] writes the transposed matrix into the
 * untransposed output shape. Other ranks and types follow the perm.
 */
export function prepareCmsisTranspose(op: Op, graph: Graph): PreparedOp {
  return transposeOp(op, graph, true);
}

function transposeOp(op: Op, graph: Graph, rank2AlwaysTransposes: boolean): PreparedOp {
  if (op.kind !== 'TRANSPOSE') failOp(op, 'not a TRANSPOSE op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  const { perm } = op.attrs;
  const rank = input.shape.length;
  if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
    failOp(op, `perm [${perm.join(', ')}] is not a permutation of the input's ${rank} axes`);
  }
  const permuted = perm.map((p) => input.shape[p]!);
  if (permuted.some((d, i) => d !== output.shape[i])) {
    failOp(op, `output shape [${output.shape.join(', ')}] is not the input's permuted by [${perm.join(', ')}]`);
  }
  // Output axis d walks input axis walk[d]. TFLite copies bytes and ignores quantization.
  const walk = rank2AlwaysTransposes && rank === 2 && input.dtype === 'int8' ? [1, 0] : perm;
  const inStrides = stridesOf(input.shape);
  const axes = walk.map((p) => ({ start: 0, count: input.shape[p]!, step: inStrides[p]! }));
  return gatherOp(op, input, output, gatherTable(axes));
}

export function prepareStridedSlice(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'STRIDED_SLICE') failOp(op, 'not a STRIDED_SLICE op');
  const input = tensorOf(graph, op, op.inputs.input, 'input');
  const output = outputOf(graph, op);
  const axes = sliceAxes(op, input.shape);
  const kept = axes.filter((a) => !a.shrink).map((a) => a.count);
  if (kept.length !== output.shape.length || kept.some((d, i) => d !== output.shape[i])) {
    failOp(op, `the slice has shape [${kept.join(', ')}] but the output is [${output.shape.join(', ')}]`);
  }
  return gatherOp(op, input, output, gatherTable(axes));
}

interface GatherAxis {
  /** First input offset along this axis (already multiplied by the stride). */
  readonly start: number;
  readonly count: number;
  /** Input offset step per output step. */
  readonly step: number;
}

/** Input offset of every output element, output in row-major order over `axes`. */
function gatherTable(axes: readonly GatherAxis[]): Int32Array {
  const table = new Int32Array(axes.reduce((n, a) => n * a.count, 1));
  let base = axes.reduce((s, a) => s + a.start, 0);
  if (table.length === 0) return table;
  const counter = axes.map(() => 0);
  for (let i = 0; i < table.length; i++) {
    table[i] = base;
    for (let d = axes.length - 1; d >= 0; d--) {
      const axis = axes[d]!;
      if (++counter[d]! < axis.count) {
        base += axis.step;
        break;
      }
      counter[d] = 0;
      base -= axis.step * (axis.count - 1);
    }
  }
  return table;
}

function gatherOp(op: Op, input: Tensor, output: Tensor, table: Int32Array): PreparedOp {
  if (input.dtype !== output.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  return {
    op,
    windowed: false,
    run(inputs: readonly (TensorView | null)[], out: TensorView): void {
      const src = inputs[0]!.data;
      const dst = out.data;
      for (let i = 0; i < table.length; i++) dst[i] = src[table[i]!]!;
    },
  };
}

interface SliceAxis extends GatherAxis {
  /** Removed from the output (shrink_axis_mask). */
  readonly shrink: boolean;
}

/**
 * Resolves begin/end/strides and the five masks to one range per axis of the sliced tensor, as
 * TFLite does: ellipsis and new axes are expanded first (strided_slice.cc,
 * BuildStridedSliceParams), then each axis is clamped (strided_slice_logic.h, StartForAxis and
 * StopForAxis). New axes appear as size-1 axes with step 0.
 */
function sliceAxes(op: StridedSliceOp, shape: readonly number[]): SliceAxis[] {
  const a = op.attrs;
  const n = a.begin.length;
  if (a.end.length !== n || a.strides.length !== n) failOp(op, 'begin, end and strides differ in length');
  const bit = (mask: number, i: number): boolean => ((mask >> i) & 1) === 1;
  let added = 0;
  for (let i = 0; i < n; i++) if (!bit(a.ellipsisMask, i) && bit(a.newAxisMask, i)) added++;
  const dims = shape.length + added;

  // Which spec entry (or none) drives each effective axis.
  type Spec = { kind: 'ellipsis' | 'new' | 'full' } | { kind: 'spec'; index: number };
  const specs: Spec[] = [];
  let expanded = 0;
  for (let i = 0; i < dims;) {
    if (bit(a.ellipsisMask, i)) {
      const end = Math.max(i + 1, Math.min(i + 1 + added + shape.length - n, dims));
      expanded = end - i - 1;
      for (; i < end; i++) specs.push({ kind: 'ellipsis' });
      continue;
    }
    if (bit(a.newAxisMask, i - expanded)) specs.push({ kind: 'new' });
    else if (i >= n + expanded) specs.push({ kind: 'full' });
    else specs.push({ kind: 'spec', index: i - Math.max(0, expanded) });
    i++;
  }

  const inStrides = stridesOf(shape);
  const axes: SliceAxis[] = [];
  let inputAxis = 0;
  for (const spec of specs) {
    if (spec.kind === 'new') {
      axes.push({ start: 0, count: 1, step: 0, shrink: false });
      continue;
    }
    const size = shape[inputAxis]!;
    const stride = inStrides[inputAxis]!;
    inputAxis++;
    if (spec.kind !== 'spec') {
      axes.push({ start: 0, count: size, step: stride, shrink: false });
      continue;
    }
    const k = spec.index;
    const step = a.strides[k]!;
    if (step === 0) failOp(op, `stride ${k} is 0`);
    const shrink = bit(a.shrinkAxisMask, k);
    let begin = a.begin[k]!;
    let end = a.offset ? a.begin[k]! + a.end[k]! : a.end[k]!;
    if (bit(a.beginMask, k)) begin = step > 0 ? -Infinity : Infinity;
    begin = clampIndex(begin, size, step);
    if (shrink) end = begin + 1;
    else {
      if (bit(a.endMask, k)) end = step > 0 ? Infinity : -Infinity;
      end = clampIndex(end, size, step);
    }
    const count = size === 0 ? 0 : Math.max(0, Math.ceil((end - begin) / step));
    axes.push({ start: begin * stride, count, step: step * stride, shrink });
  }
  return axes;
}

/** Negative indices count from the end; then clamp to [0, size] going up, [-1, size-1] going down. */
function clampIndex(index: number, size: number, step: number): number {
  const i = index < 0 ? index + size : index;
  return step > 0 ? Math.min(Math.max(i, 0), size) : Math.min(Math.max(i, -1), size - 1);
}

export function prepareConcat(op: Op, graph: Graph): PreparedOp {
  if (op.kind !== 'CONCATENATION') failOp(op, 'not a CONCATENATION op');
  const output = outputOf(graph, op);
  const inputs = op.inputList.map((id, i) => tensorOf(graph, op, id, `input ${i}`));
  const { axis } = op.attrs;
  const rank = output.shape.length;
  // concatenation.cc Prepare: "These are limitations of our implementation" — no fused activation.
  if (op.attrs.activation !== 'NONE') failOp(op, `fused activation ${op.attrs.activation} is not supported by TFLite's CONCATENATION`);
  if (axis < 0 || axis >= rank) failOp(op, `axis ${axis} is outside the output's ${rank} axes`);
  let total = 0;
  for (const [i, t] of inputs.entries()) {
    if (t.dtype !== output.dtype) failOp(op, `input ${i} is ${t.dtype} but the output is ${output.dtype}`);
    if (t.shape.length !== rank || t.shape.some((d, k) => k !== axis && d !== output.shape[k])) {
      failOp(op, `input ${i} shape [${t.shape.join(', ')}] does not fit output [${output.shape.join(', ')}] along axis ${axis}`);
    }
    total += t.shape[axis]!;
  }
  if (total !== output.shape[axis]) failOp(op, `inputs add up to ${total} along axis ${axis}, the output has ${output.shape[axis]}`);
  const parts = concatParts(op, inputs, output);
  return {
    op,
    windowed: axis === rank - 1,
    run(views: readonly (TensorView | null)[], out: TensorView, window: Box): void {
      const lo = window.start[axis]!;
      const hi = lo + window.size[axis]!;
      for (const [i, part] of parts.entries()) {
        // The part of the window this input fills, along the concat axis.
        const from = Math.max(lo, part.offset);
        const to = Math.min(hi, part.offset + part.length);
        if (from >= to) continue;
        const src = views[i]!;
        const start = window.start.map((s, d) => (d === axis ? from - part.offset : s));
        const size = window.size.map((s, d) => (d === axis ? to - from : s));
        const dstStart = window.start.map((s, d) => (d === axis ? from : s));
        copyRegion(src, start, out, dstStart, size, part.requantize);
      }
    },
  };
}

interface ConcatPart {
  /** Where this input starts along the concat axis of the output. */
  readonly offset: number;
  readonly length: number;
  /** Element map when this input needs requantizing to the output (uint8 only), else null. */
  readonly requantize: Uint8Array | null;
}

/**
 * int8: TFLite requires every input to share the output's scale and zero point (concatenation.cc
 * Prepare) and rejects the model otherwise; so do we. uint8: it requantizes with float math
 * (reference_ops::ConcatenationWithScaling); since the input is a byte, we tabulate that map.
 */
function concatParts(op: ConcatOp, inputs: readonly Tensor[], output: Tensor): ConcatPart[] {
  const quantized = output.dtype === 'int8' || output.dtype === 'uint8';
  const qo = quantized ? perTensorQuant(op, output, 'output') : null;
  let offset = 0;
  return inputs.map((t, i) => {
    const length = t.shape[op.attrs.axis]!;
    let requantize: Uint8Array | null = null;
    if (qo !== null) {
      const qi = perTensorQuant(op, t, `input ${i}`);
      if (qi.scale !== qo.scale || qi.zeroPoint !== qo.zeroPoint) {
        if (output.dtype === 'int8') {
          failOp(op, `input ${i} is quantized (scale ${qi.scale}, zero point ${qi.zeroPoint}) unlike the output (scale ${qo.scale}, zero point ${qo.zeroPoint}); TFLite's int8 CONCATENATION requires them equal`);
        }
        const f = Math.fround;
        const scale = f(qi.scale * f(1 / qo.scale));
        const bias = f(-qi.zeroPoint * scale);
        requantize = new Uint8Array(256);
        for (let v = 0; v < 256; v++) {
          const q = tfliteRound(f(f(v * scale) + bias)) + qo.zeroPoint;
          requantize[v] = q < 0 ? 0 : q > 255 ? 255 : q;
        }
      }
    }
    const part = { offset, length, requantize };
    offset += length;
    return part;
  });
}

/**
 * Copies a region of `size` from `src` (at global coordinates `srcStart` of its tensor) to `dst` (at
 * `dstStart` of its own), row by row, optionally through a byte map.
 */
function copyRegion(
  src: TensorView, srcStart: readonly number[], dst: TensorView, dstStart: readonly number[],
  size: readonly number[], map: Uint8Array | null,
): void {
  const rank = size.length;
  if (size.some((s) => s === 0)) return;
  const srcStrides = stridesOf(src.box.size);
  const dstStrides = stridesOf(dst.box.size);
  let si = 0;
  let di = 0;
  for (let d = 0; d < rank; d++) {
    si += (srcStart[d]! - src.box.start[d]!) * srcStrides[d]!;
    di += (dstStart[d]! - dst.box.start[d]!) * dstStrides[d]!;
  }
  const n = rank === 0 ? 1 : size[rank - 1]!;
  const counter = size.map(() => 0);
  for (;;) {
    if (map === null) dst.data.set(src.data.subarray(si, si + n), di);
    else for (let i = 0; i < n; i++) dst.data[di + i] = map[src.data[si + i]!]!;
    let d = rank - 2;
    for (; d >= 0; d--) {
      if (++counter[d]! < size[d]!) {
        si += srcStrides[d]!;
        di += dstStrides[d]!;
        break;
      }
      counter[d] = 0;
      si -= srcStrides[d]! * (size[d]! - 1);
      di -= dstStrides[d]! * (size[d]! - 1);
    }
    if (d < 0) return;
  }
}
