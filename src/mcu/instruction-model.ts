// Instructions one operator executes on a Cortex-M4 under TFLite Micro, per kernel set: CMSIS-NN
// with its exact dispatch (`cmsis`, runtime `tflm`) or TFLM's portable reference kernels
// (`reference`, runtime `tflm-reference`). Each kernel's count is a structural formula: a sum of
// loop-trip counts read off its loop nest (call set-up, per output row, per output pixel, per
// block of 4 depth elements, per leftover element of a channel count not divisible by 4, per tap
// inside the image, …), each times a coefficient. The trip counts are computed here from the
// op's shapes; the coefficients (instructions per trip) are fitted by scripts/fit-instructions.ts
// on the oracle's exact per-operator counts of seeded random single-op models, never on the
// shared models, which stay held out for `npm run bench -- instructions`.
//
// Loop structure facts come from the kernels' public source (CMSIS-NN at the commit the oracle
// builds, ARM-software/CMSIS-NN Source/; TFLM tensorflow/lite/kernels/internal/reference/) and
// from the oracle build's dispatch (arm_convolve_wrapper_s8 as compiled there). No code is copied.

import type { Graph, Op } from '../model/graph.ts';
import { elementCount } from '../model/graph.ts';
import { boxElements, wholeBox, type Box } from '../model/view.ts';
import coefficients from './instruction-coefficients.json' with { type: 'json' };
import { chooseKernel } from './kernel-choice.ts';

/** `cmsis`: TFLM + CMSIS-NN (runtime `tflm`); `reference`: TFLM's reference kernels. */
export type InstrKernels = 'cmsis' | 'reference';

/** Trip counts of one kernel call's loops, by name; the formula is Σ coefficient × count. */
export type Trips = Readonly<Record<string, number>>;

export interface KernelTrips {
  /** The kernel the runtime runs (CMSIS-NN function name, or `ref_*` for TFLM reference code). */
  readonly kernel: string;
  readonly trips: Trips;
}

export interface KernelFormula {
  /** Coefficient per trip-count name: instructions per trip. */
  readonly coefficients: Readonly<Record<string, number>>;
  /** Random single-op models the coefficients were fitted on. */
  readonly cases: number;
  /** In-sample median and maximum |error| of the fit, percent. */
  readonly fitMedianAbsPct: number;
  readonly fitMaxAbsPct: number;
  readonly source: string;
}

export interface InstructionCoefficients {
  readonly generatedBy: string;
  readonly oracle: string;
  readonly kernels: Readonly<Record<string, KernelFormula>>;
}

export const INSTRUCTION_COEFFICIENTS = coefficients as InstructionCoefficients;

const CMSIS = 'ARM-software/CMSIS-NN Source/';
const REF = 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/';

