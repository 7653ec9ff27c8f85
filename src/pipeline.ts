// The whole analysis for one model file: bytes → Graph → memory plans → simulated latency → Report.
// The CLI and the action both call this.

import type { Graph } from './model/graph.ts';
import { weightBytes } from './model/stats.ts';
import { readTflite } from './model/tflite/reader.ts';
import { runtimeSupports } from './mcu/kernel-choice.ts';
import { ExecutionChecker } from './mcu/execution-check.ts';
import { tflmFlash } from './mcu/flash.ts';
import { chargePatchPlan } from './mcu/schedule-cost.ts';
import { targetRow, targetRows, type MemoryUse } from './mcu/target-rows.ts';
import { allTargets, findTargets, type Target } from './mcu/targets.ts';
import { COST_RUNTIMES, PATCH_RUNTIMES, RUNTIME_NAMES, type CostRuntime, type PatchRuntime, type Runtime } from './registry.ts';
import { buildReport, validateReport, type Report, type ScheduleReport, type TargetReport } from './report/report.ts';
import { PAPER_CONVENTION, conventionFor, perLayerLivePeak } from './schedule/live-set.ts';
import { advisePatch } from './schedule/patch/advisor.ts';
import { adviceMessages } from './report/advice.ts';
import { placeablePatchPlan, placedPatchPeak, planPatchMemory, type PatchMemoryPlan } from './schedule/patch/placement.ts';
import { tinyEnginePatchesAfterOp } from './schedule/patch/tinyengine.ts';
import { planCheckedPatches, planPatches, type PatchPlan } from './schedule/patch/plan.ts';
import { summarizePatchPlan, type PatchScheduleSummary } from './schedule/patch/summary.ts';
import { bestSplitFor, pickSchedule, searchSchedules, type Candidate, type ScheduleSearch } from './schedule/patch/search.ts';
import { planSchedules, type ScheduleSummary } from './schedule/summary.ts';

/**
 * Which patch-based schedules the report lists. `search`: the Pareto front of (peak SRAM, MACs);
 * `patch`: the given patch count, at `split` or the best split for it; `auto`: the schedule with the
 * fewest MACs that fits `budgetSramBytes`; `per-layer`: none.
 */
export type ScheduleChoice =
  | { readonly mode: 'search' }
  | { readonly mode: 'per-layer' }
  | { readonly mode: 'patch'; readonly patches: readonly [number, number]; readonly split?: number }
  | { readonly mode: 'auto'; readonly budgetSramBytes: number };

export interface AnalyzeOptions {
  /** Runtimes to report (schedules and targets); default: all. Names are checked where they enter (registry.ts). */
  readonly runtimes?: readonly Runtime[];
  /** Target names to simulate; default: every built-in target. */
  readonly targets?: readonly string[];
  /** Targets the user defined (config), added to the built-in ones. */
  readonly userTargets?: readonly Target[];
  /** Patch-based schedules to report; default: the search's Pareto front. */
  readonly schedule?: ScheduleChoice;
}

export function analyzeModelBytes(path: string, bytes: Uint8Array, options: AnalyzeOptions = {}): Report {
  const graph = readTflite(bytes, path);
  const runtimes: readonly Runtime[] = options.runtimes === undefined || options.runtimes.length === 0 ? RUNTIME_NAMES : options.runtimes;
  const report = buildReport(path, bytes, graph);
  const plans = planSchedules(graph);
  // Every plan the report gives a runtime's figure for runs once in simulated SRAM (the paper's
  // accounting and the live-set estimates of other patch schedules are not plans one can run).
  const checker = new ExecutionChecker(graph, path);
  report.schedules = [
    ...plans.filter((p) => runtimes.includes(p.runtime)).map((p) => ({ ...scheduleReport(p), ...checker.perLayer(p.plan, p.runtime, `${p.runtime} per-layer`) })),
    paperPerLayer(graph),
    ...patchSchedules(graph, patchRuntimes(runtimes), options.schedule ?? { mode: 'search' }, checker),
  ];
  // Latency needs a cost for every op; a model with an unsupported op gets none rather than a
  // number that leaves work out (report.model.unsupportedOps says which).
  if (report.model.unsupportedOps.length === 0) {
    const available = allTargets(options.userTargets);
    const targets = options.targets === undefined ? available : findTargets(options.targets, available);
    const costRuntimes = COST_RUNTIMES.filter((r) => runtimes.includes(r));
    report.targets = targetRows(graph, targets, costRuntimes, memoryFor(graph, bytes.length, plans)) satisfies TargetReport[];
    const chosen = chosenPatch(report.schedules, options.schedule);
    if (chosen !== undefined && costRuntimes.includes('tinyengine')) report.targets.push(...patchTargetRows(graph, chosen, targets));
  }
  return validateReport(report, path);
}

