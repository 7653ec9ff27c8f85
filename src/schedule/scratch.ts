// Scratch bytes each runtime's kernel asks for, per op. The numbers are the rules the libraries
// themselves use (cited per function); they assume batch 1, int8 activations and a Cortex-M with the
// DSP extension and no MVE (M4/M7/M33), the cores our targets model.

import { DTYPE_BYTES, elementCount, type ConvOp, type DepthwiseOp, type Graph, type Op, type TransposeConvOp } from '../model/graph.ts';
import { alignUp } from '../align.ts';
import { cmsisConvVariant, cmsisDepthwiseVariant } from '../kernels/cmsis-dispatch.ts';


function dims(graph: Graph, t: number): readonly number[] {
  return graph.tensors[t]!.shape;
}

/**
 * CMSIS-NN (DSP, no MVE) scratch for the kernel TFLM's cmsis_nn/ kernels pick, in bytes, before
 * TFLM's 16-byte arena alignment. TFLM requests it in Prepare (RequestScratchBufferInArena), and the
 * greedy planner places it in the arena, live during its op only (micro_allocation_info.cc).
 */
export function cmsisNnScratchBytes(graph: Graph, op: Op): number {
  switch (op.kind) {
    case 'CONV_2D': return cmsisConvBytes(graph, op);
    case 'DEPTHWISE_CONV_2D': return cmsisDepthwiseBytes(graph, op);
    case 'AVERAGE_POOL_2D': {
      // arm_avgpool_s8_get_buffer_size_dsp (arm_avgpool_get_buffer_sizes_s8.c): one int32 sum per channel.
      const c = dims(graph, op.inputs.input).at(-1)!;
      return c * 4;
    }
    // arm_fully_connected_s8_get_buffer_size_dsp returns 0 (arm_fully_connected_get_buffer_sizes_s8.c);
    // elementwise, pooling max, softmax and data movement use none either.
    default: return 0;
  }
}

/**
 * Every RequestScratchBufferInArena a TFLM kernel makes in Prepare, in bytes and call order, for the
 * CMSIS-NN build ('cmsis-nn') or the reference kernels ('reference'). Besides CMSIS-NN's buffers,
 * both builds' MEAN (reduce_common.cc, PrepareMeanOrSumHelper) asks for an int32 sum per output
 * element when the input is int8 or int16, then an int per input dimension (temp_index) and an int
 * per reduced axis (resolved_axis), as the oracle's build does.
 */
export function tflmScratchRequests(graph: Graph, op: Op, kernels: 'cmsis-nn' | 'reference'): number[] {
  if (op.kind === 'MEAN') {
    const input = graph.tensors[op.inputs.input]!;
    const rank = input.shape.length;
    const axes = elementCount(graph.tensors[op.inputs.axes]!.shape);
    const sums = input.dtype === 'int8' || input.dtype === 'int16' ? [4 * elementCount(graph.tensors[op.outputs[0]!]!.shape)] : [];
    return [...sums, 4 * rank, 4 * axes];
  }
  if (kernels === 'reference') {
    // The reference TRANSPOSE_CONV accumulates int8 in one int32 per output element (transpose_conv.cc).
    if (op.kind === 'TRANSPOSE_CONV' && graph.tensors[op.inputs.input]!.dtype === 'int8') return [4 * elementCount(graph.tensors[op.outputs[0]!]!.shape)];
    return [];
  }
  if (op.kind === 'TRANSPOSE_CONV') return graph.tensors[op.inputs.input]!.dtype === 'int8' ? cmsisTransposeConvBytes(graph, op) : [];
  const bytes = cmsisNnScratchBytes(graph, op);
  return bytes > 0 ? [bytes] : [];
}

/**
 * CMSIS-NN's TRANSPOSE_CONV asks for two buffers, both requested even when empty
 * (arm_transpose_conv_get_buffer_sizes_s8.c, DSP build): with stride ≤ 2 and more than 16 input
 * channels it runs a reversed-filter convolution (an arm_convolve_s8 im2col over the stride-expanded
 * input, plus the reversed filter); otherwise it accumulates int32 rows of
 * ((in_w − 1)·stride_w + max(k_w, stride_h))·out_c for max(k_h, stride_h) rows and needs no filter copy.
 */
