// The kernel contract: prepare once per op (validate, precompute multipliers, shifts, offsets, clamp
// ranges, decoded constants), then run blindly on any output window.

import type { Graph, Op } from '../model/graph.ts';
import type { Box, TensorView } from '../model/view.ts';

export interface PreparedOp {
  readonly op: Op;
  /**
   * True when the op can compute any sub-box of its output from input boxes (convolutions, pooling,
   * elementwise, pad, resize, channel concat). False for global ops (FC, softmax, mean, reshape…),
   * which are only ever run on the whole output.
   */
  readonly windowed: boolean;
  /**
   * Computes `window` (a box of output 0, in global coordinates) into `output`, whose box contains
   * the window. `inputs[i]` is the buffer of `op.inputList[i]` (null for an absent optional input);
   * each covers what the window reads, clipped to its tensor; reads outside the tensor are padding.
   */
  run(inputs: readonly (TensorView | null)[], output: TensorView, window: Box): void;
}

export type PrepareFn = (op: Op, graph: Graph) => PreparedOp;
