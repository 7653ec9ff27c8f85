// Placing a patch-based schedule in the arena (ARCHITECTURE.md, decision 2): every buffer runPatches
// asks for gets an offset, so the simulator can run the schedule in one SRAM array and the peak is a
// placed arena, not a live-set count.
//
// The timeline buffers live on is the stage-1 ops of ONE patch, then stage 2 per layer. Patches run
// one after another and a tile is only read inside its own patch, so the tile lifetimes of one patch
// describe every patch; what outlives a patch is alive across the whole of stage 1:
//  - the split buffer: every patch writes its window, so it is alive from step 0 to its last reader
//    in stage 2 (to the end when it is a graph output);
//  - the int8 model input: every patch reads its own window of it, so it stays resident and whole
//    through stage 1 (tinygate's convention, as in live-set.ts; a float input's QUANTIZE is left to
//    the application, which writes the int8 input into the arena once: int8IoProgram);
//  - one tile buffer per other stage-1 tensor, sized for its largest executed (clipped) window
//    (tileElements, exactly what runPatches allocates), alive from its writer to its last reader in
//    the patch;
//  - stage-2 tensors: plain per-layer lifetimes (no views or in-place ops yet).
// placeablePatchPlan fuses PADs into convs first, as tinygate's per-layer plan does.
// In place (as tinygate's per-layer plan, tinygate.ts): a depthwise conv with one output channel
// per input channel writes over its input when that input is read for the last time, one channel
// at a time through a plane copy (its scratch, placed here); an elementwise op writes over an
// operand with the same window. In stage 1 both are tiles (the split buffer and the model input
// are never overwritten there); in stage 2 both are whole tensors, the split buffer included.
// The other windowed kernels need no scratch.

import { DTYPE_BYTES, tensorBytes, type Graph } from '../../model/graph.ts';
import { activationInputs, int8IoProgram } from '../lifetimes.ts';
import { tileElements } from './run.ts';
import { fusePads } from '../fuse-pads.ts';
import { planPatches, type PatchPlan, type PatchRequest, type Span } from './plan.ts';
import { extent, liveLowerBound, type BufferRequest, type PlannedBuffer } from '../planner.ts';
import { PLACERS, TINYGATE_ALIGNMENT } from '../tinygate.ts';
import { alignUp } from '../../align.ts';


/** What a buffer holds: a resident model input, the split tensor, one tile reused by every patch, or a stage-2 tensor. */
export type PatchBufferRole = 'input' | 'split' | 'tile' | 'tensor' | 'scratch';

export interface PatchBuffer extends PlannedBuffer {
  readonly role: PatchBufferRole;
}

export interface PatchMemoryPlan {
  readonly plan: PatchPlan;
  /** QUANTIZE ops of float model inputs: the application runs them once, before stage 1, into the arena. */
  readonly foldedInputOps: readonly number[];
  /** Tensors resident before step 0 (the int8 model inputs the application writes). */
  readonly inputs: readonly number[];
  /**
   * Model inputs the application streams: instead of holding them whole in the arena, it copies
   * each patch's window into a tile buffer before the patch runs (inputs stage 2 does not read).
   */
  readonly streamedInputs: readonly number[];
  /** Float model I/O the application holds outside the arena (inputs of folded QUANTIZEs, outputs of folded DEQUANTIZEs). */
  readonly applicationTensors: readonly number[];
  /** Op indices per step: stage 1 of one patch (positions 0..stage1Steps − 1), then stage 2. */
  readonly steps: readonly number[];
  readonly stage1Steps: number;
  readonly buffers: readonly PatchBuffer[];
  /** Ops whose output takes over an input's buffer (depthwise ones through their plane scratch). */
  readonly inPlaceOps: readonly number[];
  /** Bytes from the arena start to the end of the highest buffer. */
  readonly arenaBytes: number;
}

interface Request extends BufferRequest {
  readonly tensor: number;
  readonly role: PatchBufferRole;
}

