// TinyEngine's per-layer memory schedule, following its code generator (mit-han-lab/tinyengine
// code_generator/: TfliteConvertor.py builds the layer list, GeneralMemoryScheduler.py the tensor
// rectangles, allocator/firstFit.py places them). Reproduces the PEAK_MEM its genModel.h reports.
// Complexity: layers and rectangles O(ops + operands); placement O(n log n + P log P) for n
// rectangles and P pairs alive at the same layer (planner.ts timeNeighbours), near-linear on chains.

import { type Graph, type Op } from '../model/graph.ts';
import { fusablePad } from './fuse-pads.ts';
import { activationInputs, activationOutputs } from './lifetimes.ts';
import { extent, placedByOffset, timeNeighbours, type BufferRequest, type MemoryPlan, type PlannedBuffer } from './planner.ts';
import { tinyEngineScratchBytes, tinyEngineTensorBytes } from './scratch.ts';

/** One TinyEngine layer: the op it runs and the tensors it reads and writes, after renaming. */
export interface Layer {
  readonly op: Op;
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  readonly sbuf: number;
  readonly kbuf: number;
}

export interface TinyEnginePlan extends MemoryPlan {
  /** The im2col / channel-plane buffer: the largest get_sbuf_size over all layers. */
  readonly sbufBytes: number;
  /** The q15 weight buffer: the largest get_kbuf_size over all layers. */
  readonly kbufBytes: number;
  /** PEAK_MEM: arena + sbuf + kbuf (GeneralMemoryScheduler.allocateMemory). */
  readonly peakMemBytes: number;
  /** Per layer (by op index), the sbuf and kbuf bytes its kernel uses: the simulator hands them over. */
  readonly layerScratch: ReadonlyMap<number, { readonly sbuf: number; readonly kbuf: number }>;
}

// TfliteConvertor: these never become layers (constant.py SKIP_OPs, and TRANSPOSE is only recorded
// for a following MEAN). The application hands TinyEngine int8 input and reads int8 output.
const SKIPPED = new Set<string>(['QUANTIZE', 'DEQUANTIZE', 'RESHAPE', 'TRANSPOSE']);

/**
 * The layer list: PAD is fused into the next (depthwise) conv, whose input becomes the PAD's input
 * (TfliteConvertor._convert_PAD and parse_conv2d). Every int8 depthwise conv is in place
 * (GeneralMemoryScheduler with USE_INPLACE): its output is renamed to its input for all later layers.
 */
export function buildLayers(graph: Graph): { layers: Layer[]; folded: number[]; aliases: Map<number, number[]> } {
  const layers: Layer[] = [];
  const folded: number[] = [];
  const renamed = new Map<number, number>();
  const resolve = (t: number): number => renamed.get(t) ?? t;
  let pad: { input: number; output: number } | null = null;
  for (const op of graph.ops) {
    if (SKIPPED.has(op.kind)) { folded.push(op.index); continue; }
    // A PAD that only feeds convs is folded into them; any other PAD (before a pool, a PADV2 with
    // a free fill value) has to run as a layer of its own to be executable.
    if (fusablePad(graph, op)) {
      pad = { input: op.inputs.input, output: op.outputs[0]! };
      folded.push(op.index);
      continue;
    }
    let inputs = activationInputs(graph, op).map(resolve);
    let paddedInput: [number, number] | null = null;
    if (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D') {
      const k = graph.tensors[op.inputs.filter]!.shape[1]!;
      const half = Math.floor(k / 2);
      const fused = pad !== null && pad.output === op.inputs.input;
      const [, h, w] = graph.tensors[op.inputs.input]!.shape as [number, number, number];
      // parse_conv2d assumes SAME padding of floor(k/2) per side; with a fused PAD the conv's input
      // is the PAD's input and the padded plane is the PAD's output.
      paddedInput = fused ? [h, w] : [h + 2 * half, w + 2 * half];
      if (fused) inputs = [resolve(pad!.input)];
      pad = null;
    }
    const outputs = activationOutputs(graph, op);
    // In place only with one output channel per input channel: a ×M depthwise writes M times the
    // bytes it reads, so its output cannot live in its input's buffer.
    if (op.kind === 'DEPTHWISE_CONV_2D' && op.attrs.depthMultiplier === 1) {
      renamed.set(outputs[0]!, inputs[0]!);
      outputs.splice(0, 1, inputs[0]!);
    }
    const { sbuf, kbuf } = tinyEngineScratchBytes(graph, op, paddedInput);
    layers.push({ op, inputs, outputs, sbuf, kbuf });
  }
  // Every tensor an in-place chain renamed, by the tensor whose buffer it uses.
  const aliases = new Map<number, number[]>();
  for (const [tensor, root] of renamed) aliases.set(resolve(root), [...(aliases.get(resolve(root)) ?? []), tensor]);
  return { layers, folded, aliases };
}

export interface Rectangle extends BufferRequest {
  readonly tensor: number;
  /** Layer of a stride-2 in-place depthwise conv after which only a quarter of the rectangle is used. */
  readonly stride2After: number | null;
  /**
   * Bytes kept after that layer: a quarter of the rectangle, as firstFit.py assumes, or the conv's
   * real output when an odd height or width makes that larger (49 rows at stride 2 give 25, not
   * 24.5): keeping less would let later tensors overwrite the output.
   */
  readonly tailBytes: number;
}

/**
 * GeneralMemoryScheduler.allocateMemory: walk the layers; every tensor not yet seen becomes a
 * rectangle from this layer to one past its last reader (or to the end when nothing reads it, or to
 * layer 1 for an unread tensor of layer 0). Here [start, end) becomes inclusive steps [start, end-1].
 */
