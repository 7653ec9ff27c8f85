// Activation live sets under a runtime's buffer conventions: the accounting the MCUNetV2 paper uses
// for its peak-memory figures, and the same model with TinyEngine's and tinygate's rules. No
// placement: the peak is the largest total of buffers alive at one step (a lower bound for any arena
// with those aliasing rules, and exactly the paper's number).
//
// What the conventions mean for the live set of step k (op k running):
//  - every tensor written at or before k and read at or after k (program inputs from step 0, program
//    outputs to the end) is alive, at `bytes(t)` (whole tensor, or tile in a patch stage);
//  - in-place depthwise: a depthwise conv whose input dies at k writes its output over its input
//    (TinyEngine's in-place depthwise), so the pair counts max(in, out), not in + out;
//  - residual add fused (the paper; TinyEngine's fused "add" into the projection): a 1×1 conv whose
//    output only feeds the next op, an ADD, accumulates onto the ADD's other operand; the conv's
//    output never exists, and the ADD's result takes the operand's bytes when the operand dies there;
//  - in-place add (tinygate's planner): an ADD/SUB/MUL overwrites an operand that dies there;
//  - input not resident (the paper): the model input is read where it lies (sensor, flash), not
//    counted; a runtime with int8 I/O keeps it in the arena;
//  - alignment: each buffer is rounded up to whole words;
//  - PAD fused into the conv that reads it (fuse-pads.ts; TinyEngine does it, and the paper's models
//    have no PAD ops): the padded copy never exists and the conv reads the PAD's input.
// Complexity: liveSetSteps and liveSetPeak are O(steps + operands) (one pass, a difference array).

import { tensorBytes, type Graph } from '../model/graph.ts';
import { fusePads } from './fuse-pads.ts';
import type { PatchRuntime } from '../registry.ts';
import { activationInputs, activationOutputs, int8IoProgram } from './lifetimes.ts';

export type { PatchRuntime };

export interface LiveSetConvention {
  readonly runtime: PatchRuntime;
  readonly inPlaceDepthwise: boolean;
  readonly fuseResidualAdd: boolean;
  readonly inPlaceAdd: boolean;
  readonly inputResident: boolean;
  readonly alignBytes: number;
  /** One line saying how the peak is counted, for the report. */
  readonly accounting: string;
}

/** One per patch runtime of the registry (a test checks they are the same set). */
export const CONVENTIONS: readonly LiveSetConvention[] = [
  {
    runtime: 'paper', inPlaceDepthwise: true, fuseResidualAdd: true, inPlaceAdd: false, inputResident: false, alignBytes: 1,
    accounting: 'MCUNetV2 paper: int8 activations alive at once, in-place depthwise, residual add fused into the projection, input image not resident, no alignment or scratch',
  },
  {
    runtime: 'tinyengine', inPlaceDepthwise: true, fuseResidualAdd: false, inPlaceAdd: false, inputResident: true, alignBytes: 4,
    accounting: 'TinyEngine rules as a live set: in-place depthwise, int8 input in the arena, separate ADD, 4-B aligned, no scratch (not its first-fit arena)',
  },
  {
    runtime: 'tinygate', inPlaceDepthwise: true, fuseResidualAdd: false, inPlaceAdd: true, inputResident: true, alignBytes: 4,
    accounting: 'tinygate rules as a live set: in-place depthwise and elementwise, int8 input in the arena, 4-B aligned, no scratch',
  },
];

export const PAPER_CONVENTION = CONVENTIONS[0]!;

export function conventionFor(runtime: PatchRuntime): LiveSetConvention {
  return CONVENTIONS.find((c) => c.runtime === runtime)!;
}

/** A run of ops over buffers of given sizes. */
export interface LiveProgram {
  readonly graph: Graph;
  readonly order: readonly number[];
  /** Alive from step 0. */
  readonly inputs: readonly number[];
  /** Alive to the last step. */
  readonly outputs: readonly number[];
  /** Size of each tensor's buffer before alignment (0: not held in memory, e.g. a non-resident input). */
  readonly bytes: (tensor: number) => number;
  /** Bytes alive at every step besides the program's tensors (the split buffer, in stage 1). */
  readonly background: number;
  /** Tensors living in the background buffer: never aliased, never counted again. */
  readonly pinned: ReadonlySet<number>;
}

/** The live-set peak of `program` under `c`, and the step where it is reached. O(steps + operands). */
export function liveSetPeak(program: LiveProgram, c: LiveSetConvention): { bytes: number; step: number } {
  const { live } = liveSetSteps(program, c);
  let best = { bytes: program.background, step: 0 };
  for (let step = 0; step < live.length; step++) if (live[step]! > best.bytes) best = { bytes: live[step]!, step };
  return best;
}