/** Buffer requests over the one-patch timeline (see the header). */
function patchRequests(plan: PatchPlan, io: ReturnType<typeof int8IoProgram>, stage1: readonly number[], steps: readonly number[], streamed: ReadonlySet<number>): Request[] {
  const { graph, splitTensor } = plan;
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const touch = (t: number, step: number): void => {
    if (!first.has(t)) first.set(t, step);
    last.set(t, Math.max(last.get(t) ?? step, step));
  };
  for (const t of io.inputs) touch(t, 0);
  const readInStage1 = new Set<number>();
  steps.forEach((k, step) => {
    const op = graph.ops[k]!;
    for (const t of activationInputs(graph, op)) {
      touch(t, step);
      if (step < stage1.length) readInStage1.add(t);
    }
    touch(op.outputs[0]!, step);
  });
  const end = steps.length - 1;
  for (const t of io.outputs) touch(t, end);
  const application = new Set(applicationTensors(graph, io));
  const tiles = new Set(stage1.map((k) => graph.ops[k]!.outputs[0]!).filter((t) => t !== splitTensor));
  const requests: Request[] = [];
  for (const [t, firstStep] of first) {
    if (application.has(t)) continue;
    const tensor = graph.tensors[t]!;
    if (t === splitTensor) {
      requests.push({ tensor: t, role: 'split', size: alignUp(tensorBytes(tensor), TINYGATE_ALIGNMENT), firstStep: 0, lastStep: last.get(t)! });
    } else if (tiles.has(t) || streamed.has(t)) {
      // A streamed input's tile is written by the application before each patch's first step.
      requests.push({ tensor: t, role: 'tile', size: alignUp(tileElements(plan, t) * DTYPE_BYTES[tensor.dtype], TINYGATE_ALIGNMENT), firstStep: streamed.has(t) ? 0 : firstStep, lastStep: last.get(t)! });
    } else {
      const input = io.inputs.includes(t);
      // A patch reads the input again in every patch: it outlives the one-patch timeline's stage 1.
      const lastStep = input && readInStage1.has(t) ? Math.max(last.get(t)!, stage1.length - 1) : last.get(t)!;
      requests.push({ tensor: t, role: input ? 'input' : 'tensor', size: alignUp(tensorBytes(tensor), TINYGATE_ALIGNMENT), firstStep, lastStep });
    }
  }
  return requests.sort((a, b) => a.tensor - b.tensor);
}

function applicationTensors(graph: Graph, io: ReturnType<typeof int8IoProgram>): number[] {
  return [...graph.inputs.filter((t) => !io.inputs.includes(t)), ...graph.outputs.filter((t) => !io.outputs.includes(t))];
}

type Grouped = Omit<PatchBuffer, 'offset'>;

const ELEMENTWISE = new Set(['ADD', 'SUB', 'MUL']);

/** True when `a` and `b` have the same window in every patch (stage 1), so element i of one is element i of the other. */
function sameWindows(plan: PatchPlan, a: number, b: number): boolean {
  const [ra, ca] = plan.tiles.get(a)!;
  const [rb, cb] = plan.tiles.get(b)!;
  const same = (x: readonly Span[], y: readonly Span[]): boolean => x.every((s, i) => s.start === y[i]!.start && s.size === y[i]!.size);
  return same(ra.clipped, rb.clipped) && same(ca.clipped, cb.clipped);
}

/** Elements of the largest input channel plane an in-place depthwise copies aside: per patch in stage 1, whole in stage 2. */
function planeElements(plan: PatchPlan, t: number, stage1: boolean): number {
  const shape = plan.graph.tensors[t]!.shape;
  if (!stage1) return shape[1]! * shape[2]!;
  return tileElements(plan, t) / shape[3]!;
}

/**
 * Joins each in-place op's output with the input it overwrites (see the header), walking the
 * one-patch timeline; adds one plane-copy scratch per in-place depthwise.
 */
