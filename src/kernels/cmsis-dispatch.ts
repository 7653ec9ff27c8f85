// CMSIS-NN's dispatch: which library function TFLM's cmsis_nn kernels call for a convolution. One
// definition, read by the memory planner (each function's scratch buffer) and by the cost model
// (each function's instruction count).
import type { Graph, Op } from '../model/graph.ts';

/** Instruction set a core offers CMSIS-NN: none of the DSP extension, the DSP extension, or Helium (MVE). */
export type Isa = 'scalar' | 'dsp' | 'mve';

export type CmsisConvVariant = 'cmsis_convolve_s8' | 'cmsis_convolve_1x1_s8_fast' | 'cmsis_convolve_1x1_s8' | 'cmsis_convolve_1_x_n_s8';
export type CmsisDepthwiseVariant = 'cmsis_depthwise_conv_3x3_s8' | 'cmsis_depthwise_conv_s8_opt' | 'cmsis_depthwise_conv_s8' | 'cmsis_convolve_s8';

/**
 * CMSIS-NN arm_convolve_wrapper_s8 as the TFLM oracle builds it (CMSIS-NN 4ab83cc, read from the
 * compiled wrapper in ../shared/tflm-oracle/bin): no leading padding (CMSIS-NN's padding is TFLM's
 * top/left pad), a 1×1 filter, unit dilation and an ungrouped filter → arm_convolve_1x1_s8_fast for
 * unit stride, else arm_convolve_1x1_s8; a one-row input with a 1×n filter, unit width dilation and
 * in_c × stride_w divisible by 4 → arm_convolve_1_x_n_s8; anything else → arm_convolve_s8.
 * TFLM's cmsis_nn/conv.cc sends grouped convolutions to the reference kernel instead.
 */
export function cmsisConvVariant(op: Extract<Op, { kind: 'CONV_2D' }>, graph: Graph): CmsisConvVariant | 'reference' {
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
export function cmsisDepthwiseVariant(op: Extract<Op, { kind: 'DEPTHWISE_CONV_2D' }>, graph: Graph, isa: Isa): CmsisDepthwiseVariant {
  const [batch, , , inC] = graph.tensors[op.inputs.input]!.shape as number[];
  const [, kh, kw, outC] = graph.tensors[op.inputs.filter]!.shape as number[];
  const { dilation, pad, depthMultiplier } = op.attrs;
  if (isa === 'mve' && inC === 1 && outC! > MVE_DW_AS_CONV_MIN_OUT_CH) return 'cmsis_convolve_s8';
  if (depthMultiplier !== 1 || batch !== 1 || dilation[0] !== 1 || dilation[1] !== 1) return 'cmsis_depthwise_conv_s8';
  if (isa === 'scalar') return 'cmsis_depthwise_conv_s8';
  if (isa !== 'mve' && kh === 3 && kw === 3 && Math.max(pad.top, pad.left) <= 1) return 'cmsis_depthwise_conv_3x3_s8';
  return 'cmsis_depthwise_conv_s8_opt';
}