function cmsisTransposeConvBytes(graph: Graph, op: TransposeConvOp): number[] {
  const [cout, kh, kw, cin] = dims(graph, op.inputs.filter) as [number, number, number, number];
  const inW = dims(graph, op.inputs.input)[2]!;
  const [sh, sw] = op.attrs.stride;
  if (sw <= 2 && sh <= 2 && cin > 16) return [2 * alignUp(kh * kw * cin, 4) * 2, cin * kw * kh * cout];
  return [((inW - 1) * sw + Math.max(kw, sh)) * cout * Math.max(kh, sh) * 4, 0];
}

function cmsisConvBytes(graph: Graph, op: ConvOp): number {
  const [, kh, kw, cin] = dims(graph, op.inputs.filter) as [number, number, number, number];
  // arm_convolve_1x1_s8(_fast) needs no buffer; arm_convolve_s8_get_buffer_size (non-MVE; the 1xN
  // kernel and TFLM's grouped fallback request the same): two im2col columns of q15, each
  // kw·kh·cin rounded up to a multiple of 4.
  const variant = cmsisConvVariant(op, graph);
  if (variant === 'cmsis_convolve_1x1_s8_fast' || variant === 'cmsis_convolve_1x1_s8') return 0;
  return 2 * alignUp(kh * kw * cin, 4) * 2;
}

function cmsisDepthwiseBytes(graph: Graph, op: DepthwiseOp): number {
  const [, kh, kw] = dims(graph, op.inputs.filter) as [number, number, number, number];
  const inC = dims(graph, op.inputs.input).at(-1)!;
  // Only arm_depthwise_conv_s8_opt uses a buffer (arm_depthwise_conv_s8_opt_get_buffer_size_dsp:
  // one im2col column of q15); the plan follows the oracle's Cortex-M4 build, which has the DSP
  // extension (a batch-2 model on the oracle plans no buffer, as the dispatch says).
  return cmsisDepthwiseVariant(op, graph, 'dsp') === 'cmsis_depthwise_conv_s8_opt' ? inC * kh * kw * 2 : 0;
}

/**
 * TinyEngine's two static scratch buffers for one op (mit-han-lab/tinyengine code_generator/
 * operators/*.py, get_sbuf_size / get_kbuf_size). GeneralMemoryScheduler.py sizes each buffer to
 * the largest request over all ops and adds both to the activation arena, so they are resident for
 * the whole inference.
 * `paddedInput` is [h, w] of the padded input plane a depthwise conv reads (with a PAD op fused in,
 * the PAD's output; otherwise the input grown by floor(k/2) per side, as TinyEngine assumes SAME).
 */
export function tinyEngineScratchBytes(graph: Graph, op: Op, paddedInput: readonly [number, number] | null): { sbuf: number; kbuf: number } {
  if (op.kind === 'CONV_2D') {
    const [cout, kh, kw, cin] = dims(graph, op.inputs.filter) as [number, number, number, number];
    // conv2d.py: im2col of two columns in q15 (kh·kw·cin·2·2); every conv wider than 1x1 also
    // reserves its weights in q15 (kbuf), used by the first-layer 3x3 stride-2 kernel.
    return { sbuf: kh * kw * cin * 4, kbuf: kh === 1 ? 0 : kh * kw * cin * cout * 2 };
  }
  if (op.kind === 'DEPTHWISE_CONV_2D') {
    // depthwiseConv2d.py with USE_INPLACE: one padded channel plane in q15.
    const [ph, pw] = paddedInput ?? [0, 0];
    return { sbuf: 2 * ph * pw, kbuf: 0 };
  }
  return { sbuf: 0, kbuf: 0 };
}

/** TinyEngine's tensor size: int8 elements, rounded up to 4 bytes (basic_utils.py, tensor.len). */
export function tinyEngineTensorBytes(graph: Graph, t: number): number {
  return alignUp(elementCount(graph.tensors[t]!.shape), 4);
}

/**
 * Scratch tinygate's own in-place depthwise needs: one input channel plane (int8), copied aside
 * before that channel's outputs overwrite it (see tinygate.ts for why this is legal in NHWC).
 */
export function inPlaceDepthwiseScratchBytes(graph: Graph, op: DepthwiseOp): number {
  const input = graph.tensors[op.inputs.input]!;
  const [, h, w] = input.shape as [number, number, number, number];
  return h * w * DTYPE_BYTES[input.dtype];
}
