// PAD and PADV2 on tensors of any rank and dtype, windowed. Semantics:
// tensorflow/lite/kernels/pad.cc and reference/pad.h: output[i] = input[i − before] inside, otherwise
// the pad value: the constant third input when given (PADV2, and PAD too in TFLite Micro's pad.cc), else the output zero point for quantized tensors and 0
// for the rest. Output element i on each axis reads input element i − before, so a window reads the
// matching shifted box of the input, clipped to it.

import { UserError } from '../errors.ts';
import type { Graph, Op, PadOp } from '../model/graph.ts';
import { NO_TENSOR } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { inputSlot } from './nhwc.ts';
import { decodeConstant } from '../model/tensor-data.ts';
import type { Box, TensorView } from '../model/view.ts';

/** Row-major strides of a buffer holding `box`. */
function stridesOf(box: Box): number[] {
  const strides = new Array<number>(box.size.length);
  let s = 1;
  for (let d = box.size.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= box.size[d]!;
  }
  return strides;
}

export const preparePad: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'PAD' && op.kind !== 'PADV2') throw new Error(`preparePad got ${op.kind}`);
  const padOp: PadOp = op;
  const input = graph.tensors[padOp.inputs.input]!;
  const output = graph.tensors[padOp.outputs[0]!]!;
  const rank = input.shape.length;
  const before = padOp.attrs.paddings.map(([b]) => b);
  if (output.shape.length !== rank || before.length !== rank || input.dtype !== output.dtype) {
    throw new UserError(`op ${op.index} (${op.kind}): input [${input.shape.join(', ')}] ${input.dtype}, paddings for ${before.length} axes and output [${output.shape.join(', ')}] ${output.dtype} do not match`);
  }
  let padValue = output.quant !== null && output.dtype !== 'float32' ? (output.quant.zeroPoint[0] ?? 0) : 0;
  const constantId = padOp.inputs.constantValues ?? NO_TENSOR; // hand-built graphs may omit the slot
  if (constantId !== NO_TENSOR) {
    const constant = graph.tensors[constantId]!;
    if (constant.data === null) throw new UserError(`op ${op.index} (PADV2): the pad value must be a constant`);
    padValue = decodeConstant(constant)[0]!;
  }
  const slot = inputSlot(op, padOp.inputs.input);
  const last = rank - 1;

  function run(inputs: readonly (TensorView | null)[], out: TensorView, window: Box): void {
    const view = inputs[slot]!;
    const x = view.data;
    const y = out.data;
    const inStrides = stridesOf(view.box);
    const outStrides = stridesOf(out.box);
    // Odometer over every axis but the last; the last axis is a pad run, a copy run, a pad run.
    const pos = window.start.slice();
    const rows = window.size.slice(0, last).reduce((a, b) => a * b, 1);
    const x0 = window.start[last]!;
    const nx = window.size[last]!;
    const copyStart = Math.max(x0, before[last]!);
    const copyEnd = Math.min(x0 + nx, before[last]! + input.shape[last]!);
    for (let r = 0; r < rows; r++) {
      let inside = true;
      let o = 0;
      let i = 0;
      for (let d = 0; d < last; d++) {
        const src = pos[d]! - before[d]!;
        if (src < 0 || src >= input.shape[d]!) inside = false;
        o += (pos[d]! - out.box.start[d]!) * outStrides[d]!;
        i += (src - view.box.start[d]!) * inStrides[d]!;
      }
      o -= out.box.start[last]!;
      if (!inside || copyEnd <= copyStart) {
        y.fill(padValue, o + x0, o + x0 + nx);
      } else {
        y.fill(padValue, o + x0, o + copyStart);
        i -= before[last]! + view.box.start[last]!;
        for (let c = copyStart; c < copyEnd; c++) y[o + c] = x[i + c]!;
        y.fill(padValue, o + copyEnd, o + x0 + nx);
      }
      for (let d = last - 1; d >= 0; d--) {
        if (++pos[d]! < window.start[d]! + window.size[d]!) break;
        pos[d] = window.start[d]!;
      }
    }
  }

  return { op, windowed: true, run };
};
