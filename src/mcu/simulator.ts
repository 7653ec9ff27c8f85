// Runs a per-layer memory plan for real (ARCHITECTURE.md, decision 2): constants in flash, every
// activation a typed view at its planned offset in the simulated SRAM (memory.ts), and the kernels
// compute in place there: the wasm SIMD kernels where they cover an op (kernels/wasm/), the JS
// kernels of the runtime's kernel set (kernels/registry.ts) otherwise. A planner bug (two live
// buffers sharing bytes) corrupts outputs, which the gate and the tests compare with the reference
// executor byte for byte.
//
// Prepare once, run many: the memory, the views, the prepared kernels and each step's buffers are
// made by prepareSimulation; run() only writes the inputs and calls the kernels. Before an op that
// has scratch, the simulator fills the scratch with a pattern (the kernel may use all of it), so a
// scratch buffer planned over a live tensor corrupts outputs too. Checked mode also proves, op by
// op, that no byte outside the op's output and scratch changed and that flash stayed intact; the
// highest SRAM byte any step wrote is the measured high-water mark.

import { UserError } from '../errors.ts';
import type { PreparedOp } from '../kernels/kernel.ts';
import { kernelFor, type KernelSet } from '../kernels/registry.ts';
import { WasmContext } from '../kernels/wasm/context.ts';
import { prepareWasm } from '../kernels/wasm/prepare.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';
import { NO_TENSOR, elementCount, tensorBytes, type Graph, type Op, type Tensor } from '../model/graph.ts';
import { fusePads } from '../schedule/fuse-pads.ts';
import type { MemoryPlan, PlannedBuffer } from '../schedule/planner.ts';
import type { TinyEnginePlan } from '../schedule/tinyengine.ts';
import { constantTensors, createMemory, firstChange, placeInSram, sramEnd, viewAt, type SimulatedMemory } from './memory.ts';

export interface SimulationOptions {
  /** Check after every op that only its output and scratch bytes changed, and flash after the run. */
  readonly checkWrites?: boolean;
}

export interface SimulationResult {
  /** The graph outputs, copied out of the simulated memory. */
  readonly outputs: TensorData[];
  /** Size of the simulated SRAM: the plan's arena plus the runtime's static buffers. */
  readonly sramBytes: number;
  /** One past the highest SRAM byte the run wrote (inputs, outputs of every step, scratch). */
  readonly highWaterBytes: number;
}

/** A plan ready to run: its memory laid out, its kernels prepared. */
export interface Simulation {
  readonly memory: SimulatedMemory;
  run(inputs: readonly TensorData[], options?: SimulationOptions): SimulationResult;
}

/** A byte range of SRAM a step may use besides its output: planned scratch or a runtime's static buffer. */
interface Scratch { readonly offset: number; readonly size: number }

interface Step {
  readonly op: Op;
  readonly kernel: PreparedOp;
  readonly inputs: readonly (TensorView | null)[];
  readonly output: TensorView;
  /** How the output is computed: plainly, skipped (a view), aside then copied, or depthwise in place. */
  readonly mode: 'run' | 'view' | 'aside' | 'depthwise-in-place';
  /** The plan runs this op over its own input. */
  readonly inPlace: boolean;
  readonly scratch: readonly Scratch[];
  readonly aside: TensorData | null;
  /** In-place depthwise: the input slot and the buffer its channel planes are copied through. */
  readonly plane: { readonly slot: number; readonly data: Int8Array } | null;
}

/** Fill for scratch before each op that has one (any fixed pattern works; this one is easy to spot). */
const SCRATCH_FILL = 0xa5;

/**
 * The graph a plan's op indices refer to, and how to find each planned op in it. TinyEngine's plan
 * indexes the stored ops but fuses PADs into convs; tinygate's already indexes the fused graph.
 * Either way the ops to run are those of `fusePads(graph)`, matched by the tensor they write.
 */
function executableGraph(graph: Graph, plan: MemoryPlan): { run: Graph; planned: Graph; opOf: (planned: number) => Op | null } {
  if (plan.runtime === 'tflm' || plan.runtime === 'linear') return { run: graph, planned: graph, opOf: (k) => graph.ops[k]! };
  const fused = fusePads(graph);
  const planned = plan.runtime === 'tinygate' ? fused : graph;
  const byOutput = new Map(fused.ops.map((op) => [op.outputs[0]!, op]));
  return { run: fused, planned, opOf: (k) => byOutput.get(planned.ops[k]!.outputs[0]!) ?? null };
}

