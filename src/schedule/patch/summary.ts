// What a patch plan costs: peak SRAM per runtime convention (live-set.ts) and MACs, counted both on
// full tiles (every patch computes its whole unclipped tile, as TinyEngine pads border tiles and as
// the paper counts) and on tiles clipped at the feature-map border (what tinygate executes).
//
// The peak is the larger of the two stages. Stage 1 holds the whole split buffer (every patch writes
// its part of it) plus one patch's tiles, each sized for the largest tile of that tensor over all
// patches; stage 2 is per-layer from the split tensor. Worked example, MobileNetV2-1.0 @224 (paper,
// Fig. 2 / Table 1), split after block 3 (28×28×32), 4×4 patches:
//   stage 1 peak, block 1 expand on 35×35 tiles: 19,600 + 117,600 + split 25,088 = 162,288 B;
//   stage 2 peak, block 4 expand (and its fused projection): 25,088 + 150,528 = 175,616 B.
// Complexity: a plan's stage 1 costs O(its ops); stage 2 is a look-up in the whole program's live
// sets (computed once per graph and convention, O(ops + operands)), or O(ops) when the split is
// crossed by other tensors; so a search over S splits is O(S × stage 1 + ops), not O(S × ops).

import { tensorBytes, DTYPE_BYTES, type Graph } from '../../model/graph.ts';
import { denseMacs } from '../../model/stats.ts';
import { int8IoProgram } from '../lifetimes.ts';
import { CONVENTIONS, liveSetPeak, liveSetSteps, type LiveSetSteps, perLayerLivePeak, PAPER_CONVENTION, type LiveSetConvention, type PatchRuntime } from '../live-set.ts';
import { fullTileShape, type PatchPlan, type Span } from './plan.ts';
import { alignUp } from '../../align.ts';

export interface PatchScheduleSummary {
  readonly kind: 'patch';
  readonly runtime: PatchRuntime;
  /** Stage 1 is ops 0..split. */
  readonly split: number;
  /** Name of the split tensor. */
  readonly splitTensor: string;
  /** [p_h, p_w]. */
  readonly patches: readonly [number, number];
  /** Largest full input tile [h, w]. */
  readonly tile: readonly [number, number];
  /** max(stage1PeakBytes, stage2PeakBytes) under this runtime's convention. */
  readonly peakSramBytes: number;
  readonly stage1PeakBytes: number;
  readonly stage2PeakBytes: number;
  /** The same schedule under the paper's accounting (identical in every entry, for comparison). */
  readonly activationPeakBytes: number;
  /** Per-layer peak of the whole model under this runtime's convention. */
  readonly perLayerPeakBytes: number;
  /** Whole-model MACs, stage 1 on full tiles (the default count). */
  readonly macs: number;
  /** Whole-model MACs, stage 1 on tiles clipped at the border. */
  readonly macsClippedTiles: number;
  readonly perLayerMacs: number;
  /** macs / perLayerMacs − 1. */
  readonly macOverhead: number;
  readonly macOverheadClippedTiles: number;
  /** Stage-1 MACs per-layer, and patched on full and clipped tiles. */
  readonly stage1: { readonly perLayerMacs: number; readonly macs: number; readonly macsClippedTiles: number };
  readonly accounting: string;
}

export interface PatchMacs {
  readonly perLayerMacs: number;
  readonly stage1PerLayerMacs: number;
  readonly stage1Macs: number;
  readonly stage1MacsClippedTiles: number;
}

const sumSizes = (spans: readonly Span[]): number => spans.reduce((s, x) => s + x.size, 0);

/**
 * MACs of the plan. A dense op's MACs are proportional to its output elements, and the window of
 * patch (i, j) is rows[i] × cols[j] × C, so the sum over patches is MACs-per-pixel · (Σ rows)(Σ cols).
 */
export function patchMacs(plan: PatchPlan): PatchMacs {
  const { graph } = plan;
  const perLayerMacs = modelMacs(graph);
  let stage1PerLayerMacs = 0;
  let stage1Macs = 0;
  let stage1MacsClippedTiles = 0;
  for (const k of plan.stage1) {
    const op = graph.ops[k]!;
    const macs = denseMacs(op, graph);
    if (macs === 0) continue;
    const shape = graph.tensors[op.outputs[0]!]!.shape;
    const perPixel = macs / (shape[1]! * shape[2]!);
    const [rows, cols] = plan.tiles.get(op.outputs[0]!)!;
    stage1PerLayerMacs += macs;
    stage1Macs += perPixel * sumSizes(rows.full) * sumSizes(cols.full);
    stage1MacsClippedTiles += perPixel * sumSizes(rows.clipped) * sumSizes(cols.clipped);
  }
  return { perLayerMacs, stage1PerLayerMacs, stage1Macs, stage1MacsClippedTiles };
}