function inPlaceGroups(plan: PatchPlan, requests: readonly Request[], steps: readonly number[], stage1Steps: number, outputs: readonly number[]): { requests: Grouped[]; inPlaceOps: number[] } {
  const { graph } = plan;
  const groups = requests.map((r): Grouped => ({ role: r.role, tensors: [r.tensor], scratchForOp: null, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep }));
  const groupOf = new Map(requests.map((r, i) => [r.tensor, i]));
  const programOutputs = new Set(outputs);
  const inPlaceOps: number[] = [];
  const scratch: Grouped[] = [];
  steps.forEach((k, step) => {
    const op = graph.ops[k]!;
    const out = op.outputs[0]!;
    const o = groupOf.get(out);
    if (o === undefined || groups[o]!.tensors.length > 1) return;
    const inStage1 = step < stage1Steps;
    const depthwise = op.kind === 'DEPTHWISE_CONV_2D' && op.attrs.depthMultiplier === 1;
    if (!depthwise && !ELEMENTWISE.has(op.kind)) return;
    const candidates = depthwise ? [op.inputs.input] : activationInputs(graph, op);
    const victim = candidates.find((t) => {
      const v = groupOf.get(t);
      if (v === undefined || v === o) return false;
      const g = groups[v]!;
      const tensor = graph.tensors[t]!;
      const roleFits = inStage1 ? g.role === 'tile' && groups[o]!.role === 'tile' : (g.role === 'tensor' || g.role === 'split') && groups[o]!.role === 'tensor';
      return roleFits && g.lastStep === step && !g.tensors.some((m) => programOutputs.has(m))
        && tensor.dtype === graph.tensors[out]!.dtype && tensor.shape[3] === graph.tensors[out]!.shape[3]
        && (depthwise || (inStage1 ? sameWindows(plan, t, out) : tensorBytes(tensor) === tensorBytes(graph.tensors[out]!)));
    });
    if (victim === undefined) return;
    const v = groupOf.get(victim)!;
    const into = groups[v]!;
    const moved = groups[o]!;
    groups[v] = { ...into, tensors: [...into.tensors, ...moved.tensors], size: Math.max(into.size, moved.size), lastStep: Math.max(into.lastStep, moved.lastStep) };
    groups[o] = { ...moved, tensors: [] };
    for (const t of moved.tensors) groupOf.set(t, v);
    inPlaceOps.push(k);
    if (depthwise) {
      const bytes = alignUp(planeElements(plan, victim, inStage1) * DTYPE_BYTES[graph.tensors[victim]!.dtype], TINYGATE_ALIGNMENT);
      scratch.push({ role: 'scratch', tensors: [], scratchForOp: k, size: bytes, firstStep: step, lastStep: step });
    }
  });
  return { requests: [...groups.filter((g) => g.tensors.length > 0), ...scratch], inPlaceOps };
}

/** Where the int8 model input lives: whole in the arena, or streamed window by window from the application. */
export type PatchInput = 'resident' | 'streamed';

/** Offsets for every buffer `plan`'s execution needs: the best of tinygate's placers, 4-B aligned. */
export function planPatchMemory(plan: PatchPlan, input: PatchInput = 'resident'): PatchMemoryPlan {
  const { graph } = plan;
  const io = int8IoProgram(graph);
  const foldedInputOps = io.foldedOps.filter((k) => graph.ops[k]!.kind === 'QUANTIZE');
  const kept = (k: number): boolean => !foldedInputOps.includes(k);
  const stage1 = plan.stage1.filter(kept);
  const steps = [...stage1, ...plan.stage2.filter(kept)];
  const stage2Reads = new Set(plan.stage2.filter(kept).flatMap((k) => activationInputs(graph, graph.ops[k]!)));
  const streamed = input === 'streamed' ? io.inputs.filter((t) => plan.tiles.has(t) && !stage2Reads.has(t)) : [];
  const requests0 = patchRequests(plan, io, stage1, steps, new Set(streamed));
  const { requests, inPlaceOps } = inPlaceGroups(plan, requests0, steps, stage1.length, io.outputs);
  const bound = liveLowerBound(requests);
  let best: { offsets: number[]; arenaBytes: number } | null = null;
  for (const place of PLACERS) {
    const offsets = place(requests);
    const arenaBytes = extent(requests.map((r, i) => ({ offset: offsets[i]!, size: r.size })));
    if (best === null || arenaBytes < best.arenaBytes) best = { offsets, arenaBytes };
    // No placement of these requests can go below the live bound.
    if (arenaBytes === bound) break;
  }
  const buffers: PatchBuffer[] = requests.map((r, i) => ({ ...r, offset: best!.offsets[i]! }));
  return {
    plan, foldedInputOps, inputs: io.inputs, streamedInputs: streamed, applicationTensors: applicationTensors(graph, io),
    steps, stage1Steps: stage1.length, buffers, inPlaceOps, arenaBytes: best!.arenaBytes,
  };
}

/**
 * The patch plan tinygate places for `request` (`split` indexes the stored ops): PADs fused into the
 * convs that read them (fuse-pads.ts), as in tinygate's per-layer plan and its live-set convention,
 * so no padded tile or padded stage-2 copy exists. Splitting right after a fusable PAD keeps the
 * stored graph, since the split tensor must exist.
 */
export function placeablePatchPlan(graph: Graph, request: PatchRequest): PatchPlan {
  const fused = fusePads(graph);
  const splitTensor = graph.ops[request.split]?.outputs[0];
  const split = fused.ops.findIndex((op) => op.outputs[0] === splitTensor);
  if (fused === graph || split < 0) return planPatches(graph, request);
  return planPatches(fused, { ...request, split });
}

/** Arena bytes of the placed patch schedule (split after stored op `split`, `patches` patches): its measured peak SRAM. */
export function placedPatchPeak(graph: Graph, split: number, patches: readonly [number, number], input: PatchInput = 'resident'): number {
  return planPatchMemory(placeablePatchPlan(graph, { split, patches }), input).arenaBytes;
}
