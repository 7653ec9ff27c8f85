// The patch advisor's reasons (src/schedule/patch/advisor.ts) in words a model author can act on.
import type { AdviceReason, HaloDriver, PatchAdvice } from '../schedule/patch/advisor.ts';
import { formatShape } from './format.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const drops = (reduction: number): string => `peak SRAM drops only ${reduction.toFixed(2)}×`;
// Converter-made tensor names can run to hundreds of characters; the op index always identifies.
const label = (d: HaloDriver): string => (d.name.length <= 40 ? `op ${d.op} ${d.name}` : `op ${d.op}`);

function reasonText(r: AdviceReason): string {
  switch (r.kind) {
    case 'peak-after-split':
      return `${drops(r.reduction)}: the peak (${r.stage2PeakBytes} B) is after the split, where patches do not reach; split later`;
    case 'split-buffer':
      return `${drops(r.reduction)}: stage 1 needs ${r.stage1PeakBytes} B, mostly the split buffer (${formatShape(r.splitShape)}, ${r.splitBytes} B); split where the feature map is smaller`;
    case 'overlap':
      return `${drops(r.reduction)}: one patch's tiles need ${r.tileBytes} B because they overlap so much (below); split earlier or use more patches`;
    case 'halo': {
      const top = r.topDrivers.map((d) => `${label(d)} (${d.layer}, ${d.haloPixels} px)`).join(', ');
      return `stage 1 costs ${pct(r.overhead)} more MACs: each ${r.tile.join('×')} input tile reaches ${r.haloPixels} px beyond its patch, through ${r.spatialLayers} spatial layer${r.spatialLayers === 1 ? '' : 's'}; most from ${top}. Smaller kernels or fewer layers before the split shrink the overlap`;
    }
  }
}

/** The advice's messages, one per reason; none when the schedule helps. */
export function adviceMessages(advice: PatchAdvice): string[] {
  return advice.helpsLittle ? advice.reasons.map(reasonText) : [];
}