/** Stage peaks of `plan` under `c`. */
export function patchPeaks(plan: PatchPlan, c: LiveSetConvention): { stage1: number; stage2: number } {
  const { graph, splitTensor } = plan;
  const io = ioProgram(graph);
  const folded = new Set(io.foldedOps);
  const modelInputs = new Set(io.inputs);
  // Every patch reads the model input, so when resident it stays whole through stage 1, like the split buffer.
  const residentInputs = c.inputResident ? io.inputs.reduce((s, t) => s + alignUp(tensorBytes(graph.tensors[t]!), c.alignBytes), 0) : 0;
  const tileBytes = (t: number): number => {
    if (modelInputs.has(t)) return 0;
    const [h, w] = fullTileShape(plan, t);
    const tensor = graph.tensors[t]!;
    return Math.ceil(h * w * tensor.shape[3]! * DTYPE_BYTES[tensor.dtype]);
  };
  const stage1 = liveSetPeak({
    graph, order: plan.stage1.filter((k) => !folded.has(k)), inputs: io.inputs, outputs: [],
    bytes: tileBytes, background: alignUp(tensorBytes(graph.tensors[splitTensor]!), c.alignBytes) + residentInputs, pinned: new Set([splitTensor]),
  }, c).bytes;
  // Stage 2 depends on the split only; a search asks for it once per split.
  const key = `${plan.split} ${c.runtime}`;
  let stage2 = cached(stage2Peaks, graph).get(key);
  if (stage2 === undefined) {
    stage2 = suffixPeak(graph, plan.split, splitTensor, c) ?? stage2Peak(plan, c);
    cached(stage2Peaks, graph).set(key, stage2);
  }
  return { stage1, stage2 };
}

/** Stage 2 on its own: the per-layer live set of the ops after the split. O(ops + operands). */
function stage2Peak(plan: PatchPlan, c: LiveSetConvention): number {
  const { graph, splitTensor } = plan;
  const io = ioProgram(graph);
  const folded = new Set(io.foldedOps);
  const modelInputs = new Set(io.inputs);
  const order2 = plan.stage2.filter((k) => !folded.has(k));
  // With nothing after the split, stage 2 is just the split tensor handed to the application.
  if (order2.length === 0) return alignUp(tensorBytes(graph.tensors[splitTensor]!), c.alignBytes);
  const read = new Set(order2.flatMap((k) => graph.ops[k]!.inputList));
  return liveSetPeak({
    graph, order: order2, inputs: [splitTensor, ...io.inputs.filter((t) => read.has(t))],
    outputs: io.outputs, bytes: (t) => (modelInputs.has(t) && !c.inputResident ? 0 : tensorBytes(graph.tensors[t]!)), background: 0, pinned: new Set(),
  }, c).bytes;
}

/**
 * Live sets of the whole per-layer program, once per graph and convention, so each split's stage 2
 * is a look-up (O(1)) instead of a pass over every op after it.
 *  - peakFrom[p]: the largest live total at step p or later (a running maximum from the end);
 *  - crossing[p]: tensors other than program inputs written before step p and alive at step p.
 */
interface SuffixLive {
  readonly position: ReadonlyMap<number, number>;
  readonly peakFrom: Float64Array;
  readonly crossing: Int32Array;
  readonly steps: LiveSetSteps;
}

const suffixLive = new WeakMap<Graph, Map<string, SuffixLive>>();

function suffixLiveOf(graph: Graph, c: LiveSetConvention): SuffixLive {
  let m = suffixLive.get(graph);
  if (m === undefined) suffixLive.set(graph, (m = new Map()));
  let v = m.get(c.runtime);
  if (v !== undefined) return v;
  const io = ioProgram(graph);
  const modelInputs = new Set(io.inputs);
  const steps = liveSetSteps({
    graph, order: io.order, inputs: io.inputs, outputs: io.outputs,
    bytes: (t) => (modelInputs.has(t) && !c.inputResident ? 0 : tensorBytes(graph.tensors[t]!)), background: 0, pinned: new Set(),
  }, c);
  const n = io.order.length;
  const peakFrom = new Float64Array(n + 1);
  for (let p = n - 1; p >= 0; p--) peakFrom[p] = Math.max(peakFrom[p + 1]!, steps.live[p]!);
  const delta = new Int32Array(n + 2);
  for (const [t, s] of steps.first) {
    if (modelInputs.has(t)) continue;
    delta[s + 1]! += 1;
    delta[Math.max(s, steps.last.get(t) ?? s) + 1]! -= 1;
  }
  const crossing = new Int32Array(n + 1);
  for (let p = 1, count = 0; p <= n; p++) crossing[p] = count += delta[p]!;
  v = { position: new Map(io.order.map((k, step) => [k, step])), peakFrom, crossing, steps };
  m.set(c.runtime, v);
  return v;
}

