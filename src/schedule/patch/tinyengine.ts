// TinyEngine's patch-based layout, as its code generator lays it out (mit-han-lab/tinyengine:
// PatchBasedUtil.getPatchParams, InputResizer.PatchResizer, GeneralMemoryScheduler.allocateMemory,
// CodeGenerator._genPatchInference; examples/vww_patchbased.py drives them). The facts it follows:
//  - the split is a count of TinyEngine layers (`split_index`, 5 in its example): layers
//    0..split_index − 1 run per patch, the rest per layer;
//  - every patch layer is resized to one patch: layer 0 reads a grain_rf_height × grain_rf tile (the
//    receptive field of ⌊H/n⌋ rows, ⌊max(H,W)/n⌋ columns of the split tensor, grown back through the
//    convs: +k−1 at stride 1, (g−1)·2+k at stride 2), and each conv is then VALID on the tile,
//    ⌈(in − k + 1)/s⌉; an ADD keeps its input's size;
//  - the first per-layer layer's input is renamed, so it is a full-size buffer of its own, alive from
//    layer 0; the last patch layer's output (the patch staging buffer the generated loop copies from)
//    has no reader left and so, by allocateMemory's rule, lives to the end;
//  - every rectangle is then placed first-fit as in the per-layer schedule (tinyengine.ts), and
//    PEAK_MEM = arena + the largest im2col (sbuf) + the largest q15 weight buffer (kbuf), patch
//    layers counted at their tile sizes;
//  - the image is the caller's `img` argument of end2endinference: outside the arena. The
//    generated loop memcpy's each tile's rows from it at a row pitch of
//    (grain_rf − pad_l − pad_r)·n pixels and 3 bytes per pixel.
// Where those generated loops would read or write outside their buffers, `unsound` says so; the
// layout itself is reported as the generator would print it.

import { UserError } from '../../errors.ts';
import { elementCount, type Graph } from '../../model/graph.ts';
import { extent } from '../planner.ts';
import { tinyEngineScratchBytes, tinyEngineTensorBytes } from '../scratch.ts';
import { buildLayers, placeRectangles, rectangles, type Layer } from '../tinyengine.ts';
import { alignUp } from '../../align.ts';

/** TinyEngine's example split: the first five layers run per patch (examples/vww_patchbased.py). */
export const TINYENGINE_SPLIT_LAYERS = 5;

/** The tensor id standing for the renamed full-size split buffer (`…_start_normal_infernece_block`). */
const SPLIT_BUFFER = -2;

export interface TinyEnginePatchPlan {
  /** TinyEngine layers run per patch. */
  readonly splitLayers: number;
  /** The stored op whose output is the split tensor (the last patch layer's op). */
  readonly splitOp: number;
  readonly patches: number;
  /** Layer 0's input tile [grain_rf_height, grain_rf]. */
  readonly tile: readonly [number, number];
  readonly padLeft: number;
  readonly padRight: number;
  readonly arenaBytes: number;
  readonly sbufBytes: number;
  readonly kbufBytes: number;
  /** PEAK_MEM as the generator prints it: arena + sbuf + kbuf. */
  readonly peakMemBytes: number;
  /** The int8 image the application must hold outside PEAK_MEM (end2endinference's `img`). */
  readonly imageBytes: number;
  /** Bytes of the full split buffer and of the per-patch staging buffer, both inside the arena. */
  readonly splitBufferBytes: number;
  readonly stagingBytes: number;
  /** Where the generated code would read or write outside a buffer (empty when it would not). */
  readonly unsound: readonly string[];
  readonly accounting: string;
}

const isConv = (l: Layer): boolean => l.op.kind === 'CONV_2D' || l.op.kind === 'DEPTHWISE_CONV_2D';
const kernelOf = (graph: Graph, l: Layer): readonly [number, number] => {
  const f = graph.tensors[(l.op.inputs as { filter: number }).filter]!.shape;
  return [f[1]!, f[2]!];
};

/** compute_receptive_field: `grain` outputs of layer `count`'s input, grown back through layers count−1..0. */
function receptiveField(graph: Graph, layers: readonly Layer[], count: number, grain: number): number {
  let g = grain;
  for (let i = count - 1; i >= 0; i--) {
    const l = layers[i]!;
    if (!isConv(l)) continue;
    const s = (l.op.attrs as { stride: readonly number[] }).stride[0]!;
    const k = Math.max(...kernelOf(graph, l));
    if (s === 1) g += k - 1;
    else if (s === 2) g = (g - 1) * 2 + k;
  }
  return g;
}

