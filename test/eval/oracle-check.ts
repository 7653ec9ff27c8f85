// A model against TFLite's interpreter (test/oracle) over many inputs. End-to-end outputs must be
// byte-identical; every input whose outputs differ (and the first one) is replayed layer by layer,
// each op cut out as a one-op model fed the exact bytes our previous layers produced, where each
// layer must match TFLite up to the one documented difference (test/kernels/tflite-compare.ts:
// TFLite's WASM build rounds MAC requantization once, the reference kernels twice).
import { expect } from 'vitest';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { replayLayers } from '../kernels/model-check.ts';
import { rawBytes } from '../kernels/tflite-compare.ts';
import { createOracle, type Oracle } from '../oracle/tflite-oracle.ts';

export interface OracleComparison {
  samples: number;
  /** Inputs whose every output byte equals TFLite's. */
  identical: number;
  /** Inputs whose top-1 class equals TFLite's. */
  sameTop1: number;
  /** Output elements of replayed layers that differ by exactly the accepted single rounding. */
  roundingDifferences: number;
}

function argmax(d: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < d.length; k++) if (d[k]! > d[best]!) best = k;
  return best;
}

export async function compareWithOracle(name: string, bytes: Uint8Array, inputs: readonly TensorData[][]): Promise<OracleComparison> {
  const graph = readTflite(bytes, name);
  const prepared = prepareGraph(graph);
  const oracle = await createOracle(bytes);
  const layerOracles = new Map<number, Oracle>();
  const result: OracleComparison = { samples: inputs.length, identical: 0, sameTop1: 0, roundingDifferences: 0 };
  try {
    for (const [r, x] of inputs.entries()) {
      const ours = runGraph(prepared, x);
      const theirs = oracle.run(x.map(rawBytes));
      const same = ours.every((o, k) => Buffer.from(rawBytes(o)).equals(Buffer.from(theirs[k]!)));
      if (same) result.identical++;
      if (argmax(ours[0]!) === argmax(new Int8Array(theirs[0]!.buffer, theirs[0]!.byteOffset, theirs[0]!.length))) result.sameTop1++;
      if (r === 0 || !same) {
        const differences = await replayLayers(`${name} input ${r}`, graph, x, layerOracles);
        if (!same) expect(differences, `${name} input ${r}: outputs differ, yet every layer matched exactly`).toBeGreaterThan(0);
        result.roundingDifferences += differences;
      }
    }
  } finally {
    oracle.dispose();
    for (const o of layerOracles.values()) o.dispose();
  }
  return result;
}

