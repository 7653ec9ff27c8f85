// Reports → Comparison: per model × target, one gated row: one runtime (default tflm) and one
// schedule of it, whose peak SRAM, flash, latency and fit are all that runtime's; base → head with
// the change and a status. Other runtimes' figures are advisory and never gated. Budget violations,
// budgets that cannot be evaluated and threshold regressions become findings, and the findings give
// the verdict. Pure: markdown, annotations and the exit code are all decided from the value this
// returns.
//
// Reports grow over time (schedules, targets, accuracy arrive in later schema additions), so every
// figure that a report may lack is `null` here, and a null is never compared or shown as 0; a null
// figure a budget needs is a failing finding that says why (fail closed, ARCHITECTURE.md decision 7).

import { PATCH_RUNTIMES, RUNTIMES, type Runtime, type ScheduleName } from '../registry.ts';
import type { Threshold, ThresholdMetric } from '../units.ts';
import { formatBytes, formatCount } from './format.ts';
import type { LayerReport, Report, ScheduleReport, TargetReport } from './report.ts';

export type ScheduleChoice = ScheduleName;
export type FailOn = 'budget' | 'regression' | 'never';

export interface Budgets { sramBytes?: number; flashBytes?: number; latencyMs?: number }

/** What one model is held to: from the action inputs, overridden by its config entry. */
export interface ModelSettings {
  targets: string[];
  /** The runtime every figure of the row comes from. */
  runtime: Runtime;
  /** Which of the runtime's schedules the row is; `auto` takes the one with the lower peak SRAM. */
  schedule: ScheduleChoice;
  budgets: Budgets;
  thresholds: Partial<Record<ThresholdMetric, Threshold>>;
}

export type MetricKey = 'sram' | 'flash' | 'macs' | 'latency' | 'accuracy';
export const METRIC_KEYS: readonly MetricKey[] = ['sram', 'flash', 'macs', 'latency', 'accuracy'];

export type MetricStatus = 'none' | 'ok' | 'improved' | 'regressed' | 'over-budget';

export interface MetricDelta {
  base: number | null;
  head: number | null;
  /** head − base, when both exist. */
  delta: number | null;
  /** delta / base, when both exist and base ≠ 0. */
  relative: number | null;
  status: MetricStatus;
}

/** One schedule of one runtime: what a gated row is. */
export interface GatedSchedule {
  runtime: Runtime;
  kind: 'per-layer' | 'patch';
  /** Patches per axis and the last op of stage 1, for a patch schedule; null per layer. */
  patches: [number, number] | null;
  split: number | null;
}

/** One budget held against the head's figure: the headroom, or why it could not be evaluated. */
export interface BudgetCheck {
  metric: 'sram' | 'flash' | 'latency';
  budget: number;
  /** Null: the figure is missing and `missing` says why; the check fails. */
  value: number | null;
  missing: string | null;
}

export interface TargetRow {
  target: string;
  /** The head's gated schedule (the base's for a removed model); null when there is none. */
  gated: GatedSchedule | null;
  metrics: Record<MetricKey, MetricDelta>;
  /** The head's measured latency error in percent (the report's errorPct), shown next to the latency. */
  latencyErrorPct: number | null;
  budgets: BudgetCheck[];
  status: MetricStatus;
}

/**
 * `no-baseline`: the baseline (or this model's part of it) could not be read, so nothing can be said
 * about what changed. `unreadable`: head's model could not be analyzed; its row has no figures.
 */
export type ModelChange = 'new' | 'removed' | 'unchanged' | 'changed' | 'no-baseline' | 'unreadable';

export interface LayerDelta {
  index: number;
  op: string;
  outputShape: number[];
  outputBytes: { base: number | null; head: number | null };
  macs: { base: number | null; head: number | null };
}

/** A figure of a runtime that is not gated: shown for information, e.g. "with TinyEngine in 3×3 patches". */
export interface AdvisoryFigure extends GatedSchedule { peakSramBytes: number }

export interface ModelComparison {
  path: string;
  change: ModelChange;
  /** True when the per-layer SRAM figures are the reports' ideal activation peak: no memory plan yet. */
  sramIsIdeal: boolean;
  rows: TargetRow[];
  /** Other runtimes' lowest per-layer and patch peaks in head, for new and changed models. */
  advisory: AdvisoryFigure[];
  /** Layer by layer, for new and changed models (empty otherwise). */
  layers: LayerDelta[];
  /** Head's SRAM profile for the chart: output activation bytes per layer and the gated runtime's peaks. */
  profile: { layerBytes: number[]; perLayerPeak: number; perLayerIsIdeal: boolean; patchPeak: number | null } | null;
}

