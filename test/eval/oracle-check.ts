// A model against TFLite Micro on the emulated Cortex-M4 over many inputs: every input's outputs
// must be TFLM's bytes, with CMSIS-NN and with the reference kernels. The inputs go through the
// oracle `batch` at a time, as copies of the model side by side in one file sharing its constants
// (test/kernels/tflm-compare.ts), so one emulator start answers a whole batch.
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { replicateGraph } from '../kernels/tflm-compare.ts';
import type { OracleKernels } from '../support/tflm-oracle.ts';
import { runOracle } from '../support/tflm-oracle.ts';

export interface OracleComparison {
  samples: number;
  /** Inputs whose every output byte equals TFLM's. */
  identical: number;
  /** The first inputs that differ, for the failure message. */
  differing: number[];
}

const bytesOf = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

export async function compareWithTflm(name: string, bytes: Uint8Array, inputs: readonly TensorData[][], kernels: OracleKernels, batch = 100): Promise<OracleComparison> {
  const graph = readTflite(bytes, name);
  const prepared = prepareGraph(graph, { kernels });
  const result: OracleComparison = { samples: inputs.length, identical: 0, differing: [] };
  for (let start = 0; start < inputs.length; start += batch) {
    const chunk = inputs.slice(start, start + batch);
    const model = writeTflite(replicateGraph(graph, chunk.length));
    const theirs = (await runOracle(model, { kernels, inputs: chunk.flat().map(bytesOf) })).outputs;
    chunk.forEach((x, c) => {
      const ours = runGraph(prepared, x);
      const same = ours.every((o, k) => Buffer.from(bytesOf(o)).equals(Buffer.from(theirs[c * ours.length + k]!)));
      if (same) result.identical++;
      else if (result.differing.length < 5) result.differing.push(start + c);
    });
  }
  return result;
}