/** Where each kernel's loop nest is read from (printed by the fit script and the docs). */
export const KERNEL_SOURCES: Readonly<Record<string, string>> = {
  arm_convolve_s8: `${CMSIS}ConvolutionFunctions/arm_convolve_s8.c (q15 im2col of two pixels, arm_nn_mat_mult_kernel_s8_s16: 2 channels × 2 pixels × 4 depth per SMLAD block); arm_convolve_1_x_n_s8 calls it on DSP cores`,
  arm_convolve_1x1_s8_fast: `${CMSIS}ConvolutionFunctions/arm_convolve_1x1_s8_fast.c → NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c (no im2col)`,
  arm_convolve_1x1_s8: `${CMSIS}ConvolutionFunctions/arm_convolve_1x1_s8.c (strided 1×1: one arm_nn_mat_mult_nt_t_s8 call per output row)`,
  arm_depthwise_conv_3x3_s8: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_3x3_s8.c (4 channels per pass, bounds handled per row and column)`,
  arm_depthwise_conv_s8_opt: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8_opt.c (q15 column of taps × channels per pixel, 4 channels per SMLAD pass)`,
  arm_depthwise_conv_s8: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8.c depthwise_conv_s8_generic (per output: the in-image taps only)`,
  arm_depthwise_conv_s8_mult_4: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8.c depthwise_conv_s8_mult_4 (multiplier divisible by 4, batch 1: 4 outputs per in-image tap)`,
  arm_fully_connected_per_channel_s8: `${CMSIS}FullyConnectedFunctions/arm_fully_connected_per_channel_s8.c (per-channel requantization, same loops)`,
  ref_fully_connected_per_channel: `${REF}integer_ops/fully_connected.h FullyConnectedPerChannel`,
  ref_mean_hw: `${REF}integer_ops/mean.h (4-D, axes 1 and 2: per channel a sum over the plane)`,
  arm_fully_connected_s8: `${CMSIS}FullyConnectedFunctions/arm_fully_connected_s8.c → NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c (2 rows × 16 depth steps and a scalar depth tail, odd row after)`,
  arm_elementwise_add_s8: `${CMSIS}BasicMathFunctions/arm_elementwise_add_s8.c (4 elements per block)`,
  arm_elementwise_mul_s8: `${CMSIS}BasicMathFunctions/arm_elementwise_mul_s8.c (4 elements per block)`,
  arm_avgpool_s8: `${CMSIS}PoolingFunctions/arm_avgpool_s8.c (per pixel: in-image taps × channel blocks of 4)`,
  arm_max_pool_s8: `${CMSIS}PoolingFunctions/arm_max_pool_s8.c (per pixel: in-image taps × channel blocks of 4)`,
  arm_softmax_s8: `${CMSIS}SoftmaxFunctions/arm_softmax_s8.c (per row: max, exp-sum and output passes)`,
  arm_pad_s8: `${CMSIS}BasicMathFunctions/arm_pad_s8.c (memset of pad regions, memcpy of input rows)`,
  arm_transpose_s8: `${CMSIS}ReshapeFunctions/arm_transpose_s8.c`,
  ref_conv: `${REF}integer_ops/conv.h (per output: every tap's bounds check, the in-image taps' depth loop)`,
  ref_depthwise_conv: `${REF}integer_ops/depthwise_conv.h (per output: every tap's bounds check, in-image MACs)`,
  ref_fully_connected: `${REF}integer_ops/fully_connected.h (per output: a depth loop)`,
  ref_add: `${REF}integer_ops/add.h (elementwise, same shapes)`,
  ref_mul: `${REF}integer_ops/mul.h (elementwise, same shapes)`,
  ref_add_broadcast: `${REF}integer_ops/add.h BroadcastAdd6DSlow (nested index loops)`,
  ref_mul_broadcast: `${REF}integer_ops/mul.h BroadcastMul6DSlow (nested index loops)`,
  ref_add_broadcast_scalar: `${REF}integer_ops/add.h (one operand a single element)`,
  ref_mul_broadcast_scalar: `${REF}integer_ops/mul.h (one operand a single element)`,
  ref_avg_pool: `${REF}integer_ops/pooling.h AveragePool (per output: the clamped filter window)`,
  ref_max_pool: `${REF}integer_ops/pooling.h MaxPool (per output: the clamped filter window)`,
  ref_softmax: `${REF}softmax.h (int8: max, exp-sum and output passes per row)`,
  ref_pad: `${REF}pad.h (per output element: nested bounds checks)`,
  ref_transpose: `${REF}transpose.h (per output element: index arithmetic)`,
  ref_mean: `${REF}reduce.h ReduceGeneric (per input element: NextIndex over every axis) and the int8 requantize per output`,
  ref_quantize: `${REF}quantize.h (float → int8 per element: FPU multiply, round, clamp)`,
  ref_dequantize: `${REF}dequantize.h (int8 → float per element)`,
  ref_requantize: `${REF}requantize.h (int8 → int8 per element)`,
  ref_copy: 'tensorflow/tflite-micro tensorflow/lite/micro/kernels/reshape.cc (memcpy when input and output differ)',
  ref_resize_nearest: `${REF}resize_nearest_neighbor.h (per output pixel: a channel-row memcpy)`,
  ref_concatenation: `${REF}concatenation.h (per outer index and input: a memcpy)`,
  ref_elementwise: `${REF} (other elementwise ops: per element)`,
};

/** Σ over output coordinates o ∈ [start, start+n) of the filter taps that land inside [0, size). */
function validTaps(start: number, n: number, stride: number, padBefore: number, k: number, dilation: number, size: number): number {
  let sum = 0;
  for (let o = start; o < start + n; o++) {
    const base = o * stride - padBefore;
    for (let t = 0; t < k; t++) {
      const i = base + t * dilation;
      if (i >= 0 && i < size) sum++;
    }
  }
  return sum;
}