export interface Finding {
  level: 'error' | 'warning';
  /** `model`: head's model could not be analyzed. */
  kind: 'budget' | 'regression' | 'baseline' | 'model';
  model: string | null;
  target: string | null;
  message: string;
}

export type BaselineState = { kind: 'found' } | { kind: 'missing'; reason: string };

export interface Comparison {
  verdict: 'pass' | 'fail';
  baseline: BaselineState;
  models: ModelComparison[];
  findings: Finding[];
}

type RawFinding = Omit<Finding, 'level'>;

export interface CompareInput {
  /** Null when the baseline could not be found; `baseline` says why. */
  base: Report[] | null;
  head: Report[];
  baseline: BaselineState;
  settingsFor: (modelPath: string) => ModelSettings;
  failOn: FailOn;
  /** Models with no report, path → why: on head each is a failing row; on base only that model's baseline is missing. */
  unreadable?: { head: ReadonlyMap<string, string>; base: ReadonlyMap<string, string> };
}

const LOWER_IS_BETTER: Record<MetricKey, boolean> = { sram: true, flash: true, macs: true, latency: true, accuracy: false };
const LABEL: Record<MetricKey, string> = { sram: 'peak SRAM', flash: 'flash', macs: 'MACs', latency: 'latency', accuracy: 'top-1 accuracy' };

export function compareReports(input: CompareInput): Comparison {
  const byPath = (reports: Report[]): Map<string, Report> => new Map(reports.map((r) => [r.model.path, r]));
  const heads = byPath(input.head);
  const bases = byPath(input.base ?? []);
  const broken = input.unreadable ?? { head: new Map<string, string>(), base: new Map<string, string>() };
  const paths = [...new Set([...heads.keys(), ...broken.head.keys(), ...(input.base === null ? [] : bases.keys())])].sort();
  const raw: RawFinding[] = [];
  if (input.baseline.kind === 'missing') {
    raw.push({ kind: 'baseline', model: null, target: null, message: `no baseline: ${input.baseline.reason}` });
  }
  const models = paths.map((path): ModelComparison => {
    const headBroken = broken.head.get(path);
    if (headBroken !== undefined) {
      raw.push({ kind: 'model', model: path, target: null, message: headBroken });
      return { path, change: 'unreadable', sramIsIdeal: false, rows: [], advisory: [], layers: [], profile: null };
    }
    const baseBroken = input.base === null ? undefined : broken.base.get(path);
    if (baseBroken !== undefined) raw.push({ kind: 'baseline', model: path, target: null, message: `no baseline for this model: ${baseBroken}` });
    return compareModel(path, bases.get(path), heads.get(path), input.base !== null && baseBroken === undefined, input.settingsFor(path), raw);
  });
  // A missing baseline or an unchecked budget fails like a broken budget: passing without one would
  // be passing silently.
  const fails = (f: RawFinding): boolean => input.failOn !== 'never' && (f.kind !== 'regression' || input.failOn === 'regression');
  const findings = raw.map((f): Finding => ({ level: fails(f) ? 'error' : 'warning', ...f }));
  return { verdict: findings.some((f) => f.level === 'error') ? 'fail' : 'pass', baseline: input.baseline, models, findings };
}

/** The schedule a row reads in one report, or why there is none. */
type Resolved = { entry: ScheduleReport | null; ideal: boolean; missing: string | null };

