// Which kernel a runtime runs for an op on a core, by the library's own dispatch rules. The cost
// model charges the chosen kernel's instruction mix, so a 1×1 conv, a 3×3 depthwise conv or an odd
// channel count costs what it costs on the device.

import type { Graph, Op } from '../model/graph.ts';
import { CORE_TIMING, type ElementKernel, type Isa, type KernelVariant } from './cost-constants.ts';
import type { CostRuntime } from '../registry.ts';
import type { Core } from './targets.ts';

export type KernelChoice =
  | { readonly kind: 'mac'; readonly variant: KernelVariant; readonly isa: Isa }
  | { readonly kind: 'element'; readonly kernel: ElementKernel }
  /** No work on the device (an op we cannot model is reported by the reader, and costs 0 here). */
  | { readonly kind: 'none' };

/** TinyEngine's kernels use the DSP extension; it has no Armv6-M (Cortex-M0+) build. */
export function runtimeSupports(runtime: CostRuntime, core: Core): boolean {
  return runtime !== 'tinyengine' || CORE_TIMING[core].isa !== 'scalar';
}

/**
 * CMSIS-NN arm_convolve_wrapper_s8 as the TFLM oracle builds it (CMSIS-NN 4ab83cc, read from the
 * compiled wrapper in ../shared/tflm-oracle/bin): no leading padding (CMSIS-NN's padding is TFLM's
 * top/left pad), a 1×1 filter, unit dilation and an ungrouped filter → arm_convolve_1x1_s8_fast for
 * unit stride, else arm_convolve_1x1_s8; a one-row input with a 1×n filter, unit width dilation and
 * in_c × stride_w divisible by 4 → arm_convolve_1_x_n_s8; anything else → arm_convolve_s8.
 * TFLM's cmsis_nn/conv.cc sends grouped convolutions to the reference kernel instead.
 */
export function cmsisConvVariant(op: Extract<Op, { kind: 'CONV_2D' }>, graph: Graph): KernelVariant | 'reference' {
  const [, inH, , inC] = graph.tensors[op.inputs.input]!.shape as number[];
  const [, kh, kw, filterC] = graph.tensors[op.inputs.filter]!.shape as number[];
  const { stride, dilation, pad } = op.attrs;
  if (filterC !== inC) return 'reference';
  const noPad = pad.top === 0 && pad.left === 0;
  if (noPad && kh === 1 && kw === 1 && dilation[0] === 1 && dilation[1] === 1) {
    return stride[0] === 1 && stride[1] === 1 ? 'cmsis_convolve_1x1_s8_fast' : 'cmsis_convolve_1x1_s8';
  }
  if (inH === 1 && dilation[1] === 1 && kh === 1 && (inC! * stride[1]) % 4 === 0) return 'cmsis_convolve_1_x_n_s8';
  return 'cmsis_convolve_s8';
}

/** CMSIS-NN's threshold for running a one-input-channel depthwise conv as a conv on MVE. */
const MVE_DW_AS_CONV_MIN_OUT_CH = 8;

/**
 * CMSIS-NN arm_depthwise_conv_wrapper_s8 (v2.2.0, 2024): on MVE a depthwise conv with one input
 * channel and more than 8 outputs runs as a conv; channel multiplier 1, batch 1 and unit dilation
 * → arm_depthwise_conv_3x3_s8 for a 3×3 filter with padding ≤ 1 (not on MVE), else
 * arm_depthwise_conv_s8_opt; anything else → the generic arm_depthwise_conv_s8. Without the DSP
 * extension _opt falls back to the generic kernel.
 */
export function cmsisDepthwiseVariant(op: Extract<Op, { kind: 'DEPTHWISE_CONV_2D' }>, graph: Graph, isa: Isa): KernelVariant {
  const [batch, , , inC] = graph.tensors[op.inputs.input]!.shape as number[];
  const [, kh, kw, outC] = graph.tensors[op.inputs.filter]!.shape as number[];
  const { dilation, pad, depthMultiplier } = op.attrs;
  if (isa === 'mve' && inC === 1 && outC! > MVE_DW_AS_CONV_MIN_OUT_CH) return 'cmsis_convolve_s8';
  if (depthMultiplier !== 1 || batch !== 1 || dilation[0] !== 1 || dilation[1] !== 1) return 'cmsis_depthwise_conv_s8';
  if (isa === 'scalar') return 'cmsis_depthwise_conv_s8';
  if (isa !== 'mve' && kh === 3 && kw === 3 && Math.max(pad.top, pad.left) <= 1) return 'cmsis_depthwise_conv_3x3_s8';
  return 'cmsis_depthwise_conv_s8_opt';
}

