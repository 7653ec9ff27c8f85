// Patch-based inference (MCUNetV2, Lin et al., NeurIPS 2021, arXiv:2110.15352, section 3.1): split
// the network after op `split`; stage 1 (ops 0..split) runs once per output patch of the split
// tensor, each time computing only the tiles that patch needs; stage 2 runs per-layer on the full
// split tensor. Only one patch's tiles are alive at a time, which is where the memory saving comes
// from; neighbouring tiles overlap (the halo), which is the recomputation it costs.
//
// The plan is per axis: for the spatial ops we tile (convolutions, pooling, pad, resize, elementwise)
// the rows an output window needs depend only on its rows, and the columns only on its columns
// (kernels/receptive-field.ts treats the axes independently). So the window of patch (i, j) at any
// stage-1 tensor is rows[i] × cols[j] × all channels, and sums over patches factor into
// (Σ rows)·(Σ cols). Windows are in global coordinates (ARCHITECTURE.md, decision 1): a tile at the
// image border is just a window next to padding, and the windowed kernels handle it unchanged.

import { UserError } from '../../errors.ts';
import { NO_TENSOR, opName, type Graph, type Op } from '../../model/graph.ts';
import { inputBoxFor } from '../../kernels/receptive-field.ts';
import type { Box } from '../../model/view.ts';

/** One spatial interval: [start, start + size). */
export interface Span {
  readonly start: number;
  readonly size: number;
}

/** Where each patch row (or column) sits at one stage-1 tensor, on one axis. */
export interface AxisTiles {
  /** What is computed and stored: the receptive field clipped to the tensor (per patch index). */
  readonly clipped: readonly Span[];
  /**
   * The unclipped receptive field, as a runtime that pads every tile to full size computes it
   * (TinyEngine; the paper's MAC counts): t_in = (t_out − 1)·s + d·(k − 1) + 1, border or not.
   */
  readonly full: readonly Span[];
}

export interface PatchPlan {
  readonly graph: Graph;
  /** Stage 1 is ops 0..split in stored order; its last op writes the split tensor. */
  readonly split: number;
  readonly splitTensor: number;
  /** [p_h, p_w]. */
  readonly patches: readonly [number, number];
  /**
   * Output patch size per axis, g = ⌈H_split / p⌉. Remainder policy: when p does not divide the
   * size, the last row (column) of patches is shorter, H_split − (p − 1)·g; every patch is non-empty.
   */
  readonly patchSize: readonly [number, number];
  readonly stage1: readonly number[];
  readonly stage2: readonly number[];
  /**
   * Every non-constant tensor stage 1 reads or writes (graph inputs, tiles, the split tensor), with
   * its per-axis windows: [rows over i, cols over j].
   */
  readonly tiles: ReadonlyMap<number, readonly [AxisTiles, AxisTiles]>;
  /** Largest full tile [h, w] of the model input: the input patch a runtime reads per patch. */
  readonly tile: readonly [number, number];
}

/** A patch-schedule request: split after op `split`, [p_h, p_w] patches. */
export interface PatchRequest {
  readonly split: number;
  readonly patches: readonly [number, number];
}

/** Ops that can compute any spatial window of their output from windows of their inputs. */
const SPATIAL = new Set<Op['kind']>(['CONV_2D', 'DEPTHWISE_CONV_2D', 'AVERAGE_POOL_2D', 'MAX_POOL_2D', 'PAD', 'PADV2', 'RESIZE_NEAREST_NEIGHBOR', 'RESIZE_BILINEAR']);
const POINTWISE = new Set<Op['kind']>(['ADD', 'SUB', 'MUL', 'RELU', 'RELU6', 'LOGISTIC', 'TANH', 'HARD_SWISH', 'QUANTIZE', 'DEQUANTIZE']);

const isActivation = (graph: Graph, t: number): boolean => t !== NO_TENSOR && graph.tensors[t]!.data === null;

function describe(graph: Graph, op: Op): string {
  const out = graph.tensors[op.outputs[0]!];
  return `op ${op.index} (${opName(op)}${out === undefined ? '' : ` → ${out.name}`})`;
}

