// When each activation tensor must be in memory, for a given op order. A memory planner only needs
// these intervals and sizes: two buffers may share bytes exactly when their intervals are disjoint.
// Complexity: tensorLifetimes, liveBytesPerStep and int8IoProgram are O(ops + operands);
// reorderForMemory is a bounded search (MAX_REORDER_STATES states, models up to MAX_REORDER_OPS ops).

import { NO_TENSOR, tensorBytes, type Graph, type Op } from '../model/graph.ts';

/**
 * The ops a runtime actually executes, in order, and the tensors that cross its boundary. Usually the
 * whole graph in stored order; runtimes that fold ops away (TinyEngine's int8 I/O) or reorder them
 * describe that here, so lifetimes never need to know why.
 */
export interface Program {
  readonly graph: Graph;
  /** Op indices (into graph.ops) in execution order; a step is a position in this list. */
  readonly order: readonly number[];
  /** Tensors resident before step 0 (the application writes them). */
  readonly inputs: readonly number[];
  /** Tensors that must survive the last step (the application reads them). */
  readonly outputs: readonly number[];
}

/** One activation's interval, in steps of its program (both ends inclusive). */
export interface Lifetime {
  readonly tensor: number;
  readonly bytes: number;
  readonly firstStep: number;
  readonly lastStep: number;
}

export function wholeGraphProgram(graph: Graph): Program {
  return { graph, order: graph.ops.map((op) => op.index), inputs: graph.inputs, outputs: graph.outputs };
}

/** Non-constant, non-variable tensors an op reads (absent optional inputs dropped). */
export function activationInputs(graph: Graph, op: Op): number[] {
  return op.inputList.filter((t) => t !== NO_TENSOR && isPlanned(graph, t));
}

export function activationOutputs(graph: Graph, op: Op): number[] {
  return op.outputs.filter((t) => isPlanned(graph, t));
}

// Constants live in flash; variable tensors are persistent (TFLM allocates them outside the planned
// head, micro_allocator.cc), so neither takes part in planning.
function isPlanned(graph: Graph, t: number): boolean {
  const tensor = graph.tensors[t]!;
  return tensor.data === null && !tensor.isVariable;
}

/**
 * Lifetimes of every planned tensor: from the step that writes it (program inputs: step 0) to the
 * last step that reads it (program outputs: the last step). This is TFLM's rule
 * (micro_allocation_info.cc, MarkAllocationLifetimes) with its scope counter shifted so that step i
 * is op i; the overlap relation between any two tensors is the same. A tensor written but never read
 * lives for its writing step only.
 */
export function tensorLifetimes(program: Program): Lifetime[] {
  const { graph, order } = program;
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const touch = (t: number, step: number): void => {
    if (!first.has(t)) first.set(t, step);
    last.set(t, Math.max(last.get(t) ?? step, step));
  };
  for (const t of program.inputs) if (isPlanned(graph, t)) touch(t, 0);
  order.forEach((opIndex, step) => {
    const op = graph.ops[opIndex]!;
    for (const t of activationOutputs(graph, op)) touch(t, step);
    for (const t of activationInputs(graph, op)) touch(t, step);
  });
  const end = Math.max(order.length - 1, 0);
  for (const t of program.outputs) if (isPlanned(graph, t)) touch(t, end);
  return [...first.keys()].sort((a, b) => a - b).map((t) => ({
    tensor: t,
    bytes: tensorBytes(graph.tensors[t]!),
    firstStep: first.get(t)!,
    lastStep: last.get(t)!,
  }));
}

/** Sum of the sizes of the intervals covering each step (a difference array: O(intervals + steps)). */
export function liveBytesPerStep(intervals: readonly { bytes: number; firstStep: number; lastStep: number }[], steps: number): number[] {
  const delta = new Float64Array(steps + 1);
  for (const iv of intervals) {
    if (iv.lastStep < iv.firstStep) continue;
    delta[iv.firstStep]! += iv.bytes;
    delta[Math.min(iv.lastStep + 1, steps)]! -= iv.bytes;
  }
  const live = new Array<number>(steps);
  let sum = 0;
  for (let s = 0; s < steps; s++) { sum += delta[s]!; live[s] = sum; }
  return live;
}

/** Upper limit on memoized DP states before falling back to the given order. */
const MAX_REORDER_STATES = 100_000;
/**
 * Programs longer than this keep their order: the search recurses once per executed op and tests
 * readiness over all ops per state, so its depth and time grow with the op count. Real MCU models
 * have a few hundred ops.
 */
export const MAX_REORDER_OPS = 1_000;

/**
 * A topological order of `program.order` minimizing the peak live bytes, after Liberis & Lane,
 * "Neural networks on microcontrollers: saving memory at inference via operator reordering"
 * (arXiv:1910.05110): a memoized search over the sets of executed ops (the downsets of the op DAG).
 * While an op runs, memory holds every tensor produced (or given as input) that some unexecuted op
 * or the application still needs, plus the op's outputs. For chains and graphs with a few parallel
 * branches (residual blocks, FPN heads) the number of downsets stays small and the result is exact;
 * past MAX_REORDER_STATES (or MAX_REORDER_OPS) the program's own order is returned unchanged. Ties
 * keep the stored order.
 */
