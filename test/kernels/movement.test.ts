import { describe, expect, it } from 'vitest';
import type { DType, Graph } from '../../src/model/graph.ts';
import { NO_TENSOR } from '../../src/model/graph.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { prepareCmsisTranspose, prepareConcat, prepareReshape, prepareStridedSlice, prepareTranspose } from '../../src/kernels/movement.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import type { Box } from '../../src/model/view.ts';
import { UserError } from '../../src/errors.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { oneOpGraph, ourAndTflite, ourAndTflm, ourAndTheirs, runOurs, seededBytes, tilesOf, int8Diffs } from './single-op-harness.ts';

type Q = { scale?: number; zeroPoint?: number };
const Q8 = { scale: 0.05, zeroPoint: 3 };
const ints = (v: readonly number[]) => new Uint8Array(new Int32Array(v).buffer);
const iota = (n: number) => new Uint8Array(n).map((_, i) => i);

oracleSkipNotice();

function transpose(shape: readonly number[], perm: readonly number[]): Graph {
  return oneOpGraph(
    [{ shape, dtype: 'int8', ...Q8 }, { shape: [perm.length], dtype: 'int32', data: ints(perm) }, { shape: perm.map((p) => shape[p]!), dtype: 'int8', ...Q8 }],
    { kind: 'TRANSPOSE', inputs: { input: 0, perm: 1 }, inputList: [0, 1], outputs: [2], attrs: { perm } },
  );
}

interface Slice {
  begin: number[]; end: number[]; strides: number[];
  beginMask?: number; endMask?: number; ellipsisMask?: number; newAxisMask?: number; shrinkAxisMask?: number; offset?: boolean;
}

function stridedSlice(shape: readonly number[], out: readonly number[], s: Slice): Graph {
  const attrs = { beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0, offset: false, ...s };
  const n = s.begin.length;
  return oneOpGraph(
    [
      { shape, dtype: 'int8', ...Q8 },
      { shape: [n], dtype: 'int32', data: ints(s.begin) },
      { shape: [n], dtype: 'int32', data: ints(s.end) },
      { shape: [n], dtype: 'int32', data: ints(s.strides) },
      { shape: out, dtype: 'int8', ...Q8 },
    ],
    { kind: 'STRIDED_SLICE', inputs: { input: 0, begin: 1, end: 2, strides: 3 }, inputList: [0, 1, 2, 3], outputs: [4], attrs },
  );
}

function concat(shapes: readonly (readonly number[])[], axis: number, dtype: DType, qs: readonly Q[], qo: Q): Graph {
  const out = shapes[0]!.map((d, k) => (k === axis ? shapes.reduce((s, x) => s + x[k]!, 0) : d));
  return oneOpGraph(
    [...shapes.map((shape, i) => ({ shape, dtype, ...qs[i] })), { shape: out, dtype, ...qo }],
    { kind: 'CONCATENATION', inputs: {}, inputList: shapes.map((_, i) => i), outputs: [shapes.length], attrs: { axis, activation: 'NONE', clamp: { min: -Infinity, max: Infinity } } },
  );
}

describe('RESHAPE and SQUEEZE', () => {
  it('copy the bytes unchanged, matching TFLite Micro', async () => {
    const reshape = oneOpGraph(
      [{ shape: [1, 4, 6], dtype: 'int8', ...Q8 }, { shape: [2, 12], dtype: 'int8', ...Q8 }],
      { kind: 'RESHAPE', inputs: { input: 0, shape: NO_TENSOR }, inputList: [0], outputs: [1], attrs: {} },
    );
    const squeeze = oneOpGraph(
      [{ shape: [1, 1, 1, 24], dtype: 'int8', ...Q8 }, { shape: [1, 24], dtype: 'int8', ...Q8 }],
      { kind: 'SQUEEZE', inputs: { input: 0 }, inputList: [0], outputs: [1], attrs: { squeezeDims: [1, 2] } },
    );
    for (const g of [reshape, squeeze]) {
      const input = seededBytes(24, 3);
      const { ours, theirs } = await ourAndTheirs(prepareReshape, g, [input]);
      expect(ours).toEqual(input);
      expect(theirs).toEqual(input);
    }
  });

  it('rejects a shape with another element count', () => {
    const g = oneOpGraph(
      [{ shape: [2, 3], dtype: 'int8', ...Q8 }, { shape: [7], dtype: 'int8', ...Q8 }],
      { kind: 'RESHAPE', inputs: { input: 0, shape: NO_TENSOR }, inputList: [0], outputs: [1], attrs: {} },
    );
    expect(() => runOurs(prepareReshape, g, [iota(6)])).toThrow(UserError);
  });
});