const div4 = (x: number): number => Math.floor(x / 4);
const rem4 = (x: number): number => x % 4;

interface SpatialWindow {
  batch: number; oh: number; ow: number; oc: number; pixels: number; rows: number;
  /** Σ over output pixels of the in-image taps. */
  valid: number;
  /** Σ over output pixels of the in-image filter rows (ky loop trips of kernels that clamp ky). */
  validRows: number;
  kh: number; kw: number; inC: number; inH: number; inW: number;
}

function spatialWindow(op: Extract<Op, { kind: 'CONV_2D' | 'DEPTHWISE_CONV_2D' | 'AVERAGE_POOL_2D' | 'MAX_POOL_2D' }>, graph: Graph, window: Box): SpatialWindow {
  const [, inH, inW, inC] = graph.tensors[op.inputs.input]!.shape as [number, number, number, number];
  const [kh, kw] = op.kind === 'AVERAGE_POOL_2D' || op.kind === 'MAX_POOL_2D'
    ? op.attrs.filter
    : (graph.tensors[(op.inputs as Record<string, number>)['filter']!]!.shape.slice(1, 3) as [number, number]);
  const [batch, oh, ow, oc] = window.size as [number, number, number, number];
  const { stride, dilation, pad } = op.attrs;
  const vy = validTaps(window.start[1]!, oh, stride[0], pad.top, kh, dilation[0], inH);
  const vx = validTaps(window.start[2]!, ow, stride[1], pad.left, kw, dilation[1], inW);
  return {
    batch, oh, ow, oc, pixels: batch * oh * ow, rows: batch * oh, valid: batch * vy * vx, validRows: batch * vy * ow,
    kh, kw, inC, inH, inW,
  };
}

/**
 * A matrix product of m pixels × k depth by k × n channels computed in 2×2 blocks (two pixels, two
 * channels) with a `block`-deep SIMD loop over the depth and a scalar tail for depth % block; an odd
 * pixel and an odd channel run their own one-row loops.
 */
function blockedGemm(m: number, n: number, k: number, block: number): Record<string, number> {
  const mp = Math.floor(m / 2), mr = m % 2, np = Math.floor(n / 2), nr = n % 2;
  const kb = Math.floor(k / block), kr = k % block;
  const sets: [string, number][] = [['pixel pairs×channel pairs', mp * np], ['odd pixel×channel pairs', mr * np], ['odd channel×pixels', nr * m]];
  const trips: Record<string, number> = { 'channel pairs': np };
  for (const [name, count] of sets) {
    trips[name] = count;
    trips[`${name}×depth/${block}`] = count * kb;
    trips[`${name}×depth%${block}`] = count * kr;
  }
  return trips;
}

function convTrips(op: Extract<Op, { kind: 'CONV_2D' }>, graph: Graph, window: Box, kernels: InstrKernels): KernelTrips {
  const s = spatialWindow(op, graph, window);
  const filterC = graph.tensors[op.inputs.filter]!.shape[3]!;
  const outputs = s.pixels * s.oc;
  const kernel = macKernel(op, graph, kernels);
  if (kernel === 'ref_conv') {
    return {
      kernel,
      trips: {
        call: 1, rows: s.rows, pixels: s.pixels, outputs, 'outputs×filter rows': outputs * s.kh, 'outputs×taps': outputs * s.kh * s.kw,
        'outputs×valid taps': s.valid * s.oc, 'outputs×valid taps×depth': s.valid * s.oc * filterC,
      },
    };
  }
  if (kernel === 'arm_convolve_1x1_s8_fast') {
    return { kernel, trips: { call: 1, 'channels×depth': s.oc * s.inC, ...blockedGemm(s.pixels, s.oc, s.inC, 16) } };
  }
  if (kernel === 'arm_convolve_1x1_s8') {
    // One arm_nn_mat_mult_nt_t_s8 call per output row.
    const perRow = blockedGemm(s.ow, s.oc, s.inC, 16);
    return {
      kernel,
      trips: { call: 1, rows: s.rows, 'rows×channels×depth': s.rows * s.oc * s.inC, ...Object.fromEntries(Object.entries(perRow).map(([k, v]) => [k, v * s.rows])) },
    };
  }
  // arm_convolve_s8: a q15 im2col column per pixel (each in-image tap widened, each padded tap
  // zeroed), then arm_nn_mat_mult_kernel_s8_s16 on two columns at a time.
  const depth = s.kh * s.kw * s.inC;
  const pad = s.pixels * s.kh * s.kw - s.valid;
  return {
    kernel,
    trips: {
      call: 1, rows: s.rows, pixels: s.pixels,
      'valid taps': s.valid, 'valid taps×in/4': s.valid * div4(s.inC), 'valid taps×in%4': s.valid * rem4(s.inC),
      'pad taps': pad, 'pad taps×in': pad * s.inC,
      ...blockedGemm(s.pixels, s.oc, depth, 4),
    },
  };
}

