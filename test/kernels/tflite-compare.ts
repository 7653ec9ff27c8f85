// How our output of a one-op graph is compared with TFLite's (test/oracle), and the one difference
// we accept. TFLite's reference kernels (and TFLM, CMSIS-NN) requantize the accumulators of CONV_2D,
// DEPTHWISE_CONV_2D and FULLY_CONNECTED with two roundings (SaturatingRoundingDoublingHighMul, then
// RoundingDivideByPOT); the oracle's XNNPACK delegate, which cannot be switched off, rounds
// acc·multiplier·2^(shift−31) once. They differ when the first rounding lands on a tie of the second,
// e.g. acc 1292, multiplier 2140695704, shift −4: exact 80.4896…, TFLite reference 81
// (1287.92 → 1288 → 80.5 → 81), XNNPACK 80. We follow the reference, so for these ops every element
// must equal a naive reference (loops from the reference headers plus quant.ts's BigInt-verified
// fixed point), and where the oracle differs, it must equal the single rounding of the same
// accumulator. Anything else must match byte for byte (float32: to 1e-3).

import { expect } from 'vitest';
import type { TensorData } from '../../src/model/view.ts';
import type { Graph } from '../../src/model/graph.ts';
import { clampTo, naiveAccumulators, naiveOutputs, requantOf } from './naive-mac.ts';

/** x·m·2^(shift−31) rounded once to nearest, ties away from zero, exactly (BigInt). */
export function singleRounding(x: number, m: number, shift: number): number {
  let num = BigInt(x) * BigInt(m);
  let exp = 31 - shift;
  if (exp < 0) { num <<= BigInt(-exp); exp = 0; }
  const den = 1n << BigInt(exp);
  const magnitude = num < 0n ? -num : num;
  const q = (2n * magnitude + den) / (2n * den);
  return Number(num < 0n ? -q : q);
}

export function rawBytes(data: TensorData): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Reinterprets the oracle's raw output bytes as `like`'s element type. */
export function sameType(raw: Uint8Array, like: TensorData): TensorData {
  const copy = raw.slice();
  const Ctor = like.constructor as new (buffer: ArrayBuffer) => TensorData;
  return new Ctor(copy.buffer);
}

const MAC_KINDS = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED']);

/**
 * Asserts our output 0 of the one-op `graph` against TFLite's as described above. `x` is the op's
 * main input. Returns how many elements differed by the accepted single rounding.
 */
export function expectMatchesTflite(graph: Graph, x: TensorData, ours: TensorData, theirsRaw: Uint8Array, what: string): number {
  const theirs = sameType(theirsRaw, ours);
  if (ours instanceof Float32Array) {
    ours.forEach((v, i) => expect(v, `${what} [${i}]`).toBeCloseTo(theirs[i]!, 3));
    return 0;
  }
  if (!MAC_KINDS.has(graph.ops[0]!.kind)) {
    expect(rawBytes(ours), what).toEqual(theirsRaw);
    return 0;
  }
  const acc = naiveAccumulators(graph, x);
  const reference = naiveOutputs(graph, x);
  const channels = graph.tensors[graph.ops[0]!.outputs[0]!]!.shape.at(-1)!;
  let roundingDifferences = 0;
  acc.forEach((a, i) => {
    if (ours[i] !== reference[i]) expect(ours[i], `${what}: element ${i} vs the naive reference`).toBe(reference[i]);
    if (theirs[i] !== ours[i]) {
      const r = requantOf(graph, i % channels);
      expect(theirs[i], `${what}: element ${i}, TFLite differs by more than single rounding`).toBe(clampTo(singleRounding(a | 0, r.multiplier, r.shift) + r.zeroPoint, r));
      roundingDifferences++;
    }
  });
  return roundingDifferences;
}