describe('TRANSPOSE', () => {
  it('permutes a 2×3 matrix by hand', () => {
    expect(Array.from(runOurs(prepareTranspose, transpose([2, 3], [1, 0]), [iota(6)]))).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it.each([[[0, 3, 1, 2]], [[0, 2, 1, 3]], [[3, 2, 1, 0]], [[2, 0, 1]]])('perm %j matches TFLite Micro (uint8: TFLite)', async (perm) => {
    const shape = perm.length === 4 ? [2, 3, 4, 5] : [3, 4, 5];
    const g = transpose(shape, perm);
    const { ours, theirs } = await ourAndTheirs(prepareTranspose, g, [seededBytes(shape.reduce((a, b) => a * b, 1), 8)]);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });

  // The one difference between TFLM's kernel sets the oracle sweeps found (npm run conformance):
  // CMSIS-NN's arm_transpose_s8 handles every rank-2 input as a matrix transpose, whatever the
  // perm, so the identity perm [0, 1] comes out transposed under runtime `tflm`, and copied under
  // `tflm-reference`. Each kernel set reproduces its own.
  it.skipIf(!oracleAvailable)('rank 2, identity perm: the reference kernel copies, CMSIS-NN transposes, as TFLM\'s two builds do', async () => {
    const x = iota(12);
    const graph = transpose([6, 2], [0, 1]);
    const { ours, cmsis, reference } = await ourAndTflm(prepareTranspose, graph, [x]);
    expect(Array.from(ours)).toEqual(Array.from(x));
    expect(Array.from(reference)).toEqual(Array.from(x));
    // Input rows (2 values each) become output columns: output k = input ((k mod 6)·2 + ⌊k / 6⌋).
    expect(Array.from(cmsis)).toEqual(Array.from({ length: 12 }, (_, k) => (k % 6) * 2 + Math.floor(k / 6)));
    expect(Array.from(runOurs(prepareCmsisTranspose, graph, [x]))).toEqual(Array.from(cmsis));
    // `tinygate run --runtime R` on the model file: each runtime's bytes, from the simulated SRAM.
    const model = join(mkdtempSync(join(tmpdir(), 'tinygate-transpose-')), 'transpose.tflite');
    writeFileSync(model, writeTflite(graph));
    const input = `${model}.in`;
    writeFileSync(input, x);
    for (const [runtime, theirs] of [['tflm', cmsis], ['tflm-reference', reference], [undefined, cmsis]] as const) {
      const written = new Map<string, Uint8Array | string>();
      const io: CliIo = { ...processIo, stdout: () => {}, stderr: () => {}, writeFile: (p, d) => { written.set(p, d); } };
      const code = await main(['run', model, '--input', input, '--output', 'out.bin', ...(runtime === undefined ? [] : ['--runtime', runtime])], io);
      expect(code, `--runtime ${runtime}`).toBe(0);
      expect(Array.from(written.get('out.bin') as Uint8Array), `--runtime ${runtime}`).toEqual(Array.from(theirs));
    }
  });
});

describe('STRIDED_SLICE', () => {
  it('slices with negative indices and strides by hand', () => {
    // Row 1 of a 3×4 matrix, backwards from the last column: [7, 6, 5, 4].
    const g = stridedSlice([3, 4], [4], { begin: [1, -1], end: [2, -5], strides: [1, -1], shrinkAxisMask: 1 });
    expect(Array.from(runOurs(prepareStridedSlice, g, [iota(12)]))).toEqual([7, 6, 5, 4]);
  });

  it('with offset, end counts from begin (hand-computed: the oracle\'s TFLite predates offset and ignores it)', () => {
    // Columns 1…2 of row 2 of a 3×4 matrix: begin [2, 1], sizes [1, 2].
    const g = stridedSlice([3, 4], [1, 2], { begin: [2, 1], end: [1, 2], strides: [1, 1], offset: true });
    expect(Array.from(runOurs(prepareStridedSlice, g, [iota(12)]))).toEqual([9, 10]);
  });

  const shape = [2, 5, 6, 4];
  const cases: { name: string; out: number[]; s: Slice; tflite?: boolean }[] = [
    { name: 'plain window', out: [1, 3, 4, 2], s: { begin: [1, 1, 0, 2], end: [2, 4, 4, 4], strides: [1, 1, 1, 1] } },
    { name: 'strides 2 and 3', out: [2, 3, 2, 4], s: { begin: [0, 0, 1, 0], end: [2, 5, 6, 4], strides: [1, 2, 3, 1] } },
    { name: 'negative stride and indices', out: [2, 5, 3, 4], s: { begin: [0, -1, -1, 0], end: [2, -6, 0, 4], strides: [1, -1, -2, 1] } },
    { name: 'begin and end masks', out: [1, 2, 6, 3], s: { begin: [1, 3, 2, 1], end: [1, 9, 3, 0], strides: [1, 1, 1, 1], beginMask: 0b0101, endMask: 0b1110 } },
    { name: 'shrink axes', out: [5, 4], s: { begin: [1, 0, 3, 0], end: [2, 5, 4, 4], strides: [1, 1, 1, 1], shrinkAxisMask: 0b0101 } },
    // TFLite Micro refuses ellipsis and new-axis masks; TFLite's interpreter checks those two.
    { name: 'ellipsis', tflite: true, out: [2, 5, 6, 2], s: { begin: [0, 1], end: [0, 4], strides: [1, 2], ellipsisMask: 0b01 } },
    { name: 'new axis', tflite: true, out: [1, 2, 5, 6, 4], s: { begin: [0, 0], end: [1, 2], strides: [1, 1], newAxisMask: 0b01 } },
    { name: 'out-of-range ends clamp', out: [2, 5, 6, 4], s: { begin: [-9, 0, 0, 0], end: [9, 99, 6, 4], strides: [1, 1, 1, 1] } },
  ];
  it.each(cases)('$name matches TFLite Micro (uint8: TFLite)', async ({ out, s, tflite }) => {
    const g = stridedSlice(shape, out, s);
    const { ours, theirs } = await (tflite === true ? ourAndTflite : ourAndTheirs)(prepareStridedSlice, g, [seededBytes(240, 2)]);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });
});

describe('CONCATENATION', () => {
  it('joins along the channel axis by hand', () => {
    const g = concat([[1, 2, 1], [1, 2, 2]], 2, 'int8', [Q8, Q8], Q8);
    expect(Array.from(runOurs(prepareConcat, g, [new Uint8Array([1, 2]), new Uint8Array([10, 11, 20, 21])]))).toEqual([1, 10, 11, 2, 20, 21]);
  });

  it('rejects int8 inputs quantized unlike the output, as TFLite does', () => {
    const g = concat([[1, 2], [1, 2]], 1, 'int8', [Q8, { scale: 0.1, zeroPoint: 3 }], Q8);
    expect(() => runOurs(prepareConcat, g, [iota(2), iota(2)])).toThrow(/requires them equal/);
  });

  it('channel concat is windowed: tile by tile equals the whole tensor', () => {
    const shapes = [[1, 5, 4, 3], [1, 5, 4, 2], [1, 5, 4, 4]];
    const g = concat(shapes, 3, 'int8', [Q8, Q8, Q8], Q8);
    const inputs = shapes.map((s, i) => seededBytes(s.reduce((a, b) => a * b, 1), i + 1));
    const whole = runOurs(prepareConcat, g, inputs);
    // Windows split H, W and the channels (so some windows touch only some inputs).
    const offsets = [0, 3, 5];
    const inputBox = (i: number, w: Box): Box => {
      const lo = Math.max(w.start[3]!, offsets[i]!);
      const hi = Math.min(w.start[3]! + w.size[3]!, offsets[i]! + shapes[i]![3]!);
      return { start: [...w.start.slice(0, 3), Math.max(0, lo - offsets[i]!)], size: [...w.size.slice(0, 3), Math.max(0, hi - lo)] };
    };
    expect(runOurs(prepareConcat, g, inputs, { windows: tilesOf([1, 5, 4, 9], [1, 2, 3, 4]), inputBox })).toEqual(whole);
  });

  const cases: { name: string; shapes: number[][]; axis: number; dtype: DType; qs: Q[]; qo: Q }[] = [
    { name: 'int8 channels', shapes: [[1, 4, 4, 3], [1, 4, 4, 5]], axis: 3, dtype: 'int8', qs: [Q8, Q8], qo: Q8 },
    { name: 'int8 height, three inputs', shapes: [[1, 2, 4, 3], [1, 3, 4, 3], [1, 1, 4, 3]], axis: 1, dtype: 'int8', qs: [Q8, Q8, Q8], qo: Q8 },
    { name: 'float32 axis 0', shapes: [[2, 3], [1, 3]], axis: 0, dtype: 'float32', qs: [{}, {}], qo: {} },
    {
      name: 'uint8 requantized inputs', shapes: [[1, 4, 4, 3], [1, 4, 4, 5], [1, 4, 4, 2]], axis: 3, dtype: 'uint8',
      qs: [{ scale: 0.05, zeroPoint: 128 }, { scale: 0.031, zeroPoint: 100 }, { scale: 0.08, zeroPoint: 140 }], qo: { scale: 0.05, zeroPoint: 128 },
    },
  ];
  it.each(cases)('$name matches TFLite Micro (uint8: TFLite)', async ({ shapes, axis, dtype, qs, qo }) => {
    const g = concat(shapes, axis, dtype, qs, qo);
    const width = dtype === 'float32' ? 4 : 1;
    const inputs = shapes.map((s, i) => seededBytes(s.reduce((a, b) => a * b, 1) * width, i + 1).map((b, j) => (width === 4 && j % 4 === 3 ? b & 0x3f : b)));
    const { ours, theirs } = await ourAndTheirs(prepareConcat, g, inputs);
    expect(int8Diffs(ours, theirs)).toEqual([]);
  });
});
