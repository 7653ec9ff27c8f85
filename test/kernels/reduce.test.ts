import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/model/graph.ts';
import { prepareMean } from '../../src/kernels/reduce.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { oneOpGraph, ourAndTflm, runOurs, seededBytes, seededFloats, int8Diffs } from './single-op-harness.ts';

oracleSkipNotice();

type Q = { scale?: number; zeroPoint?: number };

function mean(shape: readonly number[], axes: readonly number[], keepDims: boolean, dtype: DType, qi: Q, qo: Q) {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const out = keepDims ? kept : kept.filter((_, i) => !axes.includes(i));
  return oneOpGraph(
    [{ shape, dtype, ...qi }, { shape: [axes.length], dtype: 'int32', data: new Uint8Array(new Int32Array(axes).buffer) }, { shape: out, dtype, ...qo }],
    { kind: 'MEAN', inputs: { input: 0, axes: 1 }, inputList: [0, 1], outputs: [2], attrs: { axes, keepDims } },
  );
}

const i8 = (...v: number[]) => new Uint8Array(new Int8Array(v).buffer);
const asInt8 = (b: Uint8Array) => Array.from(new Int8Array(b.buffer, b.byteOffset, b.length));

describe('hand-computed cases', () => {
  it('averages over H and W with rounding half away from zero (global average pooling)', () => {
    // Channel 0: (1+2+3+5)/4 = 2.75 → 3; channel 1: −2.75 → −3.
    const g = mean([1, 2, 2, 2], [1, 2], true, 'int8', { scale: 0.5 }, { scale: 0.5 });
    expect(asInt8(runOurs(prepareMean, g, [i8(1, -1, 2, -2, 3, -3, 5, -5)]))).toEqual([3, -3]);
  });

  it('rounds on other axes too when quantization is unchanged, as TFLite Micro does (the interpreter truncates)', () => {
    // 11/4 = 2.75: 1/4 is folded into the multiplier (2^30·2^2/4, shift 1 − 2), then 11·2^30/2^31
    // rounds to 6 and 6/2 to 3; −11 gives −3 the same way.
    const g = mean([2, 4], [1], false, 'int8', { scale: 0.5 }, { scale: 0.5 });
    expect(asInt8(runOurs(prepareMean, g, [i8(1, 2, 3, 5, -1, -2, -3, -5)]))).toEqual([3, -3]);
  });

  it('averages float32', () => {
    const g = mean([2, 2], [0], true, 'float32', {}, {});
    const out = runOurs(prepareMean, g, [new Uint8Array(new Float32Array([1, 2, 4, 8]).buffer)]);
    expect(Array.from(new Float32Array(out.buffer))).toEqual([2.5, 5]);
  });
});

describe.skipIf(!oracleAvailable)('bit for bit against TFLite Micro (CMSIS-NN and reference kernels)', () => {
  const cases: { name: string; shape: number[]; axes: number[]; keepDims: boolean; qi: Q; qo: Q; input?: Uint8Array }[] = [
    // The SE-block / classifier-head case.
    { name: 'H,W keepDims, requantized', shape: [1, 7, 5, 16], axes: [1, 2], keepDims: true, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.03, zeroPoint: -4 } },
    { name: 'H,W keepDims, same quantization', shape: [1, 7, 5, 16], axes: [1, 2], keepDims: true, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.05, zeroPoint: 3 } },
    { name: 'H,W not keepDims', shape: [1, 7, 5, 16], axes: [1, 2], keepDims: false, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.03, zeroPoint: -4 } },
    // Scale ratio 300: inputs near the zero point keep the means in range.
    {
      name: 'H,W keepDims, large multiplier', shape: [1, 7, 5, 16], axes: [1, 2], keepDims: true, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.05 / 300, zeroPoint: 0 },
      input: seededBytes(560, 5).map((b) => (b < 20 ? 4 : b > 235 ? 2 : 3)),
    },
    { name: 'channels, requantized', shape: [1, 7, 5, 16], axes: [3], keepDims: true, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.03, zeroPoint: -4 } },
    { name: 'channels, same quantization', shape: [1, 7, 5, 16], axes: [3], keepDims: true, qi: { scale: 0.05, zeroPoint: 3 }, qo: { scale: 0.05, zeroPoint: 3 } },
    { name: 'H only, count 7, not keepDims', shape: [1, 7, 5, 16], axes: [1], keepDims: false, qi: { scale: 0.02, zeroPoint: -3 }, qo: { scale: 0.05, zeroPoint: 3 } },
    { name: 'ties: same scale, other zero point', shape: [1, 4, 16, 2], axes: [3], keepDims: true, qi: { scale: 0.05, zeroPoint: 0 }, qo: { scale: 0.05, zeroPoint: 1 } },
    { name: 'rank 3, axes 0 and 2', shape: [3, 4, 6], axes: [0, 2], keepDims: false, qi: { scale: 0.04, zeroPoint: 10 }, qo: { scale: 0.02, zeroPoint: -6 } },
  ];

  it.each(cases)('int8 $name', async ({ shape, axes, keepDims, qi, qo, input }) => {
    const g = mean(shape, axes, keepDims, 'int8', qi, qo);
    const n = shape.reduce((a, b) => a * b, 1);
    const { ours, cmsis, reference } = await ourAndTflm(prepareMean, g, [input ?? seededBytes(n, 5)]);
    expect(int8Diffs(ours, cmsis)).toEqual([]);
    expect(int8Diffs(ours, reference)).toEqual([]);
  });

  it('float32 within float rounding', async () => {
    const g = mean([1, 6, 6, 8], [1, 2], true, 'float32', {}, {});
    const { ours, cmsis } = await ourAndTflm(prepareMean, g, [seededFloats(288, 4, -6, 6)]);
    const a = new Float32Array(ours.buffer);
    const b = new Float32Array(cmsis.slice().buffer);
    for (let i = 0; i < 8; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5);
  });
});
