// The patch plan and its accounting against the MCUNetV2 paper (Lin et al., NeurIPS 2021,
// arXiv:2110.15352, Fig. 2 and section 3.1) on MobileNetV2-1.0 @224 from the zoo, and against
// receptive fields computed by hand from the Keras architecture.

import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/model/graph.ts';
import { zooModel } from '../../../src/model/zoo.ts';
import { PAPER_CONVENTION, perLayerLivePeak } from '../../../src/schedule/live-set.ts';
import { fullTileShape, patchProblems, patchWindow, planPatches, splitProblems } from '../../../src/schedule/patch/plan.ts';
import { summarizePatchPlan } from '../../../src/schedule/patch/summary.ts';
import { GraphBuilder, NO_ACTIVATION, noPad } from '../../kernels/graph-builder.ts';

const mbv2 = zooModel('mobilenetv2');
const opNamed = (g: Graph, name: string): number => g.ops.find((op) => g.tensors[op.outputs[0]!]!.name === name)!.index;
const tensorNamed = (g: Graph, name: string): number => g.tensors.find((t) => t.name === name)!.id;
/** The first 28×28×32 tensor: the end of the paper's "first 4 blocks" (Keras block_3). */
const SPLIT = opNamed(mbv2, 'block_3_project');

describe('patch plan, MobileNetV2-1.0 @224 split after block_3_project (28×28×32)', () => {
  it('back-propagates 7×7 output patches to 75×75 input tiles (4×4) and 14×14 to 131×131 (2×2)', () => {
    expect(mbv2.tensors[mbv2.ops[SPLIT]!.outputs[0]!]!.shape).toEqual([1, 28, 28, 32]);
    const plan = planPatches(mbv2, { split: SPLIT, patches: [4, 4] });
    expect(plan.patchSize).toEqual([7, 7]);
    expect(plan.tile).toEqual([75, 75]);
    expect(planPatches(mbv2, { split: SPLIT, patches: [2, 2] }).tile).toEqual([131, 131]);
    // By hand, t_in = (t_out − 1)·s + k backwards from 7: stride-2 3×3 depthwise 7→15, 1×1 keeps,
    // stride-1 3×3 depthwise 15→17, stride-2 17→35, stride-1 35→37, stride-2 stem 37→75.
    const expected: [string, number][] = [
      ['input', 75], ['Conv1', 37], ['expanded_conv_depthwise', 35], ['expanded_conv_project', 35], ['block_1_expand', 35],
      ['block_1_depthwise', 17], ['block_1_project', 17], ['block_2_expand', 17], ['block_2_depthwise', 15], ['block_2_project', 15],
      ['block_2_add', 15], ['block_3_expand', 15], ['block_3_depthwise', 7], ['block_3_project', 7],
    ];
    for (const [name, size] of expected) expect([name, fullTileShape(plan, tensorNamed(mbv2, name))]).toEqual([name, [size, size]]);
  });

  it('places each window in global coordinates, clipped at the border', () => {
    const plan = planPatches(mbv2, { split: SPLIT, patches: [4, 4] });
    const input = mbv2.inputs[0]!;
    // First patch, rows 0..6 of the split, by hand backwards (stride-2 layers pad (0, 1) as Keras does,
    // stride-1 3×3 layers pad 1): 0..14, −1..15, −2..32, −3..33, −6..68. The full tile starts 6 rows
    // above the image (padding); the rows read are 0..68.
    expect(patchWindow(plan, input, 0, 0)).toEqual({ start: [0, 0, 0, 0], size: [1, 69, 69, 3] });
    expect(patchWindow(plan, input, 0, 0, false)).toEqual({ start: [0, -6, -6, 0], size: [1, 75, 75, 3] });
    // Last patch, rows 21..27 of the split: by hand 42..56 (needs 56 = pad), 41..57, 82..116, 81..117, 162..236
    // unclipped; the image ends at 223, so the tile read is rows 162..223 (62 rows).
    expect(patchWindow(plan, input, 3, 3)).toEqual({ start: [0, 162, 162, 0], size: [1, 62, 62, 3] });
    expect(patchWindow(plan, input, 3, 3, false)).toEqual({ start: [0, 162, 162, 0], size: [1, 75, 75, 3] });
    // Columns of patch column 0 at block_1_depthwise: 0..14 → 3×3 pad 1: −1..15, clipped 0..15.
    expect(patchWindow(plan, tensorNamed(mbv2, 'block_1_depthwise'), 3, 0)).toEqual({ start: [0, 41, 0, 0], size: [1, 15, 16, 96] });
    expect(patchWindow(plan, tensorNamed(mbv2, 'block_1_depthwise'), 3, 0, false)).toEqual({ start: [0, 41, -1, 0], size: [1, 17, 17, 96] });
    expect(patchWindow(plan, plan.splitTensor, 2, 1)).toEqual({ start: [0, 14, 7, 0], size: [1, 7, 7, 32] });
  });

  it('splits unevenly with the last patches shorter, and names the patch counts that leave patches empty', () => {
    const plan = planPatches(mbv2, { split: SPLIT, patches: [3, 3] });
    expect(plan.patchSize).toEqual([10, 10]);
    expect(patchWindow(plan, plan.splitTensor, 2, 2)).toEqual({ start: [0, 20, 20, 0], size: [1, 8, 8, 32] });
    expect(patchProblems(mbv2, { split: SPLIT, patches: [8, 8] })).toEqual([
      '8 patches over 28 rows of the split tensor would leave the last patches empty (patch size ⌈28/8⌉ = 4)',
      '8 patches over 28 columns of the split tensor would leave the last patches empty (patch size ⌈28/8⌉ = 4)',
    ]);
  });
});

