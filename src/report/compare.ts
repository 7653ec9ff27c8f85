// Reports → Comparison: per model × target, base → head for peak SRAM (per-layer and best patch
// schedule), flash, MACs, latency and accuracy, each with its delta and a status; budget violations
// and threshold regressions become findings, and the findings give the verdict. Pure: markdown,
// annotations and the exit code are all decided from the value this returns.
//
// Reports grow over time (schedules, targets, accuracy arrive in later schema additions), so every
// figure that a report may lack is `null` here, and a null is never compared, budgeted or shown as 0.

import type { Threshold, ThresholdMetric } from '../units.ts';
import { formatBytes, formatCount } from './format.ts';
import type { LayerReport, Report } from './report.ts';

/** Optional report sections added by later analysis stages; read only when present. */
interface ScheduleEntry { kind: 'per-layer' | 'patch'; runtime: string; peakSramBytes: number }
interface TargetEntry { name: string; runtime?: string; latencyMs?: number; flashBytes?: number; fits?: boolean }
interface AccuracyEntry { top1: number; samples: number; dataset: string }
type GrownReport = Report & { schedules?: ScheduleEntry[]; targets?: TargetEntry[]; accuracy?: AccuracyEntry };

/** How much worse head may be than base: a fraction of base, or an amount in the metric's unit. */
export type ScheduleChoice = 'per-layer' | 'patch' | 'auto';
export type FailOn = 'budget' | 'regression' | 'never';

export interface Budgets { sramBytes?: number; flashBytes?: number; latencyMs?: number }

/** What one model is held to: from the action inputs, overridden by its config entry. */
export interface ModelSettings {
  targets: string[];
  /** Only schedules and targets of this runtime count; undefined: any runtime. */
  runtime?: string;
  /** Which peak SRAM the budget applies to; `auto` takes the lower of the two schedules. */
  schedule: ScheduleChoice;
  budgets: Budgets;
  thresholds: Partial<Record<ThresholdMetric, Threshold>>;
}

export type MetricKey = 'sramPerLayer' | 'sramPatch' | 'flash' | 'macs' | 'latency' | 'accuracy';
export const METRIC_KEYS: readonly MetricKey[] = ['sramPerLayer', 'sramPatch', 'flash', 'macs', 'latency', 'accuracy'];

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

export interface TargetRow {
  target: string;
  metrics: Record<MetricKey, MetricDelta>;
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

export interface ModelComparison {
  path: string;
  change: ModelChange;
  /** True when the per-layer SRAM figures are the reports' ideal activation peak: no memory plan yet. */
  sramIsIdeal: boolean;
  rows: TargetRow[];
  /** Layer by layer, for new and changed models (empty otherwise). */
  layers: LayerDelta[];
  /** Head's SRAM profile for the chart: output activation bytes per layer and each schedule's peak. */
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

const LOWER_IS_BETTER: Record<MetricKey, boolean> = {
  sramPerLayer: true, sramPatch: true, flash: true, macs: true, latency: true, accuracy: false,
};
const THRESHOLD_OF: Record<MetricKey, ThresholdMetric> = {
  sramPerLayer: 'sram', sramPatch: 'sram', flash: 'flash', macs: 'macs', latency: 'latency', accuracy: 'accuracy',
};
const LABEL: Record<MetricKey, string> = {
  sramPerLayer: 'peak SRAM (per-layer)', sramPatch: 'peak SRAM (patch)', flash: 'flash', macs: 'MACs', latency: 'latency', accuracy: 'top-1 accuracy',
};

export function compareReports(input: CompareInput): Comparison {
  const byPath = (reports: Report[]): Map<string, GrownReport> => new Map(reports.map((r) => [r.model.path, r]));
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
      return { path, change: 'unreadable', sramIsIdeal: false, rows: [], layers: [], profile: null };
    }
    const baseBroken = input.base === null ? undefined : broken.base.get(path);
    if (baseBroken !== undefined) raw.push({ kind: 'baseline', model: path, target: null, message: `no baseline for this model: ${baseBroken}` });
    return compareModel(path, bases.get(path), heads.get(path), input.base !== null && baseBroken === undefined, input.settingsFor(path), raw);
  });
  // A missing baseline fails like a budget: passing without one would be passing silently.
  const fails = (f: RawFinding): boolean => input.failOn !== 'never' && (f.kind !== 'regression' || input.failOn === 'regression');
  const findings = raw.map((f): Finding => ({ level: fails(f) ? 'error' : 'warning', ...f }));
  return { verdict: findings.some((f) => f.level === 'error') ? 'fail' : 'pass', baseline: input.baseline, models, findings };
}

