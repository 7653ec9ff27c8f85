import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/model/graph.ts';
import { prepareSoftmax } from '../../src/kernels/softmax.ts';
import { oneOpGraph, ourAndTheirs, runOurs, seededBytes, seededFloats, int8Diffs } from './single-op-harness.ts';

type Q = { scale?: number; zeroPoint?: number };

function softmax(shape: readonly number[], dtype: DType, beta: number, qi: Q, qo: Q) {
  return oneOpGraph(
    [{ shape, dtype, ...qi }, { shape, dtype, ...qo }],
    { kind: 'SOFTMAX', inputs: { input: 0 }, inputList: [0], outputs: [1], attrs: { beta } },
  );
}

const i8 = (...v: number[]) => new Uint8Array(new Int8Array(v).buffer);
const asInt8 = (b: Uint8Array) => Array.from(new Int8Array(b.buffer, b.byteOffset, b.length));
const PROBS = { scale: 1 / 256, zeroPoint: -128 };

describe('hand-computed cases', () => {
  it('splits equal logits evenly along the last axis, row by row', () => {
    // Rows of 2 and of 4 equal values: 1/2 → 128 − 128 = 0; 1/4 → 64 − 128 = −64.
    const two = softmax([2, 2], 'int8', 1, { scale: 0.1 }, PROBS);
    expect(asInt8(runOurs(prepareSoftmax, two, [i8(5, 5, -7, -7)]))).toEqual([0, 0, 0, 0]);
    const four = softmax([1, 4], 'int8', 1, { scale: 0.1 }, PROBS);
    expect(asInt8(runOurs(prepareSoftmax, four, [i8(9, 9, 9, 9)]))).toEqual([-64, -64, -64, -64]);
  });

  it('gives a dominant logit all the mass (saturating at 127)', () => {
    const g = softmax([1, 2], 'int8', 1, { scale: 1 }, PROBS);
    expect(asInt8(runOurs(prepareSoftmax, g, [i8(127, -128)]))).toEqual([127, -128]);
  });
});

describe('bit for bit against TFLite Micro (CMSIS-NN = reference kernels; uint8, which TFLM lacks: TFLite)', () => {
  const cases: { name: string; shape: number[]; dtype: DType; beta: number; qi: Q; qo: Q }[] = [];
  for (const [shape, beta, scale, zp] of [
    [[1, 10], 1, 0.1, 3], [[1, 2], 1, 0.05, -10], [[64, 12], 1, 0.2, 0], [[8, 100], 0.7, 0.05, 3],
    [[2, 3, 1000], 1, 0.02, -5], [[4, 16], 2.5, 0.08, 20],
  ] as const) {
    cases.push({ name: `int8 [${shape}] beta ${beta} scale ${scale}`, shape: [...shape], dtype: 'int8', beta, qi: { scale, zeroPoint: zp }, qo: PROBS });
    cases.push({ name: `uint8 [${shape}] beta ${beta} scale ${scale}`, shape: [...shape], dtype: 'uint8', beta, qi: { scale, zeroPoint: zp + 128 }, qo: { scale: 1 / 256, zeroPoint: 0 } });
  }

  it.each(cases)('$name', async ({ shape, dtype, beta, qi, qo }) => {
    const g = softmax(shape, dtype, beta, qi, qo);
    const n = shape.reduce((a, b) => a * b, 1);
    const { ours, theirs } = await ourAndTheirs(prepareSoftmax, g, [seededBytes(n, n + shape.length)]);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });

  it('float32 within float rounding', async () => {
    const g = softmax([16, 10], 'float32', 1, {}, {});
    const { ours, theirs } = await ourAndTheirs(prepareSoftmax, g, [seededFloats(160, 4, -6, 6)]);
    const a = new Float32Array(ours.buffer);
    const b = new Float32Array(theirs.buffer, theirs.byteOffset, 160);
    for (let i = 0; i < 160; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-6);
  });
});
