// The advisor names the layers whose receptive field makes patches overlap, with halo widths worked
// out by hand: a k×k layer whose input is J input pixels apart adds (k − 1)·J rows to every tile.

import { describe, expect, it } from 'vitest';
import { zooModel } from '../../../src/model/zoo.ts';
import { adviceMessages } from '../../../src/report/advice.ts';
import { advisePatch } from '../../../src/schedule/patch/advisor.ts';
import { planPatches } from '../../../src/schedule/patch/plan.ts';
import { summarizePatchPlan } from '../../../src/schedule/patch/summary.ts';

function advise(name: 'mobilenetv2' | 'mcunet', splitName: string, p: number) {
  const g = zooModel(name);
  const split = g.ops.find((op) => g.tensors[op.outputs[0]!]!.name === splitName)!.index;
  const plan = planPatches(g, { split, patches: [p, p] });
  return advisePatch(plan, summarizePatchPlan(plan)[0]!);
}

describe('patch advisor', () => {
  it('stays quiet on the paper\'s MobileNetV2 schedule (8× less SRAM, +42% stage-1 MACs)', () => {
    const a = advise('mobilenetv2', 'block_3_project', 4);
    expect(a.helpsLittle).toBe(false);
    expect(adviceMessages(a)).toEqual([]);
    // Conv1 3×3 (J 1): 2; depthwise 3×3 at J 2, 2, 4, 4: 4, 4, 8, 8. Sum 26 = 75 − (6·8 + 1).
    expect(a.haloDrivers.map((d) => [d.name, d.haloPixels])).toEqual([
      ['block_2_depthwise', 8], ['block_3_depthwise', 8], ['expanded_conv_depthwise', 4], ['block_1_depthwise', 4], ['Conv1', 2],
    ]);
  });

  it('blames the 5×5 and 7×7 depthwise layers of the MCUNet-like net', () => {
    const a = advise('mcunet', 'block_3_project', 4);
    expect(a.helpsLittle).toBe(true);
    // stem 3×3 J1: 2; first 3×3 J2: 4; block_1 7×7 J2: 12; block_2 5×5 J4: 16; block_3 5×5 J4: 16.
    // Tile 83 = 3 patch rows at output stride 16 (33 px) + 50 px of halo.
    expect(adviceMessages(a)).toHaveLength(1);
    expect(adviceMessages(a)[0]).toMatch(/^stage 1 costs \d+\.\d% more MACs: each 83×83 input tile reaches 50 px beyond its patch, through 5 spatial layers; most from op 7 block_2_depthwise \(DEPTHWISE_CONV_2D 5×5 stride 1, 16 px\), op 11 block_3_depthwise \(DEPTHWISE_CONV_2D 5×5 stride 2, 16 px\), op 4 block_1_depthwise \(DEPTHWISE_CONV_2D 7×7 stride 2, 12 px\)/);
  });

  it('says when the peak is the split buffer itself', () => {
    const a = advise('mobilenetv2', 'block_1_expand', 2);
    expect(a.helpsLittle).toBe(true);
    expect(adviceMessages(a)[0]).toBe('peak SRAM drops only 1.04×: stage 1 needs 1354752 B, mostly the split buffer (1×112×112×96, 1204224 B); split where the feature map is smaller');
  });
});
