// The report's `targets[]` rows: one per (target, runtime) the runtime can run on, with latency,
// its measured calibration error, and whether the model fits the target's memories.

import type { Graph } from '../model/graph.ts';
import { idealActivationPeakBytes, weightBytes } from '../model/stats.ts';
import { errorFor, type ErrorBasis } from './board-terms.ts';
import { estimateModel, instructionModel, latencyMsOf } from './cost-model.ts';
import { runtimeSupports } from './kernel-choice.ts';
import { checkName, COST_RUNTIMES, type CostRuntime } from '../registry.ts';
import { largestArenaBytes, type Target } from './targets.ts';

export interface MemoryUse {
  readonly flashBytes: number;
  /** TFLM: flashBytes split into the .tflite flatbuffer and the runtime's code (an estimate). */
  readonly flashModelBytes?: number;
  readonly flashCodeBytes?: number;
  readonly sramBytes: number;
  /** TFLM: sramBytes split into arena_used_bytes()'s planned head and persistent tail. */
  readonly sramPlannedBytes?: number;
  readonly sramPersistentBytes?: number;
}

export interface TargetRow {
  name: string;
  runtime: CostRuntime;
  cycles: number;
  latencyMs: number;
  /** Median |error| measured by calibration for this core and runtime (board-terms.ts). */
  errorPct: number;
  /** calibrated: this board was fitted; uncalibrated: its core family was measured; borrowed: neither. */
  errorBasis: ErrorBasis;
  fits: boolean;
  flashBytes: number;
  flashModelBytes?: number;
  flashCodeBytes?: number;
  sramBytes: number;
  sramPlannedBytes?: number;
  sramPersistentBytes?: number;
  /** Predicted instructions (TFLM's Cortex-M4 build); absent where cycles come from instruction mixes. */
  instructions?: number;
  layers: { index: number; cycles: number; instructions?: number; kernel?: string }[];
}

function measuredError(target: Target, runtime: CostRuntime): { errorPct: number; errorBasis: ErrorBasis } {
  const e = errorFor(target, runtime);
  if (e === undefined) throw new Error('src/mcu/calibration.json has no error entries: run npm run calibrate');
  return { errorPct: e.medianAbsPct, errorBasis: e.basis };
}

/** Checks `--runtime` values against the runtimes with latency; no list means every one. */
export function parseRuntimes(names: readonly string[] | undefined): CostRuntime[] {
  if (names === undefined || names.length === 0) return [...COST_RUNTIMES];
  return names.map((n) => checkName(n, COST_RUNTIMES, 'runtime with latency', 'option `--runtime`'));
}

/**
 * Per-layer latency rows. `memory` gives the flash and SRAM the report measured (e.g. the planner's
 * peak for that runtime); without it flash is the weight bytes and SRAM the ideal activation peak,
 * both lower bounds.
 */
export function targetRows(
  graph: Graph,
  targets: readonly Target[],
  runtimes: readonly CostRuntime[],
  memory?: MemoryUse | ((runtime: CostRuntime) => MemoryUse),
): TargetRow[] {
  const fallback: MemoryUse = { flashBytes: weightBytes(graph), sramBytes: idealActivationPeakBytes(graph) };
  const rows: TargetRow[] = [];
  for (const target of targets) {
    for (const runtime of runtimes) {
      if (!runtimeSupports(runtime, target.core)) continue;
      const use = typeof memory === 'function' ? memory(runtime) : memory ?? fallback;
      const est = estimateModel(graph, target, runtime);
      const counted = instructionModel(target, runtime) !== null;
      rows.push({
        ...targetRow(target, runtime, est.cycles, use),
        ...(counted ? { instructions: est.total.instructions } : {}),
        layers: est.perOp.map((p) => ({
          index: p.index, cycles: Math.round(p.cost.cycles),
          ...(counted ? { instructions: p.cost.instructions, ...(p.kernel === undefined ? {} : { kernel: p.kernel }) } : {}),
        })),
      });
    }
  }
  return rows;
}

/**
 * One row from cycles the caller charged (per-layer, or a patch schedule step by step): latency at
 * the target's clock, the measured error for its core and runtime, and whether `use` fits: flash
 * in the target's flash, the arena in its largest contiguous SRAM range (targets.ts).
 */
export function targetRow(target: Target, runtime: CostRuntime, cycles: number, use: MemoryUse): Omit<TargetRow, 'layers'> {
  return {
    name: target.name,
    runtime,
    cycles: Math.round(cycles),
    latencyMs: Math.round(latencyMsOf(Math.round(cycles), target) * 1000) / 1000,
    ...measuredError(target, runtime),
    // SRAM fits when the arena fits in one contiguous range, not in the sum of the blocks.
    fits: use.flashBytes <= target.flashBytes && use.sramBytes <= largestArenaBytes(target),
    flashBytes: use.flashBytes,
    ...(use.flashModelBytes === undefined ? {} : { flashModelBytes: use.flashModelBytes, flashCodeBytes: use.flashCodeBytes! }),
    sramBytes: use.sramBytes,
    ...(use.sramPlannedBytes === undefined ? {} : { sramPlannedBytes: use.sramPlannedBytes, sramPersistentBytes: use.sramPersistentBytes! }),
  };
}
