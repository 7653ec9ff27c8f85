// One per-layer memory summary per runtime, the numbers the report shows side by side. Each entry
// names the accounting its peak uses, since the runtimes count SRAM differently.

import type { Graph } from '../model/graph.ts';
import type { DeployableRuntime } from '../registry.ts';
import { fusePads } from './fuse-pads.ts';
import { int8IoProgram, liveBytesPerStep, tensorLifetimes } from './lifetimes.ts';
import { extent, type MemoryPlan } from './planner.ts';
import { planTflm, tflmArenaUse } from './tflm.ts';
import { planTinyEngine } from './tinyengine.ts';
import { planTinygate } from './tinygate.ts';

export interface ScheduleSummary {
  readonly kind: 'per-layer';
  readonly runtime: DeployableRuntime;
  /** Extent of the activation (tensor) buffers in the arena. */
  readonly arenaBytes: number;
  /** What kernel scratch adds on top of arenaBytes under this runtime's accounting. */
  readonly scratchBytes: number;
  /**
   * TFLM only: the persistent part of its arena (eval tensors, nodes, op data, I/O tensors, the
   * allocator's own objects) that arena_used_bytes() counts beside the planned head.
   */
  readonly persistentBytes?: number;
  /** arenaBytes + scratchBytes (+ persistentBytes for TFLM): the SRAM the runtime needs. */
  readonly peakSramBytes: number;
  /**
   * The MCUNetV2 paper's per-layer accounting: the largest set of int8 activations alive at one
   * step (each op's inputs and outputs plus tensors kept for later ops), exact sizes, no alignment,
   * aliasing or scratch; the float input image is not resident (int8 I/O). In this runtime's order.
   */
  readonly activationPeakBytes: number;
  /** Bytes of planned buffers (scratch included) alive at each step of plan.order. */
  readonly liveBytesPerStep: readonly number[];
  /** One line saying how peakSramBytes was counted. */
  readonly accounting: string;
  /**
   * The offsets behind the numbers. tflm's and tinyengine's plans index `graph.ops`; tinygate's
   * indexes `fusePads(graph).ops`, the graph it runs.
   */
  readonly plan: MemoryPlan;
}

/** What the tflm figure counts; the tests hold it equal to TFLM's own on every shared model. */
export const TFLM_ACCOUNTING = 'TFLM arena_used_bytes() on a 32-bit Cortex-M (CMSIS-NN build): greedy-planned head (tensors 16-B aligned, float I/O as in the file, kernel scratch) + persistent tail (eval tensors, nodes, options, op data with per-channel multipliers and shifts, scratch handles, I/O tensors, allocator objects)';

function tensorExtent(plan: MemoryPlan): number {
  return extent(plan.buffers.filter((b) => b.scratchForOp === null));
}

function planLiveBytes(plan: MemoryPlan, extra = 0): number[] {
  return liveBytesPerStep(plan.buffers.map((b) => ({ bytes: b.size, firstStep: b.firstStep, lastStep: b.lastStep })), plan.order.length)
    .map((b) => b + extra);
}

/** MCUNetV2-style activation peak of `graph` run in `order` with int8 I/O. */
function activationPeak(graph: Graph, order?: readonly number[]): number {
  const base = int8IoProgram(graph);
  const program = order === undefined ? base : { ...base, order };
  return Math.max(0, ...liveBytesPerStep(tensorLifetimes(program), program.order.length));
}

export function planSchedules(graph: Graph): ScheduleSummary[] {
  const fused = fusePads(graph);
  const storedPeak = activationPeak(fused);

  const tflm = planTflm(graph, { kernels: 'cmsis-nn', planner: 'greedy' });
  const tflmArena = tensorExtent(tflm);
  const tflmUse = tflmArenaUse(graph, 'cmsis-nn', tflm);

  const reference = planTflm(graph, { kernels: 'reference', planner: 'greedy' });
  const referenceUse = tflmArenaUse(graph, 'reference', reference);
  const te = planTinyEngine(graph);
  const tg = planTinygate(fused);
  const tgArena = tensorExtent(tg);

  return [
    {
      kind: 'per-layer', runtime: 'tflm', arenaBytes: tflmArena, scratchBytes: tflm.arenaBytes - tflmArena,
      persistentBytes: tflmUse.persistentBytes, peakSramBytes: tflmUse.arenaUsedBytes,
      activationPeakBytes: storedPeak, liveBytesPerStep: planLiveBytes(tflm, tflmUse.persistentBytes),
      accounting: TFLM_ACCOUNTING,
      plan: tflm,
    },
    {
      kind: 'per-layer', runtime: 'tinyengine', arenaBytes: te.arenaBytes, scratchBytes: te.sbufBytes + te.kbufBytes, peakSramBytes: te.peakMemBytes,
      activationPeakBytes: storedPeak, liveBytesPerStep: planLiveBytes(te, te.sbufBytes + te.kbufBytes),
      accounting: 'TinyEngine PEAK_MEM: first-fit arena (4-B aligned, in-place depthwise, int8 I/O, PAD fused) + static im2col and q15-weight buffers',
      plan: te,
    },
    {
      kind: 'per-layer', runtime: 'tinygate', arenaBytes: tgArena, scratchBytes: tg.arenaBytes - tgArena, peakSramBytes: tg.arenaBytes,
      activationPeakBytes: activationPeak(fused, tg.order), liveBytesPerStep: planLiveBytes(tg),
      accounting: 'tinygate arena: best of several placements, 4-B aligned, views and in-place ops, memory-minimizing order, int8 I/O, PAD fused, scratch planned in the arena',
      plan: tg,
    },
    {
      kind: 'per-layer', runtime: 'tflm-reference', arenaBytes: reference.arenaBytes, scratchBytes: 0,
      persistentBytes: referenceUse.persistentBytes, peakSramBytes: referenceUse.arenaUsedBytes,
      activationPeakBytes: storedPeak, liveBytesPerStep: planLiveBytes(reference, referenceUse.persistentBytes),
      accounting: TFLM_ACCOUNTING.replace('CMSIS-NN build', 'reference-kernel build').replace(', kernel scratch', ', no kernel scratch'),
      plan: reference,
    },
  ];
}