/**
 * The plan's steps with its folded ops put back where they take effect: a folded op (the
 * application's QUANTIZE of a float input, a RESHAPE the runtime treats as a view) runs just before
 * the first step that reads its output; the rest (an output DEQUANTIZE) run at the end.
 */
function executionOrder(planned: Graph, plan: MemoryPlan): number[] {
  const folded = new Set(plan.foldedOps);
  const producer = new Map<number, number>();
  for (const op of planned.ops) for (const id of op.outputs) producer.set(id, op.index);
  const order: number[] = [];
  const done = new Set<number>();
  const visit = (k: number): void => {
    if (done.has(k)) return;
    done.add(k);
    for (const id of planned.ops[k]!.inputList) {
      const p = producer.get(id);
      if (p !== undefined && folded.has(p)) visit(p);
    }
    order.push(k);
  };
  for (const k of plan.order) visit(k);
  for (const k of plan.foldedOps) visit(k);
  return order;
}

function isTinyEnginePlan(plan: MemoryPlan): plan is TinyEnginePlan {
  return plan.runtime === 'tinyengine' && 'layerScratch' in plan;
}

/**
 * Lays out `plan` in a fresh simulated memory and prepares every step, computing the bytes of
 * `kernels`: `kernelSetOf(runtime)` of the runtime the plan is run for (a plan's own `runtime` names
 * its planner, which `tflm` and `tflm-reference` share).
 */
