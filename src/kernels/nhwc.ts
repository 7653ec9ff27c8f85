// Addressing and checks shared by the spatial kernels, which all work on rank-4 NHWC tensors.

import { UserError } from '../errors.ts';
import type { Graph, Op, Tensor } from '../model/graph.ts';
import { opName } from '../model/graph.ts';
import type { Box } from '../model/view.ts';

/**
 * Row-major strides of a buffer holding `box` of an NHWC tensor. Element (b, y, x, c) in global
 * coordinates lives at `b*sb + y*sy + x*sx + c - origin`, so kernels index with global coordinates
 * and never branch on where the buffer's box starts.
 */
export interface NhwcAddress {
  readonly sb: number;
  readonly sy: number;
  readonly sx: number;
  readonly origin: number;
}

export function nhwcAddress(box: Box): NhwcAddress {
  const [, h, w, c] = box.size as [number, number, number, number];
  const sx = c;
  const sy = w * c;
  const sb = h * w * c;
  const [b0, y0, x0, c0] = box.start as [number, number, number, number];
  return { sb, sy, sx, origin: b0 * sb + y0 * sy + x0 * sx + c0 };
}

/** The tensor of `id`, checked to be rank 4 (NHWC). */
export function nhwcTensor(graph: Graph, op: Op, id: number, what: string): Tensor & { shape: readonly [number, number, number, number] } {
  const t = graph.tensors[id];
  if (t === undefined || t.shape.length !== 4) {
    throw new UserError(`op ${op.index} (${opName(op)}): ${what} must be a rank-4 NHWC tensor, got shape [${t?.shape.join(', ') ?? ''}]`);
  }
  return t as Tensor & { shape: readonly [number, number, number, number] };
}

/** Position of `id` in the op's input list: the index of its view in `run(inputs, …)`. */
export function inputSlot(op: Op, id: number): number {
  return op.inputList.indexOf(id);
}