/** The library function a MAC op runs on the Cortex-M4, by kernel-choice.ts's dispatch. */
function macKernel(op: Op, graph: Graph, kernels: InstrKernels): string {
  const choice = chooseKernel(op, graph, 'cortex-m4', kernels === 'cmsis' ? 'tflm' : 'tflm-reference');
  if (choice.kind !== 'mac') throw new Error(`${op.kind} is not a MAC op`);
  // arm_convolve_1_x_n_s8 calls arm_convolve_s8 on cores without MVE: same loops, same formula.
  if (choice.variant === 'cmsis_convolve_1_x_n_s8') return 'arm_convolve_s8';
  return choice.variant.replace(/^cmsis_/, 'arm_');
}

function depthwiseTrips(op: Extract<Op, { kind: 'DEPTHWISE_CONV_2D' }>, graph: Graph, window: Box, kernels: InstrKernels): KernelTrips {
  const s = spatialWindow(op, graph, window);
  const outputs = s.pixels * s.oc;
  const taps = s.kh * s.kw;
  const kernel = macKernel(op, graph, kernels);
  if (kernel === 'ref_depthwise_conv') {
    return {
      kernel,
      trips: {
        call: 1, rows: s.rows, pixels: s.pixels, outputs, 'outputs×filter rows': outputs * s.kh, 'outputs×taps': outputs * taps,
        'outputs×valid taps': s.valid * s.oc,
      },
    };
  }
  if (kernel === 'arm_depthwise_conv_s8' && op.attrs.depthMultiplier % 4 === 0 && s.batch === 1 && op.attrs.dilation[0] === 1 && op.attrs.dilation[1] === 1) {
    // depthwise_conv_s8_mult_4: four output channels of one input channel per pass.
    const tiles = s.oc / 4;
    return {
      kernel: 'arm_depthwise_conv_s8_mult_4',
      trips: {
        call: 1, rows: s.rows, pixels: s.pixels, 'pixels×in': s.pixels * s.inC, 'pixels×tiles': s.pixels * tiles,
        'tiles×valid rows': s.validRows * tiles, 'tiles×valid taps': s.valid * tiles,
      },
    };
  }
  if (kernel === 'arm_depthwise_conv_s8') {
    return {
      kernel,
      trips: {
        call: 1, rows: s.rows, pixels: s.pixels, 'pixels×in': s.pixels * s.inC, outputs,
        'outputs×valid rows': s.validRows * s.oc, 'outputs×valid taps': s.valid * s.oc,
      },
    };
  }
  const c4 = div4(s.oc), cr = rem4(s.oc);
  if (kernel === 'arm_depthwise_conv_3x3_s8') {
    return {
      kernel,
      trips: {
        call: 1, rows: s.rows, pixels: s.pixels, 'pixels×ch/4': s.pixels * c4, 'pixels×ch%4': s.pixels * cr,
        'valid taps×ch/4': s.valid * c4, 'valid taps×ch%4': s.valid * cr, 'valid rows×ch/4': s.validRows * c4, 'valid rows×ch%4': s.validRows * cr,
      },
    };
  }
  const pad = s.pixels * taps - s.valid;
  return {
    kernel,
    trips: {
      call: 1, rows: s.rows, pixels: s.pixels, 'valid taps': s.valid, 'valid taps×ch/4': s.valid * c4, 'valid taps×ch%4': s.valid * cr,
      'pad taps': pad, 'pad taps×ch': pad * s.oc,
      'pixels×ch/4': s.pixels * c4, 'pixels×ch/4×taps': s.pixels * c4 * taps, 'pixels×ch%4': s.pixels * cr, 'pixels×ch%4×taps': s.pixels * cr * taps,
    },
  };
}