export function prepareSimulation(graph: Graph, plan: MemoryPlan, kernels: KernelSet): Simulation {
  const { run: runGraph, planned, opOf } = executableGraph(graph, plan);
  // TinyEngine's sbuf and kbuf are static buffers of their own; they sit right after the arena.
  const te = isTinyEnginePlan(plan) ? plan : null;
  const sramBytes = plan.arenaBytes + (te === null ? 0 : te.sbufBytes + te.kbufBytes);
  const steps = executionOrder(planned, plan).flatMap((k) => {
    const op = opOf(k);
    return op === null ? [] : [{ k, op }];
  });
  // The wasm kernel where one covers the op, else the JS kernel of the set; both prepared once.
  const ctx = new WasmContext();
  const opKernels = steps.map(({ op }) => prepareWasm(op, runGraph, ctx) ?? kernelFor(op, kernels)(op, runGraph));

  // Layout, in numbers first (views are made once the memory stops growing).
  const bufferOf = new Map<number, PlannedBuffer>();
  for (const b of plan.buffers) if (b.scratchForOp === null) for (const id of b.tensors) bufferOf.set(id, b);
  const scratchOf = new Map(plan.buffers.filter((b) => b.scratchForOp !== null).map((b) => [b.scratchForOp!, b]));
  const folded = new Set(plan.foldedOps);
  const inPlace = new Set(plan.inPlaceOps);
  const isConstant = (id: number): boolean => runGraph.tensors[id]!.data !== null;
  const application: { bytes: number }[] = [];
  const applicationBuffer = (bytes: number): number => application.push({ bytes }) - 1;
  // I/O the application keeps outside the arena (a folded float input or output).
  const applicationTensor = new Map<number, number>();
  for (const { op } of steps) {
    for (const id of [...op.inputList, op.outputs[0]!]) {
      if (id === NO_TENSOR || isConstant(id) || bufferOf.has(id) || applicationTensor.has(id)) continue;
      applicationTensor.set(id, applicationBuffer(tensorBytes(runGraph.tensors[id]!)));
    }
  }
  const layouts = steps.map(({ k, op }) => {
    const input0 = bufferOf.get(op.inputList[0] ?? NO_TENSOR);
    const out = bufferOf.get(op.outputs[0]!);
    const aliased = input0 !== undefined && out !== undefined && input0.offset === out.offset;
    const scratch: Scratch[] = [];
    const planned = scratchOf.get(k);
    if (planned !== undefined) scratch.push({ offset: planned.offset, size: planned.size });
    const layer = te?.layerScratch.get(k);
    if (te !== null && layer !== undefined) {
      if (layer.sbuf > 0) scratch.push({ offset: plan.arenaBytes, size: layer.sbuf });
      if (layer.kbuf > 0) scratch.push({ offset: plan.arenaBytes + te.sbufBytes, size: layer.kbuf });
    }
    const planeSlot = inPlace.has(k) && op.kind === 'DEPTHWISE_CONV_2D' ? op.inputList.indexOf(op.inputs.input) : -1;
    const mode: Step['mode'] = folded.has(k) && aliased && (op.kind === 'RESHAPE' || op.kind === 'SQUEEZE') ? 'view'
      : planeSlot >= 0 ? 'depthwise-in-place'
        : aliased && !inPlace.has(k) ? 'aside' : 'run';
    // Folded but not a view (e.g. a TRANSPOSE TinyEngine skips): computed aside, then copied over.
    const aside = mode === 'aside' ? applicationBuffer(tensorBytes(runGraph.tensors[op.outputs[0]!]!)) : null;
    // The channel plane of an in-place depthwise: in the op's scratch when it has one big enough
    // (tinygate's planned scratch, TinyEngine's sbuf), else an application buffer.
    let plane: { slot: number; bytes: number; at: number | null; app: number | null } | null = null;
    if (planeSlot >= 0) {
      const [n, h, w] = runGraph.tensors[op.inputList[planeSlot]!]!.shape as [number, number, number];
      const bytes = n * h * w;
      plane = scratch[0] !== undefined && scratch[0].size >= bytes
        ? { slot: planeSlot, bytes, at: scratch[0].offset, app: null }
        : { slot: planeSlot, bytes, at: null, app: applicationBuffer(bytes) };
    }
    return { k, op, mode, scratch, aside, plane };
  });

  const mem = createMemory(ctx, constantTensors(runGraph.tensors, steps.flatMap((s) => s.op.inputList)), sramBytes, application.map((a) => a.bytes));
  const views = new Map<number, TensorView>(mem.constants);
  const viewOf = (id: number): TensorView => {
    let view = views.get(id);
    if (view === undefined) {
      const t = runGraph.tensors[id]!;
      const b = bufferOf.get(id);
      const data = b !== undefined
        ? placeInSram(mem, t, elementCount(t.shape), b.offset, b.size)
        : applicationView(mem, t.dtype, mem.application[applicationTensor.get(id)!]!, elementCount(t.shape));
      views.set(id, (view = { data, box: wholeBox(t.shape) }));
    }
    return view;
  };
  const prepared: Step[] = layouts.map(({ k, op, mode, scratch, aside, plane }, i) => {
    const output = viewOf(op.outputs[0]!);
    return {
      op, kernel: opKernels[i]!, inputs: op.inputList.map((id) => (id === NO_TENSOR ? null : viewOf(id))), output, mode, inPlace: inPlace.has(k), scratch,
      aside: aside === null ? null : applicationView(mem, runGraph.tensors[op.outputs[0]!]!.dtype, mem.application[aside]!, output.data.length),
      plane: plane === null ? null : {
        slot: plane.slot,
        data: new Int8Array(mem.memory.buffer, plane.at !== null ? mem.sramBase + plane.at : mem.application[plane.app!]!, plane.bytes),
      },
    };
  });
  const inputViews = runGraph.inputs.map(viewOf);
  const outputViews = runGraph.outputs.map(viewOf);

  return {
    memory: mem,
    run(inputs, options = {}) {
      if (inputs.length !== inputViews.length) throw new UserError(`the model has ${inputViews.length} inputs, ${inputs.length} were given`);
      let highWater = 0;
      const wrote = (end: number | null): void => { if (end !== null && end > highWater) highWater = end; };
      inputViews.forEach((view, i) => {
        view.data.set(inputs[i]! as never);
        wrote(sramEnd(mem, view.data));
      });
      const liveness = options.checkWrites ? new LiveTensors(runGraph, prepared, plan.buffers, mem.sramBase) : null;
      for (const step of prepared) {
        liveness?.checkOutput(step);
        if (step.mode === 'view') continue;
        for (const s of step.scratch) {
          mem.sram.fill(SCRATCH_FILL, s.offset, s.offset + s.size);
          wrote(s.offset + s.size);
        }
        const guard = options.checkWrites ? snapshotOutside(mem, step) : null;
        if (step.mode === 'depthwise-in-place') runDepthwiseInPlace(step);
        else if (step.mode === 'aside') {
          step.kernel.run(step.inputs, { data: step.aside!, box: step.output.box }, step.output.box);
          step.output.data.set(step.aside! as never);
        } else step.kernel.run(step.inputs, step.output, step.output.box);
        wrote(sramEnd(mem, step.output.data));
        guard?.();
        liveness?.retire(step.op);
      }
      if (options.checkWrites && !mem.flashIntact()) throw new Error('a kernel wrote into flash');
      return { outputs: outputViews.map((v) => v.data.slice()), sramBytes, highWaterBytes: highWater };
    },
  };
}

/** One inference of `plan` on `inputs` in a fresh simulated memory. */
export function simulatePlan(graph: Graph, plan: MemoryPlan, kernels: KernelSet, inputs: readonly TensorData[], options: SimulationOptions = {}): SimulationResult {
  return prepareSimulation(graph, plan, kernels).run(inputs, options);
}

