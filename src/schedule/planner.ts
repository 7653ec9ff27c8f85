// Arena planners: give every buffer an offset so that no two buffers alive at the same step share a
// byte. The plan is plain data; the simulator places tensors at these offsets, so a planner bug
// corrupts outputs instead of hiding in a number.
// Complexity: a placer looks only at the buffers whose lifetimes overlap the one it places (listed
// once by timeNeighbours, a sweep over start steps), so greedyOffsets and firstFitOffsets are
// O(n log n + P log P) for n buffers and P overlapping pairs: near-linear when lifetimes are short
// (a chain has P = O(n)), and never worse than the walk over every placed buffer they replace.
// linearOffsets and liveLowerBound are O(n log n); findOverlaps is the O(n²) check tests use.

/** A buffer to place: its size and the steps (inclusive) it must stay intact. */
export interface BufferRequest {
  readonly size: number;
  readonly firstStep: number;
  readonly lastStep: number;
}

export interface PlannedBuffer extends BufferRequest {
  /** Tensors sharing these bytes: one tensor, an alias group (views, in-place ops), or none for scratch. */
  readonly tensors: readonly number[];
  /** For scratch: the op (index into graph.ops) that owns it; null for tensors. */
  readonly scratchForOp: number | null;
  readonly offset: number;
}

export type Runtime = 'tflm' | 'tinyengine' | 'tinygate' | 'linear';

export interface MemoryPlan {
  readonly runtime: Runtime;
  /** Op indices in execution order; steps index this list. */
  readonly order: readonly number[];
  /**
   * Ops the runtime does not execute on their own: folded into the I/O (QUANTIZE of a float input,
   * DEQUANTIZE of an output, handled as int8 by the application), fused into the next op (PAD into
   * a conv) or free views (RESHAPE aliasing its input).
   */
  readonly foldedOps: readonly number[];
  /**
   * Ops whose output shares its input's bytes: the simulator must run them with a kernel that is
   * safe in place (elementwise in order; depthwise one channel at a time through a plane copy).
   */
  readonly inPlaceOps: readonly number[];
  readonly buffers: readonly PlannedBuffer[];
  /** Bytes from the arena start to the end of the highest buffer. */
  readonly arenaBytes: number;
}

export function overlapsInTime(a: BufferRequest, b: BufferRequest): boolean {
  return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}

/**
 * For each buffer, the other buffers alive at a step it is alive (overlapsInTime), ascending by
 * index. A sweep by start step keeps the buffers still alive; each one kept pairs with the newcomer.
 */
export function timeNeighbours(requests: readonly BufferRequest[]): number[][] {
  const byFirst = requests.map((_, i) => i).sort((a, b) => requests[a]!.firstStep - requests[b]!.firstStep || a - b);
  const near = requests.map((): number[] => []);
  let active: number[] = [];
  for (const i of byFirst) {
    const r = requests[i]!;
    // Started no later than r; ended before r starts: it overlaps neither r nor any later starter.
    active = active.filter((j) => requests[j]!.lastStep >= r.firstStep);
    for (const j of active) {
      if (!overlapsInTime(requests[j]!, r)) continue;
      near[i]!.push(j);
      near[j]!.push(i);
    }
    active.push(i);
  }
  for (const list of near) list.sort((a, b) => a - b);
  return near;
}

/**
 * Placed neighbours of a buffer in the order a placer walks them: by offset, ties in placement order
 * (`seq`: placement rank, −1 when not placed yet).
 */
export function placedByOffset(near: readonly number[], seq: Int32Array, offsetOf: (id: number) => number): number[] {
  return near.filter((o) => seq[o]! >= 0).sort((a, b) => offsetOf(a) - offsetOf(b) || seq[a]! - seq[b]!);
}

export function extent(buffers: readonly { offset: number; size: number }[]): number {
  return buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
}

/**
 * TFLite Micro's GreedyMemoryPlanner (tflite-micro memory_planner/greedy_memory_planner.cc), offsets
 * by request index. Order: largest first; ReverseSortInPlace is a stable bubble sort over the
 * requests listed in reverse order of addition, so equal sizes go latest-added first. Each buffer then
 * walks the already-placed buffers that overlap it in time, in offset order, and takes the first gap
 * big enough, else the end. The planned list keeps equal offsets in placement order, as its linked
 * list does. As the header says, greedy is not optimal.
 */
