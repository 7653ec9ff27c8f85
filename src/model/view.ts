// How kernels see memory (ARCHITECTURE.md, decision 1): a buffer holds one box of its full tensor,
// in global coordinates, stored densely in row-major order within the box. A kernel computes an
// output window (a box) from input buffers that cover what the window needs; positions outside the
// real tensor read as padding. Per-layer execution is the case "every box is the whole tensor".

export type TensorData = Int8Array | Uint8Array | Int16Array | Int32Array | Float32Array;

/** A box of a tensor: start and size per axis, same rank as the tensor's shape. */
export interface Box {
  readonly start: readonly number[];
  readonly size: readonly number[];
}

/** A buffer holding `box` of its tensor. `data.length` equals the box's element count. */
export interface TensorView {
  readonly data: TensorData;
  readonly box: Box;
}

export function wholeBox(shape: readonly number[]): Box {
  return { start: shape.map(() => 0), size: [...shape] };
}

export function boxElements(box: Box): number {
  let n = 1;
  for (const s of box.size) n *= s;
  return n;
}

/** True when `inner` lies inside `outer`. */
export function boxContains(outer: Box, inner: Box): boolean {
  return inner.start.every((s, i) => s >= outer.start[i]! && s + inner.size[i]! <= outer.start[i]! + outer.size[i]!);
}
