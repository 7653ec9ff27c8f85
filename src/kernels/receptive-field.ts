// Which box of its main input a windowed op reads to compute an output window: the receptive field,
// clipped to the input tensor (reads outside it are padding, ARCHITECTURE.md decision 1). The patch
// planner sizes tiles with this, and the window tests feed kernels exactly this box.

import type { Graph, Op } from '../model/graph.ts';
import { axisMap, resizeMode } from './resize.ts';
import type { Box } from '../model/view.ts';

/** [lo, hi] inclusive, clipped to [0, size − 1]; an empty range clips to size 0 at its nearest edge. */
function clip(lo: number, hi: number, size: number): [start: number, count: number] {
  const a = Math.max(lo, 0);
  const b = Math.min(hi, size - 1);
  return b < a ? [Math.min(a, size), 0] : [a, b - a + 1];
}

function boxOf(ranges: readonly [number, number][]): Box {
  return { start: ranges.map(([s]) => s), size: ranges.map(([, n]) => n) };
}

/** The box of the op's main input (`op.inputs.input`) that computing `window` of output 0 reads. */
export function inputBoxFor(op: Op, graph: Graph, window: Box): Box {
  const [wb, wy, wx, wc] = window.start as [number, number, number, number];
  const [nb, ny, nx, nc] = window.size as [number, number, number, number];
  switch (op.kind) {
    case 'CONV_2D':
    case 'DEPTHWISE_CONV_2D':
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D': {
      const [, inH, inW, inC] = graph.tensors[op.inputs.input]!.shape as [number, number, number, number];
      const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
      let kH: number, kW: number, channels: [number, number];
      if (op.kind === 'CONV_2D') {
        [, kH, kW] = graph.tensors[op.inputs.filter]!.shape as [number, number, number, number];
        channels = [0, inC];
      } else if (op.kind === 'DEPTHWISE_CONV_2D') {
        const filter = graph.tensors[op.inputs.filter]!.shape as [number, number, number, number];
        [, kH, kW] = filter;
        const multiplier = filter[3] / inC;
        const c0 = Math.floor(wc / multiplier);
        channels = [c0, Math.floor((wc + nc - 1) / multiplier) - c0 + 1];
      } else {
        [kH, kW] = op.attrs.filter;
        channels = [wc, nc];
      }
      // Pooling has no dilation; its attrs hold [1, 1].
      const rows = clip(wy * sh - pad.top, (wy + ny - 1) * sh - pad.top + (kH - 1) * (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' ? dh : 1), inH);
      const cols = clip(wx * sw - pad.left, (wx + nx - 1) * sw - pad.left + (kW - 1) * (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' ? dw : 1), inW);
      return boxOf([[wb, nb], rows, cols, channels]);
    }
    case 'PAD':
    case 'PADV2': {
      const shape = graph.tensors[op.inputs.input]!.shape;
      return boxOf(shape.map((size, d) => {
        const before = op.attrs.paddings[d]![0];
        return clip(window.start[d]! - before, window.start[d]! + window.size[d]! - 1 - before, size);
      }));
    }
    case 'RESIZE_NEAREST_NEIGHBOR':
    case 'RESIZE_BILINEAR': {
      const input = graph.tensors[op.inputs.input]!;
      const output = graph.tensors[op.outputs[0]!]!;
      const mode = resizeMode(op.kind, input.dtype);
      const { alignCorners, halfPixelCenters } = op.attrs;
      const rowsMap = axisMap(mode, input.shape[1]!, output.shape[1]!, alignCorners, halfPixelCenters);
      const colsMap = axisMap(mode, input.shape[2]!, output.shape[2]!, alignCorners, halfPixelCenters);
      // Both maps are non-decreasing, so the window's first and last indices bound what it reads.
      const rows: [number, number] = [rowsMap.lo[wy]!, rowsMap.hi[wy + ny - 1]! - rowsMap.lo[wy]! + 1];
      const cols: [number, number] = [colsMap.lo[wx]!, colsMap.hi[wx + nx - 1]! - colsMap.lo[wx]! + 1];
      return boxOf([[wb, nb], rows, cols, [wc, nc]]);
    }
    default:
      throw new Error(`op ${op.index} (${op.kind}) is not a windowed spatial op`);
  }
}
