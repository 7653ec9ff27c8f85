// Our executor against the TFLM oracle (test/support/tflm-oracle.ts) on many small graphs at once:
// the graphs are merged side by side into one model (disjoint tensors, every input and output kept),
// so one emulator start answers a whole batch. A batch TFLM refuses is split to find the graph it
// refuses. Outputs must be identical bytes; float32 outputs are also scored by their largest
// relative difference, since TFLM's float math (newlib's expf, the M4's FPU) need not match ours
// bit for bit.

import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import type { Graph, Op } from '../../src/model/graph.ts';
import { elementCount, NO_TENSOR } from '../../src/model/graph.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import type { OracleKernels } from '../support/tflm-oracle.ts';
import { OracleRefused, runOracle } from '../support/tflm-oracle.ts';
import { prng } from './graph-builder.ts';
import { randomValues } from './random-ops.ts';

export interface Case {
  readonly graph: Graph;
  readonly description: string;
}

export interface CaseResult {
  readonly description: string;
  /** Every output byte equals TFLM's. */
  readonly identical: boolean;
  /** TFLM refused the model (an op or parameter it does not support). */
  readonly refused: string | null;
  /** For differing outputs: a readable list of the first differences. */
  readonly differences: string[];
  /** Largest |ours − theirs| / max(1, |theirs|) over float32 outputs (0 for integer outputs). */
  readonly floatError: number;
  /** Differing elements of integer outputs (these must be 0). */
  readonly integerDifferences: number;
}

/** The graphs side by side: one model whose inputs and outputs are all of theirs, in order. */
export function mergeGraphs(graphs: readonly Graph[]): Graph {
  const tensors: Graph['tensors'][number][] = [];
  const ops: Op[] = [];
  const inputs: number[] = [];
  const outputs: number[] = [];
  for (const g of graphs) {
    const base = tensors.length;
    const at = (id: number): number => (id === NO_TENSOR ? NO_TENSOR : id + base);
    for (const t of g.tensors) tensors.push({ ...t, id: t.id + base, name: `g${ops.length}_${t.name}` });
    for (const op of g.ops) {
      const slots = Object.fromEntries(Object.entries(op.inputs as Record<string, number>).map(([k, id]) => [k, at(id)]));
      ops.push({ ...op, index: ops.length, inputs: slots, inputList: op.inputList.map(at), outputs: op.outputs.map(at) } as Op);
    }
    inputs.push(...g.inputs.map(at));
    outputs.push(...g.outputs.map(at));
  }
  return { tensors, ops, inputs, outputs, description: 'tinygate merged single-op cases' };
}

/**
 * `copies` copies of one graph side by side in one model, sharing its constants (so the file stays
 * the size of one): inputs and outputs are copy 0's, then copy 1's, and so on.
 */
export function replicateGraph(graph: Graph, copies: number): Graph {
  const constants = graph.tensors.filter((t) => t.data !== null);
  const activations = graph.tensors.filter((t) => t.data === null);
  const tensors: Graph['tensors'][number][] = constants.map((t, i) => ({ ...t, id: i }));
  const constantId = new Map(constants.map((t, i) => [t.id, i]));
  const ops: Op[] = [];
  const inputs: number[] = [];
  const outputs: number[] = [];
  for (let c = 0; c < copies; c++) {
    const base = tensors.length;
    const activationId = new Map(activations.map((t, i) => [t.id, base + i]));
    const at = (id: number): number => (id === NO_TENSOR ? NO_TENSOR : constantId.get(id) ?? activationId.get(id)!);
    for (const t of activations) tensors.push({ ...t, id: at(t.id), name: `c${c}_${t.name}` });
    for (const op of graph.ops) {
      const slots = Object.fromEntries(Object.entries(op.inputs as Record<string, number>).map(([k, id]) => [k, at(id)]));
      ops.push({ ...op, index: ops.length, inputs: slots, inputList: op.inputList.map(at), outputs: op.outputs.map(at) } as Op);
    }
    inputs.push(...graph.inputs.map(at));
    outputs.push(...graph.outputs.map(at));
  }
  return { tensors, ops, inputs, outputs, description: `${graph.description} ×${copies}` };
}

