// Accuracy evaluation throughput on the 1,000-digit MNIST test set: tinygate's engine in one thread
// and on a worker pool over all cores (sample decoding and preprocessing included), next to TFLite's
// interpreter (WASM, one thread, inputs prepared beforehand, so it is timed on inference alone).
import { availableParallelism } from 'node:os';
import { evaluateAccuracy } from '../src/eval/accuracy.ts';
import { createOracle } from '../test/oracle/tflite-oracle.ts';
import { bytesOf } from '../test/kernels/single-op-harness.ts';
import { FIXTURE_NAMES, fixtureBytes, fixturePath, int8Inputs, TEST_SET_DIR } from '../test/eval/fixtures.ts';
import { printTable } from './support.ts';

async function imagesPerSecond(run: () => Promise<number>): Promise<number> {
  await run(); // warm-up: JIT, worker start-up caches
  const t0 = performance.now();
  const n = await run();
  return n / ((performance.now() - t0) / 1000);
}

export async function run(): Promise<void> {
  const cores = availableParallelism();
  const rows = [['model', 'tinygate, 1 thread (img/s)', `tinygate, ${cores} workers (img/s)`, 'tinygate, 2×2 patches + check, pool (img/s)', 'TFLite WASM, 1 thread (img/s)', 'top-1']];
  for (const name of FIXTURE_NAMES) {
    const spec = { model: fixtureBytes(name), modelPath: fixturePath(name), datasetDir: TEST_SET_DIR, schedule: null };
    let top1 = 0;
    const single = await imagesPerSecond(async () => { const r = await evaluateAccuracy(spec, { workers: 0 }); top1 = r.correct / r.evaluated; return r.evaluated; });
    const pooled = await imagesPerSecond(async () => (await evaluateAccuracy(spec, { workers: cores })).evaluated);
    const patched = await imagesPerSecond(async () => (await evaluateAccuracy({ ...spec, schedule: { split: 1, patches: [2, 2] } }, { workers: cores })).evaluated);
    const inputs = int8Inputs(name).map((x) => [bytesOf(x)]);
    const oracle = await createOracle(spec.model);
    const tflite = await imagesPerSecond(async () => { for (const x of inputs) oracle.run(x); return inputs.length; });
    oracle.dispose();
    rows.push([`mnist_${name}`, single.toFixed(0), pooled.toFixed(0), patched.toFixed(0), tflite.toFixed(0), `${(100 * top1).toFixed(1)}%`]);
  }
  printTable(rows);
  console.log(`\n${cores} cores; each figure is the second of two runs over the 1,000 digits. The patch column runs every sample twice (patches and per-layer) to check they agree.`);
}
