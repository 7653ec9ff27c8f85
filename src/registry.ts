// The one vocabulary (ARCHITECTURE.md, decision 6): the runtimes and schedules every layer reads,
// from the action inputs and the config schema to the planners, the cost model and the report, and
// the one rule that checks a name a user types (runtimes, schedules, targets, config keys) where it
// enters: the allowed values and the closest one. Case is not folded: `STM32F746` is an error whose
// suggestion is `stm32f746`, since accepting it silently would hide typos of the other kind. A leaf
// module (scripts/check-layers.mjs): the target list itself lives in mcu/targets.ts, which checks
// its names with `checkName`.

import { UserError } from './errors.ts';

/** What a runtime can produce: memory plans of each schedule kind, and simulated latency. */
export interface RuntimeInfo {
  /** How the comment names it in prose ("with TinyEngine in 3×3 patches: …"). */
  readonly label: string;
  readonly description: string;
  /** Per-layer memory plan: every runtime has one. */
  readonly perLayer: true;
  /** Patch-based (MCUNetV2) schedules: the runtime can execute, or count, stage 1 patch by patch. */
  readonly patch: boolean;
  /** Simulated latency (the cost model has this runtime's kernels). */
  readonly latency: boolean;
  /** An accounting convention, not something a device runs. */
  readonly accountingOnly: boolean;
}

export const RUNTIMES = {
  tflm: {
    label: 'TFLM + CMSIS-NN', perLayer: true, patch: false, latency: true, accountingOnly: false,
    description: 'TensorFlow Lite Micro with CMSIS-NN kernels: greedy arena plus CMSIS-NN scratch, per-layer only',
  },
  'tflm-reference': {
    label: 'TFLM reference kernels', perLayer: true, patch: false, latency: true, accountingOnly: false,
    description: 'TensorFlow Lite Micro with its portable C reference kernels: greedy arena, no scratch, per-layer only',
  },
  tinyengine: {
    label: 'TinyEngine', perLayer: true, patch: true, latency: true, accountingOnly: false,
    description: 'MIT TinyEngine: PEAK_MEM (first-fit arena, in-place depthwise, im2col buffers), per-layer and patch-based',
  },
  tinygate: {
    label: 'tinygate', perLayer: true, patch: true, latency: false, accountingOnly: false,
    description: 'tinygate\'s own memory plan (views, in-place ops, best placement), per-layer and patch-based; a memory plan only, no latency',
  },
  paper: {
    label: 'the MCUNetV2 paper\'s accounting', perLayer: true, patch: true, latency: false, accountingOnly: true,
    description: 'the MCUNetV2 paper\'s activation-only accounting (no alignment, no scratch, input not resident): a reference figure, no device runs it',
  },
} as const satisfies Record<string, RuntimeInfo>;

export type Runtime = keyof typeof RUNTIMES;
export const RUNTIME_NAMES = Object.keys(RUNTIMES) as Runtime[];

type Having<F extends 'patch' | 'latency' | 'accountingOnly'> = { [K in Runtime]: (typeof RUNTIMES)[K][F] extends true ? K : never }[Runtime];
/** Runtimes the cost model simulates. */
export type CostRuntime = Having<'latency'>;
/** Runtimes with a patch-based schedule (the paper's accounting among them). */
export type PatchRuntime = Having<'patch'>;
/** Runtimes a device runs: memory plans only a deployed runtime needs (not the paper's). */
export type DeployableRuntime = Exclude<Runtime, Having<'accountingOnly'>>;

export const COST_RUNTIMES = RUNTIME_NAMES.filter((r): r is CostRuntime => RUNTIMES[r].latency);
export const PATCH_RUNTIMES = RUNTIME_NAMES.filter((r): r is PatchRuntime => RUNTIMES[r].patch);

/** The runtime a gate row uses unless the `runtime` input or the config names another: what most users deploy. */
export const DEFAULT_RUNTIME: Runtime = 'tflm';

/** Which schedule of the runtime a budget applies to; `auto`: the lower peak of the two. */
export const SCHEDULES = ['per-layer', 'patch', 'auto'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export function checkRuntime(value: string, where: string): Runtime {
  return checkName(value, RUNTIME_NAMES, 'runtime', where);
}

export function checkSchedule(value: string, where: string): ScheduleName {
  return checkName(value, SCHEDULES, 'schedule', where);
}

/**
 * `value` if it is one of `allowed`, else a UserError naming what it is and where it came from:
 * "unknown runtime `tlfm` in input `runtime`; did you mean `tflm`? (allowed: …)".
 */
export function checkName<T extends string>(value: string, allowed: readonly T[], what: string, where: string, file?: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  const hint = guess === undefined ? '' : `; did you mean \`${guess}\`?`;
  throw new UserError(`unknown ${what} \`${value}\` in ${where}${hint} (allowed: ${allowed.join(', ')})`, file);
}

/**
 * The allowed name nearest to `value`: the same name in another case, else the one within an edit
 * distance of a third of its length (at least 2), e.g. `tlfm` → `tflm`, `budgts` → `budgets`.
 */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const folded = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (folded !== undefined) return folded;
  const best = allowed.map((a) => ({ a, d: editDistance(value, a) })).sort((x, y) => x.d - y.d)[0];
  return best !== undefined && best.d <= Math.max(2, Math.floor(value.length / 3)) ? best.a : undefined;
}

/** Damerau (optimal string alignment) distance, so a swapped pair (`tlfm`) costs 1. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