function compareModel(
  path: string, base: Report | undefined, head: Report | undefined, haveBaseline: boolean,
  settings: ModelSettings, findings: RawFinding[],
): ModelComparison {
  const change: ModelChange = !haveBaseline ? 'no-baseline' : head === undefined ? 'removed'
    : base === undefined ? 'new'
      : base.model.sha256 === head.model.sha256 ? 'unchanged' : 'changed';
  const sides = [base, head].filter((r): r is Report => r !== undefined);
  // Reports from before memory plans existed have no schedules: both sides then use the ideal
  // activation peak, a lower bound on the arena, so a budget it breaks is certainly broken.
  const sramIsIdeal = sides.every((r) => r.schedules === undefined);
  const b = base === undefined ? null : resolve(base, settings, sramIsIdeal);
  const h = head === undefined ? null : resolve(head, settings, sramIsIdeal);
  const shown = h ?? b;
  const gated = shown?.entry == null ? null : gatedOf(shown.entry);
  if (h !== null && h.missing !== null) findings.push({ kind: 'budget', model: path, target: null, message: `cannot gate ${describeSetting(settings)}: ${h.missing}` });
  const rows = settings.targets.map((target) => {
    const bRow = base === undefined || b === null ? undefined : targetRowOf(base, target, settings.runtime, b.entry);
    const hRow = head === undefined || h === null ? undefined : targetRowOf(head, target, settings.runtime, h.entry);
    // Weights alone are the flash figure while neither side has a target row; when only one side has
    // one, the other shows —: a cell never compares two accountings.
    const rowsPresent = [[base, bRow], [head, hRow]].filter(([r]) => r !== undefined).map(([, row]) => row !== undefined);
    const weightFlash = rowsPresent.every((has) => !has);
    const fig = (r: Report | undefined, side: Resolved | null, row: TargetReport | undefined): Record<MetricKey, number | null> | null => (r === undefined || side === null ? null : {
      sram: side.ideal ? r.model.idealActivationPeakBytes : side.entry?.peakSramBytes ?? null,
      flash: weightFlash ? r.model.weightBytes : row?.flashBytes ?? null,
      macs: r.model.macs,
      latency: row?.latencyMs ?? null,
      accuracy: r.accuracy === undefined ? null : r.accuracy.top1,
    });
    const bf = fig(base, b, bRow);
    const hf = fig(head, h, hRow);
    const metrics = {} as Record<MetricKey, MetricDelta>;
    for (const key of METRIC_KEYS) {
      metrics[key] = judge(key, bf?.[key] ?? null, hf?.[key] ?? null, settings, change !== 'removed');
      const m = metrics[key];
      if (m.status === 'regressed') {
        findings.push({ kind: 'regression', model: path, target, message: `${LABEL[key]}${key === 'sram' ? ` (${gatedText(gated)})` : ''} ${describeChange(key, m)}, beyond the ${key} threshold ${describeThreshold(settings.thresholds[key]!, key)}` });
      }
    }
    const budgets = hf === null || h === null ? [] : checkBudgets(path, target, hf, h, hRow, head!, settings, metrics, findings);
    if (hRow?.fits === false) {
      metrics.sram.status = 'over-budget';
      findings.push({ kind: 'budget', model: path, target, message: `does not fit in ${target}'s memory under ${gatedText(gated)} (needs ${formatBytes(hRow.sramBytes)} SRAM and ${formatBytes(hRow.flashBytes)} flash)` });
    }
    const statuses = METRIC_KEYS.map((k) => metrics[k].status);
    const status: MetricStatus = (['over-budget', 'regressed', 'improved', 'ok'] as const).find((s) => statuses.includes(s)) ?? 'none';
    return { target, gated, metrics, latencyErrorPct: hRow?.errorPct ?? null, budgets, status };
  });
  const showLayers = change === 'new' || change === 'changed' || change === 'no-baseline';
  return {
    path, change, sramIsIdeal, rows,
    advisory: showLayers && head !== undefined ? advisoryFigures(head, gated) : [],
    layers: showLayers && head !== undefined ? layerDeltas(base?.layers ?? [], head.layers) : [],
    profile: showLayers && head !== undefined ? headProfile(head, settings.runtime, sramIsIdeal) : null,
  };
}

/** The runtime's schedule of the chosen kind in one report (`auto`: the lower peak), or why it has none. */
function resolve(r: Report, s: ModelSettings, ideal: boolean): Resolved {
  if (ideal) {
    return s.schedule === 'patch'
      ? { entry: null, ideal: false, missing: 'the report predates memory plans, so it has no patch schedule' }
      : { entry: null, ideal: true, missing: null };
  }
  const perLayer = lowest(r, 'per-layer', s.runtime);
  const patch = lowest(r, 'patch', s.runtime);
  if (s.schedule === 'per-layer' || (s.schedule === 'auto' && (patch === null || (perLayer !== null && perLayer.peakSramBytes <= patch.peakSramBytes)))) {
    if (perLayer !== null) return { entry: perLayer, ideal: false, missing: null };
    return { entry: null, ideal: false, missing: `the report has no per-layer memory plan of \`${s.runtime}\`` };
  }
  if (patch !== null) return { entry: patch, ideal: false, missing: null };
  if (!RUNTIMES[s.runtime].patch) {
    return { entry: null, ideal: false, missing: `\`${s.runtime}\` runs per layer only and has no patch schedule (runtimes with one: ${PATCH_RUNTIMES.join(', ')})` };
  }
  return { entry: null, ideal: false, missing: `no patch schedule of \`${s.runtime}\` for this model: no legal split lowers its peak SRAM` };
}