/** True for a 4-D NHWC tensor with batch 1, the only layout patches split. */
function isFeatureMap(graph: Graph, t: number): boolean {
  const s = graph.tensors[t]!.shape;
  return s.length === 4 && s[0] === 1;
}

/**
 * Why splitting after op `split` is illegal for any p: empty when it is legal. Checks that stage 1
 * only has ops that work on tiles, that every tensor crossing the split is the split tensor, and that
 * residual operands are tiles too.
 */
export function splitProblems(graph: Graph, split: number): string[] {
  const problems: string[] = [];
  const op = graph.ops[split];
  if (op === undefined) return [`there is no op ${split} (the model has ${graph.ops.length} ops)`];
  if (op.outputs.length !== 1) return [`${describe(graph, op)} has ${op.outputs.length} outputs; the split must be one tensor`];
  const splitTensor = op.outputs[0]!;
  if (!isFeatureMap(graph, splitTensor)) {
    return [`the split tensor ${graph.tensors[splitTensor]!.name} has shape [${graph.tensors[splitTensor]!.shape.join(', ')}]; patches split a [1, H, W, C] feature map`];
  }
  const stage1 = new Set<number>();
  for (let k = 0; k <= split; k++) {
    const s = graph.ops[k]!;
    stage1.add(s.outputs[0] ?? NO_TENSOR);
    if (!isStage1Kind(s)) {
      problems.push(`${describe(graph, s)} is a global op (it needs its whole input), so it cannot run patch by patch; split before it`);
      continue;
    }
    if (!s.outputs.every((t) => isFeatureMap(graph, t))) problems.push(`${describe(graph, s)} does not produce a [1, H, W, C] feature map`);
    const out = graph.tensors[s.outputs[0]!]!.shape;
    if (POINTWISE.has(s.kind)) {
      for (const t of s.inputList.filter((id) => isActivation(graph, id))) {
        const shape = graph.tensors[t]!.shape;
        if (shape.length !== 4 || shape[1] !== out[1] || shape[2] !== out[2]) {
          problems.push(`${describe(graph, s)} broadcasts ${graph.tensors[t]!.name} [${shape.join(', ')}] over the feature map (an SE-style gate); both operands must be tiles of the same map`);
        }
      }
    }
  }
  // Only the split tensor may leave stage 1: any other tensor would exist only as tiles. The scan
  // of later readers (O(ops)) runs only when some stage-1 tensor is read after the split at all,
  // so a search over splits stays O(split) per split.
  const last = lastReaders(graph);
  const crosses = [...stage1].some((t) => t !== splitTensor && (last.get(t) ?? -1) > split);
  for (let k = split + 1; crosses && k < graph.ops.length; k++) {
    const reader = graph.ops[k]!;
    for (const t of reader.inputList) {
      if (t !== splitTensor && stage1.has(t)) {
        problems.push(`${graph.tensors[t]!.name} (stage 1) is also read by ${describe(graph, reader)} after the split, so it would exist only as tiles; only the split tensor may cross the split`);
      }
    }
  }
  for (const t of graph.outputs) {
    if (t !== splitTensor && stage1.has(t)) problems.push(`model output ${graph.tensors[t]!.name} is computed in stage 1, where it would exist only as tiles`);
  }
  return [...new Set(problems)];
}

const lastReaderCache = new WeakMap<Graph, Map<number, number>>();

/** Index of the last op reading each tensor, once per graph. */
function lastReaders(graph: Graph): Map<number, number> {
  let m = lastReaderCache.get(graph);
  if (m === undefined) {
    m = new Map();
    for (const op of graph.ops) for (const t of op.inputList) m.set(t, op.index);
    lastReaderCache.set(graph, m);
  }
  return m;
}

function isStage1Kind(op: Op): boolean {
  if (SPATIAL.has(op.kind) || POINTWISE.has(op.kind)) return true;
  // Channel concatenation works on windows too (its kernel is windowed on the last axis).
  return op.kind === 'CONCATENATION' && op.attrs.axis === 3;
}

