// Row-by-row traversal of an output window and of the input buffers it reads, with NumPy
// broadcasting. Elementwise kernels (binary ops, activations, conversions) share it: they loop over
// the innermost axis themselves and ask the walker for where each row starts in every buffer.

import type { Op } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import type { Box, TensorData, TensorView } from '../model/view.ts';

/**
 * Walks the rows (all axes but the last) of a window of an output of rank `rank`. Operand 0 is the
 * output buffer; operands 1… are inputs whose shapes broadcast to the output (right-aligned, size-1
 * axes repeat). Sized once in prepare; `start` and `next` allocate nothing.
 */
export class RowWalker {
  /** Elements per row (the window's innermost extent). */
  rowLength = 1;
  /** Current row start of each operand within its buffer. */
  readonly offsets: Int32Array;
  /** Step along the innermost axis per operand (0 for a broadcast input). */
  readonly innerSteps: Int32Array;

  private readonly rank: number;
  private readonly operands: number;
  /** Per input: which output axes it actually varies along (false where broadcast or absent). */
  private readonly varies: boolean[][];
  private readonly inputRanks: number[];
  /** strides[k · rank + d]: step of operand k for output axis d. */
  private readonly strides: Int32Array;
  private readonly counter: Int32Array;
  private windowSize: readonly number[] = [];

  constructor(outputShape: readonly number[], inputShapes: readonly (readonly number[])[]) {
    this.rank = outputShape.length;
    this.operands = inputShapes.length + 1;
    this.inputRanks = inputShapes.map((s) => s.length);
    this.varies = inputShapes.map((shape) => outputShape.map((_, d) => {
      const dim = shape[d - (this.rank - shape.length)];
      return dim !== undefined && dim !== 1;
    }));
    this.offsets = new Int32Array(this.operands);
    this.innerSteps = new Int32Array(this.operands);
    this.strides = new Int32Array(this.operands * Math.max(this.rank, 1));
    this.counter = new Int32Array(Math.max(this.rank, 1));
  }

  /** Positions the walker on the first row of `window`; returns the number of rows. */
  start(window: Box, output: Box, inputs: readonly Box[]): number {
    const rank = this.rank;
    this.windowSize = window.size;
    let rows = 1;
    for (let d = 0; d < rank - 1; d++) rows *= window.size[d]!;
    this.rowLength = rank === 0 ? 1 : window.size[rank - 1]!;
    this.counter.fill(0);
    for (let k = 0; k < this.operands; k++) {
      const box = k === 0 ? output : inputs[k - 1]!;
      const lead = k === 0 ? 0 : rank - this.inputRanks[k - 1]!;
      let stride = 1;
      let offset = 0;
      for (let d = rank - 1; d >= 0; d--) {
        const inBox = d - lead;
        const moves = k === 0 || this.varies[k - 1]![d];
        const step = moves ? stride : 0;
        this.strides[k * rank + d] = step;
        if (moves) offset += (window.start[d]! - box.start[inBox]!) * stride;
        if (inBox >= 0) stride *= box.size[inBox]!;
      }
      this.offsets[k] = offset;
      this.innerSteps[k] = rank === 0 ? 0 : this.strides[k * rank + rank - 1]!;
    }
    return rows;
  }

  /** Advances every operand's offset to the next row (odometer over the outer axes). */
  next(): void {
    const rank = this.rank;
    for (let d = rank - 2; d >= 0; d--) {
      const size = this.windowSize[d]!;
      const c = ++this.counter[d]!;
      if (c < size) {
        for (let k = 0; k < this.operands; k++) this.offsets[k]! += this.strides[k * rank + d]!;
        return;
      }
      this.counter[d] = 0;
      for (let k = 0; k < this.operands; k++) this.offsets[k]! -= this.strides[k * rank + d]! * (size - 1);
    }
  }
}

/** True when `shape` broadcasts to `target` under NumPy rules (right-aligned, size 1 repeats). */
export function broadcastsTo(shape: readonly number[], target: readonly number[]): boolean {
  if (shape.length > target.length) return false;
  const lead = target.length - shape.length;
  return shape.every((dim, i) => dim === 1 || dim === target[i + lead]);
}

/** Maps `n` elements of one row: input from `ii` with step `si`, output from `io` densely. */
export type UnaryRowFn = (input: TensorData, ii: number, si: number, output: TensorData, io: number, n: number) => void;

/** A windowed elementwise unary op of output shape `shape` (input shape equal). */
export function unaryWindowed(op: Op, shape: readonly number[], row: UnaryRowFn): PreparedOp {
  const walker = new RowWalker(shape, [shape]);
  return {
    op,
    windowed: true,
    run(inputs: readonly (TensorView | null)[], output: TensorView, window: Box): void {
      const input = inputs[0]!;
      const rows = walker.start(window, output.box, [input.box]);
      const { offsets, innerSteps } = walker;
      for (let r = 0; r < rows; r++) {
        row(input.data, offsets[1]!, innerSteps[1]!, output.data, offsets[0]!, walker.rowLength);
        walker.next();
      }
    },
  };
}
