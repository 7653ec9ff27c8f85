// Choosing a patch schedule: enumerate every legal split and patch count, keep the Pareto front of
// (peak SRAM, MACs), and pick the cheapest schedule that fits a budget. MCUNetV2 searches the split
// and p jointly with the architecture (section 3.2); with the network fixed, the space is small
// enough to enumerate: splits × patch counts, each costed without running the model.
// Complexity: splits are tried among the first MAX_STAGE1_OPS ops only (patch-based stages are the
// first blocks of a network, where the feature maps are large), so a search costs
// O(MAX_STAGE1_OPS × MAX_PATCHES² × (MAX_STAGE1_OPS + ops)), linear in the model's op count.

import { UserError } from '../../errors.ts';
import type { Graph } from '../../model/graph.ts';
import { denseMacs } from '../../model/stats.ts';
import { conventionFor, perLayerLivePeak, type PatchRuntime } from '../live-set.ts';
import { patchCountProblems, patchProblems, planCheckedPatches, splitProblems } from './plan.ts';
import { summarizePatchPlan, type PatchScheduleSummary } from './summary.ts';

/** Largest patch count per axis the search tries. */
export const MAX_PATCHES = 8;

/** Splits the search tries: after one of the first this many ops (every real model's ops fit). */
export const MAX_STAGE1_OPS = 256;

/** Op indices a search splits after when the caller names none. */
function candidateSplits(graph: Graph): number[] {
  return graph.ops.slice(0, MAX_STAGE1_OPS).map((op) => op.index);
}

/** The per-layer schedule as a search candidate: no split, no recomputation. */
export interface PerLayerCandidate {
  readonly kind: 'per-layer';
  readonly peakSramBytes: number;
  readonly macs: number;
}

export type Candidate = PerLayerCandidate | PatchScheduleSummary;

export interface ScheduleSearch {
  readonly runtime: PatchRuntime;
  readonly perLayer: PerLayerCandidate;
  /** Every legal patch schedule, by split then patches. */
  readonly candidates: readonly PatchScheduleSummary[];
  /** Candidates (per-layer included) no other beats on both peak SRAM and MACs, by ascending peak. */
  readonly front: readonly Candidate[];
}

/**
 * Patch counts to try for a split map of h × w: p × p for square maps (p = 2..8); for non-square
 * maps every [p_h, p_w] with 1 ≤ p ≤ 8 per axis but not both 1, so a 1 × W map can still be split.
 */
function patchCounts(h: number, w: number): [number, number][] {
  const out: [number, number][] = [];
  if (h === w) {
    for (let p = 2; p <= MAX_PATCHES; p++) out.push([p, p]);
    return out;
  }
  for (let ph = 1; ph <= MAX_PATCHES; ph++) for (let pw = 1; pw <= MAX_PATCHES; pw++) if (ph > 1 || pw > 1) out.push([ph, pw]);
  return out;
}

/** Every legal (split, patches) of `graph`, costed under `runtime`'s convention. */
export function searchSchedules(graph: Graph, runtime: PatchRuntime = 'paper', splits?: readonly number[]): ScheduleSearch {
  const c = conventionFor(runtime);
  const perLayer: PerLayerCandidate = {
    kind: 'per-layer', peakSramBytes: perLayerLivePeak(graph, c), macs: graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0),
  };
  const candidates: PatchScheduleSummary[] = [];
  for (const split of splits ?? candidateSplits(graph)) {
    if (splitProblems(graph, split).length > 0) continue;
    const [, h, w] = graph.tensors[graph.ops[split]!.outputs[0]!]!.shape as [number, number, number];
    for (const patches of patchCounts(h, w)) {
      if (patchCountProblems(graph, split, patches).length > 0) continue;
      candidates.push(summarizePatchPlan(planCheckedPatches(graph, { split, patches }), [c])[0]!);
    }
  }
  return { runtime, perLayer, candidates, front: paretoFront([perLayer, ...candidates]) };
}

/** The candidates no other beats on both peak SRAM and MACs (ties: the first listed), by ascending peak. */
export function paretoFront(all: readonly Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => a.peakSramBytes - b.peakSramBytes || a.macs - b.macs);
  const front: Candidate[] = [];
  for (const c of sorted) if (front.length === 0 || c.macs < front[front.length - 1]!.macs) front.push(c);
  return front;
}

/**
 * `--schedule auto --budget-sram B`: the schedule with the fewest MACs whose peak fits in B (the
 * per-layer one when it fits). A UserError naming the smallest reachable peak when none fits.
 */
export function pickSchedule(search: ScheduleSearch, budgetBytes: number): Candidate {
  const fits = search.front.filter((c) => c.peakSramBytes <= budgetBytes);
  if (fits.length > 0) return fits.reduce((best, c) => (c.macs < best.macs ? c : best));
  const smallest = search.front[0]!;
  throw new UserError(`no schedule fits ${budgetBytes} B of SRAM (${search.runtime} accounting): the smallest peak is ${smallest.peakSramBytes} B (${describeCandidate(smallest)})`);
}

/** `--schedule patch --patches P` without `--split`: the split with the lowest peak for P (then fewest MACs). */
export function bestSplitFor(graph: Graph, patches: readonly [number, number], runtime: PatchRuntime = 'paper'): PatchScheduleSummary {
  const c = conventionFor(runtime);
  let best: PatchScheduleSummary | undefined;
  for (const split of candidateSplits(graph)) {
    if (patchProblems(graph, { split, patches }).length > 0) continue;
    const s = summarizePatchPlan(planCheckedPatches(graph, { split, patches }), [c])[0]!;
    if (best === undefined || s.peakSramBytes < best.peakSramBytes || (s.peakSramBytes === best.peakSramBytes && s.macs < best.macs)) best = s;
  }
  if (best === undefined) throw new UserError(`no split of this model can run in ${patches.join('×')} patches (see \`--split K\` for the reasons at one split)`);
  return best;
}

export function describeCandidate(c: Candidate): string {
  return c.kind === 'per-layer' ? 'per-layer' : `split after op ${c.split} (${c.splitTensor}), ${c.patches.join('×')} patches`;
}
