// Runs a memory plan for real (ARCHITECTURE.md, decision 2): one SRAM byte array the size of the
// plan's arena; every activation is a typed view at its planned offset and the kernels compute in
// place there. A planner bug (two live buffers sharing bytes) corrupts outputs, which the tests
// compare with the reference executor byte for byte. Debug mode also checks, op by op, that no
// byte outside the op's own output (and scratch) changed.

import { UserError } from '../errors.ts';
import type { PreparedOp } from '../kernels/kernel.ts';
import { kernelFor } from '../kernels/registry.ts';
import { allocateTensorData, decodeConstant } from '../model/tensor-data.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';
import { DTYPE_BYTES, NO_TENSOR, elementCount, type Graph, type Op, type Tensor } from '../model/graph.ts';
import { fusePads } from '../schedule/fuse-pads.ts';
import type { MemoryPlan, PlannedBuffer } from '../schedule/planner.ts';

export interface SimulationOptions {
  /** Check after every op that only its output and scratch bytes changed (slow; for tests). */
  readonly checkWrites?: boolean;
}

export interface SimulationResult {
  readonly outputs: TensorData[];
  /** Size of the simulated SRAM array: the plan's arena. */
  readonly sramBytes: number;
}

type ViewCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TensorData;
const VIEW_OF: Partial<Record<Tensor['dtype'], ViewCtor>> = {
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
};

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

/** Places every planned tensor as a typed view into `sram`. */
function placeTensors(graph: Graph, buffers: readonly PlannedBuffer[], sram: ArrayBuffer): Map<number, TensorView> {
  const views = new Map<number, TensorView>();
  for (const b of buffers) {
    for (const id of b.tensors) {
      const t = graph.tensors[id]!;
      const ctor = VIEW_OF[t.dtype];
      const length = elementCount(t.shape);
      if (ctor === undefined) throw new UserError(`tensor ${id} (${t.name}) has type ${t.dtype}, which the simulator cannot place`);
      const bytes = length * DTYPE_BYTES[t.dtype];
      if (b.offset % DTYPE_BYTES[t.dtype] !== 0 || b.offset + bytes > sram.byteLength || bytes > b.size) {
        throw new Error(`plan places tensor ${id} (${bytes} B of ${t.dtype}) at offset ${b.offset} in a ${b.size}-B buffer of a ${sram.byteLength}-B arena`);
      }
      views.set(id, { data: new ctor(sram, b.offset, length), box: wholeBox(t.shape) });
    }
  }
  return views;
}

export function simulatePlan(graph: Graph, plan: MemoryPlan, inputs: readonly TensorData[], options: SimulationOptions = {}): SimulationResult {
  const { run: runGraph, planned, opOf } = executableGraph(graph, plan);
  const sram = new ArrayBuffer(plan.arenaBytes);
  const bytes = new Uint8Array(sram);
  const views = placeTensors(runGraph, plan.buffers.filter((b) => b.scratchForOp === null), sram);
  const scratchOf = new Map(plan.buffers.filter((b) => b.scratchForOp !== null).map((b) => [b.scratchForOp!, b]));

  // Tensors outside the arena: constants, and I/O the application keeps (a folded float input or
  // output) live on the heap.
  const heapView = (t: Tensor): TensorView => {
    const existing = views.get(t.id);
    if (existing) return existing;
    const view = { data: t.data !== null ? decodeConstant(t) : allocateTensorData(t.dtype, elementCount(t.shape)), box: wholeBox(t.shape) };
    views.set(t.id, view);
    return view;
  };
  if (inputs.length !== runGraph.inputs.length) throw new UserError(`the model has ${runGraph.inputs.length} inputs, ${inputs.length} were given`);
  runGraph.inputs.forEach((id, i) => heapView(runGraph.tensors[id]!).data.set(inputs[i]! as never));

  const folded = new Set(plan.foldedOps);
  const inPlace = new Set(plan.inPlaceOps);
  // Planned op index → the op to run; fused PADs drop out.
  const steps = executionOrder(planned, plan).flatMap((k) => {
    const op = opOf(k);
    return op === null ? [] : [{ k, op }];
  });
  const liveness = options.checkWrites ? new LiveTensors(runGraph, steps.map((s) => s.op), plan.buffers, views) : null;
  for (const { k, op } of steps) {
    liveness?.checkOutput(op, inPlace.has(k));
    const outputTensor = runGraph.tensors[op.outputs[0]!]!;
    const input = op.inputList.map((id) => (id === NO_TENSOR ? null : heapView(runGraph.tensors[id]!)));
    const output = heapView(outputTensor);
    const aliased = sharesBytes(input[0] ?? null, output);
    if (folded.has(k) && aliased && (op.kind === 'RESHAPE' || op.kind === 'SQUEEZE')) continue; // a view: nothing moves
    const kernel = kernelFor(op)(op, runGraph);
    const scratch = scratchOf.get(k);
    const guard = options.checkWrites ? snapshotOutside(bytes, output, scratch) : null;
    if (inPlace.has(k) && op.kind === 'DEPTHWISE_CONV_2D') {
      runDepthwiseInPlace(kernel, input, output, op.inputs.input, scratch ? new Int8Array(sram, scratch.offset, scratch.size) : null);
    } else if (aliased && !inPlace.has(k)) {
      // Folded but not a view (e.g. a TRANSPOSE TinyEngine skips): compute aside, then copy over.
      const aside = { data: allocateTensorData(outputTensor.dtype, output.data.length), box: output.box };
      kernel.run(input, aside, output.box);
      output.data.set(aside.data as never);
    } else {
      kernel.run(input, output, output.box);
    }
    if (guard) guard(op);
    liveness?.retire(op);
  }
  return { outputs: runGraph.outputs.map((id) => heapView(runGraph.tensors[id]!).data.slice()), sramBytes: plan.arenaBytes };
}

