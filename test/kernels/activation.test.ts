import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/model/graph.ts';
import { prepareActivation } from '../../src/kernels/activation.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { oneOpGraph, ourAndTflite, ourAndTflm, runOurs, seededBytes, seededFloats, tilesOf, int8Diffs } from './single-op-harness.ts';

oracleSkipNotice();

type Q = { scale?: number; zeroPoint?: number };

function unary(kind: string, shape: readonly number[], dtype: DType, qi: Q, qo: Q) {
  return oneOpGraph(
    [{ shape, dtype, ...qi }, { shape, dtype, ...qo }],
    { kind, inputs: { input: 0 }, inputList: [0], outputs: [1], attrs: {} },
  );
}

const i8 = (...v: number[]) => new Uint8Array(new Int8Array(v).buffer);
const asInt8 = (b: Uint8Array) => Array.from(new Int8Array(b.buffer, b.byteOffset, b.length));

describe('hand-computed cases', () => {
  it('RELU and RELU6 clamp at the quantized 0 and 6', () => {
    const relu = unary('RELU', [3], 'int8', { scale: 0.1, zeroPoint: -5 }, { scale: 0.1, zeroPoint: -5 });
    expect(asInt8(runOurs(prepareActivation, relu, [i8(-10, -5, 7)]))).toEqual([-5, -5, 7]);
    const relu6 = unary('RELU6', [3], 'int8', { scale: 0.1 }, { scale: 0.1 });
    expect(asInt8(runOurs(prepareActivation, relu6, [i8(-3, 30, 100)]))).toEqual([0, 30, 60]);
  });

  it('LOGISTIC maps 0 to one half and saturates at the top', () => {
    // Output scale 1/256, zero point −128: 0.5 → 0; sigmoid(7.94) · 256 ≈ 255.9 → 256 − 128 → 127.
    const g = unary('LOGISTIC', [2], 'int8', { scale: 1 / 16 }, { scale: 1 / 256, zeroPoint: -128 });
    expect(asInt8(runOurs(prepareActivation, g, [i8(0, 127)]))).toEqual([0, 127]);
  });

  it('HARD_SWISH is 0 below −3, the identity above 3 and 0 at 0', () => {
    const g = unary('HARD_SWISH', [5], 'int8', { scale: 0.1 }, { scale: 0.1 });
    expect(asInt8(runOurs(prepareActivation, g, [i8(-100, -40, 0, 40, 100)]))).toEqual([0, 0, 0, 40, 100]);
  });

  it('computes any window the same as the whole tensor', () => {
    const shape = [1, 6, 5, 4];
    const g = unary('HARD_SWISH', shape, 'int8', { scale: 0.05, zeroPoint: 3 }, { scale: 0.04, zeroPoint: -90 });
    const input = [seededBytes(120, 9)];
    const whole = runOurs(prepareActivation, g, input);
    expect(runOurs(prepareActivation, g, input, { windows: tilesOf(shape, [1, 4, 2, 3]), inputBox: (_, w) => w })).toEqual(whole);
  });
});

const ALL_BYTES = new Uint8Array(256).map((_, i) => i);
type Case = { name: string; kind: string; dtype: DType; qi: Q; qo: Q };

function casesFor(dtype: 'int8' | 'uint8'): Case[] {
  const cases: Case[] = [];
  const shift = dtype === 'uint8' ? 128 : 0;
  for (const [scale, zp] of [[0.05, 3], [0.1, -20], [0.02, 0], [0.2, 10], [0.01, -128]] as const) {
    const qi = { scale, zeroPoint: zp + shift };
    // TFLite requires these output quantizations for LOGISTIC and TANH.
    cases.push({ name: `LOGISTIC ${dtype} ${scale}`, kind: 'LOGISTIC', dtype, qi, qo: { scale: 1 / 256, zeroPoint: -128 + shift } });
    cases.push({ name: `TANH ${dtype} ${scale}`, kind: 'TANH', dtype, qi, qo: { scale: 1 / 128, zeroPoint: shift } });
    cases.push({ name: `RELU ${dtype} ${scale}`, kind: 'RELU', dtype, qi, qo: { scale: scale * 0.7, zeroPoint: -100 + shift } });
    cases.push({ name: `RELU6 ${dtype} ${scale}`, kind: 'RELU6', dtype, qi, qo: { scale: 6 / 255, zeroPoint: -128 + shift } });
    cases.push({ name: `HARD_SWISH ${dtype} ${scale}`, kind: 'HARD_SWISH', dtype, qi, qo: { scale: scale * 0.8, zeroPoint: -90 + shift } });
  }
  return cases;
}

describe.skipIf(!oracleAvailable)('bit for bit against TFLite Micro (CMSIS-NN and reference kernels)', () => {
  it.each(casesFor('int8'))('$name, every input byte', async ({ kind, dtype, qi, qo }) => {
    const g = unary(kind, [1, 256], dtype, qi, qo);
    const { ours, cmsis, reference } = await ourAndTflm(prepareActivation, g, [ALL_BYTES]);
    expect(int8Diffs(ours, cmsis)).toEqual([]);
    expect(int8Diffs(ours, reference)).toEqual([]);
  });

  it.each(['LOGISTIC', 'TANH', 'RELU', 'RELU6', 'HARD_SWISH'])('%s float32 within float rounding', async (kind) => {
    const g = unary(kind, [1, 500], 'float32', {}, {});
    const { ours, cmsis } = await ourAndTflm(prepareActivation, g, [seededFloats(500, 2, -8, 8)]);
    const a = new Float32Array(ours.buffer);
    const b = new Float32Array(cmsis.slice().buffer);
    // TFLM's float kernels call newlib's expf/tanhf, so only closeness is expected.
    for (let i = 0; i < 500; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5);
  });
});

// TFLite Micro has no uint8 activations; TFLite's interpreter checks ours. RELU and RELU6 are left
// out: ours follow TFLM (RELU6 ignores the output quantization), the interpreter rescales.
describe('uint8 bit for bit against TFLite', () => {
  it.each(casesFor('uint8').filter((c) => c.kind !== 'RELU' && c.kind !== 'RELU6'))('$name, every input byte', async ({ kind, dtype, qi, qo }) => {
    const g = unary(kind, [1, 256], dtype, qi, qo);
    const { ours, theirs } = await ourAndTflite(prepareActivation, g, [ALL_BYTES]);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });
});
