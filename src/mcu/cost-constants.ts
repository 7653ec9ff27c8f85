// Every constant of the cycle model, with where it comes from. Two kinds:
//  * per-core instruction timing, from Arm's Technical Reference Manuals (TRM);
//  * per-kernel instruction mixes: how many loads, ALU ops, MACs… one inner-loop iteration of the
//    kernel a runtime picks executes, counted by reading that kernel's public source (CMSIS-NN,
//    TFLite Micro reference kernels, TinyEngine). We wrote the counts; no code is copied.
// Nothing here is fitted. The only fitted numbers are the per-board flash terms in
// calibration.json (scripts/calibrate.ts), so a constant here is never tuned to a measurement.

import type { CmsisConvVariant, CmsisDepthwiseVariant, Isa } from '../kernels/cmsis-dispatch.ts';
import type { Core } from './targets.ts';

/** Instruction set the kernels are compiled for (defined with CMSIS-NN's dispatch). */
export type { Isa };

/** Counts of instructions by timing class. For MVE mixes, load/alu/mac are 128-bit vector ops. */
export interface InstrMix {
  readonly load: number;
  readonly store: number;
  readonly alu: number;
  /** SMLAD / SMLABB (DSP), MLA or MULS+ADDS (scalar), VMLADAVA / VMLA (MVE). */
  readonly mac: number;
  /** 32×32→64-bit multiply (SMULL), used by fixed-point requantization. */
  readonly mul64: number;
  readonly branch: number;
}

export interface CoreTiming {
  /** Best ISA the core offers to the kernels; dsp-only runtimes use `dsp` on MVE cores too. */
  readonly isa: Isa;
  /** Effective cycles per load in the short runs of loads these loops issue. */
  readonly load: number;
  readonly store: number;
  readonly alu: number;
  readonly mac: number;
  readonly mul64: number;
  readonly branch: number;
  /** Loads and stores issue beside ALU/MAC ops (superscalar): a mix costs max(memory, compute). */
  readonly dualIssue: boolean;
  /** MVE beats per tick: a 4-beat vector instruction takes 4 / beatsPerTick cycles (0: no MVE). */
  readonly mveBeatsPerTick: number;
  readonly source: string;
}

export const CORE_TIMING: Readonly<Record<Core, CoreTiming>> = {
  'cortex-m0plus': {
    isa: 'scalar', load: 2, store: 2, alu: 1,
    // No MLA in Armv6-M: MULS (1 cycle with the fast multiplier RP2040 and STM32G0 have) + ADDS.
    mac: 2,
    // No SMULL: a 32×32→64 product is four 16×16 MULS plus carries in software (~18 instructions).
    mul64: 18,
    branch: 2, dualIssue: false, mveBeatsPerTick: 0,
    source: 'Cortex-M0+ TRM (DDI0484C) §1.3 and Cortex-M0+ Generic User Guide Table 3-1: LDR/STR 2, ALU 1, MULS 1 (fast multiplier) or 32, taken B 2; Armv6-M has no MLA, SMULL or SIMD',
  },
  'cortex-m4': {
    isa: 'dsp',
    // LDR is 2 cycles alone, N+1 for N neighbouring loads; these loops issue runs of 2 to 4.
    load: 1.5, store: 1, alu: 1, mac: 1, mul64: 1,
    branch: 2, dualIssue: false, mveBeatsPerTick: 0,
    source: 'Cortex-M4 TRM (DDI0439B) Table 3-1: LDR 2 (pipelined N+1), STR 1, SXTB16/PKHBT 1, SMLAD 1, SMULL 1, taken branch 1+P (P 1-3)',
  },
  'cortex-m33': {
    isa: 'dsp', load: 1.5, store: 1, alu: 1, mac: 1, mul64: 1,
    branch: 2, dualIssue: false, mveBeatsPerTick: 0,
    source: 'Cortex-M33 TRM (100230) §1.2 and §2: Armv8-M Mainline with the DSP extension, single-cycle SMLAD and SMULL, in-order single issue like Cortex-M4; same timing assumed',
  },
  'cortex-m7': {
    isa: 'dsp', load: 1, store: 1, alu: 1, mac: 1, mul64: 1,
    // The branch target address cache folds loop-closing branches.
    branch: 1, dualIssue: true, mveBeatsPerTick: 0,
    source: 'Cortex-M7 TRM (DDI0489F) §1.2-1.3: 6-stage dual-issue superscalar, a load/store pairs with an ALU/MAC op, single-cycle SMLAD, 64-bit AXI/TCM loads, branch prediction',
  },
  'cortex-m55': {
    isa: 'mve', load: 1.5, store: 1, alu: 1, mac: 1, mul64: 1,
    branch: 1, dualIssue: false, mveBeatsPerTick: 2,
    source: 'Cortex-M55 TRM (101051) §1.3 and §B: dual-beat MVE (2 beats per tick, a 128-bit op every 2 cycles), overlap of a vector load with a vector MAC, low-overhead loops (LE)',
  },
  'cortex-m85': {
    isa: 'mve', load: 1, store: 1, alu: 1, mac: 1, mul64: 1,
    branch: 1, dualIssue: true, mveBeatsPerTick: 2,
    source: 'Cortex-M85 TRM (101924) §1: superscalar scalar pipeline like Cortex-M7, dual-beat MVE with load/MAC overlap like Cortex-M55',
  },
};

