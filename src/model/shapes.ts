// Shape verification: every supported op's output shape is inferred from its input shapes and
// attributes (TFLite's Prepare functions) and compared with the shape the file stores. Everything
// after the reader (MACs, arena sizes, kernels) reads the stored shapes, so a file that lies about
// one (a flipped bit in an FC output dimension once reported 1.07 T MACs for a 336 k MAC model) is
// refused here, naming the op. One pass over the ops: O(ops × rank).
//
// Spatial sizes of convolutions and pooling are already checked against SAME/VALID padding when
// the op is built (tflite/ops.ts); this adds batch and channel dimensions and every other op.
// STRIDED_SLICE and UNSUPPORTED ops are only bounded (a slice never has more elements than its
// input); ops whose shape depends on run-time values are skipped.

import { UserError } from '../errors.ts';
import { elementCount, NO_TENSOR, type Graph, type Op } from './graph.ts';

export function checkOutputShapes(graph: Graph, file: string): void {
  for (const op of graph.ops) {
    if (op.kind === 'UNSUPPORTED' || op.inputList[0] === undefined || op.inputList[0] === NO_TENSOR) continue;
    const stored = graph.tensors[op.outputs[0]!]!.shape;
    const fail = (why: string): never => {
      throw new UserError(`op ${op.index} (${op.kind}): the stored output shape [${stored.join(', ')}] ${why} (the file is corrupt or was edited; re-export it)`, file);
    };
    if (op.outputs.length !== 1) fail(`comes with ${op.outputs.length} outputs, the op has one`);
    const expected = inferShape(op, graph);
    if (expected === 'bounded') {
      const input = graph.tensors[op.inputList[0]!]!;
      if (elementCount(stored) > elementCount(input.shape)) fail(`has more elements than the input [${input.shape.join(', ')}]`);
    } else if (expected !== null && !sameShape(expected, stored)) {
      fail(`does not match [${expected.join(', ')}], inferred from the inputs and attributes`);
    }
  }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The output shape TFLite would compute; null when it depends on run-time values. */
function inferShape(op: Op, graph: Graph): readonly number[] | 'bounded' | null {
  const shapeOf = (id: number): readonly number[] => graph.tensors[id]!.shape;
  const constInts = (id: number): number[] | null => {
    const t = graph.tensors[id];
    if (t === undefined || t.data === null || t.dtype !== 'int32') return null;
    const v = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
    return Array.from({ length: t.data.length / 4 }, (_, i) => v.getInt32(4 * i, true));
  };
  const stored = shapeOf(op.outputs[0]!);
  switch (op.kind) {
    case 'CONV_2D': {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      return [n!, stored[1]!, stored[2]!, f[0]!];
    }
    case 'DEPTHWISE_CONV_2D': {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      return [n!, stored[1]!, stored[2]!, f[3]!];
    }
    case 'TRANSPOSE_CONV': {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      const declared = constInts(op.inputs.outputShape);
      return declared ?? [n!, stored[1]!, stored[2]!, f[0]!];
    }
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D': {
      const [n, , , c] = shapeOf(op.inputs.input);
      return [n!, stored[1]!, stored[2]!, c!];
    }
    case 'FULLY_CONNECTED': {
      const input = shapeOf(op.inputs.input), units = shapeOf(op.inputs.filter)[0]!;
      const inFeatures = shapeOf(op.inputs.filter)[1]!;
      if (op.attrs.keepNumDims) return [...input.slice(0, -1), units];
      return [elementCount(input) / inFeatures, units];
    }
    case 'ADD':
    case 'SUB':
    case 'MUL':
      return broadcast(shapeOf(op.inputs.lhs), shapeOf(op.inputs.rhs));
    case 'MEAN': {
      const input = shapeOf(op.inputs.input);
      const reduced = new Set(op.attrs.axes);
      return op.attrs.keepDims ? input.map((d, i) => (reduced.has(i) ? 1 : d)) : input.filter((_, i) => !reduced.has(i));
    }
    case 'PAD':
    case 'PADV2':
      return shapeOf(op.inputs.input).map((d, i) => d + op.attrs.paddings[i]![0] + op.attrs.paddings[i]![1]);
    case 'RESHAPE': {
      // Only the element count is fixed: the new shape may come from an operand or the options.
      const input = shapeOf(op.inputs.input);
      return elementCount(input) === elementCount(stored) ? stored : [...input];
    }
    case 'SQUEEZE': {
      const input = shapeOf(op.inputs.input);
      const dims = op.attrs.squeezeDims;
      return input.filter((d, i) => d !== 1 || (dims.length > 0 && !dims.includes(i)));
    }
    case 'TRANSPOSE': {
      const input = shapeOf(op.inputs.input);
      return op.attrs.perm.map((p) => input[p]!);
    }
    case 'STRIDED_SLICE':
    case 'UNSUPPORTED':
      return 'bounded';
    case 'CONCATENATION':
      return concat(op.inputList.filter((id) => id !== NO_TENSOR).map(shapeOf), op.attrs.axis);
    case 'RESIZE_NEAREST_NEIGHBOR':
    case 'RESIZE_BILINEAR': {
      const [n, , , c] = shapeOf(op.inputs.input);
      const size = constInts(op.inputs.size);
      return size === null || size.length !== 2 ? null : [n!, size[0]!, size[1]!, c!];
    }
    case 'SOFTMAX':
    case 'LOGISTIC':
    case 'TANH':
    case 'RELU':
    case 'RELU6':
    case 'HARD_SWISH':
    case 'QUANTIZE':
    case 'DEQUANTIZE':
      return shapeOf(op.inputs.input);
  }
}

/** NumPy broadcasting; a pair that does not broadcast gives a shape no stored one can equal. */
function broadcast(a: readonly number[], b: readonly number[]): readonly number[] {
  const rank = Math.max(a.length, b.length);
  return Array.from({ length: rank }, (_, i) => {
    const x = a[a.length - rank + i] ?? 1, y = b[b.length - rank + i] ?? 1;
    return x === y || y === 1 ? x : x === 1 ? y : -1;
  });
}

function concat(shapes: readonly (readonly number[])[], axis: number): readonly number[] {
  const first = shapes[0] ?? [];
  const fits = shapes.every((s) => s.length === first.length && s.every((d, i) => i === axis || d === first[i]));
  if (!fits) return [-1];
  return first.map((d, i) => (i === axis ? shapes.reduce((sum, s) => sum + s[axis]!, 0) : d));
}
