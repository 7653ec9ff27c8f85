// Our engine against TFLite Micro on the emulated Cortex-M4 on the MNIST fixtures: byte-identical
// outputs for every fifth digit of the test split (200 digits), with CMSIS-NN (runtime `tflm`) and
// with the reference kernels (`tflm-reference`). `npm run conformance` checks all 1,000 digits.
import { describe, expect, it } from 'vitest';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { compareWithTflm } from './oracle-check.ts';
import { FIXTURE_NAMES, fixtureBytes, int8Inputs } from './fixtures.ts';

oracleSkipNotice();

describe.skipIf(!oracleAvailable).each(FIXTURE_NAMES)('fixtures/mnist_%s.tflite against TFLite Micro', (name) => {
  it.each(['cmsis', 'reference'] as const)('equals its bytes on 200 test digits, %s kernels', async (kernels) => {
    const inputs = int8Inputs(name).filter((_, i) => i % 5 === 0).map((x) => [x]);
    const c = await compareWithTflm(name, fixtureBytes(name), inputs, kernels);
    expect(c.differing, `digits whose outputs differ from TFLM (${kernels})`).toEqual([]);
    expect(c.identical).toBe(200);
  });
});