function sharesBytes(a: TensorView | null, b: TensorView): boolean {
  return a !== null && a.data.buffer === b.data.buffer && a.data.byteOffset === b.data.byteOffset;
}

/**
 * Depthwise with its output on top of its input: channel by channel, copy the input plane out,
 * then compute that output channel from the copy. In NHWC, output channel c only lands on bytes
 * that hold channel c of the input, whatever the stride, so later channels stay intact.
 */
function runDepthwiseInPlace(
  kernel: PreparedOp, inputs: readonly (TensorView | null)[], output: TensorView, inputId: number, planeScratch: Int8Array | null,
): void {
  const slot = kernel.op.inputList.indexOf(inputId);
  const source = inputs[slot]!;
  const [n, h, w, c] = source.box.size as [number, number, number, number];
  // The plane lives in the plan's scratch buffer when it has one (tinygate), else on the heap
  // (TinyEngine keeps it in a static buffer outside the arena).
  const plane = planeScratch !== null && planeScratch.length >= n * h * w
    ? planeScratch.subarray(0, n * h * w)
    : allocateTensorData('int8', n * h * w) as Int8Array;
  const planeInputs = [...inputs];
  const [on, oh, ow] = output.box.size as [number, number, number, number];
  for (let ch = 0; ch < c; ch++) {
    for (let i = 0, j = ch; i < plane.length; i++, j += c) plane[i] = source.data[j]!;
    planeInputs[slot] = { data: plane, box: { start: [0, 0, 0, ch], size: [n, h, w, 1] } };
    kernel.run(planeInputs, output, { start: [0, 0, 0, ch], size: [on, oh, ow, 1] });
  }
}

/**
 * The arena tensors alive between ops, so debug mode can check that an op's output does not land
 * on a tensor still needed: only tensors of the output's own planned buffer (views, in-place
 * aliases) may share its bytes.
 */
class LiveTensors {
  private readonly live = new Set<number>();
  private readonly lastUse = new Map<number, Op>();
  private readonly bufferOf = new Map<number, PlannedBuffer>();

  constructor(private readonly graph: Graph, order: readonly Op[], buffers: readonly PlannedBuffer[], private readonly views: Map<number, TensorView>) {
    for (const b of buffers) for (const t of b.tensors) this.bufferOf.set(t, b);
    for (const op of order) for (const id of op.inputList) this.lastUse.set(id, op);
    for (const id of graph.inputs) this.live.add(id);
  }

  /** `inPlace`: the plan runs this op over its own input, so overlapping its inputs is intended. */
  checkOutput(op: Op, inPlace: boolean): void {
    const out = op.outputs[0]!;
    const mine = this.bufferOf.get(out);
    const view = this.views.get(out);
    if (mine === undefined || view === undefined) return;
    const [a0, a1] = [view.data.byteOffset, view.data.byteOffset + view.data.byteLength];
    for (const id of this.live) {
      const other = this.views.get(id);
      if (other === undefined || this.bufferOf.get(id) === undefined || this.bufferOf.get(id) === mine) continue;
      if (inPlace && op.inputList.includes(id)) continue;
      if (other.data.buffer !== view.data.buffer) continue;
      const [b0, b1] = [other.data.byteOffset, other.data.byteOffset + other.data.byteLength];
      if (a0 < b1 && b0 < a1) {
        throw new Error(`op ${op.index} (${op.kind}) writes tensor ${out} at arena bytes ${a0}–${a1}, over live tensor ${id} (${this.graph.tensors[id]!.name}) at ${b0}–${b1}`);
      }
    }
    this.live.add(out);
  }

  retire(op: Op): void {
    for (const id of op.inputList) if (this.lastUse.get(id) === op && !this.graph.outputs.includes(id)) this.live.delete(id);
  }
}

/** Remembers every arena byte outside the op's output and scratch; the returned check compares. */
function snapshotOutside(sram: Uint8Array, output: TensorView, scratch: PlannedBuffer | undefined): (op: Op) => void {
  const before = sram.slice();
  const writable: [number, number][] = [];
  if (output.data.buffer === sram.buffer) writable.push([output.data.byteOffset, output.data.byteOffset + output.data.byteLength]);
  if (scratch) writable.push([scratch.offset, scratch.offset + scratch.size]);
  return (op) => {
    for (let i = 0; i < sram.length; i++) {
      if (sram[i] === before[i] || writable.some(([a, b]) => i >= a && i < b)) continue;
      throw new Error(`op ${op.index} (${op.kind}) wrote arena byte ${i}, outside its output and scratch`);
    }
  };
}