export function reorderForMemory(program: Program): number[] {
  const { graph } = program;
  if (program.order.length > MAX_REORDER_OPS) return [...program.order];
  const ops = program.order.map((i) => graph.ops[i]!);
  const n = ops.length;
  const producer = new Map<number, number>();
  ops.forEach((op, k) => { for (const t of activationOutputs(graph, op)) producer.set(t, k); });
  const bytes = (t: number): number => tensorBytes(graph.tensors[t]!);
  const outputs = new Set(program.outputs);
  const readers = new Map<number, number>();
  const deps: number[][] = ops.map((op) => {
    const d = new Set<number>();
    for (const t of activationInputs(graph, op)) {
      readers.set(t, (readers.get(t) ?? 0) + 1);
      const p = producer.get(t);
      if (p !== undefined) d.add(p);
    }
    return [...d];
  });

  let live = 0;
  for (const t of new Set(program.inputs)) if (isPlanned(graph, t) && (readers.has(t) || outputs.has(t))) live += bytes(t);
  const pending = new Map(readers);
  const done = new Uint8Array(n);
  const memo = new Map<bigint, { peak: number; next: number }>();

  const ready = (k: number): boolean => done[k] === 0 && deps[k]!.every((d) => done[d] === 1);
  // Returns the lowest peak reachable from the current state, or -1 once the state budget is spent.
  const search = (mask: bigint, executed: number): number => {
    if (executed === n) return 0;
    const known = memo.get(mask);
    if (known !== undefined) return known.peak;
    if (memo.size >= MAX_REORDER_STATES) return -1;
    let best = Infinity;
    let bestNext = -1;
    for (let k = 0; k < n; k++) {
      if (!ready(k)) continue;
      const op = ops[k]!;
      const outs = activationOutputs(graph, op);
      const produced = outs.reduce((s, t) => s + bytes(t), 0);
      const stepPeak = live + produced;
      if (stepPeak >= best) continue;
      // Execute k: outputs become live, inputs whose last reader this was are freed.
      let freed = 0;
      for (const t of activationInputs(graph, op)) {
        const left = pending.get(t)! - 1;
        pending.set(t, left);
        if (left === 0 && !outputs.has(t)) freed += bytes(t);
      }
      const unread = outs.filter((t) => !readers.has(t) && !outputs.has(t)).reduce((s, t) => s + bytes(t), 0);
      live += produced - freed - unread;
      done[k] = 1;
      const rest = search(mask | (1n << BigInt(k)), executed + 1);
      done[k] = 0;
      live -= produced - freed - unread;
      for (const t of activationInputs(graph, op)) pending.set(t, pending.get(t)! + 1);
      if (rest < 0) return -1;
      const peak = Math.max(stepPeak, rest);
      if (peak < best) { best = peak; bestNext = k; }
    }
    memo.set(mask, { peak: best, next: bestNext });
    return best;
  };

  if (search(0n, 0) < 0) return [...program.order];
  const result: number[] = [];
  let mask = 0n;
  for (let s = 0; s < n; s++) {
    const k = memo.get(mask)!.next;
    result.push(program.order[k]!);
    mask |= 1n << BigInt(k);
  }
  return result;
}

/**
 * The program a deployment with int8 I/O runs (TinyEngine's convention, and ours): a QUANTIZE that
 * turns a float graph input into int8 and a DEQUANTIZE that turns an int8 result into a float graph
 * output are left to the application, which writes and reads the int8 tensors directly.
 */
export function int8IoProgram(graph: Graph): Program & { readonly foldedOps: readonly number[] } {
  const graphInputs = new Set(graph.inputs);
  const folded = new Set<number>();
  const readersOf = new Map<number, Op[]>(graph.inputs.map((t) => [t, []]));
  const writerOf = new Map<number, Op>();
  for (const op of graph.ops) {
    for (const t of new Set(op.inputList)) readersOf.get(t)?.push(op);
    for (const t of op.outputs) writerOf.set(t, op);
  }
  const inputs = graph.inputs.map((t) => {
    const readers = readersOf.get(t)!;
    const q = readers[0];
    // Only when the QUANTIZE is the float input's sole reader: otherwise the float data is needed.
    if (q === undefined || readers.length !== 1 || q.kind !== 'QUANTIZE' || graph.tensors[t]!.dtype !== 'float32') return t;
    folded.add(q.index);
    return q.outputs[0]!;
  });
  const outputs = graph.outputs.map((t) => {
    const dq = writerOf.get(t);
    if (dq?.kind !== 'DEQUANTIZE' || dq.outputs[0] !== t || graphInputs.has(dq.inputs.input)) return t;
    folded.add(dq.index);
    return dq.inputs.input;
  });
  const order = graph.ops.filter((op) => !folded.has(op.index)).map((op) => op.index);
  return { graph, order, inputs, outputs, foldedOps: [...folded].sort((a, b) => a - b) };
}
