// OpKind → kernel. The one place that knows which file computes which op.

import { UserError } from '../errors.ts';
import type { Runtime } from '../registry.ts';
import type { Op, OpKind } from '../model/graph.ts';
import { opName, SUPPORTED_OPS } from '../model/graph.ts';
import { prepareActivation } from './activation.ts';
import { prepareConv } from './conv.ts';
import { prepareDequantize, prepareQuantize } from './convert.ts';
import { prepareDepthwise } from './depthwise.ts';
import { prepareElementwise } from './elementwise.ts';
import { prepareFullyConnected } from './fully-connected.ts';
import type { PrepareFn } from './kernel.ts';
import { prepareCmsisTranspose, prepareConcat, prepareReshape, prepareStridedSlice, prepareTranspose } from './movement.ts';
import { preparePad } from './pad.ts';
import { preparePool } from './pool.ts';
import { prepareMean } from './reduce.ts';
import { prepareResize } from './resize.ts';
import { prepareSoftmax } from './softmax.ts';

/**
 * Which of TFLite Micro's kernel sets the kernels reproduce byte for byte: CMSIS-NN's or the portable
 * reference kernels. The two agree on every op but one (`npm run conformance`): CMSIS-NN's int8
 * TRANSPOSE treats any rank-2 input as a matrix transpose whatever the perm, so the identity perm
 * [0, 1] comes out transposed.
 */
export type KernelSet = 'cmsis' | 'reference';

/**
 * The kernel set each runtime computes with. TinyEngine and tinygate's own engine keep the reference
 * semantics they have always had (a TRANSPOSE follows its perm); the paper's accounting runs nothing
 * and takes the same.
 */
const KERNEL_SET_OF: Record<Runtime, KernelSet> = {
  tflm: 'cmsis',
  'tflm-reference': 'reference',
  tinyengine: 'reference',
  tinygate: 'reference',
  paper: 'reference',
};

export function kernelSetOf(runtime: Runtime): KernelSet {
  return KERNEL_SET_OF[runtime];
}

/** Where CMSIS-NN's kernel computes other bytes than the reference kernel. */
const CMSIS_KERNELS: Partial<Record<OpKind, PrepareFn>> = {
  TRANSPOSE: prepareCmsisTranspose,
};

const KERNELS: Partial<Record<OpKind, PrepareFn>> = {
  CONV_2D: prepareConv,
  DEPTHWISE_CONV_2D: prepareDepthwise,
  FULLY_CONNECTED: prepareFullyConnected,
  ADD: prepareElementwise,
  SUB: prepareElementwise,
  MUL: prepareElementwise,
  AVERAGE_POOL_2D: preparePool,
  MAX_POOL_2D: preparePool,
  MEAN: prepareMean,
  PAD: preparePad,
  PADV2: preparePad,
  RESHAPE: prepareReshape,
  SQUEEZE: prepareReshape,
  TRANSPOSE: prepareTranspose,
  STRIDED_SLICE: prepareStridedSlice,
  CONCATENATION: prepareConcat,
  SOFTMAX: prepareSoftmax,
  LOGISTIC: prepareActivation,
  TANH: prepareActivation,
  RELU: prepareActivation,
  RELU6: prepareActivation,
  HARD_SWISH: prepareActivation,
  QUANTIZE: prepareQuantize,
  DEQUANTIZE: prepareDequantize,
  RESIZE_NEAREST_NEIGHBOR: prepareResize,
  RESIZE_BILINEAR: prepareResize,
};

/** Ops tinygate can compute today. */
export const COMPUTABLE_OPS: readonly OpKind[] = SUPPORTED_OPS.filter((k) => KERNELS[k] !== undefined);

/** The kernel for `op` in `set`; a UserError naming the op when it is unsupported or has no kernel. */
export function kernelFor(op: Op, set: KernelSet): PrepareFn {
  if (op.kind === 'UNSUPPORTED') {
    throw new UserError(`op ${op.index} (${opName(op)}) is not supported; supported: ${SUPPORTED_OPS.join(', ')}`);
  }
  const prepare = (set === 'cmsis' ? CMSIS_KERNELS[op.kind] : undefined) ?? KERNELS[op.kind];
  if (prepare === undefined) {
    throw new UserError(`op ${op.index} (${op.kind}) has no kernel yet; computable: ${COMPUTABLE_OPS.join(', ')}`);
  }
  return prepare;
}
