import { describe, expect, it } from 'vitest';
import type { DType } from '../../src/model/graph.ts';
import { prepareElementwise } from '../../src/kernels/elementwise.ts';
import type { Box } from '../../src/model/view.ts';
import { UserError } from '../../src/errors.ts';
import { oneOpGraph, ourAndTheirs, runOurs, seededBytes, seededInputs, tilesOf, int8Diffs } from './single-op-harness.ts';

const ACTS = {
  NONE: { activation: 'NONE', clamp: { min: -Infinity, max: Infinity } },
  RELU: { activation: 'RELU', clamp: { min: 0, max: Infinity } },
  RELU6: { activation: 'RELU6', clamp: { min: 0, max: 6 } },
} as const;

type Q = { scale?: number; zeroPoint?: number };

function binary(kind: string, dtype: DType, a: readonly number[], b: readonly number[], out: readonly number[], q: [Q, Q, Q] = [{}, {}, {}], act: keyof typeof ACTS = 'NONE') {
  return oneOpGraph(
    [{ shape: a, dtype, ...q[0] }, { shape: b, dtype, ...q[1] }, { shape: out, dtype, ...q[2] }],
    { kind, inputs: { lhs: 0, rhs: 1 }, inputList: [0, 1], outputs: [2], attrs: ACTS[act] },
  );
}

const i8 = (...v: number[]) => new Uint8Array(new Int8Array(v).buffer);
const f32 = (...v: number[]) => new Uint8Array(new Float32Array(v).buffer);

describe('hand-computed cases', () => {
  it('int8 ADD rounds a half-way sum away from zero', () => {
    // 0.5·3 + 0.5·4 = 3.5 → 4 and −3.5 → −4 on an output of scale 1 (TFLite's 20-bit left shift
    // keeps the half exact through both rescalings).
    const g = binary('ADD', 'int8', [2], [2], [2], [{ scale: 0.5 }, { scale: 0.5 }, { scale: 1 }]);
    expect(new Int8Array(runOurs(prepareElementwise, g, [i8(3, -3), i8(4, -4)]).buffer)).toEqual(new Int8Array([4, -4]));
  });

  it('int8 MUL subtracts zero points, adds the output zero point and clamps to RELU', () => {
    // (5 − 1)·0.5 × (−3 − 0)·0.25 = −1.5 = 0.125·(−12); zo 2 → −10, RELU floor is q(0) = 2.
    const q: [Q, Q, Q] = [{ scale: 0.5, zeroPoint: 1 }, { scale: 0.25 }, { scale: 0.125, zeroPoint: 2 }];
    const plain = binary('MUL', 'int8', [2], [2], [2], q);
    expect(new Int8Array(runOurs(prepareElementwise, plain, [i8(5, 5), i8(-3, 3)]).buffer)).toEqual(new Int8Array([-10, 14]));
    const relu = binary('MUL', 'int8', [2], [2], [2], q, 'RELU');
    expect(new Int8Array(runOurs(prepareElementwise, relu, [i8(5, 5), i8(-3, 3)]).buffer)).toEqual(new Int8Array([2, 14]));
  });

  it('float32 SUB broadcasts a row over a matrix and clamps to RELU6', () => {
    const g = binary('SUB', 'float32', [2, 3], [3], [2, 3], undefined, 'RELU6');
    const out = runOurs(prepareElementwise, g, [f32(1, 2, 3, 10, 20, 30), f32(0.5, 5, -4)]);
    expect(Array.from(new Float32Array(out.buffer))).toEqual([0.5, 0, 6, 6, 6, 6]);
  });

  it('rejects shapes that do not broadcast', () => {
    const g = binary('ADD', 'float32', [2, 3], [2], [2, 3]);
    expect(() => runOurs(prepareElementwise, g, [f32(1, 2, 3, 4, 5, 6), f32(1, 2)])).toThrow(UserError);
  });
});

