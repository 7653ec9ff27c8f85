// TFLite Micro's arena plan for a graph, as MicroAllocator builds it (micro_allocator.cc CreatePlan):
// every planned tensor in tensor-index order, then every kernel scratch request in op order, each
// size rounded up to kBufferAlignment, all handed to the greedy (or linear) planner. That plan is
// the arena's non-persistent head; arena_used_bytes() adds the persistent tail (tflm-persistent.ts).
// Complexity: requests O(ops + operands); the greedy placement O(n log n + P log P) for n buffers and
// P pairs alive at once (planner.ts), the same offsets as TFLM's walk over every placed buffer.

import type { Graph } from '../model/graph.ts';
import { tensorLifetimes, wholeGraphProgram } from './lifetimes.ts';
import { extent, greedyOffsets, linearOffsets, type BufferRequest, type MemoryPlan, type PlannedBuffer } from './planner.ts';
import { tflmScratchRequests } from './scratch.ts';
import { tflmPersistentBytes, type TflmKernels } from './tflm-persistent.ts';
import { alignUp } from '../align.ts';

/** kBufferAlignment, tflite-micro micro_arena_constants.h. */
export const TFLM_BUFFER_ALIGNMENT = 16;

export interface TflmOptions {
  /** Whose scratch requests the plan holds: CMSIS-NN's and MEAN's, or the reference kernels' (MEAN's only). */
  readonly kernels: TflmKernels;
  readonly planner: 'greedy' | 'linear';
}


export function planTflm(graph: Graph, options: TflmOptions = { kernels: 'cmsis-nn', planner: 'greedy' }): MemoryPlan {
  const program = wholeGraphProgram(graph);
  // AllocationInfoBuilder skips zero-byte tensors (needs_allocating requires bytes != 0).
  const tensors = tensorLifetimes(program).filter((l) => l.bytes > 0);
  const requests: (BufferRequest & { tensors: number[]; scratchForOp: number | null })[] = tensors.map((l) => ({
    size: alignUp(l.bytes, TFLM_BUFFER_ALIGNMENT), firstStep: l.firstStep, lastStep: l.lastStep, tensors: [l.tensor], scratchForOp: null,
  }));
  program.order.forEach((opIndex, step) => {
    for (const bytes of tflmScratchRequests(graph, graph.ops[opIndex]!, options.kernels)) {
      // An empty request still costs a handle (tflm-persistent.ts) but no arena bytes.
      if (bytes > 0) requests.push({ size: alignUp(bytes, TFLM_BUFFER_ALIGNMENT), firstStep: step, lastStep: step, tensors: [], scratchForOp: opIndex });
    }
  });
  const offsets = options.planner === 'greedy' ? greedyOffsets(requests) : linearOffsets(requests);
  const buffers: PlannedBuffer[] = requests.map((r, i) => ({ ...r, offset: offsets[i]! }));
  return { runtime: options.planner === 'greedy' ? 'tflm' : 'linear', order: program.order, foldedOps: [], inPlaceOps: [], buffers, arenaBytes: extent(buffers) };
}

/** `arena_used_bytes()` of a MicroInterpreter for this graph on a 32-bit Cortex-M, in its two parts. */
export interface TflmArenaUse {
  /** The non-persistent head: the greedy plan of tensors and kernel scratch. */
  readonly plannedBytes: number;
  /** The persistent tail (tflm-persistent.ts). */
  readonly persistentBytes: number;
  readonly arenaUsedBytes: number;
}

export function tflmArenaUse(graph: Graph, kernels: TflmKernels, plan: MemoryPlan = planTflm(graph, { kernels, planner: 'greedy' })): TflmArenaUse {
  const persistentBytes = tflmPersistentBytes(graph, kernels).bytes;
  return { plannedBytes: plan.arenaBytes, persistentBytes, arenaUsedBytes: plan.arenaBytes + persistentBytes };
}