/** Why (split, patches) is illegal on top of splitProblems: the patch counts. */
export function patchCountProblems(graph: Graph, split: number, patches: readonly [number, number]): string[] {
  const shape = graph.tensors[graph.ops[split]!.outputs[0]!]!.shape;
  return [0, 1].flatMap((a) => {
    const size = shape[a + 1]!;
    const p = patches[a]!;
    const name = a === 0 ? 'rows' : 'columns';
    if (!Number.isInteger(p) || p < 1) return [`patch count ${p} must be a positive integer`];
    const g = Math.ceil(size / p);
    if ((p - 1) * g >= size) return [`${p} patches over ${size} ${name} of the split tensor would leave the last patches empty (patch size ⌈${size}/${p}⌉ = ${g})`];
    return [];
  });
}

/** Every reason (split, patches) cannot be planned; empty when it can. */
export function patchProblems(graph: Graph, request: PatchRequest): string[] {
  const problems = splitProblems(graph, request.split);
  return problems.length > 0 ? problems : patchCountProblems(graph, request.split, request.patches);
}

/** The patch plan for `request`; a UserError listing every reason when it is illegal. */
export function planPatches(graph: Graph, request: PatchRequest): PatchPlan {
  const problems = patchProblems(graph, request);
  if (problems.length > 0) {
    throw new UserError(`cannot split after op ${request.split} into ${request.patches.join('×')} patches:\n  - ${problems.join('\n  - ')}`);
  }
  return buildPlan(graph, request.split, request.patches);
}

/** planPatches for a request the caller has already checked (a search, which checks each split once). */
export function planCheckedPatches(graph: Graph, request: PatchRequest): PatchPlan {
  return buildPlan(graph, request.split, request.patches);
}

/** The patch windows of the split tensor along one axis. */
function outputSpans(size: number, p: number): Span[] {
  const g = Math.ceil(size / p);
  return Array.from({ length: p }, (_, i) => ({ start: i * g, size: Math.min(g, size - i * g) }));
}

function union(a: Span | undefined, b: Span): Span {
  if (a === undefined) return b;
  const start = Math.min(a.start, b.start);
  return { start, size: Math.max(a.start + a.size, b.start + b.size) - start };
}

/**
 * The rows (axis 1) or columns (axis 2) of input `t` that op needs for output span `w`. `clipped`:
 * the kernels' own receptive field (inputBoxFor), so executed tiles are exactly what they read.
 * Unclipped: the same field ignoring the tensor's edges.
 */
