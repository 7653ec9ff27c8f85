// A patch schedule charged for what it executes: every stage-1 step on its own (clipped) window, so
// the per-call and per-row costs are paid per patch and the halo is recomputed; stage 2 per layer.
import type { PatchPlan } from '../schedule/patch/plan.ts';
import { patchSteps } from '../schedule/patch/run.ts';
import { chargeSteps, type Cost } from './cost-model.ts';
import type { CostRuntime } from '../registry.ts';
import type { Target } from './targets.ts';

export function chargePatchPlan(plan: PatchPlan, target: Target, runtime: CostRuntime): Cost {
  return chargeSteps(plan.graph, patchSteps(plan), target, runtime).total;
}
