// tinygate's own per-layer plan: the int8 I/O program, legal aliasing (views and in-place ops),
// a memory-minimizing op order, and a small search over placement heuristics, keeping the best.

import { elementCount, tensorBytes, type DepthwiseOp, type Graph, type Op } from '../model/graph.ts';
import { activationInputs, int8IoProgram, reorderForMemory, tensorLifetimes, type Lifetime, type Program } from './lifetimes.ts';
import { extent, firstFitOffsets, greedyOffsets, liveLowerBound, type BufferRequest, type MemoryPlan, type PlannedBuffer } from './planner.ts';
import { inPlaceDepthwiseScratchBytes } from './scratch.ts';
import { alignUp } from '../align.ts';

/** Word alignment for every buffer, so kernels can load 32 bits at a time (as TinyEngine does). */
/** Word alignment for every buffer of tinygate's plans (kernels load 32 bits at a time). */
export const TINYGATE_ALIGNMENT = 4;

const UNARY_IN_PLACE = new Set<string>(['RELU', 'RELU6', 'LOGISTIC', 'TANH', 'HARD_SWISH']);

interface Request extends BufferRequest {
  readonly tensors: readonly number[];
  readonly scratchForOp: number | null;
}

/**
 * Depthwise conv with channel multiplier 1 can run in place in NHWC, one channel at a time: copy
 * channel c's input plane aside, then write channel c's outputs. Output element (p, c) sits at byte
 * p·C + c, which only ever holds input channel c (already copied), so no unread input is lost, for
 * any stride, as long as the output has no more pixels than the input.
 */
function depthwiseInPlaceable(graph: Graph, op: DepthwiseOp): boolean {
  const input = graph.tensors[op.inputs.input]!;
  const output = graph.tensors[op.outputs[0]!]!;
  return input.shape[0] === 1 && input.shape.at(-1) === output.shape.at(-1) && input.dtype === output.dtype
    && elementCount(output.shape) <= elementCount(input.shape);
}

/** The input an op may overwrite with its output, if its kind allows it at all. */
function inPlaceCandidates(graph: Graph, op: Op, depthwise: boolean): number[] {
  const out = op.outputs[0];
  if (out === undefined) return [];
  // Same element type and byte count: element i of the output overwrites exactly element i of the input.
  const sameSize = (t: number): boolean => graph.tensors[t]!.dtype === graph.tensors[out]!.dtype
    && tensorBytes(graph.tensors[t]!) === tensorBytes(graph.tensors[out]!);
  if (op.kind === 'ADD' || op.kind === 'SUB' || op.kind === 'MUL') return activationInputs(graph, op).filter(sameSize);
  if (UNARY_IN_PLACE.has(op.kind)) return activationInputs(graph, op).filter(sameSize);
  if (op.kind === 'DEPTHWISE_CONV_2D' && depthwise && depthwiseInPlaceable(graph, op)) return activationInputs(graph, op).slice(0, 1);
  return [];
}

/**
 * Alias groups: RESHAPE/SQUEEZE outputs are views of their input (same bytes, same order), and an
 * in-place op's output takes its input's bytes when that input (with everything aliasing it) is
 * read for the last time by this op and is not a program output.
 */
