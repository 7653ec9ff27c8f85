// The reference executor: per-layer inference, every window the whole tensor. It defines what the
// scheduled and simulated runs must reproduce bit for bit. Buffers come from an `Allocator`, so the
// simulator can later place them in its SRAM array instead of the JS heap. Each activation is
// dropped after the last op that reads it, so the heap holds what a per-layer arena holds (the
// plan's live set), not the sum of all tensors. O(ops + operands).

import { UserError } from '../errors.ts';
import type { Graph, Op, Tensor } from '../model/graph.ts';
import { elementCount, NO_TENSOR } from '../model/graph.ts';
import type { PreparedOp } from './kernel.ts';
import { kernelFor, type KernelSet } from './registry.ts';
import { allocateTensorData, decodeConstant, TYPED_ARRAY_OF } from '../model/tensor-data.ts';
import type { TensorData, TensorView } from '../model/view.ts';
import { wholeBox } from '../model/view.ts';

export interface PreparedGraph {
  readonly graph: Graph;
  /** One per op, in execution order. */
  readonly ops: readonly PreparedOp[];
  /** Whole-tensor views of every constant an op reads, decoded once. */
  readonly constants: ReadonlyMap<number, TensorView>;
  /** Per op: the activations whose last reader it is (graph outputs are never released). */
  readonly releaseAfter: readonly (readonly number[])[];
}

/** Provides the buffer of a non-constant tensor: `elementCount(shape)` elements of its dtype. */
export type Allocator = (tensor: Tensor) => TensorData;

export const heapAllocator: Allocator = (tensor) => allocateTensorData(tensor.dtype, elementCount(tensor.shape));

export interface PrepareGraphOptions {
  /**
   * Tried first for every op (the wasm kernels, src/kernels/wasm/); null means "not covered" and the
   * op gets its JS kernel.
   */
  readonly kernel?: (op: Op, graph: Graph) => PreparedOp | null;
  /** Whose bytes the JS kernels compute (`kernelSetOf(runtime)`); default TFLM's reference kernels. */
  readonly kernels?: KernelSet;
}

export function prepareGraph(graph: Graph, options: PrepareGraphOptions = {}): PreparedGraph {
  const constants = new Map<number, TensorView>();
  const ops = graph.ops.map((op) => {
    const prepared = options.kernel?.(op, graph) ?? kernelFor(op, options.kernels ?? 'reference')(op, graph);
    for (const id of op.inputList) {
      const t = graph.tensors[id];
      if (t !== undefined && t.data !== null && !constants.has(id)) {
        constants.set(id, { data: decodeConstant(t), box: wholeBox(t.shape) });
      }
    }
    return prepared;
  });
  return { graph, ops, constants, releaseAfter: lastReaders(graph) };
}

function lastReaders(graph: Graph): number[][] {
  const last = new Map<number, number>();
  graph.ops.forEach((op, i) => {
    for (const id of [...op.inputList, ...op.outputs]) if (id !== NO_TENSOR && graph.tensors[id]?.data === null) last.set(id, i);
  });
  for (const id of graph.outputs) last.delete(id);
  const release = graph.ops.map((): number[] => []);
  for (const [id, i] of last) release[i]!.push(id);
  return release;
}

function checkInput(t: Tensor, data: TensorData, position: number): void {
  const expected = TYPED_ARRAY_OF[t.dtype];
  if (expected === undefined || !(data instanceof expected) || data.length !== elementCount(t.shape)) {
    throw new UserError(`input ${position} (${t.name}) must be ${elementCount(t.shape)} ${t.dtype} values of shape [${t.shape.join(', ')}], got ${data.length} in a ${data.constructor.name}`);
  }
}

/** Runs the graph on `inputs` (one per graph input, in order) and returns the graph outputs in order. */
export function runGraph(prepared: PreparedGraph, inputs: readonly TensorData[], allocate: Allocator = heapAllocator): TensorData[] {
  const { graph } = prepared;
  if (inputs.length !== graph.inputs.length) {
    throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
  }
  const buffers = new Map<number, TensorView>(prepared.constants);
  graph.inputs.forEach((id, i) => {
    const t = graph.tensors[id]!;
    checkInput(t, inputs[i]!, i);
    buffers.set(id, { data: inputs[i]!, box: wholeBox(t.shape) });
  });
  prepared.ops.forEach((step, i) => {
    const { op } = step;
    const views = op.inputList.map((id) => {
      if (id === NO_TENSOR) return null;
      const view = buffers.get(id);
      if (view === undefined) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before any op writes it`);
      return view;
    });
    const outputTensor = graph.tensors[op.outputs[0]!]!;
    const output: TensorView = { data: allocate(outputTensor), box: wholeBox(outputTensor.shape) };
    step.run(views, output, output.box);
    buffers.set(outputTensor.id, output);
    for (const id of prepared.releaseAfter[i]!) buffers.delete(id);
  });
  return graph.outputs.map((id) => {
    const view = buffers.get(id);
    if (view === undefined) throw new UserError(`graph output tensor ${id} is never written`);
    return view.data;
  });
}
