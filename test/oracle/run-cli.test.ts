// `tinygate run MODEL --random-input SEED --output FILE` end to end (the CLI, in simulated SRAM, wasm
// kernels where they cover an op): the bytes it writes are TFLite Micro's, CMSIS-NN (runtime `tflm`)
// and reference kernels (`tflm-reference`) alike, for the TinyEngine models with MEAN, float inputs
// and outputs, and for TFLM's person detection model.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedModelPath } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';

oracleSkipNotice();

async function runCli(model: string, seed: number): Promise<Uint8Array> {
  let written: Uint8Array | null = null;
  const io: CliIo = {
    ...processIo,
    stdout: () => {},
    stderr: (t) => { throw new Error(t); },
    writeFile: (_, d) => { written = typeof d === 'string' ? new TextEncoder().encode(d) : d; },
  };
  expect(await main(['run', model, '--random-input', String(seed), '--output', 'out.bin'], io)).toBe(0);
  return written!;
}

const MODELS = ['tinyengine_vww.tflite', 'tinyengine_detection.tflite', 'tflm_person_detect_int8.tflite'];

describe.skipIf(!oracleAvailable)('tinygate run writes TFLite Micro\'s bytes', () => {
  it.each(MODELS.flatMap((name) => [1, 2].map((seed) => ({ name, seed }))))('$name --random-input $seed', async ({ name, seed }) => {
    const bytes = readSharedModel(name);
    const graph = readTflite(bytes, name);
    const inputs = randomInputs(graph, seed).map((d) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
    const ours = await runCli(sharedModelPath(name), seed);
    for (const kernels of ['cmsis', 'reference'] as const) {
      const theirs = (await runOracle(bytes, { kernels, inputs })).outputs;
      expect(Buffer.from(ours).equals(Buffer.concat(theirs)), kernels).toBe(true);
    }
  });
});