/**
 * The TinyEngine patch schedule the gate holds to a latency: the one asked for (`patch`, or `auto`
 * when it picked one), or without a choice the lowest-peak one (the front is sorted by peak), which
 * is the one a `schedule: patch` gate row reads.
 */
function chosenPatch(schedules: readonly ScheduleReport[], choice: ScheduleChoice | undefined): ScheduleReport | undefined {
  if (choice?.mode === 'per-layer') return undefined;
  return schedules.find((s) => s.kind === 'patch' && s.runtime === 'tinyengine');
}

/**
 * Latency of a patch schedule as TinyEngine would run it (TFLM has no patch-based execution):
 * every step charged on the window it computes.
 */
function patchTargetRows(graph: Graph, schedule: ScheduleReport, targets: readonly Target[]): TargetReport[] {
  const plan = planCheckedPatches(graph, { split: schedule.split!, patches: schedule.patches! });
  const use = { flashBytes: weightBytes(graph), sramBytes: schedule.peakSramBytes };
  return targets.filter((t) => runtimeSupports('tinyengine', t.core)).map((target) => ({
    ...targetRow(target, 'tinyengine', chargePatchPlan(plan, target, 'tinyengine').cycles, use),
    schedule: `patch ${schedule.patches!.join('×')} after op ${schedule.split}`,
  }));
}

function scheduleReport(s: ScheduleSummary): ScheduleReport {
  return {
    kind: s.kind,
    runtime: s.runtime,
    arenaBytes: s.arenaBytes,
    scratchBytes: s.scratchBytes,
    ...(s.persistentBytes === undefined ? {} : { persistentBytes: s.persistentBytes }),
    peakSramBytes: s.peakSramBytes,
    activationPeakBytes: s.activationPeakBytes,
    liveBytesPerStep: [...s.liveBytesPerStep],
    accounting: s.accounting,
  };
}

/** The per-layer peak as the MCUNetV2 paper counts it, to compare its patch schedules with. */
function paperPerLayer(graph: Graph): ScheduleReport {
  const peak = perLayerLivePeak(graph, PAPER_CONVENTION);
  return {
    kind: 'per-layer', runtime: 'paper', arenaBytes: peak, scratchBytes: 0, peakSramBytes: peak, activationPeakBytes: peak,
    accounting: PAPER_CONVENTION.accounting,
  };
}

/** The paper's accounting always (the reference the others are read against), plus the selected patch runtimes. */
function patchRuntimes(runtimes: readonly Runtime[]): PatchRuntime[] {
  return ['paper', ...PATCH_RUNTIMES.filter((r) => r !== 'paper' && runtimes.includes(r))];
}

