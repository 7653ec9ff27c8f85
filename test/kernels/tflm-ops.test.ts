// 104 seeded random single-op models, four of every op kind tinygate computes (random-tflm-ops.ts),
// written with our writer and run by TFLite Micro on the emulated Cortex-M4 with CMSIS-NN and with
// its reference kernels: every int8 output byte-identical, float32 outputs too except where TFLM's
// float math rounds differently (fused multiply-adds, newlib's expf): there within 1e-5 relative.
// TFLM must accept every generated model. The full sweep (≥ 1,000 models) is
// `npm run conformance` (scripts/conformance-bytes.ts).

import { describe, expect, it } from 'vitest';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { randomTflmCase, TFLM_OP_KINDS } from './random-tflm-ops.ts';
import { compareWithTflm } from './tflm-compare.ts';

oracleSkipNotice();

const CASES = Array.from({ length: 4 * TFLM_OP_KINDS.length }, (_, seed) => randomTflmCase(seed));

describe.skipIf(!oracleAvailable)('random single ops equal TFLite Micro', () => {
  it.each(['cmsis', 'reference'] as const)('%s kernels: 104 ops, 4 of each kind', async (kernels) => {
    const results = await compareWithTflm(CASES, kernels, 1);
    expect(results.filter((r) => r.refused !== null).map((r) => `${r.description}: ${r.refused}`)).toEqual([]);
    const int8 = results.filter((r) => r.integerDifferences > 0);
    expect(int8.map((r) => `${r.description}: ${r.differences.join('; ')}`)).toEqual([]);
    for (const r of results) expect(r.floatError, r.description).toBeLessThan(1e-5);
  });
});
