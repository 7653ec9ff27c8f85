// ARCHITECTURE.md decision 1: a kernel computes any output window from input buffers that hold only
// the box the window reads (clipped to the tensor), and the result is byte-identical to the
// whole-tensor run. Checked on seeded random geometries and random covers of the output by windows.

import { describe, expect, it } from 'vitest';
import { prepareGraph } from '../../src/kernels/executor.ts';
import { inputBoxFor } from '../../src/kernels/receptive-field.ts';
import { allocateTensorData } from '../../src/model/tensor-data.ts';
import type { Box, TensorData, TensorView } from '../../src/model/view.ts';
import { boxElements, wholeBox } from '../../src/model/view.ts';
import type { DType, Graph } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import { prng } from './graph-builder.ts';
import type { Rng, SpatialKind } from './random-ops.ts';
import { randomCover, randomOp, randomValues } from './random-ops.ts';

function strides(shape: readonly number[]): number[] {
  const s = shape.map(() => 1);
  for (let d = shape.length - 2; d >= 0; d--) s[d] = s[d + 1]! * shape[d + 1]!;
  return s;
}

/** Copies `box` between a dense whole tensor and a dense box buffer, in either direction. */
function copyBox(whole: TensorData, shape: readonly number[], box: Box, part: TensorData, toPart: boolean): void {
  const ws = strides(shape);
  const ps = strides(box.size);
  const n = boxElements(box);
  for (let i = 0; i < n; i++) {
    let w = 0;
    let rest = i;
    for (let d = 0; d < shape.length; d++) {
      const k = Math.floor(rest / ps[d]!);
      rest -= k * ps[d]!;
      w += (box.start[d]! + k) * ws[d]!;
    }
    if (toPart) part[i] = whole[w]!; else whole[w] = part[i]!;
  }
}

function checkWindows(rng: Rng, graph: Graph): void {
  const prepared = prepareGraph(graph);
  const step = prepared.ops[0]!;
  const op = step.op;
  expect(step.windowed).toBe(true);
  const inputId = graph.inputs[0]!;
  const input = graph.tensors[inputId]!;
  const output = graph.tensors[op.outputs[0]!]!;
  const x = randomValues(rng, input.dtype, elementCount(input.shape));
  const views = (main: TensorView): (TensorView | null)[] =>
    op.inputList.map((id) => (id === inputId ? main : id < 0 ? null : prepared.constants.get(id)!));

  const whole = allocateTensorData(output.dtype, elementCount(output.shape));
  step.run(views({ data: x, box: wholeBox(input.shape) }), { data: whole, box: wholeBox(output.shape) }, wholeBox(output.shape));

  const tiled = allocateTensorData(output.dtype, elementCount(output.shape));
  // Poison, so a window that is never written shows up.
  tiled.fill(output.dtype === 'uint8' ? 77 : -77);
  for (const window of randomCover(rng, output.shape)) {
    const inBox = inputBoxFor(op, graph, window);
    const part = allocateTensorData(input.dtype, boxElements(inBox));
    copyBox(x, input.shape, inBox, part, true);
    if (rng.next() < 0.5) {
      // The window's own buffer.
      const out = allocateTensorData(output.dtype, boxElements(window));
      step.run(views({ data: part, box: inBox }), { data: out, box: window }, window);
      copyBox(tiled, output.shape, window, out, false);
    } else {
      // A buffer holding the whole output: the window lands inside a larger box.
      step.run(views({ data: part, box: inBox }), { data: tiled, box: wholeBox(output.shape) }, window);
    }
  }
  expect(new Uint8Array(tiled.buffer)).toEqual(new Uint8Array(whole.buffer));
}

const CASES: [SpatialKind, DType[]][] = [
  ['CONV_2D', ['int8', 'int8', 'uint8', 'float32']],
  ['DEPTHWISE_CONV_2D', ['int8', 'int8', 'uint8', 'float32']],
  ['AVERAGE_POOL_2D', ['int8', 'uint8', 'float32']],
  ['MAX_POOL_2D', ['int8', 'uint8', 'float32']],
  ['PAD', ['int8', 'uint8', 'float32', 'int32']],
  ['PADV2', ['int8', 'float32']],
  ['RESIZE_NEAREST_NEIGHBOR', ['int8', 'uint8', 'float32']],
  ['RESIZE_BILINEAR', ['int8', 'uint8', 'float32']],
];

describe('windows in global coordinates give the whole-tensor result', () => {
  for (const [kind, dtypes] of CASES) {
    it(`${kind}: 150 random geometries, random covers`, () => {
      const rng = prng(kind.length * 7919 + kind.charCodeAt(0));
      let done = 0;
      while (done < 150) {
        const random = randomOp(rng, kind, rng.pick(dtypes));
        if (random === null) continue;
        try {
          checkWindows(rng, random.graph);
        } catch (e) {
          throw new Error(`${random.description}: ${(e as Error).message}`, { cause: e });
        }
        done++;
      }
    });
  }
});