/** How a kernel's work scales: the inner loop, and what it pays per output, per call, per row. */
export interface KernelMix {
  /** MACs one inner-loop iteration (`block`) performs. */
  readonly macsPerBlock: number;
  readonly block: InstrMix;
  /** Requantize (bias, fixed-point multiply, shift, offset), clamp and store one output element. */
  readonly perOutput: InstrMix;
  /** Copy and widen one input element into the column buffer (0 when the kernel has none). */
  readonly im2colPerElem: InstrMix;
  /**
   * What the column buffer holds: `column` one depth-long column per output pixel (convs),
   * `taps` every tap of every channel per output pixel (depthwise _opt), `transpose` the input
   * window and the output (TinyEngine's HWC↔CHW copies around an in-place depthwise conv).
   */
  readonly im2colOf: 'column' | 'taps' | 'transpose';
  /** The SIMD axis (reduction depth or channels) is processed in groups of this size. */
  readonly simdWidth: number;
  readonly simdAxis: 'depth' | 'channels';
  /** Output pixels that share one read of the weights (the kernel's column blocking). */
  readonly pixelsPerWeightPass: number;
  /** Loop setup per output row; why short windows (patch steps) cost more per MAC. */
  readonly perRowCycles: number;
  readonly source: string;
}

const NONE: InstrMix = { load: 0, store: 0, alu: 0, mac: 0, mul64: 0, branch: 0 };
const mix = (m: Partial<InstrMix>): InstrMix => ({ ...NONE, ...m });

// Requantization of one int32 accumulator, as CMSIS-NN's arm_nn_requantize and TFLM's
// MultiplyByQuantizedMultiplier do it: bias load, doubling high multiply (SMULL + rounding),
// rounding right shift, output offset, two-sided clamp, byte store; per-channel multiplier and
// shift loaded once per output channel and column pair.
const REQUANT = mix({ load: 1.5, alu: 10, mul64: 1, store: 1 });
// MVE requantizes four accumulators per vector (VQDMULH, VRSHL, VADD, VMAX, VMIN, VSTRB): 6 vector
// ops for 4 outputs (CMSIS-NN arm_requantize_col_mve).
const REQUANT_MVE = mix({ alu: 1.25, store: 0.25 });
// arm_q7_to_q15_with_offset: 4 elements per iteration: one LDR, two SXTAB16 and two PKH, two STR.
const IM2COL_Q15 = mix({ load: 0.25, alu: 1.25, store: 0.5, branch: 0.25 });
// MVE im2col is a byte memcpy of input rows: one vector load and store per 16 elements.
const IM2COL_MVE = mix({ load: 1 / 16, store: 1 / 16 });

/** Kernel variants with distinct costs. Names follow the library function they model. */
export type KernelVariant =
  | CmsisConvVariant | CmsisDepthwiseVariant
  | 'cmsis_fully_connected_s8'
  | 'ref_conv' | 'ref_depthwise_conv' | 'ref_fully_connected'
  | 'tinyengine_pointwise' | 'tinyengine_depthwise_inplace' | 'tinyengine_convolve';

const CMSIS = 'ARM-software/CMSIS-NN Source/';