export function greedyOffsets(requests: readonly BufferRequest[]): number[] {
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.size - requests[a]!.size || b - a);
  const offsets = new Array<number>(requests.length).fill(0);
  // TFLM's linked list walks every placed buffer and skips those not alive with this one; walking
  // only the live ones, in the list's order (offset, then placement), takes the same gaps.
  const near = timeNeighbours(requests);
  const seq = new Int32Array(requests.length).fill(-1);
  order.forEach((id, rank) => {
    const want = requests[id]!;
    let candidate = 0;
    for (const other of placedByOffset(near[id]!, seq, (o) => offsets[o]!)) {
      if (offsets[other]! - candidate >= want.size) break;
      candidate = Math.max(candidate, offsets[other]! + requests[other]!.size);
    }
    offsets[id] = candidate;
    seq[id] = rank;
  });
  return offsets;
}

/** TFLite Micro's LinearMemoryPlanner (linear_memory_planner.cc): each buffer after the previous. */
export function linearOffsets(requests: readonly BufferRequest[]): number[] {
  let next = 0;
  return requests.map((r) => {
    const at = next;
    next += r.size;
    return at;
  });
}

/** How a first-fit placer chooses among the gaps a buffer fits in. */
export type GapChoice = 'lowest' | 'tightest';

/**
 * Place buffers in the given priority order; each takes a gap left by the already-placed buffers
 * that overlap it in time: the lowest one ('lowest', as TFLM and TinyEngine do) or the smallest one
 * that fits ('tightest', best fit), else the top of those buffers.
 */
export function firstFitOffsets(requests: readonly BufferRequest[], priority: readonly number[], choice: GapChoice = 'lowest'): number[] {
  const offsets = new Array<number>(requests.length).fill(0);
  const near = timeNeighbours(requests);
  const seq = new Int32Array(requests.length).fill(-1);
  priority.forEach((id, rank) => {
    const want = requests[id]!;
    let best = -1;
    let bestGap = Infinity;
    let cursor = 0;
    for (const p of placedByOffset(near[id]!, seq, (o) => offsets[o]!)) {
      const lo = offsets[p]!;
      const gap = lo - cursor;
      if (gap >= want.size && gap < bestGap) {
        best = cursor;
        bestGap = gap;
        if (choice === 'lowest') break;
      }
      cursor = Math.max(cursor, lo + requests[p]!.size);
    }
    offsets[id] = best >= 0 ? best : cursor;
    seq[id] = rank;
  });
  return offsets;
}

/** Largest total size of buffers alive at one step: no placement can beat it. */
export function liveLowerBound(requests: readonly BufferRequest[]): number {
  const events = new Map<number, number>();
  for (const r of requests) {
    events.set(r.firstStep, (events.get(r.firstStep) ?? 0) + r.size);
    events.set(r.lastStep + 1, (events.get(r.lastStep + 1) ?? 0) - r.size);
  }
  let live = 0;
  let peak = 0;
  for (const step of [...events.keys()].sort((a, b) => a - b)) {
    live += events.get(step)!;
    peak = Math.max(peak, live);
  }
  return peak;
}

/** A pair of buffers that are alive at the same step and share bytes. */
export interface Overlap {
  readonly a: number;
  readonly b: number;
}

/** The overlap check TFLM's planner offers (DoAnyBuffersOverlap), over any list of placed buffers. */
export function findOverlaps(buffers: readonly (BufferRequest & { offset: number })[]): Overlap[] {
  const found: Overlap[] = [];
  for (let a = 0; a < buffers.length; a++) {
    for (let b = a + 1; b < buffers.length; b++) {
      const x = buffers[a]!;
      const y = buffers[b]!;
      if (x.size === 0 || y.size === 0 || !overlapsInTime(x, y)) continue;
      if (x.offset < y.offset + y.size && y.offset < x.offset + x.size) found.push({ a, b });
    }
  }
  return found;
}
