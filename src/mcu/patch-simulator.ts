// Runs a placed patch schedule for real (ARCHITECTURE.md, decision 2): constants in flash and the
// plan's arena in the simulated SRAM (memory.ts); the split buffer, every tile buffer and every stage-2 tensor is a typed view at its
// planned offset, and runPatches computes there through its allocator hook, with the same windowed
// kernels as per-layer execution. A placement bug (two live buffers sharing bytes) corrupts outputs,
// which the tests compare with the reference executor byte for byte. Debug mode also checks, step by
// step, that no step writes over a live buffer or outside the buffer it writes, and that flash
// stayed intact. Prepare once (memory, views, kernels), run many.

import { UserError } from '../errors.ts';
import { prepareGraph, type PreparedGraph } from '../kernels/executor.ts';
import { kernelSetOf, type KernelSet } from '../kernels/registry.ts';
import { WasmContext } from '../kernels/wasm/context.ts';
import { prepareWasm } from '../kernels/wasm/prepare.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';
import { elementCount, NO_TENSOR, tensorBytes, type Graph, type Tensor } from '../model/graph.ts';
import { activationInputs } from '../schedule/lifetimes.ts';
import type { PatchMemoryPlan } from '../schedule/patch/placement.ts';
import { patchSteps, runPatches, type PatchStep, type StepObserver } from '../schedule/patch/run.ts';
import type { PatchPlan } from '../schedule/patch/plan.ts';
import { constantTensors, createMemory, firstChange, placeInSram, sramEnd, viewAt, type SimulatedMemory } from './memory.ts';
import type { Simulation, SimulationOptions, SimulationResult } from './simulator.ts';

/**
 * Lays out a placed patch schedule in a fresh simulated memory and prepares its kernels, computing
 * the bytes of `kernelSet` (default: those of tinygate's engine, whose schedule this is).
 */
export function preparePatchSimulation(plan: PatchPlan, memory: PatchMemoryPlan, kernelSet: KernelSet = kernelSetOf('tinygate')): Simulation {
  if (memory.plan !== plan) throw new Error('the memory plan was made for another patch plan');
  const { graph } = plan;
  // The wasm kernel where one covers the op, else the JS kernel of the set, prepared before the
  // memory is laid out (their parameters sit below flash); constants are read from flash.
  const ctx = new WasmContext();
  const kernels = prepareGraph(graph, { kernel: (op, g) => prepareWasm(op, g, ctx), kernels: kernelSet });
  // Float I/O the application keeps outside the arena gets buffers in the same memory, so no kernel
  // ever stages a view from the heap (staging could grow the memory and detach every view).
  // A streamed int8 input is the application's image too: runPatches copies its windows into SRAM.
  const applicationTensors = [...memory.applicationTensors, ...memory.streamedInputs].map((id) => graph.tensors[id]!);
  const mem = createMemory(ctx, constantTensors(graph.tensors, graph.ops.flatMap((op) => op.inputList)), memory.arenaBytes,
    applicationTensors.map(tensorBytes));
  const bufferOf = new Map(memory.buffers.flatMap((b) => b.tensors.map((t) => [t, b] as const)));
  const application = new Map(applicationTensors.map((t, i) => [t.id, mem.application[i]!]));

  // The allocator hook: a view at the tensor's planned offset (or application buffer), made once per
  // tensor and size (the same every run).
  const placed = new Map<string, TensorData>();
  const allocate = (tensor: Tensor, elements: number): TensorData => {
    const key = `${tensor.id}:${elements}`;
    let data = placed.get(key);
    if (data !== undefined) return data;
    const b = bufferOf.get(tensor.id);
    if (b === undefined) {
      const address = application.get(tensor.id);
      if (address === undefined) throw new Error(`the memory plan has no buffer for tensor ${tensor.id} (${tensor.name})`);
      const view = viewAt(mem.memory.buffer, tensor.dtype, address, elements);
      if (view === null) throw new UserError(`tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which the simulator cannot place`);
      data = view;
    } else {
      data = placeInSram(mem, tensor, elements, b.offset, b.size);
    }
    placed.set(key, data);
    return data;
  };

  // The application's whole copy of a streamed input (its buffer in `application`).
  const image = (tensor: Tensor, elements: number): TensorData => viewAt(mem.memory.buffer, tensor.dtype, application.get(tensor.id)!, elements)!;

  // An in-place depthwise copies each input channel plane into its planned scratch first.
  const ops = kernels.ops.map((prep, k) => {
    const scratch = memory.buffers.find((b) => b.scratchForOp === k);
    if (!memory.inPlaceOps.includes(k) || prep.op.kind !== 'DEPTHWISE_CONV_2D' || scratch === undefined) return prep;
    const slot = prep.op.inputList.indexOf(prep.op.inputs.input);
    // Made per run: a view made now would detach if the memory grew.
    return { ...prep, run: depthwiseInPlace(prep.run, slot, () => new Int8Array(mem.memory.buffer, mem.sramBase + scratch.offset, scratch.size)) };
  });
  const prepared: PreparedGraph = { ...kernels, ops, constants: mem.constants };
  // runPatches runs a graph from its inputs: here the program's int8 inputs, without the folded
  // QUANTIZE ops (run by the application, writeInput), so the view of the graph only swaps those two lists.
  const program: Graph = { ...graph, inputs: memory.inputs };
  const kept = (k: number): boolean => !memory.foldedInputOps.includes(k);
  const programPlan: PatchPlan = { ...plan, graph: program, stage1: plan.stage1.filter(kept), stage2: plan.stage2.filter(kept) };

  return {
    memory: mem,
    run(inputs, options = {}) {
      if (inputs.length !== graph.inputs.length) throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
      let highWater = 0;
      const wrote = (data: TensorData): void => { highWater = Math.max(highWater, sramEnd(mem, data) ?? 0); };
      const streamed = new Set(memory.streamedInputs);
      const programInputs = memory.inputs.map((t) => writeInput(graph, prepared.ops, memory.foldedInputOps, t, inputs, streamed.has(t) ? image : allocate));
      programInputs.forEach(wrote);
      const check = options.checkWrites ? writeChecker(programPlan, memory, mem, memory.inputs.map((t, i) => [t, programInputs[i]!])) : null;
      const observe: StepObserver = (step, output) => {
        const done = check?.(step, output);
        return () => {
          done?.();
          wrote(output.data);
        };
      };
      const outputs = runPatches({ ...prepared, graph: program }, programPlan, programInputs, allocate, observe, streamed);
      if (options.checkWrites && !mem.flashIntact()) throw new Error('a kernel wrote into flash');
      const result: SimulationResult = { outputs: outputs.map((d) => d.slice()), sramBytes: memory.arenaBytes, highWaterBytes: highWater };
      return result;
    },
  };
}

