// Runs a placed patch schedule for real (ARCHITECTURE.md, decision 2): one SRAM array of the plan's
// arena size; the split buffer, every tile buffer and every stage-2 tensor is a typed view at its
// planned offset, and runPatches computes there through its allocator hook, with the same windowed
// kernels as per-layer execution. A placement bug (two live buffers sharing bytes) corrupts outputs,
// which the tests compare with the reference executor byte for byte. Debug mode also checks, step by
// step, that no step writes over a live buffer or outside the buffer it writes.

import { Buffer } from 'node:buffer';
import { UserError } from '../errors.ts';
import { prepareGraph, type PreparedGraph } from '../kernels/executor.ts';
import { allocateTensorData } from '../model/tensor-data.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';
import { DTYPE_BYTES, elementCount, NO_TENSOR, type Graph, type Tensor } from '../model/graph.ts';
import { activationInputs } from '../schedule/lifetimes.ts';
import type { PatchMemoryPlan } from '../schedule/patch-memory.ts';
import { patchSteps, runPatches, type PatchStep, type StepObserver } from '../schedule/patch-run.ts';
import type { PatchPlan } from '../schedule/patch.ts';
import type { SimulationOptions, SimulationResult } from './simulator.ts';

type ViewCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TensorData;
const VIEW_OF: Partial<Record<Tensor['dtype'], ViewCtor>> = {
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
};

export function simulatePatchPlan(plan: PatchPlan, memory: PatchMemoryPlan, inputs: readonly TensorData[], options: SimulationOptions = {}): SimulationResult {
  if (memory.plan !== plan) throw new Error('the memory plan was made for another patch plan');
  const { graph } = plan;
  if (inputs.length !== graph.inputs.length) throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
  const sram = new ArrayBuffer(memory.arenaBytes);
  const bufferOf = new Map(memory.buffers.flatMap((b) => b.tensors.map((t) => [t, b] as const)));
  const application = new Set(memory.applicationTensors);

  // The allocator hook: a view at the tensor's planned offset; float I/O stays with the application.
  const allocate = (tensor: Tensor, elements: number): TensorData => {
    const b = bufferOf.get(tensor.id);
    if (b === undefined) {
      if (application.has(tensor.id)) return allocateTensorData(tensor.dtype, elements);
      throw new Error(`the memory plan has no buffer for tensor ${tensor.id} (${tensor.name})`);
    }
    const ctor = VIEW_OF[tensor.dtype];
    if (ctor === undefined) throw new UserError(`tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which the simulator cannot place`);
    const bytes = elements * DTYPE_BYTES[tensor.dtype];
    if (b.offset % DTYPE_BYTES[tensor.dtype] !== 0 || bytes > b.size || b.offset + bytes > sram.byteLength) {
      throw new Error(`plan places tensor ${tensor.id} (${bytes} B of ${tensor.dtype}) at offset ${b.offset} in a ${b.size}-B buffer of a ${sram.byteLength}-B arena`);
    }
    return new ctor(sram, b.offset, elements);
  };

  const prepared = prepareGraph(graph);
  const programInputs = memory.inputs.map((t) => writeInput(graph, prepared.ops, memory.foldedInputOps, t, inputs, allocate));
  // runPatches runs a graph from its inputs: here the program's int8 inputs, without the folded
  // QUANTIZE ops (already run above), so the view of the graph only swaps those two lists.
  const program: Graph = { ...graph, inputs: memory.inputs };
  const kept = (k: number): boolean => !memory.foldedInputOps.includes(k);
  const programPlan: PatchPlan = { ...plan, graph: program, stage1: plan.stage1.filter(kept), stage2: plan.stage2.filter(kept) };
  const observe = options.checkWrites ? writeChecker(programPlan, sram, memory.inputs.map((t, i) => [t, programInputs[i]!])) : undefined;
  const outputs = runPatches({ ...prepared, graph: program }, programPlan, programInputs, allocate, observe);
  return { outputs: outputs.map((d) => d.slice()), sramBytes: memory.arenaBytes };
}

/**
 * The application's part: copy an int8 model input into its arena buffer, or quantize a float one
 * there with the graph's own QUANTIZE kernel, once for the whole image.
 */