/** TinyEngine's patch layout of `graph` with the first `splitLayers` layers run in n × n patches. */
export function planTinyEnginePatches(graph: Graph, patches: number, splitLayers = TINYENGINE_SPLIT_LAYERS): TinyEnginePatchPlan {
  const { layers } = buildLayers(graph);
  const where = `TinyEngine patch layout (${splitLayers} layers, ${patches}×${patches} patches)`;
  if (splitLayers < 1 || splitLayers >= layers.length) throw new UserError(`${where}: the model has ${layers.length} TinyEngine layers; split_index must be 1..${layers.length - 1}`);
  const stage1 = layers.slice(0, splitLayers);
  // _genPatchInference emits only these three kinds per patch.
  const other = stage1.find((l) => !isConv(l) && l.op.kind !== 'ADD');
  if (other !== undefined) throw new UserError(`${where}: layer ${stage1.indexOf(other)} is ${other.op.kind}; TinyEngine's patch stage runs only CONV_2D, DEPTHWISE_CONV_2D and ADD (choose another split)`);

  const first = layers[splitLayers]!;
  const splitTensor = first.inputs[0]!;
  // The generator stitches patch outputs into an H×W×C feature map; a split whose next layer reads a
  // flattened tensor (an FC after a folded RESHAPE) has none.
  if (graph.tensors[splitTensor]!.shape.length !== 4) throw new UserError(`${where}: layer ${splitLayers} (${first.op.kind}) reads a ${graph.tensors[splitTensor]!.shape.length}-D tensor, not a feature map to stitch patches into (choose an earlier split)`);
  const [, splitH, splitW, splitC] = graph.tensors[splitTensor]!.shape as [number, number, number, number];
  const input = stage1[0]!.inputs[0]!;
  const [, imgH, imgW, imgC] = graph.tensors[input]!.shape as [number, number, number, number];
  const resolution = Math.max(imgH, imgW);
  const outShape = Math.max(splitH, splitW);
  const featStride = Math.floor(resolution / outShape);
  const grain = Math.floor(outShape / patches);
  const grainRf = receptiveField(graph, layers, splitLayers, grain);
  const grainRfHeight = receptiveField(graph, layers, splitLayers, Math.floor(splitH / patches));
  const singleRf = receptiveField(graph, layers, splitLayers, 1);
  const padLeft = Math.floor(singleRf / 2);
  const padRight = Math.max(0, grainRf + featStride * grain * (patches - 1) - padLeft - resolution);

  // PatchResizer: tile sizes of every patch-layer tensor. `dims` is what a tensor holds now (an
  // in-place depthwise shrinks its buffer's content); `capacity` the bytes its buffer needs.
  const dims = new Map<number, readonly [number, number]>([[input, [grainRfHeight, grainRf]]]);
  const capacity = new Map<number, number>();
  const hold = (t: number, tensorOf: number, [h, w]: readonly [number, number]): void => {
    capacity.set(t, Math.max(capacity.get(t) ?? 0, alignUp(h * w * graph.tensors[tensorOf]!.shape[3]!, 4)));
  };
  hold(input, input, [grainRfHeight, grainRf]);
  const scratch: { sbuf: number; kbuf: number }[] = [];
  for (const l of stage1) {
    const [h, w] = dims.get(l.inputs[0]!)!;
    let out: readonly [number, number] = [h, w];
    if (isConv(l)) {
      const [kh, kw] = kernelOf(graph, l);
      const [sh, sw] = (l.op.attrs as { stride: readonly number[] }).stride as [number, number];
      out = [Math.ceil((h - kh + 1) / sh), Math.ceil((w - kw + 1) / sw)];
    }
    const t = l.op.outputs[0]!;
    dims.set(t, out);
    dims.set(l.outputs[0]!, out);
    hold(t, t, out);
    hold(l.outputs[0]!, t, out);
    scratch.push(tinyEngineScratchBytes(graph, l.op, [h, w]));
  }
  const staging = stage1[stage1.length - 1]!.op.outputs[0]!;
  const [stagingH, stagingW] = dims.get(staging)!;
  const splitBufferBytes = tinyEngineTensorBytes(graph, splitTensor);
  const bytes = (t: number): number => (t === SPLIT_BUFFER ? splitBufferBytes : capacity.get(t) ?? tinyEngineTensorBytes(graph, t));

  const renamed: Layer[] = [...stage1, { ...first, inputs: [SPLIT_BUFFER, ...first.inputs.slice(1)] }, ...layers.slice(splitLayers + 1)];
  const rects = rectangles(graph, renamed, true, bytes).map((r) => (r.tensor === SPLIT_BUFFER ? { ...r, firstStep: 0 } : r));
  const offsets = placeRectangles(rects);
  const arenaBytes = extent(rects.map((r, i) => ({ offset: offsets[i]!, size: r.size })));
  const all = [...scratch, ...layers.slice(splitLayers).map((l) => ({ sbuf: l.sbuf, kbuf: l.kbuf }))];
  const sbufBytes = Math.max(0, ...all.map((s) => s.sbuf));
  const kbufBytes = Math.max(0, ...all.map((s) => s.kbuf));

  const unsound: string[] = [];
  // The staging copy writes patch (i, j) at rows i·stagingH.., columns j·stagingW.. of the split
  // buffer, at a row pitch of the split tensor's width.
  if (patches * stagingH < splitH || patches * stagingW < splitW) {
    unsound.push(`the patches write ${patches * stagingH}×${patches * stagingW} of the ${splitH}×${splitW} split tensor; stage 2 reads the rest unwritten`);
  }
  if (patches * stagingW > splitW) unsound.push(`the staging copy writes ${patches * stagingW} columns into ${splitW}-column rows of the split buffer, over neighbouring rows`);
  if (((patches * stagingH - 1) * splitW + patches * stagingW) * splitC > splitH * splitW * splitC) {
    unsound.push(`the staging copy writes past the ${splitH}×${splitW}×${splitC} split buffer`);
  }
  // The tile copy: rows of (grain_rf − pad_l − pad_r) pixels at pitch img_w = that·n, 3 bytes each.
  const step = grainRf - padLeft - padRight;
  const pitch = step * patches;
  let lastByte = 0;
  for (let i = 0; i < patches; i++) {
    for (let j = 0; j < patches; j++) {
      // The generated loop: pad_t on the first row of patches, else pad_b on the last (likewise columns).
      const padT = i === 0 ? padLeft : 0;
      const padB = i === patches - 1 && i !== 0 ? padRight : 0;
      const padL = j === 0 ? padLeft : 0;
      const padR = j === patches - 1 && j !== 0 ? padRight : 0;
      const x = Math.max(step * j - padLeft, 0);
      const y = Math.max((grainRfHeight - padLeft - padRight) * i - padLeft, 0);
      const rows = grainRfHeight - padT - padB;
      if (rows > 0) lastByte = Math.max(lastByte, ((y + rows - 1) * pitch + x) * 3 + (grainRf - (padL + padR)) * 3);
    }
  }
  if (pitch !== imgW || imgC !== 3) unsound.push(`the tile copy assumes a ${pitch}-pixel, 3-channel image row; the model's image is ${imgW} pixels × ${imgC} channels`);
  if (lastByte > elementCount(graph.tensors[input]!.shape)) unsound.push(`the tile copy reads image bytes up to ${lastByte}, past the ${elementCount(graph.tensors[input]!.shape)}-byte image`);
  for (const l of layers.slice(splitLayers)) {
    const stale = l.inputs.filter((t, n) => !(l === first && n === 0) && dims.has(t));
    if (stale.length > 0) unsound.push(`layer ${layers.indexOf(l)} (${l.op.kind}) reads a patch-sized buffer as a whole tensor`);
  }

  return {
    splitLayers, splitOp: stage1[stage1.length - 1]!.op.index, patches, tile: [grainRfHeight, grainRf], padLeft, padRight,
    arenaBytes, sbufBytes, kbufBytes, peakMemBytes: arenaBytes + sbufBytes + kbufBytes,
    imageBytes: elementCount(graph.tensors[input]!.shape), splitBufferBytes, stagingBytes: capacity.get(staging)!,
    unsound: [...new Set(unsound)],
    accounting: 'TinyEngine code generator (patch): PEAK_MEM = first-fit arena (patch-sized tiles, full split buffer from layer 0, staging buffer to the end) + largest im2col + largest q15 weight buffer; the image is held by the application outside PEAK_MEM',
  };
}

/**
 * The layout for a split given as a stored op (the report's `split`): null when TinyEngine's layer
 * list has no boundary right after that op (the op was folded) or its patch stage cannot run it.
 */
export function tinyEnginePatchesAfterOp(graph: Graph, splitOp: number, patches: number): TinyEnginePatchPlan | null {
  const { layers } = buildLayers(graph);
  const splitLayers = layers.findIndex((l) => l.op.index > splitOp);
  if (splitLayers < 1 || layers[splitLayers - 1]!.op.index !== splitOp) return null;
  try {
    return planTinyEnginePatches(graph, patches, splitLayers);
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}
