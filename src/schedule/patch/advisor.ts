// Why a patch schedule helps little, in words a model author can act on. Patching pays off when
// stage 1 holds the peak and the tiles overlap little. The overlap (halo) grows with every spatial
// layer in stage 1: a layer with kernel k and dilation d whose input sits J model-input pixels
// apart (J = product of the strides before it) widens the input tile by d·(k − 1)·J pixels. So
// large kernels and many layers, especially late in stage 1 where J is large, drive it (MCUNetV2,
// section 3.2, "receptive field redistribution", shrinks exactly these).

import { opName, tensorBytes, type Graph } from '../../model/graph.ts';
import type { PatchPlan } from './plan.ts';
import type { PatchScheduleSummary } from './summary.ts';

/** One stage-1 layer's share of the input tile's halo, along the height axis. */
export interface HaloDriver {
  readonly op: number;
  readonly name: string;
  /** e.g. "DEPTHWISE_CONV_2D 7×7 stride 2". */
  readonly layer: string;
  /** Model-input rows this layer adds to every tile. */
  readonly haloPixels: number;
}

/**
 * Why a schedule helps little, as data; src/report/advice.ts puts it in words. `reduction` is
 * per-layer peak / patch peak; `overhead` is stage 1's extra MACs as a fraction.
 */
export type AdviceReason =
  /** The peak sits after the split, where patches do not reach. */
  | { readonly kind: 'peak-after-split'; readonly reduction: number; readonly stage2PeakBytes: number }
  /** Stage 1's peak is mostly the split buffer. */
  | { readonly kind: 'split-buffer'; readonly reduction: number; readonly stage1PeakBytes: number; readonly splitShape: readonly number[]; readonly splitBytes: number }
  /** One patch's tiles overlap so much that they need `tileBytes`. */
  | { readonly kind: 'overlap'; readonly reduction: number; readonly tileBytes: number }
  /** Recomputed halos: each input tile reaches `haloPixels` beyond its patch through `spatialLayers` layers. */
  | { readonly kind: 'halo'; readonly overhead: number; readonly tile: readonly number[]; readonly haloPixels: number; readonly spatialLayers: number; readonly topDrivers: readonly HaloDriver[] };

export interface PatchAdvice {
  /** True when the peak drops less than 2× or stage 1 costs over 50% more MACs. */
  readonly helpsLittle: boolean;
  readonly reasons: readonly AdviceReason[];
  /** Stage-1 layers by decreasing halo share. */
  readonly haloDrivers: readonly HaloDriver[];
}

const MIN_USEFUL_REDUCTION = 2;
const MAX_USEFUL_OVERHEAD = 0.5;

/** Input pixels between neighbouring elements of each tensor (1 at the model input). */
function inputJumps(graph: Graph, plan: PatchPlan): Map<number, number> {
  const jump = new Map<number, number>(graph.inputs.map((t) => [t, 1]));
  for (const k of plan.stage1) {
    const op = graph.ops[k]!;
    const inJump = Math.max(...op.inputList.map((t) => jump.get(t) ?? 0));
    const stride = 'stride' in op.attrs ? (op.attrs.stride as readonly number[])[0]! : 1;
    jump.set(op.outputs[0]!, Math.max(inJump, 1) * stride);
  }
  return jump;
}

export function haloDrivers(plan: PatchPlan): HaloDriver[] {
  const { graph } = plan;
  const jump = inputJumps(graph, plan);
  const drivers: HaloDriver[] = [];
  for (const k of plan.stage1) {
    const op = graph.ops[k]!;
    if (op.kind !== 'CONV_2D' && op.kind !== 'DEPTHWISE_CONV_2D' && op.kind !== 'AVERAGE_POOL_2D' && op.kind !== 'MAX_POOL_2D') continue;
    const kh = op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' ? graph.tensors[op.inputs.filter]!.shape[1]! : op.attrs.filter[0];
    const kw = op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' ? graph.tensors[op.inputs.filter]!.shape[2]! : op.attrs.filter[1];
    const haloPixels = op.attrs.dilation[0] * (kh - 1) * (jump.get(op.inputs.input) ?? 1);
    if (haloPixels === 0) continue;
    drivers.push({ op: k, name: graph.tensors[op.outputs[0]!]!.name, layer: `${opName(op)} ${kh}×${kw} stride ${op.attrs.stride[0]}`, haloPixels });
  }
  return drivers.sort((a, b) => b.haloPixels - a.haloPixels || a.op - b.op);
}

export function advisePatch(plan: PatchPlan, summary: PatchScheduleSummary): PatchAdvice {
  const drivers = haloDrivers(plan);
  const reduction = summary.perLayerPeakBytes / summary.peakSramBytes;
  const overhead = summary.stage1.macs / summary.stage1.perLayerMacs - 1;
  const helpsLittle = reduction < MIN_USEFUL_REDUCTION || overhead > MAX_USEFUL_OVERHEAD;
  const reasons: AdviceReason[] = [];
  const split = plan.graph.tensors[plan.splitTensor]!;
  if (reduction < MIN_USEFUL_REDUCTION) {
    if (summary.stage2PeakBytes >= summary.stage1PeakBytes) {
      reasons.push({ kind: 'peak-after-split', reduction, stage2PeakBytes: summary.stage2PeakBytes });
    } else if (2 * tensorBytes(split) >= summary.stage1PeakBytes) {
      reasons.push({ kind: 'split-buffer', reduction, stage1PeakBytes: summary.stage1PeakBytes, splitShape: split.shape, splitBytes: tensorBytes(split) });
    } else {
      reasons.push({ kind: 'overlap', reduction, tileBytes: summary.stage1PeakBytes - tensorBytes(split) });
    }
  }
  // The tile minus what the patch itself covers at the input: (g − 1)·S + 1 rows for output stride S.
  const stride = inputJumps(plan.graph, plan).get(plan.splitTensor) ?? 1;
  const haloPixels = plan.tile[0] - ((plan.patchSize[0] - 1) * stride + 1);
  if (helpsLittle && overhead > 0 && drivers.length > 0) {
    reasons.push({ kind: 'halo', overhead, tile: plan.tile, haloPixels, spatialLayers: drivers.length, topDrivers: drivers.slice(0, 3) });
  }
  return { helpsLittle, reasons, haloDrivers: drivers };
}
