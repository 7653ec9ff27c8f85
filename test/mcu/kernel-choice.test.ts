// Kernel choice follows CMSIS-NN's dispatch as the TFLM oracle builds it (CMSIS-NN 4ab83cc:
// arm_convolve_wrapper_s8 as compiled in ../shared/tflm-oracle/bin, arm_depthwise_conv_wrapper_s8.c
// v2.2.0): these cases restate the library's own conditions.
import { describe, expect, it } from 'vitest';
import { chooseKernel, runtimeSupports } from '../../src/mcu/kernel-choice.ts';
import type { Graph } from '../../src/model/graph.ts';
import { convGraph, fullyConnectedGraph } from '../support/single-op.ts';

const variant = (g: Graph, core: Parameters<typeof chooseKernel>[2] = 'cortex-m4', runtime: Parameters<typeof chooseKernel>[3] = 'tflm'): string => {
  const c = chooseKernel(g.ops[0]!, g, core, runtime);
  return c.kind === 'mac' ? `${c.variant}/${c.isa}` : c.kind;
};

describe('CMSIS-NN convolution dispatch', () => {
  it('1×1, stride 1, no padding → arm_convolve_1x1_s8_fast', () => {
    expect(variant(convGraph('CONV_2D', { input: [1, 8, 8, 16], kernel: [1, 1], outChannels: 8 }))).toBe('cmsis_convolve_1x1_s8_fast/dsp');
  });
  // Changed with the pinned CMSIS-NN: the wrapper sends strided 1×1 convs to arm_convolve_1x1_s8
  // (v2.1.2 sent them to arm_convolve_s8).
  it('1×1 with stride 2 is not the fast path: arm_convolve_1x1_s8', () => {
    expect(variant(convGraph('CONV_2D', { input: [1, 8, 8, 16], kernel: [1, 1], stride: [2, 2], outChannels: 8 }))).toBe('cmsis_convolve_1x1_s8/dsp');
  });
  it('1×1 with dilation 2 is not the fast path', () => {
    expect(variant(convGraph('CONV_2D', { input: [1, 8, 8, 16], kernel: [1, 1], dilation: [2, 2], outChannels: 8 }))).toBe('cmsis_convolve_s8/dsp');
  });
  // Changed with the pinned CMSIS-NN: the condition is in_c × stride_w divisible by 4 (v2.1.2: the
  // output width).
  it('one-row input, 1×n filter, in_c × stride_w a multiple of 4 → arm_convolve_1_x_n_s8', () => {
    expect(variant(convGraph('CONV_2D', { input: [1, 1, 11, 8], kernel: [1, 3], outChannels: 4 }))).toBe('cmsis_convolve_1_x_n_s8/dsp');
    expect(variant(convGraph('CONV_2D', { input: [1, 1, 11, 6], kernel: [1, 3], stride: [1, 2], outChannels: 4 }))).toBe('cmsis_convolve_1_x_n_s8/dsp');
    // 6 input channels at stride 1: not a multiple of 4
    expect(variant(convGraph('CONV_2D', { input: [1, 1, 10, 6], kernel: [1, 3], outChannels: 4 }))).toBe('cmsis_convolve_s8/dsp');
  });
  it('3×3 convolutions go through im2col (arm_convolve_s8), with MVE on Helium cores and plain C on M0+', () => {
    const g = convGraph('CONV_2D', { input: [1, 8, 8, 3], kernel: [3, 3], padding: 'SAME', outChannels: 8 });
    expect(variant(g)).toBe('cmsis_convolve_s8/dsp');
    expect(variant(g, 'cortex-m55')).toBe('cmsis_convolve_s8/mve');
    expect(variant(g, 'cortex-m0plus')).toBe('cmsis_convolve_s8/scalar');
  });
});

describe('CMSIS-NN depthwise dispatch', () => {
  const dw3 = convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 16], kernel: [3, 3], padding: 'SAME' });
  it('3×3, multiplier 1, padding ≤ 1 → arm_depthwise_conv_3x3_s8 on DSP cores', () => {
    expect(variant(dw3, 'cortex-m4')).toBe('cmsis_depthwise_conv_3x3_s8/dsp');
    expect(variant(dw3, 'cortex-m7')).toBe('cmsis_depthwise_conv_3x3_s8/dsp');
  });
  it('the 3×3 kernel is not built for MVE: Helium gets arm_depthwise_conv_s8_opt', () => {
    expect(variant(dw3, 'cortex-m85')).toBe('cmsis_depthwise_conv_s8_opt/mve');
  });
  it('5×5 with multiplier 1 → arm_depthwise_conv_s8_opt', () => {
    expect(variant(convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 16], kernel: [5, 5], padding: 'SAME' }))).toBe('cmsis_depthwise_conv_s8_opt/dsp');
  });
  it('channel multiplier 2 or dilation → generic arm_depthwise_conv_s8', () => {
    expect(variant(convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 4], kernel: [3, 3], depthMultiplier: 2 }))).toBe('cmsis_depthwise_conv_s8/scalar');
    expect(variant(convGraph('DEPTHWISE_CONV_2D', { input: [1, 9, 9, 4], kernel: [3, 3], dilation: [2, 2] }))).toBe('cmsis_depthwise_conv_s8/scalar');
  });
  it('MVE runs a one-input-channel depthwise conv with more than 8 outputs as a convolution', () => {
    const g = convGraph('DEPTHWISE_CONV_2D', { input: [1, 8, 8, 1], kernel: [3, 3], depthMultiplier: 16 });
    expect(variant(g, 'cortex-m55')).toBe('cmsis_convolve_s8/mve');
    expect(variant(g, 'cortex-m4')).toBe('cmsis_depthwise_conv_s8/scalar');
  });
});

describe('runtimes', () => {
  it('fully connected → arm_fully_connected_s8; the reference runtime uses the portable kernels', () => {
    const fc = fullyConnectedGraph({ input: [1, 64], units: 10 });
    expect(variant(fc)).toBe('cmsis_fully_connected_s8/dsp');
    expect(variant(fc, 'cortex-m4', 'tflm-reference')).toBe('ref_fully_connected/scalar');
  });
  it('TinyEngine has no Armv6-M build', () => {
    expect(runtimeSupports('tinyengine', 'cortex-m0plus')).toBe(false);
    expect(runtimeSupports('tinyengine', 'cortex-m7')).toBe(true);
    expect(runtimeSupports('tflm', 'cortex-m0plus')).toBe(true);
  });
});
