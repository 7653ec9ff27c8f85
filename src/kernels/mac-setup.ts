// Prepare-time setup shared by the ops that own the MACs (CONV_2D, DEPTHWISE_CONV_2D,
// FULLY_CONNECTED, TRANSPOSE_CONV): dtype checks, decoded filter and bias, and the output stage
// (per-channel requantization for int8/uint8, a clamp for float32).
//
// Accumulators are plain JS numbers: every int8/uint8 product sum is an exact integer far below 2^53,
// and `acc | 0` then wraps it to int32 exactly as TFLite's int32 accumulator would (wrapping addition
// is associative, so the order of the sum does not matter).

import { UserError } from '../errors.ts';
import type { Graph, Op, Tensor } from '../model/graph.ts';
import { NO_TENSOR, opName } from '../model/graph.ts';
import { activationRangeQuantized, multiplyByQuantizedMultiplierFast, quantizeMultiplier } from './quant.ts';
import { decodeConstant } from '../model/tensor-data.ts';

// Per-element calls go through module-local aliases: the tsx and vitest loaders turn imported
// bindings into getters, and a getter call per output element is measurable.
const mulFast = multiplyByQuantizedMultiplierFast;

/** How one output channel's accumulator becomes an output element. */
export interface OutputStage {
  /** True: requantize with the fields below. False: float32, clamp to [min, max]. */
  readonly quantized: boolean;
  readonly multipliers: Int32Array;
  readonly shifts: Int32Array;
  readonly outputOffset: number;
  readonly min: number;
  readonly max: number;
}

export interface MacSetup {
  /** Subtracted zero point of the input (`input_offset` in TFLite); 0 for float. */
  readonly inputOffset: number;
  /** Filter elements in file order, with the filter offset (uint8 only) already added. */
  readonly filter: Float64Array;
  /** One bias per output channel (0 where the op has no bias). */
  readonly bias: Float64Array;
  readonly stage: OutputStage;
}

/** The output element for accumulator `acc` (bias included) of output channel `c`. */
export function finishOutput(stage: OutputStage, acc: number, c: number): number {
  return stage.quantized
    ? requantize(acc, stage.multipliers[c]!, stage.shifts[c]!, stage.outputOffset, stage.min, stage.max)
    : clampFloat(acc, stage.min, stage.max);
}

/** Int8/uint8 output: requantize the int32 accumulator, add the output offset, clamp. */
export function requantize(acc: number, multiplier: number, shift: number, offset: number, min: number, max: number): number {
  return Math.min(Math.max(mulFast(acc | 0, multiplier, shift) + offset, min), max);
}

/** Float output: TFLite's ActivationFunctionWithMinMax, max first, then min. */
export function clampFloat(acc: number, min: number, max: number): number {
  const v = acc > min ? acc : min;
  return v < max ? v : max;
}

function fail(op: Op, message: string): never {
  throw new UserError(`op ${op.index} (${opName(op)}): ${message}`);
}

function constantOf(graph: Graph, op: Op, id: number, what: string): Tensor {
  const t = graph.tensors[id];
  if (t === undefined) fail(op, `${what} tensor ${id} does not exist`);
  if (t.data === null) fail(op, `${what} must be a constant (tinygate runs weights from flash)`);
  return t;
}

function scalesOf(op: Op, t: Tensor, what: string): readonly number[] {
  if (t.quant === null || t.quant.scale.length === 0) fail(op, `${what} tensor ${t.name} is ${t.dtype} but has no quantization`);
  return t.quant.scale;
}

/**
 * Validates the op's tensors and precomputes everything its MAC loop needs. `channels` is the number
 * of output channels; the filter's scales are per tensor or one per output channel.
 */
export function prepareMac(
  graph: Graph, op: Op, ids: { input: number; filter: number; bias: number; output: number },
  channels: number, clamp: { min: number; max: number }, activation: Parameters<typeof activationRangeQuantized>[0],
): MacSetup {
  const input = graph.tensors[ids.input]!;
  const output = graph.tensors[ids.output]!;
  const filterTensor = constantOf(graph, op, ids.filter, 'filter');
  const filterRaw = decodeConstant(filterTensor);
  const bias = new Float64Array(channels);
  if (ids.bias !== NO_TENSOR) {
    const b = decodeConstant(constantOf(graph, op, ids.bias, 'bias'));
    if (b.length !== channels) fail(op, `bias has ${b.length} elements for ${channels} output channels`);
    bias.set(b);
  }

  if (input.dtype === 'float32') {
    if (filterTensor.dtype !== 'float32' || output.dtype !== 'float32') {
      fail(op, `float32 input with ${filterTensor.dtype} filter and ${output.dtype} output (hybrid ops) is not supported`);
    }
    const stage: OutputStage = {
      quantized: false, multipliers: new Int32Array(0), shifts: new Int32Array(0), outputOffset: 0,
      min: clamp.min, max: clamp.max,
    };
    return { inputOffset: 0, filter: Float64Array.from(filterRaw), bias, stage };
  }

  if ((input.dtype !== 'int8' && input.dtype !== 'uint8') || output.dtype !== input.dtype || filterTensor.dtype !== input.dtype) {
    fail(op, `input ${input.dtype}, filter ${filterTensor.dtype}, output ${output.dtype}: supported are all int8, all uint8 or all float32`);
  }
  const inputScale = scalesOf(op, input, 'input')[0]!;
  const outputScale = scalesOf(op, output, 'output')[0]!;
  const filterScales = scalesOf(op, filterTensor, 'filter');
  if (filterScales.length !== 1 && filterScales.length !== channels) {
    fail(op, `filter has ${filterScales.length} scales for ${channels} output channels`);
  }
  // int8 filters are symmetric in TFLite (the reference kernel ignores a filter zero point);
  // uint8 filters carry one, added to every filter element as `filter_offset`.
  const filterOffset = input.dtype === 'uint8' ? -(filterTensor.quant!.zeroPoint[0] ?? 0) : 0;
  const filter = new Float64Array(filterRaw.length);
  for (let i = 0; i < filter.length; i++) filter[i] = filterRaw[i]! + filterOffset;

  // tflite-micro kernel_util.cc PopulateConvolutionQuantizationParams: the effective scale is
  // computed in double from the float32 scales, then split into a Q31 multiplier and a shift.
  const multipliers = new Int32Array(channels);
  const shifts = new Int32Array(channels);
  for (let c = 0; c < channels; c++) {
    const filterScale = filterScales.length === 1 ? filterScales[0]! : filterScales[c]!;
    const q = quantizeMultiplier((inputScale * filterScale) / outputScale);
    multipliers[c] = q.multiplier;
    shifts[c] = q.shift;
  }
  const outputZeroPoint = output.quant!.zeroPoint[0] ?? 0;
  const [min, max] = activationRangeQuantized(activation, outputScale, outputZeroPoint, output.dtype);
  return {
    inputOffset: -(input.quant!.zeroPoint[0] ?? 0),
    filter,
    bias,
    stage: { quantized: true, multipliers, shifts, outputOffset: outputZeroPoint, min, max },
  };
}