function writeInput(
  graph: Graph, ops: PreparedGraph['ops'], folded: readonly number[], t: number,
  inputs: readonly TensorData[], allocate: (tensor: Tensor, elements: number) => TensorData,
): TensorData {
  const tensor = graph.tensors[t]!;
  const view: TensorView = { data: allocate(tensor, elementCount(tensor.shape)), box: wholeBox(tensor.shape) };
  const given = (id: number): TensorData => {
    const data = inputs[graph.inputs.indexOf(id)]!;
    const expected = elementCount(graph.tensors[id]!.shape);
    if (data.length !== expected) throw new UserError(`input ${graph.inputs.indexOf(id)} must have ${expected} values, got ${data.length}`);
    return data;
  };
  if (graph.inputs.includes(t)) {
    view.data.set(given(t) as never);
    return view.data;
  }
  const quantize = ops[folded.find((k) => graph.ops[k]!.outputs[0] === t)!]!;
  const sources = quantize.op.inputList.map((id) => (id === NO_TENSOR ? null : { data: given(id), box: wholeBox(graph.tensors[id]!.shape) }));
  quantize.run(sources, view, view.box);
  return view.data;
}

/**
 * Debug mode. Liveness comes from the executed steps themselves, not from the plan's lifetimes: a
 * value is live from the step that writes it until the last step that reads it before it is written
 * again (a tile is rewritten by the next patch; the split buffer and the input are never rewritten
 * before their last reader). Before a step, its output must not share a byte with another live
 * value; after it, no byte outside its output may have changed.
 */
function writeChecker(plan: PatchPlan, sram: ArrayBuffer, inputs: readonly (readonly [number, TensorData])[]): StepObserver {
  const { graph } = plan;
  const steps = patchSteps(plan);
  const retireAfter = retirements(graph, steps);
  const bytes = new Uint8Array(sram);
  const live = new Map<number, readonly [number, number]>();
  const rangeOf = (d: TensorData): readonly [number, number] | null => (d.buffer === sram ? [d.byteOffset, d.byteOffset + d.byteLength] : null);
  for (const [t, data] of inputs) {
    const r = rangeOf(data);
    if (r !== null) live.set(t, r);
  }
  let index = 0;
  return (step, output) => {
    const op = graph.ops[step.op]!;
    const t = op.outputs[0]!;
    const where = `step ${index} (op ${op.index} ${op.kind}${step.patch === null ? '' : `, patch ${step.patch.join(',')}`})`;
    const mine = rangeOf(output.data);
    if (mine !== null) {
      for (const [id, [b0, b1]] of live) {
        if (id !== t && mine[0] < b1 && b0 < mine[1]) {
          throw new Error(`${where} writes tensor ${t} at arena bytes ${mine[0]}–${mine[1]}, over live tensor ${id} (${graph.tensors[id]!.name}) at ${b0}–${b1}`);
        }
      }
    }
    const before = bytes.slice();
    return () => {
      const [a0, a1] = mine ?? [0, 0];
      const changed = firstChange(before, bytes, 0, a0) ?? firstChange(before, bytes, a1, bytes.length);
      if (changed !== null) throw new Error(`${where} wrote arena byte ${changed}, outside its output`);
      if (mine !== null) live.set(t, mine);
      for (const id of retireAfter[index]!) live.delete(id);
      index++;
    };
  };
}

/** Per step, the values whose last read (before their next write) it is; graph outputs never retire. */
function retirements(graph: Graph, steps: readonly PatchStep[]): number[][] {
  const readLater = new Set(graph.outputs);
  const out: number[][] = new Array(steps.length);
  for (let g = steps.length - 1; g >= 0; g--) {
    const op = graph.ops[steps[g]!.op]!;
    const reads = activationInputs(graph, op);
    out[g] = reads.filter((t) => !readLater.has(t));
    readLater.delete(op.outputs[0]!);
    for (const t of reads) readLater.add(t);
  }
  return out;
}

/** First index in [from, to) where `a` and `b` differ, or null; the native compare keeps debug mode fast. */
function firstChange(a: Uint8Array, b: Uint8Array, from: number, to: number): number | null {
  if (to <= from || Buffer.from(a.buffer, a.byteOffset + from, to - from).equals(Buffer.from(b.buffer, b.byteOffset + from, to - from))) return null;
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return i;
  return null;
}
