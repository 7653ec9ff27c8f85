// Calibration against published board measurements (MLPerf Tiny closed division, the shared CSV).
// What is counted is never fitted here: on DSP cores (Cortex-M4/M33) the instructions TFLM +
// CMSIS-NN executes (instruction-model.ts, fitted on the oracle's counts of random single-op
// models), elsewhere the zero-wait cycles of the instruction mixes (cost-constants.ts). One term per
// board is fitted: cycles per instruction (DSP cores) or a CPI factor on the mix cycles (others):
// what the core's pipeline, the board's memory system (flash wait states on fetches and weight
// loads, caches) and the shipped build add. It is fitted on a stated subset of rows, one MLPerf
// round and one board at a time (vendor software got ~2× faster between rounds on the same board).
// All other rows of that round and board are predicted with the fitted term and their error is
// what reports show as errorPct; predicting each board with the median term of the *other* boards
// scores the model on boards it was not fitted on.
//
// Row selection, stated once:
//  * runtime family `tflm`: TFLite Micro with CMSIS-NN, or microTVM calling CMSIS-NN kernels
//    (the same kernels). microTVM "native", X-CUBE-AI, Plumerai, HALE, ONNC are other engines.
//  * models we simulate densely: vww, ic, kws, ad. The VWW model is 83 % dead channels that some
//    engines prune; TFLM and microTVM do not, so their VWW rows stay.
//  * fitted on: the kws row(s) of each (round, system group); held out: every other benchmark.

import type { Graph } from '../model/graph.ts';
import type { BoardTerm, CalibrationData, ErrorEntry, FitBasis } from './board-terms.ts';
import { memoryTerms } from './board-terms.ts';
import { estimateModel, instructionModel } from './cost-model.ts';
import { BUILTIN_TARGETS, type Target } from './targets.ts';

export interface MeasuredRow {
  readonly round: string;
  readonly submitter: string;
  readonly system: string;
  readonly benchmark: string;
  readonly modelFile: string;
  readonly latencyMs: number;
  readonly framework: string;
}

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field); field = '';
      if (record.some((f) => f !== '')) records.push(record);
      record = [];
    } else field += ch;
  }
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export function measuredRows(csvText: string): MeasuredRow[] {
  return parseCsv(csvText).map((r) => ({
    round: r['round']!, submitter: r['submitter']!, system: r['system']!, benchmark: r['benchmark']!,
    modelFile: r['model_file']!, latencyMs: Number(r['latency_ms_(1000/throughput)']), framework: r['framework_or_compiler']!,
  }));
}

/** Which built-in target an MLPerf system runs on (by the part in its name). */
const SYSTEM_TARGETS: readonly [RegExp, string][] = [
  [/L4R5/i, 'stm32l4r5'], [/RA6M4/i, 'ra6m4'], [/NRF5340/i, 'nrf5340'], [/RA8D1/i, 'ra8d1'],
];

/** TFLM (+ CMSIS-NN) or microTVM with CMSIS-NN kernels; null for other engines. */
export function runtimeFamily(row: MeasuredRow): 'tflm' | null {
  const fw = row.framework.toLowerCase();
  if (fw.includes('tflite-micro') || fw.includes('tensorflow lite')) return 'tflm';
  if (fw.includes('microtvm') && /cmsis[-_]?nn/i.test(row.system)) return 'tflm';
  return null;
}

const DENSE_BENCHMARKS = new Set(['vww', 'ic', 'kws', 'ad']);
export const FIT_BENCHMARK = 'kws';

export interface CalibrationRow extends MeasuredRow {
  readonly target: Target;
  /** Boards with the same round and target share one fitted term. */
  readonly group: string;
  /** What the fitted term multiplies: predicted instructions (DSP cores) or mix cycles at factor 1. */
  readonly basis: FitBasis;
  /** Instructions (basis `instructions`) or zero-wait mix cycles (basis `instruction mix`). */
  readonly coreCycles: number;
  /** Our flash stall cycles (datasheet prior, not fitted). */
  readonly flashCycles: number;
}

/** The rows calibration uses, each with our compute-only cycles and flash bytes for its model. */
export function calibrationRows(rows: readonly MeasuredRow[], loadModel: (file: string) => Graph): CalibrationRow[] {
  const graphs = new Map<string, Graph>();
  const out: CalibrationRow[] = [];
  for (const row of rows) {
    const targetName = SYSTEM_TARGETS.find(([re]) => re.test(row.system))?.[1];
    if (targetName === undefined || runtimeFamily(row) !== 'tflm' || !DENSE_BENCHMARKS.has(row.benchmark)) continue;
    const target = BUILTIN_TARGETS.find((t) => t.name === targetName)!;
    let graph = graphs.get(row.modelFile);
    if (graph === undefined) { graph = loadModel(row.modelFile); graphs.set(row.modelFile, graph); }
    const { total } = estimateModel(graph, target, 'tflm');
    const basis: FitBasis = instructionModel(target, 'tflm') === null ? 'instruction mix' : 'instructions';
    const coreCycles = basis === 'instructions' ? total.instructions : (total.cycles - total.memoryCycles) / memoryTerms(target).cpiFactor;
    out.push({ ...row, target, group: `${row.round} ${targetName}`, basis, coreCycles, flashCycles: total.memoryCycles });
  }
  return out;
}