function lowest(r: Report, kind: ScheduleReport['kind'], runtime: Runtime): ScheduleReport | null {
  const found = (r.schedules ?? []).filter((x) => x.kind === kind && x.runtime === runtime);
  return found.length === 0 ? null : found.reduce((a, x) => (x.peakSramBytes < a.peakSramBytes ? x : a));
}

function gatedOf(e: ScheduleReport): GatedSchedule {
  const patch = e.kind === 'patch' && e.patches !== undefined && e.split !== undefined;
  return { runtime: e.runtime, kind: e.kind, patches: patch ? [e.patches![0], e.patches![1]] : null, split: patch ? e.split! : null };
}

/** "patch 3×3 after op 8" (how the report's target rows name a patch schedule, pipeline.ts) or "per-layer". */
export function scheduleText(g: GatedSchedule): string {
  return g.kind === 'patch' ? `patch ${g.patches === null ? '' : `${g.patches.join('×')} after op ${g.split}`}`.trim() : 'per-layer';
}

/** "tflm, per-layer" or "tinyengine, patch 3×3 after op 8". */
export function gatedText(g: GatedSchedule | null): string {
  return g === null ? 'no memory plan' : `${g.runtime}, ${scheduleText(g)}`;
}

function describeSetting(s: ModelSettings): string {
  return `runtime \`${s.runtime}\` with schedule \`${s.schedule}\``;
}

/** The target row of this runtime and schedule: per-layer rows carry no `schedule`, patch rows name theirs. */
function targetRowOf(r: Report, target: string, runtime: Runtime, entry: ScheduleReport | null): TargetReport | undefined {
  const schedule = entry?.kind === 'patch' ? scheduleText(gatedOf(entry)) : undefined;
  return r.targets?.find((x) => x.name === target && x.runtime === runtime && x.schedule === schedule);
}

/** Why the head has no latency for the row: the runtime has none, the model has ops we cannot cost, or the report lacks it. */
function missingLatency(head: Report, target: string, s: ModelSettings, g: GatedSchedule | null): string {
  if (!RUNTIMES[s.runtime].latency) return `\`${s.runtime}\` is a memory plan only and has no latency`;
  if (head.model.unsupportedOps.length > 0) return `the model has ops the cost model cannot charge (${head.model.unsupportedOps.map((o) => o.op).join(', ')})`;
  return `the report has no \`${gatedText(g)}\` latency on \`${target}\` (the runtime may not run on its core, or the target was not analyzed)`;
}

function checkBudgets(
  path: string, target: string, h: Record<MetricKey, number | null>, side: Resolved, row: TargetReport | undefined, head: Report,
  s: ModelSettings, metrics: Record<MetricKey, MetricDelta>, findings: RawFinding[],
): BudgetCheck[] {
  const g = side.entry === null ? null : gatedOf(side.entry);
  const checks: BudgetCheck[] = [];
  const hold = (metric: BudgetCheck['metric'], budget: number | undefined, missing: () => string): void => {
    if (budget === undefined) return;
    const value = h[metric];
    const check: BudgetCheck = { metric, budget, value, missing: value === null ? missing() : null };
    checks.push(check);
    // A schedule the head lacks is one model-level finding already (compareModel).
    if (check.missing !== null && !(metric === 'sram' && side.missing !== null)) {
      findings.push({ kind: 'budget', model: path, target, message: `${LABEL[metric]} budget not evaluated: ${check.missing}` });
    } else if (value !== null && value > budget) {
      metrics[metric].status = 'over-budget';
      findings.push({ kind: 'budget', model: path, target, message: `${budgetLabel(metric, g, side.ideal)} ${describeBudget(check)}` });
    }
  };
  hold('sram', s.budgets.sramBytes, () => side.missing ?? `the report has no SRAM figure for ${gatedText(g)}`);
  hold('flash', s.budgets.flashBytes, () => `the report has no flash figure for ${gatedText(g)} on \`${target}\``);
  hold('latency', s.budgets.latencyMs, () => (row === undefined ? missingLatency(head, target, s, g) : 'no latency'));
  return checks;
}

/** "peak SRAM (tflm, per-layer)": which runtime and schedule the figure is. */
export function budgetLabel(metric: BudgetCheck['metric'], g: GatedSchedule | null, ideal: boolean): string {
  if (metric === 'flash') return LABEL.flash;
  return `${LABEL[metric]} (${ideal && metric === 'sram' ? 'ideal activation peak, a lower bound' : gatedText(g)})`;
}