export function rectangles(
  graph: Graph, layers: readonly Layer[], stride2Tail: boolean, bytes: (t: number) => number = (t) => tinyEngineTensorBytes(graph, t),
): Rectangle[] {
  const seen = new Set<number>();
  const rects: Rectangle[] = [];
  const lastReader = new Map<number, number>();
  layers.forEach((layer, j) => { for (const t of layer.inputs) lastReader.set(t, j); });
  layers.forEach((layer, i) => {
    for (const t of [...layer.inputs, ...layer.outputs]) {
      if (seen.has(t)) continue;
      seen.add(t);
      // Alive to its last reader after this layer; unread tensors to the end (the first layer's, to layer 1).
      const read = lastReader.get(t) ?? -1;
      const end = read > i ? read + 1 : i === 0 ? 1 : layers.length;
      rects.push({ tensor: t, size: bytes(t), firstStep: i, lastStep: end - 1, stride2After: null, tailBytes: 0 });
    }
  });
  if (!stride2Tail) return rects;
  // The INPLACE_DEPTHWISE_STRIDE2_MEM option: after a stride-2 in-place depthwise conv its buffer
  // holds a quarter-size output, and later rectangles may use the rest (firstFit.py).
  // When several such convs share a rectangle (chained in place), the last one's index wins.
  const after = new Map<number, number>();
  layers.forEach((l, i) => {
    if (l.op.kind === 'DEPTHWISE_CONV_2D' && l.outputs[0] === l.inputs[0] && l.op.attrs.stride[0] === 2 && l.op.attrs.stride[1] === 2) after.set(l.inputs[0]!, i);
  });
  return rects.map((r) => {
    const i = after.get(r.tensor);
    return i === undefined ? r : { ...r, stride2After: i, tailBytes: Math.max(Math.ceil(r.size / 4), bytes(layers[i]!.op.outputs[0]!)) };
  });
}

/**
 * allocator/firstFit.py with base_allocator.sortSize: largest first (ties in insertion order, as its
 * selection of the first strict maximum gives), each at the lowest free address among the placed
 * rectangles overlapping it in time. TinyEngine's own overlap test uses strict comparisons and so
 * misses two rectangles with identical intervals; we treat those as overlapping, since sharing bytes
 * there would corrupt data.
 */
export function placeRectangles(rects: readonly Rectangle[]): number[] {
  const order = rects.map((_, i) => i).sort((a, b) => rects[b]!.size - rects[a]!.size || a - b);
  const offsets = new Array<number>(rects.length).fill(-1);
  const near = timeNeighbours(rects);
  const seq = new Int32Array(rects.length).fill(-1);
  order.forEach((id, rank) => {
    const want = rects[id]!;
    let cursor = 0;
    for (const p of placedByOffset(near[id]!, seq, (o) => offsets[o]!)) {
      const r = rects[p]!;
      const size = r.stride2After !== null && want.firstStep > r.stride2After ? r.tailBytes : r.size;
      if (offsets[p]! - cursor >= want.size) break;
      cursor = Math.max(cursor, offsets[p]! + size);
    }
    offsets[id] = cursor;
    seq[id] = rank;
  });
  return offsets;
}

/**
 * `stride2Tail` follows the current code generator (the quarter-size rule after a stride-2 in-place
 * depthwise conv); without it, the older behaviour. Both give the published detection figure.
 */
export function planTinyEngine(graph: Graph, options: { stride2Tail: boolean } = { stride2Tail: true }): TinyEnginePlan {
  const { layers, folded, aliases } = buildLayers(graph);
  const rects = rectangles(graph, layers, options.stride2Tail);
  const offsets = placeRectangles(rects);
  const producedAt = new Map<number, number>();
  layers.forEach((l, i) => { for (const t of activationOutputs(graph, l.op)) producedAt.set(t, i); });
  const buffers: PlannedBuffer[] = rects.flatMap((r, i) => {
    const group = [r.tensor, ...(aliases.get(r.tensor) ?? [])];
    const whole = { tensors: group, scratchForOp: null, offset: offsets[i]!, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep };
    if (r.stride2After === null || r.stride2After >= r.lastStep) return [whole];
    // Split so the overlap checker sees what the allocator assumed: full size up to the conv, a
    // quarter after it, holding the tensors the chain writes from that conv on.
    const split = r.stride2After;
    const early = group.filter((t) => (producedAt.get(t) ?? -1) < split);
    const late = group.filter((t) => (producedAt.get(t) ?? -1) >= split);
    return [{ ...whole, tensors: early, lastStep: split }, { ...whole, tensors: late, size: r.tailBytes, firstStep: split + 1 }];
  });
  const arenaBytes = extent(buffers);
  const sbufBytes = Math.max(0, ...layers.map((l) => l.sbuf));
  const kbufBytes = Math.max(0, ...layers.map((l) => l.kbuf));
  return {
    runtime: 'tinyengine',
    order: layers.map((l) => l.op.index),
    foldedOps: folded,
    inPlaceOps: layers.filter((l) => l.op.kind === 'DEPTHWISE_CONV_2D' && l.outputs[0] === l.inputs[0]).map((l) => l.op.index),
    buffers,
    arenaBytes,
    sbufBytes,
    kbufBytes,
    peakMemBytes: arenaBytes + sbufBytes + kbufBytes,
    layerScratch: new Map(layers.map((l) => [l.op.index, { sbuf: l.sbuf, kbuf: l.kbuf }])),
  };
}