function fullyConnectedTrips(op: Extract<Op, { kind: 'FULLY_CONNECTED' }>, graph: Graph, window: Box, kernels: InstrKernels): KernelTrips {
  const [units, depth] = graph.tensors[op.inputs.filter]!.shape as [number, number];
  const n = window.size[window.size.length - 1]!;
  const batches = boxElements(window) / n;
  const perChannel = (graph.tensors[op.inputs.filter]!.quant?.scale.length ?? 1) > 1;
  if (kernels === 'reference') {
    return {
      kernel: perChannel ? 'ref_fully_connected_per_channel' : 'ref_fully_connected',
      trips: { call: 1, batches, outputs: batches * n, MACs: batches * n * depth },
    };
  }
  const np = Math.floor(n / 2), nr = n % 2;
  void units;
  return {
    kernel: perChannel ? 'arm_fully_connected_per_channel_s8' : 'arm_fully_connected_s8',
    trips: {
      call: 1, batches,
      // arm_nn_vec_mat_mult_t_s8 on DSP: 16 depth elements per unrolled step, then one at a time.
      'batches×row pairs': batches * np, 'batches×row pairs×depth/16': batches * np * Math.floor(depth / 16), 'batches×row pairs×depth%16': batches * np * (depth % 16),
      'batches×odd row': batches * nr, 'batches×odd row×depth/16': batches * nr * Math.floor(depth / 16), 'batches×odd row×depth%16': batches * nr * (depth % 16),
      'depth': depth,
    },
  };
}

/**
 * TFLM's reference PadImpl tests every output element against the pads axis by axis (batch, height,
 * width, depth) and stops at the first that holds: an element of a padded row, of a padded column
 * and an interior (copied) element each cost their own number of comparisons.
 */
function padRegions(graph: Graph, op: Extract<Op, { kind: 'PAD' | 'PADV2' }>, window: Box): Record<string, number> {
  const inShape = graph.tensors[op.inputs.input]!.shape;
  const outShape = graph.tensors[op.outputs[0]!]!.shape;
  const out4 = [...Array(4 - outShape.length).fill(1), ...outShape] as number[];
  const in4 = [...Array(4 - inShape.length).fill(1), ...inShape] as number[];
  const [n, oh, ow, c] = out4 as [number, number, number, number];
  const [inN, ih, iw] = in4 as [number, number, number, number];
  const rowsPadded = (oh - ih) * ow * c * inN + (n - inN) * oh * ow * c;
  const columnsPadded = inN * ih * (ow - iw) * c;
  const copied = elementCount(inShape);
  const share = boxElements(window) / Math.max(1, elementCount(outShape));
  return {
    'padded-row elements': rowsPadded * share, 'padded-column elements': columnsPadded * share,
    'padded-depth elements': (elementCount(outShape) - rowsPadded - columnsPadded - copied) * share, 'copied elements': copied * share,
  };
}

/**
 * The share of a softmax row whose exponential is computed: TFLM and CMSIS-NN skip inputs more than
 * diff_min below the row's maximum, diff_min = −CalculateInputRadius(5, left shift of
 * beta × scale × 2^26) (TFLM softmax Prepare). Rows are taken as uniform random int8 (the oracle's
 * inputs); real activations may differ, which only moves the exp term.
 */
function expShare(scale: number, beta: number, rowLength: number): number {
  const real = Math.min(beta * scale * 2 ** 26, 2 ** 31 - 1);
  const leftShift = real <= 0 ? 0 : Math.floor(Math.log2(real)) + 1;
  const radius = Math.floor((31 * 2 ** 26) / 2 ** leftShift);
  const expectedMax = -128 + (255 * rowLength) / (rowLength + 1);
  return Math.min(1, (radius + 1) / (expectedMax + 129));
}

