import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/model/graph.ts';
import { prepareDequantize, prepareQuantize } from '../../src/kernels/convert.ts';
import type { PrepareFn } from '../../src/kernels/kernel.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { oneOpGraph, ourAndTflite, ourAndTflm, runOurs, seededBytes, seededFloats, tilesOf, int8Diffs } from './single-op-harness.ts';

oracleSkipNotice();

type Q = { scale?: number; zeroPoint?: number };

function unary(kind: string, shape: readonly number[], from: DType, to: DType, qi: Q, qo: Q) {
  return oneOpGraph(
    [{ shape, dtype: from, ...qi }, { shape, dtype: to, ...qo }],
    { kind, inputs: { input: 0 }, inputList: [0], outputs: [1], attrs: {} },
  );
}

const ALL_BYTES = new Uint8Array(256).map((_, i) => i);

/** float32 values at and one or two ulps around (k + ½)·scale: where rounding choices show. */
function nearHalves(scale: number): Float32Array {
  const bits = new Uint32Array(1);
  const value = new Float32Array(bits.buffer);
  const out: number[] = [];
  for (let k = -40; k < 40; k++) {
    value[0] = (k + 0.5) * Math.fround(scale);
    const base = bits[0]!;
    for (let d = -2; d <= 2; d++) {
      bits[0] = base + d;
      out.push(value[0]!);
    }
  }
  return new Float32Array(out);
}

describe('hand-computed cases', () => {
  it('QUANTIZE rounds half away from zero, adds the zero point and saturates', () => {
    const g = unary('QUANTIZE', [4], 'float32', 'int8', {}, { scale: 0.5, zeroPoint: 10 });
    const out = runOurs(prepareQuantize, g, [new Uint8Array(new Float32Array([1.25, -1.25, 100, -100]).buffer)]);
    expect(Array.from(new Int8Array(out.buffer))).toEqual([13, 7, 127, -128]);
  });

  it('DEQUANTIZE is scale · (q − zero point)', () => {
    const g = unary('DEQUANTIZE', [3], 'uint8', 'float32', { scale: 0.5, zeroPoint: 10 }, {});
    const out = runOurs(prepareDequantize, g, [new Uint8Array([13, 7, 255])]);
    expect(Array.from(new Float32Array(out.buffer))).toEqual([1.5, -1.5, 122.5]);
  });

  it('computes any window the same as the whole tensor', () => {
    const shape = [1, 5, 7, 3];
    const g = unary('QUANTIZE', shape, 'int8', 'uint8', { scale: 0.03, zeroPoint: 5 }, { scale: 0.05, zeroPoint: 120 });
    const input = [seededBytes(105, 4)];
    const whole = runOurs(prepareQuantize, g, input);
    expect(runOurs(prepareQuantize, g, input, { windows: tilesOf(shape, [1, 2, 3, 2]), inputBox: (_, w) => w })).toEqual(whole);
  });
});

type Case = { name: string; prepare: PrepareFn; kind: string; from: DType; to: DType; qi: Q; qo: Q; input: Uint8Array };
const cases: Case[] = [];
for (const [scale, zeroPoint] of [[0.05, 3], [0.037, -20], [0.3, 0]] as const) {
  for (const to of ['int8', 'uint8'] as const) {
    const zp = to === 'uint8' ? zeroPoint + 128 : zeroPoint;
    const halves = nearHalves(scale);
    cases.push({ name: `QUANTIZE float32→${to} near ties, scale ${scale}`, prepare: prepareQuantize, kind: 'QUANTIZE', from: 'float32', to, qi: {}, qo: { scale, zeroPoint: zp }, input: new Uint8Array(halves.buffer) });
    cases.push({ name: `QUANTIZE float32→${to} random, scale ${scale}`, prepare: prepareQuantize, kind: 'QUANTIZE', from: 'float32', to, qi: {}, qo: { scale, zeroPoint: zp }, input: seededFloats(400, 3, -10, 10) });
  }
}
for (const [from, to, qi, qo] of [
  ['int8', 'int8', { scale: 0.03, zeroPoint: 5 }, { scale: 0.05, zeroPoint: -3 }],
  ['int8', 'int8', { scale: 0.05, zeroPoint: 5 }, { scale: 0.01, zeroPoint: 0 }],
  ['uint8', 'int8', { scale: 0.03, zeroPoint: 130 }, { scale: 0.03, zeroPoint: 2 }],
  ['int8', 'uint8', { scale: 0.02, zeroPoint: -7 }, { scale: 0.045, zeroPoint: 128 }],
] as const) {
  cases.push({ name: `QUANTIZE ${from}→${to} ${qi.scale}→${qo.scale}`, prepare: prepareQuantize, kind: 'QUANTIZE', from, to, qi, qo, input: ALL_BYTES });
}
for (const from of ['int8', 'uint8'] as const) {
  cases.push({ name: `DEQUANTIZE ${from}`, prepare: prepareDequantize, kind: 'DEQUANTIZE', from, to: 'float32', qi: { scale: 0.0371, zeroPoint: from === 'int8' ? -9 : 119 }, qo: {}, input: ALL_BYTES });
}
const hasUint8 = (c: Case): boolean => c.from === 'uint8' || c.to === 'uint8';
const graphOf = ({ kind, from, to, qi, qo, input }: Case) => unary(kind, [1, from === 'float32' ? input.length / 4 : input.length], from, to, qi, qo);

describe.skipIf(!oracleAvailable)('bit for bit against TFLite Micro (CMSIS-NN and reference kernels)', () => {
  it.each(cases.filter((c) => !hasUint8(c)))('$name', async (c) => {
    const { ours, cmsis, reference } = await ourAndTflm(c.prepare, graphOf(c), [c.input]);
    expect(int8Diffs(ours, cmsis)).toEqual([]);
    expect(int8Diffs(ours, reference)).toEqual([]);
  });
});

// TFLite Micro has no uint8 QUANTIZE or DEQUANTIZE; TFLite's interpreter checks ours, except near
// float ties, where it divides in double and TFLite Micro (whose semantics ours follow) in float32.
describe('uint8 bit for bit against TFLite', () => {
  it.each(cases.filter((c) => hasUint8(c) && !c.name.includes('near ties')))('$name', async (c) => {
    const { ours, theirs } = await ourAndTflite(c.prepare, graphOf(c), [c.input]);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });
});