function elementKernel(op: Op): KernelChoice {
  switch (op.kind) {
    case 'ADD': case 'SUB': case 'MUL': return { kind: 'element', kernel: 'elementwise' };
    case 'AVERAGE_POOL_2D': return { kind: 'element', kernel: 'avg_pool' };
    case 'MAX_POOL_2D': return { kind: 'element', kernel: 'max_pool' };
    case 'MEAN': return { kind: 'element', kernel: 'mean' };
    case 'SOFTMAX': return { kind: 'element', kernel: 'softmax' };
    case 'RESHAPE': case 'SQUEEZE': return { kind: 'element', kernel: 'copy' };
    case 'PAD': case 'PADV2': case 'CONCATENATION': case 'STRIDED_SLICE': case 'TRANSPOSE':
    case 'RESIZE_NEAREST_NEIGHBOR': case 'RESIZE_BILINEAR':
      return { kind: 'element', kernel: 'gather' };
    case 'QUANTIZE': case 'DEQUANTIZE': case 'LOGISTIC': case 'TANH': case 'RELU': case 'RELU6': case 'HARD_SWISH':
      return { kind: 'element', kernel: 'convert' };
    default: return { kind: 'none' };
  }
}

/** The kernel `runtime` runs for `op` on `core`. Callers check runtimeSupports first. */
export function chooseKernel(op: Op, graph: Graph, core: Core, runtime: CostRuntime): KernelChoice {
  const isa = CORE_TIMING[core].isa;
  const mac = (variant: KernelVariant, on: Isa): KernelChoice => ({ kind: 'mac', variant, isa: on });
  if (runtime === 'tflm-reference') {
    if (op.kind === 'CONV_2D' || op.kind === 'TRANSPOSE_CONV') return mac('ref_conv', 'scalar');
    if (op.kind === 'DEPTHWISE_CONV_2D') return mac('ref_depthwise_conv', 'scalar');
    if (op.kind === 'FULLY_CONNECTED') return mac('ref_fully_connected', 'scalar');
    return elementKernel(op);
  }
  if (runtime === 'tinyengine') {
    // TinyEngine's code generator: pointwise, in-place depthwise, im2col for other convs; its FC
    // is a vec×mat SMLAD loop like CMSIS-NN's (TinyEngine/src/kernels/int_forward_op/).
    if (op.kind === 'CONV_2D') {
      const [, kh, kw] = graph.tensors[op.inputs.filter]!.shape as number[];
      return mac(kh === 1 && kw === 1 ? 'tinyengine_pointwise' : 'tinyengine_convolve', 'dsp');
    }
    if (op.kind === 'DEPTHWISE_CONV_2D') return mac('tinyengine_depthwise_inplace', 'dsp');
    if (op.kind === 'FULLY_CONNECTED') return mac('cmsis_fully_connected_s8', 'dsp');
    if (op.kind === 'TRANSPOSE_CONV') return mac('ref_conv', 'scalar');
    return elementKernel(op);
  }
  switch (op.kind) {
    case 'CONV_2D': {
      const v = cmsisConvVariant(op, graph);
      return v === 'reference' ? mac('ref_conv', 'scalar') : mac(v, isa);
    }
    case 'DEPTHWISE_CONV_2D': {
      const v = cmsisDepthwiseVariant(op, graph, isa);
      return mac(v, v === 'cmsis_depthwise_conv_s8' ? 'scalar' : isa);
    }
    case 'FULLY_CONNECTED': return mac('cmsis_fully_connected_s8', isa);
    // TFLM has no CMSIS-NN int8 transpose conv: the reference kernel runs.
    case 'TRANSPOSE_CONV': return mac('ref_conv', 'scalar');
    default: return elementKernel(op);
  }
}