/** Elements of `op`'s input `slot` that the output window reads, by proportion of the whole output. */
function shareOf(graph: Graph, op: Op, window: Box, elements: number): number {
  const whole = elementCount(graph.tensors[op.outputs[0]!]!.shape);
  return whole === 0 ? 0 : (elements * boxElements(window)) / whole;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return elementCount(a) === elementCount(b);
}

function elementwiseTrips(op: Extract<Op, { kind: 'ADD' | 'SUB' | 'MUL' }>, graph: Graph, window: Box, kernels: InstrKernels): KernelTrips {
  const e = boxElements(window);
  const lhs = graph.tensors[op.inputs.lhs]!.shape, rhs = graph.tensors[op.inputs.rhs]!.shape;
  const name = op.kind === 'MUL' ? 'mul' : 'add';
  if (!sameShape(lhs, rhs)) {
    // A one-element operand runs TFLM's scalar-broadcast loop; other broadcasts the N-D index loops.
    const scalar = elementCount(lhs) === 1 || elementCount(rhs) === 1;
    const inner = window.size[window.size.length - 1]!;
    return { kernel: `ref_${name}_broadcast${scalar ? '_scalar' : ''}`, trips: { call: 1, elements: e, 'inner rows': e / inner } };
  }
  if (kernels === 'reference' || op.kind === 'SUB') return { kernel: `ref_${name}`, trips: { call: 1, elements: e } };
  return { kernel: `arm_elementwise_${name}_s8`, trips: { call: 1, 'elements/4': div4(e), 'elements%4': rem4(e) } };
}

function poolTrips(op: Extract<Op, { kind: 'AVERAGE_POOL_2D' | 'MAX_POOL_2D' }>, graph: Graph, window: Box, kernels: InstrKernels): KernelTrips {
  const s = spatialWindow(op, graph, window);
  const avg = op.kind === 'AVERAGE_POOL_2D';
  if (kernels === 'reference') {
    return {
      kernel: avg ? 'ref_avg_pool' : 'ref_max_pool',
      trips: { call: 1, rows: s.rows, pixels: s.pixels, outputs: s.pixels * s.oc, 'outputs×valid rows': s.validRows * s.oc, 'outputs×valid taps': s.valid * s.oc },
    };
  }
  const c4 = div4(s.oc), cr = rem4(s.oc);
  return {
    kernel: avg ? 'arm_avgpool_s8' : 'arm_max_pool_s8',
    trips: {
      call: 1, rows: s.rows, pixels: s.pixels, 'pixels×ch/4': s.pixels * c4, 'pixels×ch%4': s.pixels * cr,
      'valid taps': s.valid, 'valid taps×ch/4': s.valid * c4, 'valid taps×ch%4': s.valid * cr, 'valid rows': s.validRows,
    },
  };
}