function compareModel(
  path: string, base: GrownReport | undefined, head: GrownReport | undefined, haveBaseline: boolean,
  settings: ModelSettings, findings: RawFinding[],
): ModelComparison {
  const change: ModelChange = !haveBaseline ? 'no-baseline' : head === undefined ? 'removed'
    : base === undefined ? 'new'
      : base.model.sha256 === head.model.sha256 ? 'unchanged' : 'changed';
  const sides = [base, head].filter((r): r is GrownReport => r !== undefined);
  const sramIsIdeal = accounting(sides.map((r) => schedulePeak(r, 'per-layer', settings.runtime))) === 'static';
  const rows = settings.targets.map((target) => {
    const flash = accounting(sides.map((r) => findTarget(r, target, settings)?.flashBytes ?? null));
    const b = base === undefined ? null : figures(base, target, settings, sramIsIdeal, flash === 'static');
    const h = head === undefined ? null : figures(head, target, settings, sramIsIdeal, flash === 'static');
    const metrics = {} as Record<MetricKey, MetricDelta>;
    for (const key of METRIC_KEYS) {
      metrics[key] = judge(key, b?.[key] ?? null, h?.[key] ?? null, settings, change !== 'removed');
      const m = metrics[key];
      if (m.status === 'regressed') {
        findings.push({ kind: 'regression', model: path, target, message: `${LABEL[key]} ${describeChange(key, m)}, beyond the ${THRESHOLD_OF[key]} threshold ${describeThreshold(settings.thresholds[THRESHOLD_OF[key]]!, key)}` });
      }
    }
    if (h !== null) checkBudgets(path, target, h, settings, metrics, findings);
    const statuses = METRIC_KEYS.map((k) => metrics[k].status);
    const status: MetricStatus = (['over-budget', 'regressed', 'improved', 'ok'] as const).find((s) => statuses.includes(s)) ?? 'none';
    return { target, metrics, status };
  });
  const showLayers = change === 'new' || change === 'changed' || change === 'no-baseline';
  return {
    path, change, sramIsIdeal, rows,
    layers: showLayers && head !== undefined ? layerDeltas(base?.layers ?? [], head.layers) : [],
    profile: showLayers && head !== undefined ? headProfile(head, settings) : null,
  };
}

function headProfile(head: GrownReport, settings: ModelSettings): NonNullable<ModelComparison['profile']> {
  const planned = schedulePeak(head, 'per-layer', settings.runtime);
  return {
    layerBytes: head.layers.map((l) => l.outputBytes),
    perLayerPeak: planned ?? head.model.idealActivationPeakBytes,
    perLayerIsIdeal: planned === null,
    patchPeak: schedulePeak(head, 'patch', settings.runtime),
  };
}

/**
 * Whether base and head can both use a measured figure (`measured`), neither has one so both use
 * the report's static figure (`static`), or only one has it (`mixed`: the other side shows —).
 * Base and head are never measured two different ways in one cell.
 */
function accounting(measured: (number | null)[]): 'measured' | 'static' | 'mixed' {
  if (measured.every((m) => m !== null)) return 'measured';
  return measured.every((m) => m === null) ? 'static' : 'mixed';
}

function findTarget(r: GrownReport, target: string, s: ModelSettings): TargetEntry | undefined {
  return r.targets?.find((x) => x.name === target && (s.runtime === undefined || x.runtime === undefined || x.runtime === s.runtime));
}

