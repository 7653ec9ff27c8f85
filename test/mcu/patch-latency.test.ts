// MCUNetV2's observation for MobileNetV2 in 4×4 patches: latency grows a little more than the MACs
// do, because small tiles pay call and row overheads again and fill SIMD lanes worse.
import { describe, expect, it } from 'vitest';
import { estimateModel } from '../../src/mcu/cost-model.ts';
import { chargePatchPlan } from '../../src/mcu/schedule-cost.ts';
import { findTargets } from '../../src/mcu/targets.ts';
import { zooModel } from '../../src/model/zoo.ts';
import { planPatches } from '../../src/schedule/patch/plan.ts';
import { summarizePatchPlan } from '../../src/schedule/patch/summary.ts';

describe('patch latency on MobileNetV2-1.0 @224 (split after block 3, 4×4)', () => {
  const graph = zooModel('mobilenetv2', { width: 1, resolution: 224 });
  const split = graph.ops.findIndex((op) => graph.tensors[op.outputs[0]!]!.name.includes('block_3_project'));
  const plan = planPatches(graph, { split, patches: [4, 4] });

  it.each([['stm32f746', 'tflm'], ['stm32l4r5', 'tflm'], ['ra6m4', 'tinyengine']] as const)('%s / %s: a few points more latency than executed MACs', (name, runtime) => {
    const target = findTargets([name])[0]!;
    const perLayer = estimateModel(graph, target, runtime);
    const patch = chargePatchPlan(plan, target, runtime);
    const macOverhead = patch.macs / perLayer.total.macs - 1;
    const latencyOverhead = patch.cycles / perLayer.cycles - 1;
    // Two independent counts of what runs: the cost model's per-step MACs and the patch planner's
    // clipped-tile arithmetic.
    expect(macOverhead).toBeCloseTo(summarizePatchPlan(plan)[0]!.macOverheadClippedTiles, 6);
    expect(latencyOverhead).toBeGreaterThan(macOverhead);
    expect(latencyOverhead - macOverhead).toBeLessThan(0.05);
  });
});