/** The kernel and its loop trip counts for `op` computing output `window` (a box of output 0). */
export function kernelTrips(graph: Graph, op: Op, window: Box, kernels: InstrKernels): KernelTrips | null {
  const out = op.outputs[0];
  if (out === undefined) return null;
  const e = boxElements(window);
  switch (op.kind) {
    case 'CONV_2D': return convTrips(op, graph, window, kernels);
    case 'DEPTHWISE_CONV_2D': return depthwiseTrips(op, graph, window, kernels);
    case 'FULLY_CONNECTED': return fullyConnectedTrips(op, graph, window, kernels);
    case 'ADD': case 'SUB': case 'MUL': return elementwiseTrips(op, graph, window, kernels);
    case 'AVERAGE_POOL_2D': case 'MAX_POOL_2D': return poolTrips(op, graph, window, kernels);
    case 'SOFTMAX': {
      const inner = window.size[window.size.length - 1]!;
      const exps = e * expShare(graph.tensors[op.inputs.input]!.quant?.scale[0] ?? 1, op.attrs.beta, inner);
      return { kernel: kernels === 'cmsis' ? 'arm_softmax_s8' : 'ref_softmax', trips: { call: 1, rows: e / inner, elements: e, 'exp elements': exps } };
    }
    case 'PAD': case 'PADV2': {
      const inShape = graph.tensors[op.inputs.input]!.shape;
      const inElems = shareOf(graph, op, window, elementCount(inShape));
      // Rows of the two innermost axes (W × C runs): memset/memcpy calls and reference loop trips.
      const inRows = shareOf(graph, op, window, elementCount(inShape) / Math.max(1, elementCount(inShape.slice(-2))));
      const outRows = e / Math.max(1, elementCount(window.size.slice(-2)));
      const outPixels = e / Math.max(1, window.size[window.size.length - 1]!);
      const int8 = graph.tensors[out]!.dtype === 'int8';
      return kernels === 'cmsis' && int8
        ? {
          kernel: 'arm_pad_s8',
          trips: { call: 1, 'output rows': outRows, 'input rows': inRows, 'input bytes/4': inElems / 4, 'pad bytes/4': (e - inElems) / 4 },
        }
        : { kernel: 'ref_pad', trips: { call: 1, 'output rows': outRows, 'output pixels': outPixels, ...padRegions(graph, op, window) } };
    }
    case 'TRANSPOSE': {
      const outRows = e / Math.max(1, window.size[window.size.length - 1]!);
      return { kernel: kernels === 'cmsis' ? 'arm_transpose_s8' : 'ref_transpose', trips: { call: 1, 'output rows': outRows, elements: e } };
    }
    case 'MEAN': {
      const inShape = graph.tensors[op.inputs.input]!.shape;
      const inElems = shareOf(graph, op, window, elementCount(inShape));
      // TFLM's int8 MEAN has a dedicated loop for a 4-D mean over height and width.
      const hw = inShape.length === 4 && op.attrs.axes.length === 2 && op.attrs.axes[0] === 1 && op.attrs.axes[1] === 2;
      const inRows = inElems / Math.max(1, inShape[inShape.length - 1]!);
      // ReduceGeneric walks every input element with index loops over all axes (NextIndex,
      // ReducedOutputOffset): its per-element work grows with the rank.
      return {
        kernel: hw ? 'ref_mean_hw' : 'ref_mean',
        trips: { call: 1, 'input elements': inElems, 'input elements×rank': hw ? 0 : inElems * inShape.length, 'input pixels': inRows, outputs: e },
      };
    }
    case 'QUANTIZE': {
      const from = graph.tensors[op.inputs.input]!.dtype;
      return { kernel: from === 'float32' ? 'ref_quantize' : 'ref_requantize', trips: { call: 1, elements: e } };
    }
    case 'DEQUANTIZE': return { kernel: 'ref_dequantize', trips: { call: 1, elements: e } };
    case 'RESHAPE': case 'SQUEEZE': return { kernel: 'ref_copy', trips: { call: 1, bytes: e } };
    case 'RESIZE_NEAREST_NEIGHBOR': {
      const pixels = e / Math.max(1, window.size[window.size.length - 1]!);
      const rows = pixels / Math.max(1, window.size[window.size.length - 2] ?? 1);
      return { kernel: 'ref_resize_nearest', trips: { call: 1, rows, pixels, elements: e } };
    }
    case 'CONCATENATION': {
      const outer = e / Math.max(1, window.size[window.size.length - 1]!);
      return { kernel: 'ref_concatenation', trips: { call: 1, 'outer×inputs': outer * op.inputList.length, elements: e } };
    }
    case 'UNSUPPORTED': return null;
    default: return { kernel: 'ref_elementwise', trips: { call: 1, elements: e } };
  }
}

export interface InstructionEstimate {
  readonly kernel: string;
  readonly instructions: number;
}

/** Predicted instructions of `op` on `window` (whole output when omitted); null for no work. */
export function predictInstructions(graph: Graph, op: Op, kernels: InstrKernels, window?: Box, table: InstructionCoefficients = INSTRUCTION_COEFFICIENTS): InstructionEstimate | null {
  const out = op.outputs[0];
  if (out === undefined) return null;
  const t = kernelTrips(graph, op, window ?? wholeBox(graph.tensors[out]!.shape), kernels);
  if (t === null) return null;
  const formula = table.kernels[t.kernel] ?? table.kernels['ref_elementwise'];
  if (formula === undefined) throw new Error(`no instruction formula for ${t.kernel}: run scripts/fit-instructions.ts`);
  let n = 0;
  for (const [name, count] of Object.entries(t.trips)) n += (formula.coefficients[name] ?? 0) * count;
  return { kernel: t.kernel, instructions: Math.max(0, Math.round(n)) };
}
