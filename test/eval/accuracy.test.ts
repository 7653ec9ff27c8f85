// Accuracy of the committed MNIST fixtures on their 1,000-digit test split, and the evaluation
// machinery: worker pool = one thread, shards merge to the whole, patch schedules agree bit for bit.
import { describe, expect, it } from 'vitest';
import { evaluateAccuracy } from '../../src/eval/accuracy.ts';
import type { EvalSpec } from '../../src/eval/evaluator.ts';
import { accuracyReport, mergeResults, type EvalResult } from '../../src/eval/result.ts';
import { FIXTURE_NAMES, fixtureBytes, fixturePath, TEST_SET_DIR, tfjsFloatTop1, type FixtureName } from './fixtures.ts';

const spec = (name: FixtureName, schedule: EvalSpec['schedule'] = null): EvalSpec =>
  ({ model: fixtureBytes(name), modelPath: fixturePath(name), datasetDir: TEST_SET_DIR, schedule });

const results = new Map<FixtureName, EvalResult>();
async function resultOf(name: FixtureName): Promise<EvalResult> {
  if (!results.has(name)) results.set(name, await evaluateAccuracy(spec(name), { workers: 0 }));
  return results.get(name)!;
}

describe.each(FIXTURE_NAMES)('fixtures/mnist_%s.tflite on fixtures/mnist-test', (name) => {
  it('reaches ≥ 97% int8 top-1, within 1 point of the float model (tfjs) it was quantized from', async () => {
    const r = await resultOf(name);
    expect(r.evaluated).toBe(1000);
    expect(r.confusion.map((row) => row.reduce((a, b) => a + b, 0))).toEqual(new Array(10).fill(100));
    const int8 = r.correct / r.evaluated, float = await tfjsFloatTop1(name);
    expect(int8).toBeGreaterThanOrEqual(0.97);
    expect(Math.abs(int8 - float)).toBeLessThanOrEqual(0.01);
  });
});

describe('evaluateAccuracy', () => {
  it('gives the same result on a pool of 2 worker threads as in one thread', async () => {
    // workerStartMs 0: start the worker however short the work (it shares the chunks with this thread).
    const pooled = await evaluateAccuracy(spec('base'), { workers: 2, workerStartMs: 0 });
    expect(pooled).toEqual(await resultOf('base'));
  });

  it('merges shards 1/3, 2/3, 3/3 into exactly the unsharded result', async () => {
    const whole = await resultOf('base');
    const shards = await Promise.all([1, 2, 3].map((index) => evaluateAccuracy(spec('base'), { workers: 0, shard: { index, count: 3 } })));
    expect(shards.map((s) => s.evaluated)).toEqual([334, 333, 333]);
    expect(mergeResults(shards, ['1', '2', '3'])).toEqual(whole);
    expect(() => mergeResults(shards.slice(0, 2), ['1', '2'])).toThrow('merge: shard 3/3 missing');
    expect(() => mergeResults([shards[0]!, shards[0]!, shards[2]!], ['a', 'b', 'c'])).toThrow('b: shard 1/3 is given twice (also in a)');
    expect(() => accuracyReport(shards[0]!)).toThrow('a single shard (1/3) is not the model\'s accuracy');
  });

  it('runs a 2×2 patch schedule with outputs identical to per-layer on every sample', async () => {
    const r = await evaluateAccuracy(spec('base', { split: 1, patches: [2, 2] }), { workers: 0 });
    expect(r.agreeing).toBe(1000);
    expect(r.correct).toBe((await resultOf('base')).correct);
    expect(accuracyReport(r)).toEqual({ top1: r.correct / 1000, samples: 1000, dataset: 'mnist-test', agreement: 1 });
  });

  it('refuses shards of different models', async () => {
    const a = await evaluateAccuracy(spec('base'), { workers: 0, shard: { index: 1, count: 2 } });
    const b = await evaluateAccuracy(spec('candidate'), { workers: 0, shard: { index: 2, count: 2 } });
    expect(() => mergeResults([a, b], ['a.json', 'b.json'])).toThrow(/b\.json: the model differs from a\.json's/);
  });
});
