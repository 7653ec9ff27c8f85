// Builds one-op graphs, runs them through our kernels (whole tensor or tile by tile), through TFLite
// Micro on the emulated Cortex-M4 (the device's bytes: int8 and float32, CMSIS-NN and reference
// kernels) and, for the uint8 forms TFLite Micro lacks, through TFLite's interpreter.

import type { DType, Graph, Op, Tensor } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import type { PrepareFn } from '../../src/kernels/kernel.ts';
import { allocateTensorData } from '../../src/model/tensor-data.ts';
import type { Box, TensorData } from '../../src/model/view.ts';
import { wholeBox } from '../../src/model/view.ts';
import { createOracle, executedNodeTypes } from '../oracle/tflite-oracle.ts';
import { runOracle as runTflm } from '../support/tflm-oracle.ts';

export interface TensorSpec {
  readonly shape: readonly number[];
  readonly dtype: DType;
  readonly scale?: number;
  readonly zeroPoint?: number;
  /** Constant contents as raw little-endian bytes. */
  readonly data?: Uint8Array;
}

/** A one-op graph: tensors in order; graph inputs are the non-constant op inputs. */
export function oneOpGraph(
  specs: readonly TensorSpec[],
  op: { kind: string; inputs: Record<string, number>; inputList: readonly number[]; outputs: readonly number[]; attrs: object; version?: number },
): Graph {
  const tensors: Tensor[] = specs.map((s, id) => ({
    id,
    name: `t${id}`,
    shape: s.shape,
    dtype: s.dtype,
    quant: s.scale === undefined ? null : { scale: [Math.fround(s.scale)], zeroPoint: [s.zeroPoint ?? 0], axis: 0 },
    data: s.data ?? null,
    isVariable: false,
  }));
  const full = { index: 0, version: op.version ?? 1, ...op } as unknown as Op;
  return {
    tensors,
    ops: [full],
    inputs: op.inputList.filter((id) => id >= 0 && specs[id]!.data === undefined),
    outputs: [...op.outputs],
    description: 'tinygate single-op test',
  };
}

/** Deterministic bytes (xorshift32), so a failing case reproduces. */
export function seededBytes(count: number, seed: number): Uint8Array {
  let s = seed >>> 0 || 1;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}

/** Seeded float32 values in [lo, hi), as raw bytes. */
export function seededFloats(count: number, seed: number, lo: number, hi: number): Uint8Array {
  const raw = seededBytes(count * 2, seed);
  const f = new Float32Array(count);
  for (let i = 0; i < count; i++) f[i] = lo + ((raw[2 * i]! * 256 + raw[2 * i + 1]!) / 65536) * (hi - lo);
  return new Uint8Array(f.buffer);
}

/** The bytes of a tensor's elements viewed as its typed array. */
export function typedOf(dtype: DType, bytes: Uint8Array): TensorData {
  const data = allocateTensorData(dtype, bytes.length / (dtype === 'int8' || dtype === 'uint8' ? 1 : 4));
  new Uint8Array(data.buffer).set(bytes);
  return data;
}

export function bytesOf(data: TensorData): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Runs the graph's op through `prepare` on raw input bytes (one per graph input). With `tiles`, the
 * output is computed window by window, each from input buffers holding only what that window
 * needs (`inputBox` says which box of an input a window reads); otherwise in one whole-tensor call.
 */
export function runOurs(
  prepare: PrepareFn, graph: Graph, inputs: readonly Uint8Array[],
  tiles?: { windows: readonly Box[]; inputBox: (input: number, window: Box) => Box },
): Uint8Array {
  const op = graph.ops[0]!;
  const prepared = prepare(op, graph);
  const whole = op.inputList.map((id) => {
    if (id < 0) return null;
    const t = graph.tensors[id]!;
    const at = graph.inputs.indexOf(id);
    const bytes = at >= 0 ? inputs[at]! : t.data!;
    return { data: typedOf(t.dtype, bytes), box: wholeBox(t.shape) };
  });
  const out = graph.tensors[op.outputs[0]!]!;
  const output = { data: allocateTensorData(out.dtype, elementCount(out.shape)), box: wholeBox(out.shape) };
  if (tiles === undefined) {
    prepared.run(whole, output, output.box);
    return bytesOf(output.data);
  }
  for (const window of tiles.windows) {
    const views = whole.map((v, i) => (v === null ? null : crop(v.data, graph.tensors[op.inputList[i]!]!.shape, tiles.inputBox(i, window))));
    const tile = { data: allocateTensorData(out.dtype, window.size.reduce((n, s) => n * s, 1)), box: window };
    prepared.run(views, tile, window);
    paste(tile.data, window, output.data, out.shape);
  }
  return bytesOf(output.data);
}

function forEachIndex(box: Box, visit: (index: readonly number[], i: number) => void): void {
  const n = box.size.reduce((a, b) => a * b, 1);
  const index = [...box.start];
  for (let i = 0; i < n; i++) {
    visit(index, i);
    for (let d = box.size.length - 1; d >= 0; d--) {
      if (++index[d]! < box.start[d]! + box.size[d]!) break;
      index[d] = box.start[d]!;
    }
  }
}