describe('windows', () => {
  it('tile by tile equals the whole tensor, with broadcast inputs cut to what each tile reads', () => {
    const q: [Q, Q, Q] = [{ scale: 0.05, zeroPoint: 3 }, { scale: 0.02, zeroPoint: -7 }, { scale: 0.07, zeroPoint: 1 }];
    const shape = [1, 7, 5, 6];
    for (const rhs of [[1, 7, 5, 6], [1, 1, 1, 6], [7, 1, 1], [6]]) {
      const g = binary('ADD', 'int8', shape, rhs, shape, q);
      const inputs = [seededBytes(210, 1), seededBytes(rhs.reduce((a, b) => a * b), 2)];
      const whole = runOurs(prepareElementwise, g, inputs);
      const inputBox = (i: number, w: Box): Box => {
        const s = i === 0 ? shape : rhs;
        const lead = shape.length - s.length;
        return {
          start: s.map((d, k) => (d === 1 ? 0 : w.start[k + lead]!)),
          size: s.map((d, k) => (d === 1 ? 1 : w.size[k + lead]!)),
        };
      };
      const tiled = runOurs(prepareElementwise, g, inputs, { windows: tilesOf(shape, [1, 3, 2, 4]), inputBox });
      expect(tiled).toEqual(whole);
    }
  });
});

describe('bit for bit against TFLite Micro (CMSIS-NN = reference kernels; uint8, which TFLM lacks: TFLite)', () => {
  // Seeded scales and zero points, every kind × type × activation × broadcast pattern.
  const r = seededBytes(2048, 99);
  let k = 0;
  const next = (): number => r[k++]! / 256;
  const shapes: [number[], number[]][] = [[[1, 8, 8, 16], [1, 8, 8, 16]], [[1, 8, 8, 16], [1, 1, 1, 16]], [[1, 6, 4, 5], [6, 1, 1]], [[3, 4, 5, 6], [1, 4, 1, 6]]];
  const cases: { name: string; kind: string; dtype: DType; act: keyof typeof ACTS; shape: number[]; rhs: number[]; q: [Q, Q, Q] }[] = [];
  for (const kind of ['ADD', 'SUB', 'MUL']) {
    for (const dtype of ['int8', 'uint8'] as const) {
      for (const act of ['NONE', 'RELU', 'RELU6'] as const) {
        for (const [shape, rhs] of shapes) {
          const z = (): number => (dtype === 'int8' ? Math.floor(next() * 60) - 30 : Math.floor(next() * 60) + 100);
          const s = (max: number): number => 0.001 + next() * max;
          const s1 = s(kind === 'MUL' ? 0.04 : 0.2);
          const s2 = s(kind === 'MUL' ? 0.04 : 0.2);
          // Output scales that keep many results inside the output range: RELU6 spans [0, 6];
          // MUL spans a good part of the products of two bytes.
          const so = act === 'RELU6' ? (6 / 255) * (0.8 + next() * 0.4) : kind === 'MUL' ? s1 * s2 * (100 + next() * 400) : s(0.3);
          const q: [Q, Q, Q] = [{ scale: s1, zeroPoint: z() }, { scale: s2, zeroPoint: z() }, { scale: so, zeroPoint: z() }];
          cases.push({ name: `${kind} ${dtype} ${act} [${shape}]·[${rhs}]`, kind, dtype, act, shape, rhs, q });
        }
      }
    }
  }
  for (const kind of ['ADD', 'SUB', 'MUL']) {
    cases.push({ name: `${kind} float32 RELU6`, kind, dtype: 'float32', act: 'RELU6', shape: [1, 8, 8, 16], rhs: [16], q: [{}, {}, {}] });
  }

  it.each(cases)('$name', async ({ kind, dtype, act, shape, rhs, q }) => {
    const g = binary(kind, dtype, shape, rhs, shape, q, act);
    const { ours, theirs } = await ourAndTheirs(prepareElementwise, g, seededInputs(g, 7));
    expect(int8Diffs(ours, theirs)).toEqual([]);
    // The case must exercise more than the clamp bounds.
    expect(new Set(ours).size).toBeGreaterThan(4);
  });
});