function patchSchedules(graph: Graph, conventions: readonly PatchRuntime[], choice: ScheduleChoice, checker: ExecutionChecker): ScheduleReport[] {
  if (choice.mode === 'per-layer') return [];
  return conventions.flatMap((runtime): ScheduleReport[] => {
    if (choice.mode === 'patch') {
      const summary = choice.split === undefined
        ? bestSplitFor(graph, choice.patches, runtime)
        : summarizePatchPlan(planPatches(graph, { split: choice.split, patches: choice.patches }), [conventionFor(runtime)])[0]!;
      return [runtime === 'tinygate' ? placed(graph, patchReport(summary), checker) : generated(graph, patchReport(summary))];
    }
    const search = searchSchedules(graph, runtime);
    if (choice.mode === 'auto') {
      const picked: Candidate = runtime === 'tinygate' ? pickExecuted(graph, search, choice.budgetSramBytes) : pickSchedule(search, choice.budgetSramBytes);
      if (picked.kind !== 'patch') return [];
      const entry = { ...patchReport(picked), chosen: true };
      return [runtime === 'tinygate' ? placed(graph, entry, checker) : generated(graph, entry)];
    }
    const front = search.front.filter((c): c is PatchScheduleSummary => c.kind === 'patch').map(patchReport);
    // The front is sorted by peak: the first entry is the schedule the advice is about, and the one
    // tinygate places for real.
    if (runtime === 'paper' && front.length > 0) front[0]!.advice = adviceFor(graph, search.front.find((c) => c.kind === 'patch') as PatchScheduleSummary);
    // tinygate reports executed plans only: its live-set front placed, then the front of the placed
    // peaks (and MACs), each entry run in simulated SRAM.
    if (runtime === 'tinygate') return executedFront(graph, front, checker);
    return front.map((entry) => generated(graph, entry));
  });
}

/** A patch schedule placed in one arena: the plan and where every buffer sits. */
interface Placement {
  readonly plan: PatchPlan;
  readonly memory: PatchMemoryPlan;
}

function placement(graph: Graph, s: ScheduleReport): Placement {
  const plan = placeablePatchPlan(graph, { split: s.split!, patches: s.patches! });
  return { plan, memory: planPatchMemory(plan) };
}

/**
 * tinygate's patch schedule as measured: the plan placed in one arena (split buffer, one tile
 * buffer per stage-1 tensor, stage 2 per layer) and executed there, instead of a live-set count.
 * Placing and running cost a plan per schedule, so only the schedules the report leads with get it.
 */
function placed(graph: Graph, s: ScheduleReport, checker: ExecutionChecker, { plan, memory }: Placement = placement(graph, s)): ScheduleReport {
  return {
    ...s, arenaBytes: memory.arenaBytes, peakSramBytes: memory.arenaBytes, streamedInputPeakSramBytes: planPatchMemory(plan, 'streamed').arenaBytes,
    accounting: 'placed tinygate arena: split buffer + one tile buffer per stage-1 tensor (clipped windows, reused by every patch) + int8 input resident + stage 2 per layer, PADs fused, 4-B aligned, depthwise (through a placed plane copy) and elementwise ops in place where the data flow allows',
    ...checker.patch(plan, memory, `tinygate patch ${s.patches!.join('×')} after op ${s.split}`),
  };
}

/**
 * `--schedule auto` for tinygate on placed peaks: per-layer when it fits, else the patch schedule of
 * the live-set front with the fewest MACs whose placed arena fits; the smallest placed peak when none does.
 */
function pickExecuted(graph: Graph, search: ScheduleSearch, budgetBytes: number): Candidate {
  if (search.perLayer.peakSramBytes <= budgetBytes) return search.perLayer;
  const placedFront = search.front.filter((c): c is PatchScheduleSummary => c.kind === 'patch')
    .map((c) => ({ c, peak: placedPatchPeak(graph, c.split, c.patches) }));
  if (placedFront.length === 0) return pickSchedule(search, budgetBytes);
  const fits = placedFront.filter((x) => x.peak <= budgetBytes);
  if (fits.length > 0) return fits.reduce((best, x) => (x.c.macs < best.c.macs ? x : best)).c;
  return pickSchedule({ ...search, front: placedFront.map((x) => ({ ...x.c, peakSramBytes: x.peak })).sort((a, b) => a.peakSramBytes - b.peakSramBytes) }, budgetBytes);
}