/** Least squares on relative error for the one term s: min Σ ((s·core + flash − M) / M)², s ≥ 0. */
export function fitCpiFactor(rows: readonly CalibrationRow[]): number {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    const m = measuredCycles(r);
    num += (r.coreCycles / m) * ((m - r.flashCycles) / m);
    den += (r.coreCycles / m) ** 2;
  }
  return den === 0 ? 0 : Math.max(0, num / den);
}

export function measuredCycles(r: MeasuredRow & { target: Target }): number {
  return (r.latencyMs / 1000) * r.target.clockHz;
}

export function predictedMs(r: CalibrationRow, factor: number): number {
  return ((factor * r.coreCycles + r.flashCycles) / r.target.clockHz) * 1000;
}

export interface Prediction {
  readonly row: CalibrationRow;
  readonly use: 'fit' | 'held-out';
  /** The row's own board factor (fitted on that board's fit rows). */
  readonly factor: number;
  readonly predictedMs: number;
  readonly errorPct: number;
  /** As for a board without its own fit: the median factor of the other current-round boards. */
  readonly transferFactor: number;
  readonly transferMs: number;
  readonly transferErrorPct: number;
}

export interface CalibrationResult {
  readonly terms: BoardTerm[];
  /** Median term of the current-round boards with each basis: what a target without a fit uses. */
  readonly defaultCpi: number;
  readonly defaultCpiFactor: number;
  readonly predictions: Prediction[];
  readonly errors: ErrorEntry[];
}

/** Rounds from v0.7 on: the v0.5 reference (TFLM v2.3.1, 2020) predates the CMSIS-NN rewrite. */
export function isCurrentRound(round: string): boolean {
  return round !== 'v0.5';
}

const pct = (pred: number, meas: number): number => ((pred - meas) / meas) * 100;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function errorEntry(core: string, runtime: string, basis: ErrorEntry['basis'], errs: readonly number[]): ErrorEntry {
  const abs = errs.map(Math.abs);
  return { core, runtime, basis, medianAbsPct: round1(median(abs)), maxAbsPct: round1(Math.max(...abs)), rows: abs.length };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function calibrate(rows: readonly CalibrationRow[]): CalibrationResult {
  const groups = new Map<string, CalibrationRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const fitted: { term: BoardTerm; factor: number; rows: CalibrationRow[] }[] = [];
  for (const group of groups.values()) {
    const fitRows = group.filter((r) => r.benchmark === FIT_BENCHMARK);
    if (fitRows.length === 0) continue;
    const factor = fitCpiFactor(fitRows);
    const first = group[0]!;
    fitted.push({
      term: {
        target: first.target.name, round: first.round, system: [...new Set(group.map((r) => r.system))].join(' + '),
        basis: first.basis, cpiFactor: round3(factor), fittedOn: fitRows.map((r) => `${r.submitter} ${r.benchmark}`),
      },
      factor, rows: group,
    });
  }
  // A target keeps the term of its latest round (the software a user would run today).
  const terms = new Map<string, (typeof fitted)[number]>();
  for (const f of fitted) {
    const prev = terms.get(f.term.target);
    if (isCurrentRound(f.term.round) && (prev === undefined || prev.term.round < f.term.round)) terms.set(f.term.target, f);
  }
  const current = [...terms.values()];
  const predictions: Prediction[] = [];
  for (const f of fitted) {
    // Leave this board out: the term a target without its own fit would get (same basis only).
    const transferFactor = median(current.filter((c) => c.term.target !== f.term.target && c.term.basis === f.term.basis).map((c) => c.factor));
    for (const r of f.rows) {
      const p = predictedMs(r, f.factor);
      const t = predictedMs(r, transferFactor);
      predictions.push({
        row: r, use: r.benchmark === FIT_BENCHMARK ? 'fit' : 'held-out', factor: f.factor, predictedMs: p,
        errorPct: pct(p, r.latencyMs), transferFactor, transferMs: t, transferErrorPct: pct(t, r.latencyMs),
      });
    }
  }
  const scored = predictions.filter((p) => isCurrentRound(p.row.round));
  const errors: ErrorEntry[] = [];
  for (const core of [...new Set(scored.map((p) => p.row.target.core))].sort()) {
    const ofCore = scored.filter((p) => p.row.target.core === core);
    errors.push(errorEntry(core, 'tflm', 'calibrated', ofCore.filter((p) => p.use === 'held-out').map((p) => p.errorPct)));
    // A board whose basis no other board shares (the one Helium board) has no transfer to score.
    const transfer = ofCore.map((p) => p.transferErrorPct).filter((e) => Number.isFinite(e));
    if (transfer.length > 0) errors.push(errorEntry(core, 'tflm', 'uncalibrated', transfer));
  }
  // Without any measurement for a core and runtime, the worst median measured anywhere applies.
  const worst = errors.reduce((a, b) => (b.medianAbsPct > a.medianAbsPct ? b : a));
  errors.push({ ...worst, core: '*', runtime: '*', basis: 'borrowed' });
  const defaultOf = (basis: FitBasis): number => round3(median(current.filter((c) => c.term.basis === basis).map((c) => c.factor)));
  return {
    terms: current.map((c) => c.term).sort((a, b) => a.target.localeCompare(b.target)),
    defaultCpi: defaultOf('instructions'), defaultCpiFactor: defaultOf('instruction mix'),
    predictions, errors,
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function calibrationData(result: CalibrationResult, csv: string): CalibrationData {
  return {
    generatedBy: 'npm run calibrate', csv, defaultCpi: result.defaultCpi, defaultCpiFactor: result.defaultCpiFactor, boards: result.terms, errors: result.errors,
  };
}