describe('patch legality', () => {
  it('rejects a split that a residual connection crosses, naming the tensor', () => {
    const problems = splitProblems(mbv2, opNamed(mbv2, 'block_2_project'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^block_1_project \(stage 1\) is also read by op \d+ \(ADD → block_2_add\) after the split/);
    expect(splitProblems(mbv2, opNamed(mbv2, 'block_2_add'))).toEqual([]);
  });

  it('rejects global ops in stage 1 and splits that are not feature maps', () => {
    const pool = opNamed(mbv2, 'pool');
    expect(splitProblems(mbv2, pool)).toEqual(['the split tensor pool has shape [1, 1280]; patches split a [1, H, W, C] feature map']);
    const afterPool = splitProblems(mbv2, mbv2.ops.length - 1);
    expect(afterPool[0]).toMatch(/^the split tensor probabilities/);
    expect(() => planPatches(mbv2, { split: pool, patches: [2, 2] })).toThrow(/cannot split after op 62 into 2×2 patches/);
  });

  it('rejects an SE-style gate: MEAN is global and its broadcast MUL has no tile', () => {
    const b = new GraphBuilder();
    const q = { scale: [0.1], zeroPoint: [0] };
    const x = b.tensor({ shape: [1, 8, 8, 4], dtype: 'int8', ...q });
    const axes = b.tensor({ shape: [2], dtype: 'int32' }, [1, 2]);
    const m = b.tensor({ shape: [1, 1, 1, 4], dtype: 'int8', ...q });
    const y = b.tensor({ shape: [1, 8, 8, 4], dtype: 'int8', ...q });
    const z = b.tensor({ shape: [1, 8, 8, 4], dtype: 'int8', ...q });
    b.op('MEAN', { input: x, axes }, m, { axes: [1, 2], keepDims: true })
      .op('MUL', { lhs: x, rhs: m }, y, NO_ACTIVATION)
      .op('MAX_POOL_2D', { input: y }, z, { stride: [1, 1], dilation: [1, 1], pad: noPad, filter: [1, 1], ...NO_ACTIVATION });
    const g = b.build([x], [z]);
    expect(splitProblems(g, 2)).toEqual([
      'op 0 (MEAN → t2) is a global op (it needs its whole input), so it cannot run patch by patch; split before it',
      'op 1 (MUL → t3) broadcasts t2 [1, 1, 1, 4] over the feature map (an SE-style gate); both operands must be tiles of the same map',
    ]);
  });
});

describe('patch accounting, MCUNetV2 paper convention (MobileNetV2-1.0 @224)', () => {
  it('per-layer peak is 1,404,928 B (the paper\'s 1372 kB): block_1_expand 112×112×16 in + 112×112×96 out', () => {
    expect(perLayerLivePeak(mbv2, PAPER_CONVENTION)).toBe(112 * 112 * 16 + 112 * 112 * 96);
    expect(perLayerLivePeak(mbv2, PAPER_CONVENTION)).toBe(1372 * 1024);
  });

  it('4×4 patches: peak 175,616 B (172 kB, 8.0×), stage-1 MACs 91.28 M → 129.52 M (+41.9%)', () => {
    const [paper] = summarizePatchPlan(planPatches(mbv2, { split: SPLIT, patches: [4, 4] }));
    expect(paper!.runtime).toBe('paper');
    expect(paper!.peakSramBytes).toBe(175_616);
    expect(paper!.stage2PeakBytes).toBe(28 * 28 * 32 + 28 * 28 * 192);
    // Stage 1 peak: block_1_expand on 35×35 tiles plus the whole split buffer.
    expect(paper!.stage1PeakBytes).toBe(35 * 35 * 16 + 35 * 35 * 96 + 28 * 28 * 32);
    expect(paper!.perLayerPeakBytes / paper!.peakSramBytes).toBeCloseTo(8.0, 1);
    expect(paper!.tile).toEqual([75, 75]);
    expect(paper!.stage1.perLayerMacs).toBe(91_282_688);
    expect(paper!.stage1.macs).toBe(129_517_568);
    expect(paper!.stage1.macs / paper!.stage1.perLayerMacs - 1).toBeCloseTo(0.419, 3);
    // Clipping border tiles saves work but never goes below per-layer.
    expect(paper!.stage1.macsClippedTiles).toBeLessThan(paper!.stage1.macs);
    expect(paper!.stage1.macsClippedTiles).toBeGreaterThan(paper!.stage1.perLayerMacs);
    expect(paper!.macOverhead).toBeCloseTo((129_517_568 - 91_282_688) / paper!.perLayerMacs, 12);
  });

  it('2×2 patches: tile 131×131, peak 469,616 B', () => {
    const [paper] = summarizePatchPlan(planPatches(mbv2, { split: SPLIT, patches: [2, 2] }));
    expect(paper!.tile).toEqual([131, 131]);
    expect(paper!.peakSramBytes).toBe(469_616);
    expect(paper!.stage1PeakBytes).toBe(63 * 63 * 16 + 63 * 63 * 96 + 28 * 28 * 32);
  });

  it('TinyEngine and tinygate conventions keep the input and the ADD output, so they count more', () => {
    const [paper, te, tg] = summarizePatchPlan(planPatches(mbv2, { split: SPLIT, patches: [4, 4] }));
    expect([te!.runtime, tg!.runtime]).toEqual(['tinyengine', 'tinygate']);
    // Stage 2, block_4_project without the fused add: 28×28×192 in, 28×28×32 out, the 28×28×32 skip.
    expect(te!.stage2PeakBytes).toBe(150_528 + 25_088 + 25_088);
    // Stage 1 holds the whole 224×224×3 int8 image besides the tiles.
    expect(te!.stage1PeakBytes).toBe(paper!.stage1PeakBytes + 224 * 224 * 3);
    expect(tg!.activationPeakBytes).toBe(paper!.peakSramBytes);
  });
});
