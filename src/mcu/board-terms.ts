// The board terms the cost model reads: a datasheet prior for flash stalls per weight byte, and one
// fitted term per board: cycles per instruction for TFLM on DSP cores (the instruction model), or
// a CPI factor on the instruction-mix cycles elsewhere (how much slower than the TRM's zero-wait
// timings the board runs the kernels), plus the measured error per (core, runtime). The fitted
// numbers are written by `npm run calibrate` into calibration.json; a board without a fit uses the
// median term of the fitted boards, and its error is what that choice measured when each fitted
// board was left out in turn.

import calibration from './calibration.json' with { type: 'json' };
import type { Target } from './targets.ts';

/** What a board's fitted term multiplies. */
export type FitBasis = 'instructions' | 'instruction mix';

export interface BoardTerm {
  /** Target name the term belongs to. */
  readonly target: string;
  /** MLPerf Tiny round and system whose rows the term was fitted on. */
  readonly round: string;
  readonly system: string;
  /** `instructions`: cpiFactor is cycles per predicted instruction; else a factor on mix cycles. */
  readonly basis: FitBasis;
  /** Fitted: measured cycles / modelled core-side work (instructions or zero-wait mix cycles). */
  readonly cpiFactor: number;
  /** Benchmarks (rows) used for fitting; every other row of the same round and system is held out. */
  readonly fittedOn: readonly string[];
}

/** How an errorPct was measured. */
export type ErrorBasis =
  /** held-out rows of boards with a fitted term */
  | 'calibrated'
  /** every row of a board, predicted with the median factor of the other boards (leave one out) */
  | 'uncalibrated'
  /** no measured row for this core and runtime: the worst median measured for any family and basis */
  | 'borrowed';

export interface ErrorEntry {
  readonly core: string;
  readonly runtime: string;
  readonly basis: ErrorBasis;
  /** Median |predicted − measured| / measured over `rows` rows, in percent. */
  readonly medianAbsPct: number;
  readonly maxAbsPct: number;
  readonly rows: number;
}

export interface CalibrationData {
  readonly generatedBy: string;
  readonly csv: string;
  /** Median cycles per instruction of the current-round DSP boards, for targets without a fit. */
  readonly defaultCpi: number;
  /** Median mix factor of the current-round boards fitted on instruction mixes. */
  readonly defaultCpiFactor: number;
  readonly boards: readonly BoardTerm[];
  readonly errors: readonly ErrorEntry[];
}

export const CALIBRATION: CalibrationData = calibration as CalibrationData;

/**
 * Prior stall per weight byte read from flash: the wait states of one line read spread over the
 * bytes it delivers. Accelerators and prefetch are left to calibration (they help instruction
 * fetch far more than a weight stream).
 */
export function priorFlashStallPerByte(target: Target): number {
  return target.flash.waitStates / target.flash.lineBytes;
}

export function boardTerm(target: Target, data: CalibrationData = CALIBRATION): BoardTerm | undefined {
  return data.boards.find((b) => b.target === target.name);
}

export interface MemoryTerms {
  /** Datasheet prior (never fitted). */
  readonly flashStallCyclesPerByte: number;
  /** Cycles per instruction of the instruction model: fitted per board, else the fitted boards' median. */
  readonly cpi: number;
  /** Factor on instruction-mix cycles: fitted per board, else the fitted boards' median. */
  readonly cpiFactor: number;
}

export function memoryTerms(target: Target): MemoryTerms {
  const term = boardTerm(target);
  return {
    flashStallCyclesPerByte: priorFlashStallPerByte(target),
    cpi: term?.basis === 'instructions' ? term.cpiFactor : CALIBRATION.defaultCpi,
    cpiFactor: term?.basis === 'instruction mix' ? term.cpiFactor : CALIBRATION.defaultCpiFactor,
  };
}

/** The measured error that applies to a latency on this target under this runtime. */
export function errorFor(target: Target, runtime: string, data: CalibrationData = CALIBRATION): ErrorEntry | undefined {
  const basis: ErrorBasis = boardTerm(target, data) === undefined ? 'uncalibrated' : 'calibrated';
  return data.errors.find((e) => e.core === target.core && e.runtime === runtime && e.basis === basis)
    ?? data.errors.find((e) => e.core === target.core && e.runtime === runtime && e.basis === 'uncalibrated')
    ?? data.errors.find((e) => e.basis === 'borrowed');
}