/** Per-step live bytes of `program` under `c`, with the intervals and the tensors that never exist. */
export interface LiveSetSteps {
  /** Bytes alive at each step (background included). */
  readonly live: Float64Array;
  /** Step each counted tensor is written (program inputs: 0). */
  readonly first: ReadonlyMap<number, number>;
  /** Last step each tensor is read (program outputs: the last step). */
  readonly last: ReadonlyMap<number, number>;
  /** Tensors that never exist (fused PAD outputs, fused residual convs' outputs). */
  readonly virtual: ReadonlySet<number>;
}

/** The live set of every step of `program`. O(steps + operands). */
export function liveSetSteps(program: LiveProgram, c: LiveSetConvention): LiveSetSteps {
  const { graph, order, pinned } = program;
  const size = (t: number): number => (pinned.has(t) ? 0 : Math.ceil(program.bytes(t) / c.alignBytes) * c.alignBytes);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const readers = new Map<number, number>();
  for (const t of program.inputs) first.set(t, 0);
  order.forEach((k, step) => {
    const op = graph.ops[k]!;
    for (const t of activationOutputs(graph, op)) if (!first.has(t)) first.set(t, step);
    for (const t of activationInputs(graph, op)) {
      last.set(t, step);
      readers.set(t, (readers.get(t) ?? 0) + 1);
    }
  });
  const end = order.length - 1;
  const kept = new Set(program.outputs);
  for (const t of kept) last.set(t, end);
  const virtual = new Set<number>();
  const fused = fusedPads(graph);
  for (const k of order) {
    const pad = graph.ops[k]!;
    const out = pad.outputs[0]!;
    if (!fused.has(k) || pinned.has(out) || pad.kind !== 'PAD') continue;
    virtual.add(out);
    last.set(pad.inputs.input, Math.max(last.get(pad.inputs.input) ?? 0, last.get(out) ?? 0));
  }
  const diesAt = (t: number, step: number): boolean => last.get(t) === step && !kept.has(t) && !pinned.has(t);

  // Per-step corrections: bytes that share a buffer with another live tensor, and tensors that never exist.
  const shared = new Float64Array(order.length);
  order.forEach((k, step) => {
    const op = graph.ops[k]!;
    const out = op.outputs[0]!;
    if (op.kind === 'DEPTHWISE_CONV_2D' && c.inPlaceDepthwise && op.attrs.depthMultiplier === 1 && diesAt(op.inputs.input, step) && !pinned.has(out)) {
      shared[step]! += Math.min(size(op.inputs.input), size(out));
    }
    if (op.kind !== 'ADD' && op.kind !== 'SUB' && op.kind !== 'MUL') return;
    const operands = activationInputs(graph, op);
    if (c.fuseResidualAdd && op.kind === 'ADD' && operands.length === 2 && step > 0) {
      const before = graph.ops[order[step - 1]!]!;
      const conv = operands.find((t) => before.kind === 'CONV_2D' && before.outputs[0] === t && readers.get(t) === 1 && !kept.has(t));
      if (conv !== undefined) {
        virtual.add(conv);
        const skip = operands.find((t) => t !== conv)!;
        if (diesAt(skip, step) && !pinned.has(out)) shared[step]! += Math.min(size(skip), size(out));
        return;
      }
    }
    if (c.inPlaceAdd && !pinned.has(out)) {
      const victim = operands.find((t) => diesAt(t, step) && size(t) >= size(out));
      if (victim !== undefined) shared[step]! += size(out);
    }
  });

  const delta = new Float64Array(order.length + 1);
  for (const [t, s] of first) {
    if (virtual.has(t)) continue;
    delta[s]! += size(t);
    delta[Math.max(s, last.get(t) ?? s) + 1]! -= size(t);
  }
  const live = new Float64Array(order.length);
  let alive = 0;
  for (let step = 0; step < order.length; step++) {
    alive += delta[step]!;
    live[step] = alive - shared[step]! + program.background;
  }
  return { live, first, last, virtual };
}

const fusedPadCache = new WeakMap<Graph, ReadonlySet<number>>();

/** Indices of the PAD ops fusePads folds into their convs. */
function fusedPads(graph: Graph): ReadonlySet<number> {
  let found = fusedPadCache.get(graph);
  if (found === undefined) {
    const kept = new Set(fusePads(graph).ops.map((op) => op.outputs[0]!));
    found = new Set(graph.ops.filter((op) => op.kind === 'PAD' && !kept.has(op.outputs[0]!)).map((op) => op.index));
    fusedPadCache.set(graph, found);
  }
  return found;
}

/** Per-layer live-set peak of the whole model (int8 I/O program, stored order) under `c`. */
export function perLayerLivePeak(graph: Graph, c: LiveSetConvention): number {
  const program = int8IoProgram(graph);
  return liveSetPeak({
    graph, order: program.order, inputs: program.inputs, outputs: program.outputs,
    bytes: (t) => (!c.inputResident && program.inputs.includes(t) ? 0 : tensorBytes(graph.tensors[t]!)), background: 0, pinned: new Set(),
  }, c).bytes;
}