/** "157.7 KiB of 128 KiB: over by 29.7 KiB" or "… 12.3 KiB left". */
export function describeBudget(c: BudgetCheck): string {
  if (c.value === null) return `not evaluated: ${c.missing}`;
  const f = c.metric === 'latency' ? ms : bytes;
  const budget = c.metric === 'latency' ? ms(c.budget) : formatBudgetBytes(c.budget);
  return c.value > c.budget ? `${f(c.value)} of ${budget}: over by ${f(c.value - c.budget)}` : `${f(c.value)} of ${budget}: ${f(c.budget - c.value)} left`;
}

/** A budget as the user wrote it: `128 KiB`, not `128.0 KiB`. */
function formatBudgetBytes(n: number): string {
  return formatBytes(n).replace(/\.0+ /, ' ');
}

/** Every other runtime's lowest per-layer and patch peak in the head report: information, never gated. */
function advisoryFigures(head: Report, gated: GatedSchedule | null): AdvisoryFigure[] {
  const out: AdvisoryFigure[] = [];
  for (const runtime of Object.keys(RUNTIMES) as Runtime[]) {
    for (const kind of ['per-layer', 'patch'] as const) {
      const e = lowest(head, kind, runtime);
      if (e === null || (gated !== null && gated.runtime === runtime && gated.kind === kind)) continue;
      out.push({ ...gatedOf(e), peakSramBytes: e.peakSramBytes });
    }
  }
  return out;
}

function headProfile(head: Report, runtime: Runtime, ideal: boolean): NonNullable<ModelComparison['profile']> {
  const planned = ideal ? null : lowest(head, 'per-layer', runtime);
  return {
    layerBytes: head.layers.map((l) => l.outputBytes),
    perLayerPeak: planned?.peakSramBytes ?? head.model.idealActivationPeakBytes,
    perLayerIsIdeal: planned === null,
    patchPeak: lowest(head, 'patch', runtime)?.peakSramBytes ?? null,
  };
}

function judge(key: MetricKey, base: number | null, head: number | null, s: ModelSettings, headExists: boolean): MetricDelta {
  const delta = base !== null && head !== null ? head - base : null;
  const relative = delta !== null && base !== 0 ? delta / base! : null;
  let status: MetricStatus = head === null && base === null ? 'none' : 'ok';
  if (delta !== null && headExists) {
    const worse = LOWER_IS_BETTER[key] ? delta : -delta;
    const limit = s.thresholds[key];
    if (limit !== undefined && worse > allowance(key, limit, base!)) status = 'regressed';
    else if (worse < 0) status = 'improved';
  }
  return { base, head, delta, relative, status };
}

/** The worsening a threshold allows, in the metric's unit (accuracy: fraction, thresholds in points). */
function allowance(key: MetricKey, t: Threshold, base: number): number {
  if ('relative' in t) return Math.abs(base) * t.relative;
  return key === 'accuracy' ? t.absolute / 100 : t.absolute;
}

function layerDeltas(base: LayerReport[], head: LayerReport[]): LayerDelta[] {
  return head.map((l) => {
    // A layer is "the same layer" only if its position and op match; otherwise base shows as absent.
    const b = base.find((x) => x.index === l.index && x.op === l.op);
    return {
      index: l.index, op: l.op, outputShape: l.outputShape,
      outputBytes: { base: b?.outputBytes ?? null, head: l.outputBytes },
      macs: { base: b?.macs ?? null, head: l.macs },
    };
  });
}

const bytes = formatBytes;
const ms = (n: number): string => `${+n.toFixed(3)} ms`;

function describeChange(key: MetricKey, m: MetricDelta): string {
  if (key === 'accuracy') {
    // Accuracy moves in percentage points, the unit its threshold is written in.
    return `went from ${+(m.base! * 100).toFixed(2)}% to ${+(m.head! * 100).toFixed(2)}% (${+(m.delta! * 100).toFixed(2)} points)`;
  }
  const f = key === 'latency' ? ms : key === 'macs' ? formatCount : bytes;
  const pct = m.relative === null ? '' : ` (${m.relative >= 0 ? '+' : ''}${(m.relative * 100).toFixed(1)}%)`;
  return `went from ${f(m.base!)} to ${f(m.head!)}${pct}`;
}

function describeThreshold(t: Threshold, key: MetricKey): string {
  const sign = key === 'accuracy' ? '-' : '+';
  if ('relative' in t) return `${sign}${+(t.relative * 100).toFixed(3)}%`;
  return key === 'accuracy' ? `${sign}${t.absolute} points` : key === 'latency' ? `${sign}${ms(t.absolute)}` : key === 'macs' ? `${sign}${formatCount(t.absolute)}` : `${sign}${bytes(t.absolute)}`;
}