/**
 * Stage 2's peak from the whole program's live sets, when they are provably the same from the step
 * after the split on: only the split tensor (and program inputs) cross the split, the split tensor
 * exists (not fused away), and no program input is also an output. Otherwise undefined (the caller
 * runs stage 2 on its own).
 */
function suffixPeak(graph: Graph, split: number, splitTensor: number, c: LiveSetConvention): number | undefined {
  const io = ioProgram(graph);
  if (io.inputs.includes(splitTensor) || io.inputs.some((t) => io.outputs.includes(t))) return undefined;
  const s = suffixLiveOf(graph, c);
  const at = s.position.get(split);
  if (at === undefined || at + 1 >= s.peakFrom.length - 1) return undefined;
  const p = at + 1;
  const first = s.steps.first.get(splitTensor);
  const last = s.steps.last.get(splitTensor) ?? first;
  if (first === undefined || s.steps.virtual.has(splitTensor) || !(first < p && last! >= p) || s.crossing[p] !== 1) return undefined;
  return s.peakFrom[p]!;
}

// Whole-model facts a search asks for once per candidate, computed once per graph so a candidate
// costs O(its stage 1), not O(ops).
const macsOf = new WeakMap<Graph, number>();
const ioOf = new WeakMap<Graph, ReturnType<typeof int8IoProgram>>();

function modelMacs(graph: Graph): number {
  let v = macsOf.get(graph);
  if (v === undefined) macsOf.set(graph, (v = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0)));
  return v;
}

function ioProgram(graph: Graph): ReturnType<typeof int8IoProgram> {
  let v = ioOf.get(graph);
  if (v === undefined) ioOf.set(graph, (v = int8IoProgram(graph)));
  return v;
}

const stage2Peaks = new WeakMap<Graph, Map<string, number>>();
const perLayerPeaks = new WeakMap<Graph, Map<string, number>>();

function cached(store: WeakMap<Graph, Map<string, number>>, graph: Graph): Map<string, number> {
  let m = store.get(graph);
  if (m === undefined) store.set(graph, (m = new Map()));
  return m;
}

function perLayerPeak(graph: Graph, c: LiveSetConvention): number {
  const m = cached(perLayerPeaks, graph);
  let v = m.get(c.runtime);
  if (v === undefined) m.set(c.runtime, (v = perLayerLivePeak(graph, c)));
  return v;
}

const overhead = (patched: number, perLayer: number): number => (perLayer === 0 ? 0 : patched / perLayer - 1);


/** One summary per runtime convention (all of them by default, paper first). */
export function summarizePatchPlan(plan: PatchPlan, conventions: readonly LiveSetConvention[] = CONVENTIONS, macs: PatchMacs = patchMacs(plan)): PatchScheduleSummary[] {
  const paper = patchPeaks(plan, PAPER_CONVENTION);
  const stage2Macs = macs.perLayerMacs - macs.stage1PerLayerMacs;
  const total = stage2Macs + macs.stage1Macs;
  const totalClipped = stage2Macs + macs.stage1MacsClippedTiles;
  return conventions.map((c) => {
    const peaks = c === PAPER_CONVENTION ? paper : patchPeaks(plan, c);
    return {
      kind: 'patch',
      runtime: c.runtime,
      split: plan.split,
      splitTensor: plan.graph.tensors[plan.splitTensor]!.name,
      patches: plan.patches,
      tile: plan.tile,
      peakSramBytes: Math.max(peaks.stage1, peaks.stage2),
      stage1PeakBytes: peaks.stage1,
      stage2PeakBytes: peaks.stage2,
      activationPeakBytes: Math.max(paper.stage1, paper.stage2),
      perLayerPeakBytes: perLayerPeak(plan.graph, c),
      macs: total,
      macsClippedTiles: totalClipped,
      perLayerMacs: macs.perLayerMacs,
      macOverhead: overhead(total, macs.perLayerMacs),
      macOverheadClippedTiles: overhead(totalClipped, macs.perLayerMacs),
      stage1: { perLayerMacs: macs.stage1PerLayerMacs, macs: macs.stage1Macs, macsClippedTiles: macs.stage1MacsClippedTiles },
      accounting: `${c.accounting}; patch stage 1: whole split buffer + one patch's full tiles`,
    };
  });
}
