// The shared models except the three large TinyEngine ones (models-tinyengine.test.ts, a separate
// file so the two run in parallel): each on seeds 1 and 2 (all 5 in `npm run conformance`), under
// `tflm` and `tflm-reference`, equal to TFLite Micro's bytes (model-check.ts).

import { describe, it } from 'vitest';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { expectModelMatchesTflm, TEST_SEEDS } from './model-check.ts';

oracleSkipNotice();

describe.skipIf(!oracleAvailable)('shared models equal TFLite Micro byte for byte', () => {
  for (const name of sharedModelNames().filter((n) => !n.startsWith('tinyengine_'))) {
    for (const kernels of ['cmsis', 'reference'] as const) {
      it.each(TEST_SEEDS)(`${name}, ${kernels} kernels, seed %i`, async (seed) => {
        await expectModelMatchesTflm(name, readSharedModel(name), seed, kernels);
      });
    }
  }
});