function bytesOf(d: TensorData): Uint8Array {
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

function viewAs(like: TensorData, raw: Uint8Array): TensorData {
  const Ctor = like.constructor as new (buffer: ArrayBuffer) => TensorData;
  return new Ctor(raw.slice().buffer);
}

/** Seeded inputs for a graph: uniform bytes for integer types, [-4, 4) for float32. */
export function seededGraphInputs(graph: Graph, seed: number): TensorData[] {
  const rng = prng(seed);
  return graph.inputs.map((id) => {
    const t = graph.tensors[id]!;
    const data = randomValues(rng, t.dtype, elementCount(t.shape));
    if (t.dtype === 'float32') data.forEach((v, i) => { data[i] = Math.fround(v * 2); });
    return data;
  });
}

/** Compares ours and TFLM's outputs of one graph. */
export function compareOutputs(description: string, ours: readonly TensorData[], theirs: readonly Uint8Array[]): CaseResult {
  const differences: string[] = [];
  let floatError = 0;
  let integerDifferences = 0;
  ours.forEach((o, k) => {
    const t = viewAs(o, theirs[k]!);
    for (let i = 0; i < o.length; i++) {
      if (o[i] === t[i] || (Number.isNaN(o[i]) && Number.isNaN(t[i]))) continue;
      if (o instanceof Float32Array) floatError = Math.max(floatError, Math.abs(o[i]! - t[i]!) / Math.max(1, Math.abs(t[i]!)));
      else integerDifferences++;
      if (differences.length < 6) differences.push(`output ${k} [${i}]: ours ${o[i]} TFLM ${t[i]}`);
      else if (differences.length === 6) differences.push('…');
    }
    if (theirs[k]!.length !== bytesOf(o).length) {
      differences.push(`output ${k}: ours ${bytesOf(o).length} bytes, TFLM ${theirs[k]!.length}`);
      integerDifferences++;
    }
  });
  return { description, identical: differences.length === 0, refused: null, differences, floatError, integerDifferences };
}

/**
 * Runs every case through our executor and through TFLM (`kernels`), in batches of `batch` merged
 * graphs, each on `seed`-derived inputs. Returns one result per case, in order.
 */
export async function compareWithTflm(cases: readonly Case[], kernels: OracleKernels, seed: number, batch = 16): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (let start = 0; start < cases.length; start += batch) {
    results.push(...await compareBatch(cases.slice(start, start + batch), kernels, seed + start));
  }
  return results;
}

async function compareBatch(cases: readonly Case[], kernels: OracleKernels, seed: number): Promise<CaseResult[]> {
  const inputs = cases.map((c, k) => seededGraphInputs(c.graph, seed + k));
  const merged = mergeGraphs(cases.map((c) => c.graph));
  let theirs: Uint8Array[];
  try {
    theirs = (await runOracle(writeTflite(merged), { kernels, inputs: inputs.flat().map(bytesOf) })).outputs;
  } catch (e) {
    if (!(e instanceof OracleRefused)) throw e;
    if (cases.length === 1) return [{ description: cases[0]!.description, identical: false, refused: e.message, differences: [], floatError: 0, integerDifferences: 0 }];
    const half = Math.ceil(cases.length / 2);
    return [...await compareBatch(cases.slice(0, half), kernels, seed), ...await compareBatch(cases.slice(half), kernels, seed + half)];
  }
  let next = 0;
  return cases.map((c, k) => {
    const ours = runGraph(prepareGraph(c.graph, { kernels }), inputs[k]!);
    const mine = theirs.slice(next, next + ours.length);
    next += ours.length;
    return compareOutputs(c.description, ours, mine);
  });
}