function applicationView(mem: SimulatedMemory, dtype: Tensor['dtype'], address: number, elements: number): TensorData {
  const view = viewAt(mem.memory.buffer, dtype, address, elements);
  if (view === null) throw new UserError(`tensors of type ${dtype} cannot be computed`);
  return view;
}

/**
 * Depthwise with its output on top of its input: channel by channel, copy the input plane out,
 * then compute that output channel from the copy. In NHWC, output channel c only lands on bytes
 * that hold channel c of the input, whatever the stride, so later channels stay intact.
 */
function runDepthwiseInPlace(step: Step): void {
  const { kernel, inputs, output } = step;
  const { slot, data: plane } = step.plane!;
  const source = inputs[slot]!;
  const [n, h, w, c] = source.box.size as [number, number, number, number];
  const planeInputs = [...inputs];
  const [on, oh, ow] = output.box.size as [number, number, number, number];
  for (let ch = 0; ch < c; ch++) {
    for (let i = 0, j = ch; i < plane.length; i++, j += c) plane[i] = source.data[j]!;
    planeInputs[slot] = { data: plane, box: { start: [0, 0, 0, ch], size: [n, h, w, 1] } };
    kernel.run(planeInputs, output, { start: [0, 0, 0, ch], size: [on, oh, ow, 1] });
  }
}

/**
 * The arena tensors alive between ops, so checked mode can check that an op's output does not land
 * on a tensor still needed: only tensors of the output's own planned buffer (views, in-place
 * aliases) may share its bytes.
 */
class LiveTensors {
  private readonly live = new Set<number>();
  private readonly lastUse = new Map<number, Op>();
  private readonly bufferOf = new Map<number, PlannedBuffer>();
  private readonly views = new Map<number, TensorView>();

  constructor(private readonly graph: Graph, steps: readonly Step[], buffers: readonly PlannedBuffer[], private readonly sramBase: number) {
    for (const b of buffers) for (const t of b.tensors) this.bufferOf.set(t, b);
    for (const { op, inputs, output } of steps) {
      op.inputList.forEach((id, i) => {
        this.lastUse.set(id, op);
        if (inputs[i] !== null) this.views.set(id, inputs[i]!);
      });
      this.views.set(op.outputs[0]!, output);
    }
    for (const id of graph.inputs) this.live.add(id);
  }

  /** An in-place op runs over its own input, so overlapping its inputs is intended. */
  checkOutput(step: Step): void {
    const { op, inPlace } = step;
    const out = op.outputs[0]!;
    const mine = this.bufferOf.get(out);
    const view = step.output;
    if (mine === undefined) return;
    const [a0, a1] = [view.data.byteOffset, view.data.byteOffset + view.data.byteLength];
    for (const id of this.live) {
      const other = this.views.get(id);
      if (other === undefined || this.bufferOf.get(id) === undefined || this.bufferOf.get(id) === mine) continue;
      if (inPlace && op.inputList.includes(id)) continue;
      if (other.data.buffer !== view.data.buffer) continue;
      const [b0, b1] = [other.data.byteOffset, other.data.byteOffset + other.data.byteLength];
      if (a0 < b1 && b0 < a1) {
        const at = (x: number, y: number): string => `${x - this.sramBase}–${y - this.sramBase}`;
        throw new Error(`op ${op.index} (${op.kind}) writes tensor ${out} at arena bytes ${at(a0, a1)}, over live tensor ${id} (${this.graph.tensors[id]!.name}) at ${at(b0, b1)}`);
      }
    }
    this.live.add(out);
  }

  retire(op: Op): void {
    for (const id of op.inputList) if (this.lastUse.get(id) === op && !this.graph.outputs.includes(id)) this.live.delete(id);
  }
}

/** Remembers every SRAM byte outside the step's output and scratch; the returned check compares. */
function snapshotOutside(mem: SimulatedMemory, step: Step): () => void {
  const before = mem.sram.slice();
  const writable: [number, number][] = step.scratch.map((s) => [s.offset, s.offset + s.size]);
  const end = sramEnd(mem, step.output.data);
  if (end !== null) writable.push([end - step.output.data.byteLength, end]);
  writable.sort((a, b) => a[0] - b[0]);
  return () => {
    let from = 0;
    for (const [a, b] of [...writable, [mem.sramBytes, mem.sramBytes] as [number, number]]) {
      const changed = firstChange(before, mem.sram, from, Math.max(from, a));
      if (changed !== null) throw new Error(`op ${step.op.index} (${step.op.kind}) wrote arena byte ${changed}, outside its output and scratch`);
      from = Math.max(from, b);
    }
  };
}