// arm_convolve_s8 without DSP: the 2×2 block of arm_nn_mat_mult_kernel_s8_s16 is plain C, one
// product per MAC, LDRSB/LDRSH loads, and the column buffer is widened element by element.
const CONVOLVE_S8_SCALAR: KernelMix = {
  macsPerBlock: 4, block: mix({ load: 4, alu: 1, mac: 4, branch: 1 }), perOutput: REQUANT,
  im2colPerElem: mix({ load: 1, alu: 1, store: 1, branch: 0.25 }), im2colOf: 'column', simdWidth: 1, simdAxis: 'depth',
  pixelsPerWeightPass: 2, perRowCycles: 40,
  source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_kernel_s8_s16.c (the #else branch of ARM_MATH_DSP)`,
};

// arm_convolve_1x1_s8_fast and arm_convolve_1x1_s8 (strided) share their matrix kernel.
const CONVOLVE_1X1: Partial<Record<Isa, KernelMix>> = {
  // No im2col: arm_nn_mat_mult_nt_t_s8 reads int8 rows directly; 2 rows × 2 columns × 4 depth:
  // 4 LDR, SXTB16/SXTAB16 pairs per word, 8 SMLAD.
  dsp: {
    macsPerBlock: 16, block: mix({ load: 4, alu: 9, mac: 8, branch: 1 }), perOutput: REQUANT,
    im2colPerElem: NONE, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 0,
    source: `${CMSIS}ConvolutionFunctions/arm_convolve_1x1_s8_fast.c, NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c`,
  },
  scalar: {
    macsPerBlock: 4, block: mix({ load: 4, alu: 2, mac: 4, branch: 1 }), perOutput: REQUANT,
    im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 0,
    source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c (plain C branch)`,
  },
  mve: {
    macsPerBlock: 64, block: mix({ load: 5, mac: 5 }), perOutput: REQUANT_MVE, im2colPerElem: NONE, im2colOf: 'column',
    simdWidth: 16, simdAxis: 'depth', pixelsPerWeightPass: 4, perRowCycles: 0,
    source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c (ARM_MATH_MVEI)`,
  },
};

/** Mixes per (variant, ISA). A variant missing for an ISA means the library has no such path. */
export const KERNEL_MIXES: Readonly<Record<KernelVariant, Partial<Record<Isa, KernelMix>>>> = {
  cmsis_convolve_s8: {
    // arm_nn_mat_mult_kernel_s8_s16: 2 output channels × 2 columns × 4 depth = 16 MACs per pass:
    // 2 weight LDR + 4 column LDR, read_and_pad (2 SXTB16 + 2 PKH) per weight word, 8 SMLAD.
    dsp: {
      macsPerBlock: 16, block: mix({ load: 6, alu: 9, mac: 8, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 40,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_s8.c, NNSupportFunctions/arm_nn_mat_mult_kernel_s8_s16.c`,
    },
    scalar: CONVOLVE_S8_SCALAR,
    // MVE: s8 im2col, then arm_nn_mat_mult_nt_t_s8 takes 4 columns × 1 output channel × 16 depth:
    // 5 vector loads and 4 VMLADAVA per 64 MACs (plus one VADDVA per row for the offset sum).
    mve: {
      macsPerBlock: 64, block: mix({ load: 5, mac: 5 }), perOutput: REQUANT_MVE, im2colPerElem: IM2COL_MVE, im2colOf: 'column',
      simdWidth: 16, simdAxis: 'depth', pixelsPerWeightPass: 4, perRowCycles: 40,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_s8.c (ARM_MATH_MVEI), NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c`,
    },
  },
  cmsis_convolve_1x1_s8_fast: CONVOLVE_1X1,
  // Strided 1×1: one arm_nn_mat_mult_nt_t_s8 call per output row over the same loops.
  cmsis_convolve_1x1_s8: CONVOLVE_1X1,
  cmsis_convolve_1_x_n_s8: {
    // Im2col of one row, then the same matrix kernel as arm_convolve_s8; without DSP or MVE the
    // function calls arm_convolve_s8.
    scalar: CONVOLVE_S8_SCALAR,
    dsp: {
      macsPerBlock: 16, block: mix({ load: 6, alu: 9, mac: 8, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 0,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_1_x_n_s8.c`,
    },
    mve: {
      macsPerBlock: 64, block: mix({ load: 5, mac: 5 }), perOutput: REQUANT_MVE, im2colPerElem: IM2COL_MVE, im2colOf: 'column',
      simdWidth: 16, simdAxis: 'depth', pixelsPerWeightPass: 4, perRowCycles: 0,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_1_x_n_s8.c (ARM_MATH_MVEI)`,
    },
  },
  cmsis_depthwise_conv_3x3_s8: {
    // Four channels per pass, one tap per iteration: input word (SXTAB16 with offset ×2) and
    // weight word (SXTB16 ×2), four 16-bit MACs; weights are re-read for every output pixel.
    dsp: {
      macsPerBlock: 4, block: mix({ load: 2, alu: 4, mac: 4, branch: 0.34 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 4, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_3x3_s8.c`,
    },
  },
  cmsis_depthwise_conv_s8_opt: {
    // DSP: a q15 column buffer of kernel taps × channels per output pixel, then 4 channels per
    // iteration: one weight word and two column words, SXTB16 ×2, four 16-bit MACs.
    dsp: {
      macsPerBlock: 4, block: mix({ load: 3, alu: 2, mac: 4, branch: 0.25 }), perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15, im2colOf: 'taps', simdWidth: 4, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8_opt.c`,
    },
    // MVE: four channels in 32-bit lanes (VLDRB.S32): per tap one input and one weight vector load
    // and one VMLA; the column buffer is an s8 copy.
    mve: {
      macsPerBlock: 4, block: mix({ load: 2, mac: 1 }), perOutput: REQUANT_MVE, im2colPerElem: IM2COL_MVE, im2colOf: 'taps',
      simdWidth: 4, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8_opt.c (ARM_MATH_MVEI)`,
    },
  },
  cmsis_depthwise_conv_s8: {
    // Generic nested loops in plain C on every core: per MAC two LDRSB, index and bounds arithmetic,
    // the input-offset add, one multiply-accumulate.
    scalar: {
      macsPerBlock: 1, block: mix({ load: 2, alu: 5, mac: 1, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8.c`,
    },
  },
  cmsis_fully_connected_s8: {
    // arm_nn_vec_mat_mult_t_s8: 2 weight rows × 4 depth per iteration: 1 input + 2 weight LDR,
    // SXTB16/SXTAB16 pairs, 4 SMLAD. Each weight byte is used once per input row.
    dsp: {
      macsPerBlock: 8, block: mix({ load: 3, alu: 7, mac: 4, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 1, perRowCycles: 0,
      source: `${CMSIS}FullyConnectedFunctions/arm_fully_connected_s8.c, NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c`,
    },
    scalar: {
      macsPerBlock: 1, block: mix({ load: 2, alu: 1, mac: 1, branch: 0.5 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'depth', pixelsPerWeightPass: 1, perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c (plain C branch)`,
    },
    // MVE: 4 weight rows × 16 depth: 5 vector loads, 4 VMLADAVA.
    mve: {
      macsPerBlock: 64, block: mix({ load: 5, mac: 4 }), perOutput: REQUANT_MVE, im2colPerElem: NONE, im2colOf: 'column',
      simdWidth: 16, simdAxis: 'depth', pixelsPerWeightPass: 1, perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c (ARM_MATH_MVEI)`,
    },
  },
  ref_conv: {
    // TFLM reference integer_ops/conv.h: per MAC two LDRSB through Offset() index arithmetic
    // (multiply-adds per operand), the bounds check hoisted per tap, the input-offset add, MLA.
    scalar: {
      macsPerBlock: 1, block: mix({ load: 2, alu: 7, mac: 1, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'depth', pixelsPerWeightPass: 1, perRowCycles: 20,
      source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/conv.h',
    },
  },
  ref_depthwise_conv: {
    scalar: {
      macsPerBlock: 1, block: mix({ load: 2, alu: 7, mac: 1, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 20,
      source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/depthwise_conv.h',
    },
  },
  ref_fully_connected: {
    scalar: {
      macsPerBlock: 1, block: mix({ load: 2, alu: 2, mac: 1, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: NONE, im2colOf: 'column', simdWidth: 1, simdAxis: 'depth', pixelsPerWeightPass: 1, perRowCycles: 0,
      source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/fully_connected.h',
    },
  },
  tinyengine_pointwise: {
    // convolve_1x1_s8_ch*: q7→q15 of two columns, then the 2×2×4 SMLAD block of
    // mat_mult_kernel_s8_s16_reordered (weights pre-reordered at code generation).
    dsp: {
      macsPerBlock: 16, block: mix({ load: 6, alu: 5, mac: 8, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 0,
      source: 'mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/convolve_1x1_s8*.c, mat_mult_kernels.c',
    },
  },
  tinyengine_depthwise_inplace: {
    // depthwise_kernel3x3_*_inplace_CHW: one channel plane at a time with its taps in registers:
    // per MAC one LDRSB and one MLA; the HWC↔CHW transposes are charged as im2col per input element.
    dsp: {
      macsPerBlock: 1, block: mix({ load: 1, alu: 0.25, mac: 1 }), perOutput: REQUANT,
      im2colPerElem: mix({ load: 2, store: 2 }), im2colOf: 'transpose', simdWidth: 1, simdAxis: 'channels', pixelsPerWeightPass: 1, perRowCycles: 10,
      source: 'mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/depthwise_kernel3x3_stride1_inplace_CHW.c',
    },
  },
  tinyengine_convolve: {
    // General convs (first 3×3 layer): im2col to q15 and the same 2×2×4 SMLAD block.
    dsp: {
      macsPerBlock: 16, block: mix({ load: 6, alu: 5, mac: 8, branch: 1 }), perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15, im2colOf: 'column', simdWidth: 4, simdAxis: 'depth', pixelsPerWeightPass: 2, perRowCycles: 40,
      source: 'mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/convolve_s8_kernel3_inputch3_stride2_pad1.c',
    },
  },
};

/** Ops without MACs: cost per output element (or per window tap for pools). */
export type ElementKernel = 'elementwise' | 'avg_pool' | 'max_pool' | 'mean' | 'softmax' | 'copy' | 'gather' | 'convert';

export interface ElementMix {
  /** Per output element. */
  readonly perOutput: InstrMix;
  /** Per input element read (pool taps, reductions). */
  readonly perInput: InstrMix;
  readonly source: string;
}

export const ELEMENT_MIXES: Readonly<Record<ElementKernel, ElementMix>> = {
  // ADD/SUB/MUL: both inputs rescaled and the result requantized (three SMULL-based multiplies).
  elementwise: {
    perOutput: mix({ load: 0.5, alu: 12, mul64: 3, store: 0.25, branch: 0.25 }), perInput: NONE,
    source: `${CMSIS}BasicMathFunctions/arm_elementwise_add_s8.c; TFLM reference/integer_ops/add.h`,
  },
  avg_pool: {
    perOutput: mix({ alu: 6, store: 1 }), perInput: mix({ load: 0.25, alu: 0.75 }),
    source: `${CMSIS}PoolingFunctions/arm_avgpool_s8.c (sums 4 channels per word, rounding divide per output)`,
  },
  max_pool: {
    perOutput: mix({ store: 0.25 }), perInput: mix({ load: 0.25, alu: 0.5 }),
    source: `${CMSIS}PoolingFunctions/arm_max_pool_s8.c (SIMD compare of 4 channels per word)`,
  },
  mean: {
    perOutput: REQUANT, perInput: mix({ load: 1, alu: 1, branch: 0.5 }),
    source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/mean.h',
  },
  // Fixed-point exp and reciprocal per element (gemmlowp exp_on_negative_values).
  softmax: {
    perOutput: mix({ load: 2, alu: 40, mul64: 4, store: 1, branch: 1 }), perInput: NONE,
    source: `${CMSIS}SoftmaxFunctions/arm_softmax_s8.c`,
  },
  // RESHAPE/SQUEEZE: TFLM copies the bytes when input and output buffers differ; word memcpy.
  copy: {
    perOutput: mix({ load: 0.25, store: 0.25 }), perInput: NONE,
    source: 'tensorflow/tflite-micro tensorflow/lite/micro/kernels/reshape.cc (memcpy)',
  },
  // PAD, CONCATENATION, STRIDED_SLICE, TRANSPOSE, RESIZE: byte copies with index arithmetic.
  gather: {
    perOutput: mix({ load: 1, alu: 3, store: 1, branch: 0.5 }), perInput: NONE,
    source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/{pad,concatenation,strided_slice,transpose}.h',
  },
  // QUANTIZE, DEQUANTIZE and unary activations: one requantization (or float conversion) each.
  convert: {
    perOutput: mix({ load: 1, alu: 8, mul64: 1, store: 1, branch: 0.25 }), perInput: NONE,
    source: 'tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/{quantize,dequantize,logistic}.h',
  },
};

/**
 * Fixed cycles per kernel call: the runtime's dispatch plus argument set-up. An estimate (a few
 * hundred instructions of interpreter loop and struct filling); it matters only for patch steps,
 * which call a kernel once per tile, and for tiny models.
 */
export const CALL_OVERHEAD_CYCLES: Readonly<Record<'tflm' | 'tflm-reference' | 'tinyengine', number>> = {
  tflm: 500,
  'tflm-reference': 500,
  // Generated straight-line C calls each kernel directly (no interpreter loop).
  tinyengine: 100,
};