/** One report's figures for one target; null where the report does not have them. */
function figures(r: GrownReport, target: string, s: ModelSettings, idealSram: boolean, weightFlash: boolean): Record<MetricKey, number | null> & { fits: boolean | null } {
  const t = findTarget(r, target, s);
  return {
    // Without a memory plan the ideal activation peak is the best per-layer figure a report has: a
    // lower bound on the arena, so a budget it breaks is certainly broken.
    sramPerLayer: idealSram ? r.model.idealActivationPeakBytes : schedulePeak(r, 'per-layer', s.runtime),
    sramPatch: schedulePeak(r, 'patch', s.runtime),
    // Weights alone are the flash figure until a target adds code and runtime.
    flash: weightFlash ? r.model.weightBytes : t?.flashBytes ?? null,
    macs: r.model.macs,
    latency: t?.latencyMs ?? null,
    accuracy: r.accuracy === undefined ? null : r.accuracy.top1,
    fits: t?.fits ?? null,
  };
}

/** The lowest peak SRAM among a report's schedules of one kind (the best split for patch). */
function schedulePeak(r: GrownReport, kind: ScheduleEntry['kind'], runtime: string | undefined): number | null {
  // The paper's accounting is a reference figure, not a runtime one can deploy: it counts only when
  // asked for by name.
  const peaks = (r.schedules ?? [])
    .filter((x) => x.kind === kind && (runtime === undefined ? x.runtime !== 'paper' : x.runtime === runtime))
    .map((x) => x.peakSramBytes);
  return peaks.length === 0 ? null : Math.min(...peaks);
}

function judge(key: MetricKey, base: number | null, head: number | null, s: ModelSettings, headExists: boolean): MetricDelta {
  const delta = base !== null && head !== null ? head - base : null;
  const relative = delta !== null && base !== 0 ? delta / base! : null;
  let status: MetricStatus = head === null && base === null ? 'none' : 'ok';
  if (delta !== null && headExists) {
    const worse = LOWER_IS_BETTER[key] ? delta : -delta;
    const limit = s.thresholds[THRESHOLD_OF[key]];
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

function checkBudgets(
  path: string, target: string, h: ReturnType<typeof figures>, s: ModelSettings,
  metrics: Record<MetricKey, MetricDelta>, findings: RawFinding[],
): void {
  const over = (key: MetricKey, what: string, value: number, budget: number, fmt: (n: number) => string): void => {
    metrics[key].status = 'over-budget';
    findings.push({ kind: 'budget', model: path, target, message: `${what} ${fmt(value)} exceeds the budget of ${fmt(budget)} by ${fmt(value - budget)}` });
  };
  const sramKey = gatedSramKey(h, s.schedule);
  const sram = sramKey === null ? null : h[sramKey];
  if (s.budgets.sramBytes !== undefined && sramKey !== null && sram !== null && sram > s.budgets.sramBytes) {
    over(sramKey, LABEL[sramKey], sram, s.budgets.sramBytes, bytes);
  }
  if (s.budgets.flashBytes !== undefined && h.flash !== null && h.flash > s.budgets.flashBytes) over('flash', 'flash', h.flash, s.budgets.flashBytes, bytes);
  if (s.budgets.latencyMs !== undefined && h.latency !== null && h.latency > s.budgets.latencyMs) over('latency', 'latency', h.latency, s.budgets.latencyMs, ms);
  if (h.fits === false) {
    metrics.sramPerLayer.status = 'over-budget';
    findings.push({ kind: 'budget', model: path, target, message: `does not fit in ${target}'s memory` });
  }
}

/** The SRAM figure the budget applies to: the chosen schedule's, or under `auto` the lower one. */
function gatedSramKey(h: Record<MetricKey, number | null>, choice: ScheduleChoice): 'sramPerLayer' | 'sramPatch' | null {
  if (choice === 'per-layer') return 'sramPerLayer';
  if (choice === 'patch') return h.sramPatch === null ? null : 'sramPatch';
  if (h.sramPatch !== null && (h.sramPerLayer === null || h.sramPatch < h.sramPerLayer)) return 'sramPatch';
  return 'sramPerLayer';
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
