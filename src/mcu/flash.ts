// Flash a TFLM deployment needs: the .tflite flatbuffer itself (TFLM reads weights and metadata in
// place, from flash) plus the code of the TFLM core and of the kernels the model uses. The code
// sizes are measured on the oracle's Cortex-M4 builds by scripts/tflm-code-sizes.ts (a linker's
// view: what the interpreter and each kernel's registration reach), so they are an estimate for
// that build: another compiler, flags or TFLM version links a different size.

import type { Graph } from '../model/graph.ts';
import type { TflmKernels } from '../schedule/tflm-persistent.ts';
import codeSizes from './tflm-code-sizes.json' with { type: 'json' };

export interface FlashUse {
  /** The .tflite file's bytes. */
  readonly modelBytes: number;
  /** TFLM core + the model's kernels (shared code counted once). */
  readonly codeBytes: number;
  readonly totalBytes: number;
}

/** Which build the code sizes were measured on, for the report's wording. */
export const TFLM_CODE_BUILD = `TFLM ${codeSizes.build.tflm.slice(0, 8)}, CMSIS-NN ${codeSizes.build.cmsisNn.slice(0, 8)}, ${codeSizes.build.toolchain.replace(/\s*\(.*\)\s*/, ' ')}, ${codeSizes.build.flags}`;

export function tflmFlash(graph: Graph, modelBytes: number, kernels: TflmKernels): FlashUse {
  const build = codeSizes[kernels];
  const used = new Set<string>(graph.ops.map((op) => op.kind));
  const kernelBytes = build.groups
    .filter((g) => g.kernels.some((k) => used.has(k)))
    .reduce((n, g) => n + g.bytes, 0);
  const codeBytes = build.coreBytes + kernelBytes;
  return { modelBytes, codeBytes, totalBytes: modelBytes + codeBytes };
}