function aliasRequests(program: Program, lifetimes: readonly Lifetime[], depthwise: boolean): { requests: Request[]; inPlaceOps: number[] } {
  const { graph } = program;
  const life = new Map(lifetimes.map((l) => [l.tensor, l]));
  const parent = new Map<number, number>();
  const root = (t: number): number => {
    let r = t;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const members = new Map<number, number[]>(lifetimes.map((l) => [l.tensor, [l.tensor]]));
  const join = (into: number, t: number): void => {
    const a = root(into);
    const b = root(t);
    if (a === b) return;
    parent.set(b, a);
    members.get(a)!.push(...members.get(b)!);
    members.delete(b);
  };
  const outputs = new Set(program.outputs);
  const groupLast = (t: number): number => Math.max(...members.get(root(t))!.map((m) => life.get(m)!.lastStep));
  const holdsOutput = (t: number): boolean => members.get(root(t))!.some((m) => outputs.has(m));

  const inPlaceOps: number[] = [];
  program.order.forEach((opIndex, step) => {
    const op = graph.ops[opIndex]!;
    const out = op.outputs[0];
    if (out === undefined || !life.has(out)) return;
    if ((op.kind === 'RESHAPE' || op.kind === 'SQUEEZE') && life.has(op.inputs.input)) {
      join(op.inputs.input, out);
      return;
    }
    const victim = inPlaceCandidates(graph, op, depthwise).find((t) => groupLast(t) === step && !holdsOutput(t) && root(t) !== root(out));
    if (victim === undefined) return;
    join(victim, out);
    inPlaceOps.push(opIndex);
  });

  const requests: Request[] = [...members.values()].map((ts) => {
    const ls = ts.map((t) => life.get(t)!);
    return {
      tensors: [...ts].sort((a, b) => a - b),
      scratchForOp: null,
      size: alignUp(Math.max(...ls.map((l) => l.bytes)), TINYGATE_ALIGNMENT),
      firstStep: Math.min(...ls.map((l) => l.firstStep)),
      lastStep: Math.max(...ls.map((l) => l.lastStep)),
    };
  }).sort((a, b) => a.tensors[0]! - b.tensors[0]!);
  for (const opIndex of inPlaceOps) {
    const op = graph.ops[opIndex]!;
    if (op.kind !== 'DEPTHWISE_CONV_2D') continue;
    const step = program.order.indexOf(opIndex);
    requests.push({ tensors: [], scratchForOp: opIndex, size: alignUp(inPlaceDepthwiseScratchBytes(graph, op), TINYGATE_ALIGNMENT), firstStep: step, lastStep: step });
  }
  return { requests, inPlaceOps };
}

/** Offsets for a list of buffer requests, by request index. */
export type Placer = (requests: readonly BufferRequest[]) => number[];

const bySize = (rs: readonly BufferRequest[]) => (a: number, b: number): number => rs[b]!.size - rs[a]!.size || rs[a]!.firstStep - rs[b]!.firstStep || a - b;
const span = (r: BufferRequest): number => r.lastStep - r.firstStep + 1;
const indices = (rs: readonly BufferRequest[]): number[] => rs.map((_, i) => i);

/**
 * Placement heuristics tried on every candidate; cheap enough to try all and keep the best. The
 * patch planner (patch/placement.ts) tries the same list.
 */
export const PLACERS: readonly Placer[] = [
  greedyOffsets,
  (rs) => firstFitOffsets(rs, indices(rs).sort(bySize(rs)), 'lowest'),
  (rs) => firstFitOffsets(rs, indices(rs).sort(bySize(rs)), 'tightest'),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => span(rs[b]!) - span(rs[a]!) || bySize(rs)(a, b)), 'lowest'),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => rs[b]!.size * span(rs[b]!) - rs[a]!.size * span(rs[a]!) || bySize(rs)(a, b)), 'lowest'),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => rs[a]!.firstStep - rs[b]!.firstStep || bySize(rs)(a, b)), 'tightest'),
];

export function planTinygate(graph: Graph): MemoryPlan {
  const base = int8IoProgram(graph);
  const reordered = reorderForMemory(base);
  const orders = [base.order, reordered].filter((o, i, all) => i === 0 || o.join() !== all[0]!.join());
  let best: MemoryPlan | null = null;
  for (const order of orders) {
    const program: Program = { ...base, order };
    const lifetimes = tensorLifetimes(program);
    for (const depthwise of [true, false]) {
      const { requests, inPlaceOps } = aliasRequests(program, lifetimes, depthwise);
      const bound = liveLowerBound(requests);
      for (const place of PLACERS) {
        const offsets = place(requests);
        const buffers: PlannedBuffer[] = requests.map((r, i) => ({ ...r, offset: offsets[i]! }));
        const arenaBytes = extent(buffers);
        if (best === null || arenaBytes < best.arenaBytes) {
          best = { runtime: 'tinygate', order, foldedOps: base.foldedOps, inPlaceOps, buffers, arenaBytes };
        }
        // No placement of these requests can go below the live bound.
        if (arenaBytes === bound) break;
      }
    }
  }
  return best!;
}