function needOnAxis(graph: Graph, op: Op, t: number, axis: 1 | 2, w: Span, clipped: boolean): Span {
  const inShape = graph.tensors[t]!.shape;
  if (POINTWISE.has(op.kind) || op.kind === 'CONCATENATION') return inShape[axis] === 1 ? { start: 0, size: 1 } : w;
  if (!clipped && (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' || op.kind === 'AVERAGE_POOL_2D' || op.kind === 'MAX_POOL_2D')) {
    const a = axis - 1;
    const s = op.attrs.stride[a]!;
    const before = a === 0 ? op.attrs.pad.top : op.attrs.pad.left;
    const k = op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' ? graph.tensors[op.inputs.filter]!.shape[axis]! : op.attrs.filter[a]!;
    // Pooling attrs hold dilation [1, 1].
    const d = op.attrs.dilation[a]!;
    return { start: w.start * s - before, size: (w.size - 1) * s + d * (k - 1) + 1 };
  }
  if (!clipped && (op.kind === 'PAD' || op.kind === 'PADV2')) return { start: w.start - op.attrs.paddings[axis]![0], size: w.size };
  // Clipped fields, and resize (whose maps are only defined inside the tensor): ask the kernels.
  const outShape = graph.tensors[op.outputs[0]!]!.shape;
  const lo = Math.max(w.start, 0);
  const hi = Math.min(w.start + w.size, outShape[axis]!);
  const start = [0, 0, 0, 0];
  const size = [1, 1, 1, outShape[3]!];
  start[axis] = lo;
  size[axis] = hi - lo;
  const box = inputBoxFor(op, graph, { start, size });
  return { start: box.start[axis]!, size: box.size[axis]! };
}

/** Per-patch spans along one axis for every stage-1 tensor, back-propagated from the split. */
function propagateAxis(graph: Graph, split: number, axis: 1 | 2, p: number, clipped: boolean): Map<number, Span[]> {
  const splitTensor = graph.ops[split]!.outputs[0]!;
  const spans = new Map<number, Span[]>([[splitTensor, outputSpans(graph.tensors[splitTensor]!.shape[axis]!, p)]]);
  for (let k = split; k >= 0; k--) {
    const op = graph.ops[k]!;
    const out = spans.get(op.outputs[0]!);
    // An op whose output stage 1 never reads computes nothing useful: it is skipped (see runPatches).
    if (out === undefined) continue;
    for (const t of op.inputList) {
      if (!isActivation(graph, t)) continue;
      const clipTo = graph.tensors[t]!.shape[axis]!;
      const mine = spans.get(t) ?? [];
      out.forEach((w, i) => {
        let need = needOnAxis(graph, op, t, axis, w, clipped);
        if (clipped) {
          const lo = Math.max(need.start, 0);
          need = { start: lo, size: Math.min(need.start + need.size, clipTo) - lo };
        }
        mine[i] = union(mine[i], need);
      });
      spans.set(t, mine);
    }
  }
  return spans;
}

function buildPlan(graph: Graph, split: number, patches: readonly [number, number]): PatchPlan {
  const splitTensor = graph.ops[split]!.outputs[0]!;
  const shape = graph.tensors[splitTensor]!.shape;
  const clippedRows = propagateAxis(graph, split, 1, patches[0], true);
  const clippedCols = propagateAxis(graph, split, 2, patches[1], true);
  const fullRows = propagateAxis(graph, split, 1, patches[0], false);
  const fullCols = propagateAxis(graph, split, 2, patches[1], false);
  const tiles = new Map<number, readonly [AxisTiles, AxisTiles]>();
  for (const [t, rows] of clippedRows) {
    tiles.set(t, [{ clipped: rows, full: fullRows.get(t)! }, { clipped: clippedCols.get(t)!, full: fullCols.get(t)! }]);
  }
  const input = graph.inputs.find((t) => tiles.has(t));
  const [r, c] = tiles.get(input ?? splitTensor)!;
  const maxSize = (spans: readonly Span[]): number => Math.max(...spans.map((s) => s.size));
  let stage2: readonly number[] | undefined;
  return {
    graph,
    split,
    splitTensor,
    patches,
    patchSize: [Math.ceil(shape[1]! / patches[0]), Math.ceil(shape[2]! / patches[1])],
    stage1: graph.ops.slice(0, split + 1).filter((op) => tiles.has(op.outputs[0]!)).map((op) => op.index),
    // Listed on first use: a search builds hundreds of plans and reads no stage 2 list, which would
    // cost O(ops) each (issue 12: long chains).
    get stage2(): readonly number[] {
      stage2 ??= graph.ops.slice(split + 1).map((op) => op.index);
      return stage2;
    },
    tiles,
    tile: [maxSize(r.full), maxSize(c.full)],
  };
}

/** Window of tensor `t` for patch (i, j): clipped (executed) or full (a padded runtime's tile). */
export function patchWindow(plan: PatchPlan, t: number, i: number, j: number, clipped = true): Box {
  const [rows, cols] = plan.tiles.get(t)!;
  const r = (clipped ? rows.clipped : rows.full)[i]!;
  const c = (clipped ? cols.clipped : cols.full)[j]!;
  return { start: [0, r.start, c.start, 0], size: [1, r.size, c.size, plan.graph.tensors[t]!.shape[3]!] };
}

/** Largest full tile of `t` over all patches, [h, w]: the buffer a patch of it needs. */
export function fullTileShape(plan: PatchPlan, t: number): [number, number] {
  const [rows, cols] = plan.tiles.get(t)!;
  return [Math.max(...rows.full.map((s) => s.size)), Math.max(...cols.full.map((s) => s.size))];
}
