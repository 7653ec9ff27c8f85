// Executing a patch plan: the schedule as a list of steps "op k on window W of patch (i, j)" (stage
// 1, patch by patch) then "op k on its whole output" (stage 2), run with the same windowed kernels
// as the per-layer executor. Because kernels work in global coordinates (ARCHITECTURE.md, decision
// 1), the outputs are byte-identical to per-layer execution; the tests check that they are.
//
// Buffers come from one hook, so the patch simulator (mcu/patch-simulator.ts) places them in its
// SRAM array: the whole split buffer and stage-2 tensors at their full size, and one tile buffer per
// stage-1 tensor, sized for its largest window and reused by every patch.

import { UserError } from '../../errors.ts';
import { elementCount, NO_TENSOR, type Tensor } from '../../model/graph.ts';
import type { PreparedGraph } from '../../kernels/executor.ts';
import { allocateTensorData } from '../../model/tensor-data.ts';
import { boxElements, wholeBox, type Box, type TensorData, type TensorView } from '../../model/view.ts';
import { patchWindow, type PatchPlan } from './plan.ts';

/** One unit of work: op `op` computes `window` of its output, for `patch` (null in stage 2). */
export interface PatchStep {
  readonly op: number;
  readonly patch: readonly [number, number] | null;
  readonly window: Box;
}

/** Provides a buffer of `elements` elements of `tensor`'s dtype (a whole tensor, or a tile of it). */
export type BufferAllocator = (tensor: Tensor, elements: number) => TensorData;

export const heapBufferAllocator: BufferAllocator = (tensor, elements) => allocateTensorData(tensor.dtype, elements);

/** The steps of `plan`, in execution order: patches row-major, then stage 2. */
export function patchSteps(plan: PatchPlan): PatchStep[] {
  const { graph } = plan;
  const steps: PatchStep[] = [];
  for (let i = 0; i < plan.patches[0]; i++) {
    for (let j = 0; j < plan.patches[1]; j++) {
      for (const k of plan.stage1) steps.push({ op: k, patch: [i, j], window: patchWindow(plan, graph.ops[k]!.outputs[0]!, i, j) });
    }
  }
  for (const k of plan.stage2) steps.push({ op: k, patch: null, window: wholeBox(graph.tensors[graph.ops[k]!.outputs[0]!]!.shape) });
  return steps;
}

/**
 * Watches execution (the simulator's debug mode): called before each step with the buffer the step
 * writes; the function it returns runs right after the step.
 */
export type StepObserver = (step: PatchStep, output: TensorView) => () => void;

/**
 * Elements of the tile buffer of stage-1 tensor `t`: its largest executed (clipped) window over all
 * patches, so one buffer serves every patch.
 */
export function tileElements(plan: PatchPlan, t: number): number {
  let capacity = 0;
  const [rows, cols] = plan.tiles.get(t)!;
  for (const r of rows.clipped) for (const c of cols.clipped) capacity = Math.max(capacity, r.size * c.size);
  return capacity * plan.graph.tensors[t]!.shape[3]!;
}

/** Runs `plan` on `inputs` (one per graph input) and returns the graph outputs, as runGraph does. */
export function runPatches(
  prepared: PreparedGraph, plan: PatchPlan, inputs: readonly TensorData[], allocate: BufferAllocator = heapBufferAllocator, observe?: StepObserver,
  streamed: ReadonlySet<number> = new Set(),
): TensorData[] {
  const { graph } = prepared;
  if (prepared.graph !== plan.graph) throw new Error('the patch plan was made for another graph');
  if (inputs.length !== graph.inputs.length) throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
  const views = new Map<number, TensorView>(prepared.constants);
  graph.inputs.forEach((id, n) => {
    const shape = graph.tensors[id]!.shape;
    if (inputs[n]!.length !== elementCount(shape)) throw new UserError(`input ${n} must have ${elementCount(shape)} values, got ${inputs[n]!.length}`);
    views.set(id, { data: inputs[n]!, box: wholeBox(shape) });
  });

  const splitShape = graph.tensors[plan.splitTensor]!.shape;
  const split: TensorView = { data: allocate(graph.tensors[plan.splitTensor]!, elementCount(splitShape)), box: wholeBox(splitShape) };
  views.set(plan.splitTensor, split);
  const tileBuffers = new Map<number, TensorData>();
  for (const k of plan.stage1) {
    const t = graph.ops[k]!.outputs[0]!;
    if (t !== plan.splitTensor) tileBuffers.set(t, allocate(graph.tensors[t]!, tileElements(plan, t)));
  }

  // Streamed inputs: the application copies each patch's window of the image into one tile buffer.
  const streams = graph.inputs.filter((id) => streamed.has(id)).map((id) => ({
    id, image: views.get(id)!.data, shape: graph.tensors[id]!.shape, tile: allocate(graph.tensors[id]!, tileElements(plan, id)),
  }));
  let patch: string | null = null;
  for (const step of patchSteps(plan)) {
    if (step.patch !== null && streams.length > 0 && step.patch.join() !== patch) {
      patch = step.patch.join();
      for (const s of streams) views.set(s.id, copyWindow(s.image, s.shape, patchWindow(plan, s.id, step.patch[0], step.patch[1]), s.tile));
    }
    const prep = prepared.ops[step.op]!;
    const op = prep.op;
    const inputViews = op.inputList.map((id) => {
      if (id === NO_TENSOR) return null;
      const view = views.get(id);
      if (view === undefined) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before any op writes it`);
      return view;
    });
    const t = op.outputs[0]!;
    let output: TensorView;
    if (t === plan.splitTensor) output = split;
    else if (step.patch !== null) output = { data: tileBuffers.get(t)!.subarray(0, boxElements(step.window)), box: step.window };
    else output = { data: allocate(graph.tensors[t]!, boxElements(step.window)), box: step.window };
    const done = observe?.(step, output);
    prep.run(inputViews, output, step.window);
    done?.();
    views.set(t, output);
  }
  return graph.outputs.map((id) => {
    const view = views.get(id);
    if (view === undefined) throw new UserError(`graph output tensor ${id} is never written`);
    return view.data;
  });
}

/** Copies `window` of an NHWC tensor (batch 1) held whole in `image` into `tile`, row by row. */
function copyWindow(image: TensorData, shape: readonly number[], window: Box, tile: TensorData): TensorView {
  const [, width, channels] = [shape[1]!, shape[2]!, shape[3]!];
  const [, r0, c0] = window.start as [number, number, number, number];
  const [, rows, cols] = window.size as [number, number, number, number];
  const data = tile.subarray(0, boxElements(window));
  const rowElements = cols * channels;
  for (let r = 0; r < rows; r++) {
    const from = ((r0 + r) * width + c0) * channels;
    data.set(image.subarray(from, from + rowElements) as never, r * rowElements);
  }
  return { data, box: window };
}
