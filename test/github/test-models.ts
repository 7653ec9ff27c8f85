// Models for the action's tests: the project's own fixtures when `npm run fixtures` has made them,
// otherwise two shared third-party models (read at test time, never copied into the repo). Either
// way `wide` needs more SRAM and MACs than `base`, and `other` is a third, unrelated model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { readSharedModel } from '../support/shared-models.ts';
import { REPO_ROOT } from './action-harness.ts';

const fixture = (name: string): string => join(REPO_ROOT, 'fixtures', name);
const haveFixtures = existsSync(fixture('tiny_cnn_base.tflite')) && existsSync(fixture('tiny_cnn_wide.tflite'));

export const models = {
  base: haveFixtures ? new Uint8Array(readFileSync(fixture('tiny_cnn_base.tflite'))) : readSharedModel('tflm_micro_speech_int8.tflite'),
  wide: haveFixtures ? new Uint8Array(readFileSync(fixture('tiny_cnn_wide.tflite'))) : readSharedModel('tflm_test_conv_model.tflite'),
  other: readSharedModel('tflm_hello_world_int8.tflite'),
};

/**
 * A peak-SRAM budget `base` meets and `wide` breaks, in bytes, for the figure the gate checks by
 * default (`runtime: tflm`, which runs per layer only): TFLM's planned arena with CMSIS-NN scratch.
 */
export function sramBudgetBetween(): number {
  const peak = (bytes: Uint8Array): number => analyzeModelBytes('m.tflite', bytes).schedules!
    .find((s) => s.runtime === 'tflm' && s.kind === 'per-layer')!.peakSramBytes;
  const [lo, hi] = [peak(models.base), peak(models.wide)];
  if (!(lo < hi)) throw new Error(`test models: wide (${hi} B) must need more SRAM than base (${lo} B)`);
  return Math.floor((lo + hi) / 2);
}