/** One inference of a placed patch schedule on `inputs` in a fresh simulated memory. */
export function simulatePatchPlan(plan: PatchPlan, memory: PatchMemoryPlan, inputs: readonly TensorData[], options: SimulationOptions = {}): SimulationResult {
  return preparePatchSimulation(plan, memory).run(inputs, options);
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
  // The float input, copied into its application buffer first, is what the kernel reads.
  const sources = quantize.op.inputList.map((id) => {
    if (id === NO_TENSOR) return null;
    const source = graph.tensors[id]!;
    const data = allocate(source, elementCount(source.shape));
    data.set(given(id) as never);
    return { data, box: wholeBox(source.shape) };
  });
  quantize.run(sources, view, view.box);
  return view.data;
}

/**
 * Depthwise with its output over its input window: channel by channel, copy the input plane aside,
 * then compute that output channel from the copy. In NHWC, output channel c only lands on bytes
 * that held input channel c, so later channels stay intact (tinygate.ts).
 */
function depthwiseInPlace(run: PreparedGraph['ops'][number]['run'], slot: number, scratch: () => Int8Array): PreparedGraph['ops'][number]['run'] {
  return (inputs, output, window) => {
    const source = inputs[slot]!;
    const [n, h, w, c] = source.box.size as [number, number, number, number];
    const plane = scratch().subarray(0, n * h * w);
    const planeInputs = [...inputs];
    for (let ch = 0; ch < c; ch++) {
      for (let i = 0, j = ch; i < plane.length; i++, j += c) plane[i] = source.data[j]!;
      planeInputs[slot] = { data: plane, box: { start: [source.box.start[0]!, source.box.start[1]!, source.box.start[2]!, ch], size: [n, h, w, 1] } };
      run(planeInputs, output, { start: [window.start[0]!, window.start[1]!, window.start[2]!, ch], size: [window.size[0]!, window.size[1]!, window.size[2]!, 1] });
    }
  };
}

/**
 * Debug mode. Liveness comes from the executed steps themselves, not from the plan's lifetimes: a
 * value is live from the step that writes it until the last step that reads it before it is written
 * again (a tile is rewritten by the next patch; the split buffer and the input are never rewritten
 * before their last reader). Before a step, its output must not share a byte with another live
 * value; after it, no byte outside its output may have changed.
 */
function writeChecker(plan: PatchPlan, memory: PatchMemoryPlan, mem: SimulatedMemory, inputs: readonly (readonly [number, TensorData])[]): StepObserver {
  const { graph } = plan;
  const inPlace = new Set(memory.inPlaceOps);
  const scratchOf = new Map(memory.buffers.filter((b) => b.scratchForOp !== null).map((b) => [b.scratchForOp!, [b.offset, b.offset + b.size] as const]));
  const steps = patchSteps(plan);
  const retireAfter = retirements(graph, steps);
  const bytes = mem.sram;
  const live = new Map<number, readonly [number, number]>();
  const rangeOf = (d: TensorData): readonly [number, number] | null => {
    const end = sramEnd(mem, d);
    return end === null ? null : [end - d.byteLength, end];
  };
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
        // An in-place op's output lies over the input it consumes.
        if (inPlace.has(op.index) && op.inputList.includes(id)) continue;
        if (id !== t && mine[0] < b1 && b0 < mine[1]) {
          throw new Error(`${where} writes tensor ${t} at arena bytes ${mine[0]}–${mine[1]}, over live tensor ${id} (${graph.tensors[id]!.name}) at ${b0}–${b1}`);
        }
      }
    }
    const before = bytes.slice();
    return () => {
      // Writable: the output, and the op's scratch (the plane copy of an in-place depthwise).
      const writable = [mine ?? [0, 0], scratchOf.get(op.index) ?? [0, 0]].sort((a, b) => a[0] - b[0]);
      let changed: number | null = null;
      let from = 0;
      for (const [w0, w1] of writable) {
        changed ??= firstChange(before, bytes, from, Math.max(from, w0));
        from = Math.max(from, w1);
      }
      changed ??= firstChange(before, bytes, from, bytes.length);
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
