import { describe, expect, it } from 'vitest';
import { boxElements, wholeBox, type Box } from '../../src/model/view.ts';
import { addCost, chargeStep, chargeSteps, estimateModel, ZERO_COST } from '../../src/mcu/cost-model.ts';
import { memoryTerms } from '../../src/mcu/board-terms.ts';
import { targetRows } from '../../src/mcu/target-rows.ts';
import { BUILTIN_TARGETS, findTargets, type Target } from '../../src/mcu/targets.ts';
import { opStats } from '../../src/model/stats.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { convGraph } from '../support/single-op.ts';
import { readSharedModel, sharedModelsPresent } from '../support/shared-models.ts';

const [l4r5, g0b1, f746, h743] = findTargets(['stm32l4r5', 'stm32g0b1', 'stm32f746', 'stm32h743']) as [Target, Target, Target, Target];
const KWS = 'mlperf_tiny_kws_dscnn_int8.tflite';

describe('cost record', () => {
  it('adds field by field, ZERO_COST is neutral', () => {
    const g = convGraph('CONV_2D', { input: [1, 8, 8, 8], kernel: [3, 3], padding: 'SAME', outChannels: 8 });
    const c = chargeStep(g, g.ops[0]!, wholeBox(g.tensors[g.outputs[0]!]!.shape), l4r5, 'tflm');
    expect(addCost(c, ZERO_COST)).toEqual(c);
    expect(addCost(c, c).cycles).toBeCloseTo(2 * c.cycles);
    expect(c.cycles).toBeCloseTo(c.computeCycles + c.outputCycles + c.im2colCycles + c.overheadCycles + c.memoryCycles);
  });
});

describe('patch steps', () => {
  const g = convGraph('CONV_2D', { input: [1, 16, 16, 16], kernel: [3, 3], padding: 'SAME', outChannels: 16 });
  const op = g.ops[0]!;
  const whole = wholeBox(g.tensors[g.outputs[0]!]!.shape);
  const tiles = (p: number): Box[] => {
    const out: Box[] = [];
    for (let y = 0; y < 16; y += 16 / p) for (let x = 0; x < 16; x += 16 / p) out.push({ start: [0, y, x, 0], size: [1, 16 / p, 16 / p, 16] });
    return out;
  };
  it('tiles covering the output do the same MACs as the whole layer', () => {
    const { total } = chargeSteps(g, tiles(4).map((window) => ({ op: 0, window })), l4r5, 'tflm');
    expect(total.macs).toBe(opStats(op, g).macs);
  });
  it('smaller tiles cost more cycles for the same MACs (call and row overheads)', () => {
    const perLayer = chargeStep(g, op, whole, l4r5, 'tflm').cycles;
    const p2 = chargeSteps(g, tiles(2).map((window) => ({ op: 0, window })), l4r5, 'tflm').total.cycles;
    const p8 = chargeSteps(g, tiles(8).map((window) => ({ op: 0, window })), l4r5, 'tflm').total.cycles;
    expect(p2).toBeGreaterThan(perLayer);
    expect(p8).toBeGreaterThan(p2);
    expect(boxElements(whole)).toBe(16 * 16 * 16);
  });
});

describe.skipIf(!sharedModelsPresent)('whole models', () => {
  const kws = readTflite(readSharedModel(KWS), KWS);
  it('charges exactly the dense MACs the stats module counts', () => {
    const macs = kws.ops.reduce((s, op) => s + opStats(op, kws).macs, 0);
    expect(estimateModel(kws, l4r5, 'tflm').total.macs).toBe(macs);
    expect(macs).toBe(2_656_768); // ../shared/models/MANIFEST.md §2.3 [HELPER]
  });
  it('same core, more MHz → fewer ms', () => {
    const faster: Target = { ...l4r5, name: 'l4r5-fast', clockHz: 2 * l4r5.clockHz };
    expect(estimateModel(kws, faster, 'tflm').latencyMs).toBeLessThan(estimateModel(kws, l4r5, 'tflm').latencyMs);
    expect(estimateModel(kws, h743, 'tflm').latencyMs).toBeLessThan(estimateModel(kws, f746, 'tflm').latencyMs);
  });
  it('Cortex-M0+ needs several times the cycles of a Cortex-M4 (no SIMD MAC, no SMULL)', () => {
    const m0 = estimateModel(kws, g0b1, 'tflm').cycles;
    const m4 = estimateModel(kws, l4r5, 'tflm').cycles;
    expect(m0 / m4).toBeGreaterThan(2);
  });
  it('CMSIS-NN beats the portable reference kernels on every DSP or Helium target', () => {
    for (const t of BUILTIN_TARGETS.filter((x) => x.core !== 'cortex-m0plus')) {
      expect(estimateModel(kws, t, 'tflm').cycles).toBeLessThan(estimateModel(kws, t, 'tflm-reference').cycles);
    }
  });
});

describe.skipIf(!sharedModelsPresent)('instructions in the report rows', () => {
  const kws = readTflite(readSharedModel(KWS), KWS);
  it('TFLM on a Cortex-M4: per-layer instructions and kernels, cycles = instructions × the board CPI + flash stalls', () => {
    const [row] = targetRows(kws, [l4r5], ['tflm']);
    expect(row!.instructions).toBe(row!.layers.reduce((s, l) => s + l.instructions!, 0));
    // CMSIS-NN's dispatch for KWS: the 10×4 stride-2 first conv goes through im2col, the 3×3
    // depthwise convs to the 3×3 kernel, the pointwise convs to the 1×1 fast path.
    expect(row!.layers.map((l) => l.kernel).slice(0, 3)).toEqual(['arm_convolve_s8', 'arm_depthwise_conv_3x3_s8', 'arm_convolve_1x1_s8_fast']);
    const est = estimateModel(kws, l4r5, 'tflm');
    expect(est.total.computeCycles).toBeCloseTo(est.total.instructions * memoryTerms(l4r5).cpi, 3);
    expect(est.total.cycles).toBeCloseTo(est.total.computeCycles + est.total.memoryCycles, 3);
  });
  it('no instruction counts where cycles come from instruction mixes (Cortex-M0+, TinyEngine)', () => {
    const rows = targetRows(kws, [g0b1, l4r5], ['tflm', 'tinyengine']);
    expect(rows.filter((r) => r.instructions !== undefined).map((r) => `${r.name} ${r.runtime}`)).toEqual(['stm32l4r5 tflm']);
  });
});
