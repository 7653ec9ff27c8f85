// The instruction model against the device: every op of every shared model, run by TFLM on a
// Cortex-M4 under QEMU with CMSIS-NN and with the reference kernels (../shared/tflm-oracle counts
// each operator's instructions exactly). The formulas were fitted on random single-op models only
// (scripts/fit-instructions.ts), so every op here is held out.
import { describe, expect, it } from 'vitest';
import { predictInstructions } from '../../src/mcu/instruction-model.ts';
import { modelConformance, quantile, type OpConformance } from '../support/instruction-conformance.ts';
import { sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { convGraph } from '../support/single-op.ts';

oracleSkipNotice();

describe.skipIf(!oracleAvailable || !sharedModelsPresent)('per-op instructions vs the TFLM oracle (shared models, held out)', () => {
  const rows: OpConformance[] = [];
  // One test per model keeps each far from the timeout on a cold cache (mcunetv2_large with the
  // reference kernels is ~3 G emulated instructions).
  it.each(sharedModelNames())('%s: every op is predicted', async (model) => {
    const got = await modelConformance(model);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((r) => r.kernel !== '(none)')).toBe(true);
    rows.push(...got);
  });

  it.each(['cmsis', 'reference'] as const)('%s kernels: median |error| ≤ 5 %, 90th percentile ≤ 15 %', (kernels) => {
    const abs = rows.filter((r) => r.kernels === kernels).map((r) => Math.abs(r.errorPct));
    expect(abs.length).toBeGreaterThan(400);
    expect(quantile(abs, 0.5)).toBeLessThanOrEqual(5);
    expect(quantile(abs, 0.9)).toBeLessThanOrEqual(15);
  });
});

describe('structure of the formulas', () => {
  it('a channel count that is not a multiple of 4 costs more per channel than its full blocks (CMSIS-NN tails)', () => {
    const per = (c: number): number => {
      const g = convGraph('DEPTHWISE_CONV_2D', { input: [1, 16, 16, c], kernel: [3, 3], padding: 'SAME' });
      return predictInstructions(g, g.ops[0]!, 'cmsis')!.instructions / c;
    };
    expect(per(33)).toBeGreaterThan(per(32));
  });
  it('the reference kernels execute several times the instructions of CMSIS-NN on a 3×3 conv', () => {
    const g = convGraph('CONV_2D', { input: [1, 16, 16, 16], kernel: [3, 3], padding: 'SAME', outChannels: 16 });
    const ratio = predictInstructions(g, g.ops[0]!, 'reference')!.instructions / predictInstructions(g, g.ops[0]!, 'cmsis')!.instructions;
    expect(ratio).toBeGreaterThan(2);
  });
});