function executedFront(graph: Graph, front: readonly ScheduleReport[], checker: ExecutionChecker): ScheduleReport[] {
  // Each entry is placed once: its placed peak ranks it, and the kept ones run in that placement.
  const placements = front.map((s) => ({ s, at: placement(graph, s) }));
  placements.sort((a, b) => a.at.memory.arenaBytes - b.at.memory.arenaBytes || a.s.macs! - b.s.macs!);
  const kept: typeof placements = [];
  let macs = Infinity;
  for (const x of placements) if (x.s.macs! < macs) { kept.push(x); macs = x.s.macs!; }
  return kept.map(({ s, at }) => placed(graph, s, checker, at));
}

/**
 * A TinyEngine patch entry as its code generator lays it out (schedule/patch/tinyengine.ts) where it can
 * (n × n patches at a boundary of its layer list); otherwise the live-set entry, which says so.
 */
function generated(graph: Graph, s: ScheduleReport): ScheduleReport {
  if (s.runtime !== 'tinyengine' || s.patches![0] !== s.patches![1]) return s;
  const te = tinyEnginePatchesAfterOp(graph, s.split!, s.patches![0]);
  if (te === null) return s;
  return {
    ...s, arenaBytes: te.arenaBytes, scratchBytes: te.sbufBytes + te.kbufBytes, peakSramBytes: te.peakMemBytes,
    tile: [te.tile[0], te.tile[1]], accounting: te.accounting, imageBytes: te.imageBytes, unsound: [...te.unsound],
  };
}

function adviceFor(graph: Graph, best: PatchScheduleSummary): string[] {
  const advice = advisePatch(planCheckedPatches(graph, { split: best.split, patches: best.patches }), best);
  return adviceMessages(advice);
}

/**
 * A patch schedule's entry as the search counted it: a live-set peak under the runtime's rules, so
 * arena = peak and no scratch is added; `accounting` says so (`placed` replaces it with a measured
 * arena for tinygate).
 */
function patchReport(s: PatchScheduleSummary): ScheduleReport {
  return {
    kind: 'patch',
    runtime: s.runtime,
    arenaBytes: s.peakSramBytes,
    scratchBytes: 0,
    peakSramBytes: s.peakSramBytes,
    activationPeakBytes: s.activationPeakBytes,
    accounting: s.accounting,
    split: s.split,
    splitTensor: s.splitTensor,
    patches: [s.patches[0], s.patches[1]],
    tile: [s.tile[0], s.tile[1]],
    macs: s.macs,
    macsClipped: s.macsClippedTiles,
    macOverhead: s.macOverhead,
  };
}

/**
 * The SRAM each kernel library needs is its runtime's whole allocation: TFLM's arena_used_bytes()
 * with CMSIS-NN or with the reference kernels (planned head + persistent tail, both kept on the
 * row), TinyEngine's PEAK_MEM. Flash under TFLM is the flatbuffer plus the runtime's code (both
 * kept on the row, the code an estimate from the oracle's build); under TinyEngine the weights.
 */
function memoryFor(graph: Graph, fileBytes: number, plans: readonly ScheduleSummary[]): (runtime: CostRuntime) => MemoryUse {
  const plan = (runtime: string): ScheduleSummary => plans.find((p) => p.runtime === runtime)!;
  return (runtime) => {
    const p = plan(runtime);
    if (runtime === 'tinyengine') return { flashBytes: weightBytes(graph), sramBytes: p.peakSramBytes };
    const flash = tflmFlash(graph, fileBytes, runtime === 'tflm-reference' ? 'reference' : 'cmsis-nn');
    return {
      flashBytes: flash.totalBytes, flashModelBytes: flash.modelBytes, flashCodeBytes: flash.codeBytes,
      sramBytes: p.peakSramBytes, sramPlannedBytes: p.arenaBytes + p.scratchBytes, sramPersistentBytes: p.persistentBytes!,
    };
  };
}