function flatIndex(shape: readonly number[], index: readonly number[]): number {
  return index.reduce((acc, v, d) => acc * shape[d]! + v, 0);
}

function crop(data: TensorData, shape: readonly number[], box: Box): { data: TensorData; box: Box } {
  const out = data.slice(0, box.size.reduce((a, b) => a * b, 1));
  forEachIndex(box, (index, i) => { out[i] = data[flatIndex(shape, index)]!; });
  return { data: out, box };
}

function paste(tile: TensorData, box: Box, data: TensorData, shape: readonly number[]): void {
  forEachIndex(box, (index, i) => { data[flatIndex(shape, index)] = tile[i]!; });
}

/** Splits `shape` into tiles of at most `tile` per axis. */
export function tilesOf(shape: readonly number[], tile: readonly number[]): Box[] {
  const counts = shape.map((s, d) => Math.ceil(s / tile[d]!));
  const grid = { start: counts.map(() => 0), size: counts };
  const boxes: Box[] = [];
  forEachIndex(grid, (cell) => {
    const start = cell.map((c, d) => c * tile[d]!);
    boxes.push({ start, size: start.map((s, d) => Math.min(tile[d]!, shape[d]! - s)) });
  });
  return boxes;
}

/** TFLite's interpreter's output 0 for raw input bytes, plus the node types it ran (XNNPACK or builtin). */
export async function runTflite(graph: Graph, inputs: readonly Uint8Array[]): Promise<{ output: Uint8Array; nodes: string[] }> {
  const model = writeTflite(graph);
  const oracle = await createOracle(model);
  try {
    const output = oracle.run([...inputs])[0]!;
    return { output, nodes: await executedNodeTypes(model) };
  } finally {
    oracle.dispose();
  }
}

/** Indices and values where two byte arrays (as signed int8) differ, for readable failures. */
export function int8Diffs(a: Uint8Array, b: Uint8Array, limit = 8): string[] {
  const diffs: string[] = a.length === b.length ? [] : [`length: ours ${a.length} theirs ${b.length}`];
  for (let i = 0; i < a.length && diffs.length < limit; i++) {
    if (a[i] !== b[i]) diffs.push(`[${i}] ours ${(a[i]! << 24) >> 24} theirs ${(b[i]! << 24) >> 24}`);
  }
  return diffs;
}

/** Our whole-tensor output and TFLite's interpreter's (for uint8, which TFLite Micro lacks). */
export async function ourAndTflite(prepare: PrepareFn, graph: Graph, inputs: readonly Uint8Array[]): Promise<{ ours: Uint8Array; theirs: Uint8Array; nodes: string[] }> {
  const ours = runOurs(prepare, graph, inputs);
  const { output, nodes } = await runTflite(graph, inputs);
  return { ours, theirs: output, nodes };
}

/** Our whole-tensor output and TFLite Micro's output 0, with CMSIS-NN and with the reference kernels. */
export async function ourAndTflm(prepare: PrepareFn, graph: Graph, inputs: readonly Uint8Array[]): Promise<{ ours: Uint8Array; cmsis: Uint8Array; reference: Uint8Array }> {
  const ours = runOurs(prepare, graph, inputs);
  const model = writeTflite(graph);
  const [cmsis, reference] = await Promise.all((['cmsis', 'reference'] as const).map(async (kernels) => (await runTflm(model, { kernels, inputs })).outputs[0]!));
  return { ours, cmsis: cmsis!, reference: reference! };
}

/**
 * Our output and the reference bytes: TFLite Micro's for int8/float32 graphs (its CMSIS-NN and
 * reference kernels must agree, or this throws), TFLite's interpreter's for graphs with uint8
 * tensors, which TFLite Micro does not run.
 */
export async function ourAndTheirs(prepare: PrepareFn, graph: Graph, inputs: readonly Uint8Array[]): Promise<{ ours: Uint8Array; theirs: Uint8Array }> {
  if (graph.tensors.some((t) => t.dtype === 'uint8')) return ourAndTflite(prepare, graph, inputs);
  const { ours, cmsis, reference } = await ourAndTflm(prepare, graph, inputs);
  if (!Buffer.from(cmsis).equals(Buffer.from(reference))) throw new Error(`TFLM's CMSIS-NN and reference kernels differ: ${int8Diffs(cmsis, reference).join('; ')}`);
  return { ours, theirs: cmsis };
}

/** Seeded random inputs for every graph input, by dtype (floats in [-lo, hi)). */
export function seededInputs(graph: Graph, seed: number, floatRange: readonly [number, number] = [-4, 4]): Uint8Array[] {
  return graph.inputs.map((id, i) => {
    const t = graph.tensors[id]!;
    const n = elementCount(t.shape);
    return t.dtype === 'float32' ? seededFloats(n, seed + i, floatRange[0], floatRange[1]) : seededBytes(n, seed + i);
  });
}
