// Which kernel a runtime runs for an op on a core, by the library's own dispatch rules. The cost
// model charges the chosen kernel's instruction mix, so a 1×1 conv, a 3×3 depthwise conv or an odd
// channel count costs what it costs on the device.

import type { Graph, Op } from '../model/graph.ts';
import { cmsisConvVariant, cmsisDepthwiseVariant } from '../kernels/cmsis-dispatch.ts';
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
