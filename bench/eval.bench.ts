// Accuracy evaluation throughput on the 1,000-digit MNIST test set: tinygate's engine in one thread
// and on a worker pool over all cores (sample decoding and preprocessing included), next to TFLite's
// interpreter (WASM, one thread, inputs prepared beforehand, so it is timed on inference alone).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../src/random.ts';
import { readSharedModel, sharedModelPath, sharedModelsPresent } from '../test/support/shared-models.ts';
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
    rows.push([`mnist_${name}`, single.toFixed(0), `${pooled.toFixed(0)} (${(pooled / single).toFixed(2)}×)`, patched.toFixed(0), tflite.toFixed(0), `${(100 * top1).toFixed(1)}%`]);
  }
  printTable(rows);
  console.log(`\n${cores} cores; each figure is the second of two runs over the 1,000 digits. The patch column runs every sample twice (patches and per-layer) to check they agree.`);
  if (sharedModelsPresent) await vww(cores);
}

/** 1,000 seeded random 96×96 int8 images through the VWW-size person detector, one thread vs the pool. */
async function vww(cores: number): Promise<void> {
  const name = 'tflm_person_detect_int8.tflite';
  const dir = mkdtempSync(join(tmpdir(), 'tinygate-vww-bench-'));
  const count = 1000, pixels = 96 * 96;
  const random = seededRandom(1);
  const data = Uint8Array.from({ length: count * pixels }, () => Math.floor(random() * 256));
  // .npy v1.0, int8 [count, 96, 96, 1]: used as the int8 input as is, one row per sample.
  let header = `{'descr': '|i1', 'fortran_order': False, 'shape': (${count}, 96, 96, 1), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  writeFileSync(join(dir, 'images.npy'), Buffer.concat([Buffer.from([0x93]), Buffer.from('NUMPY'), Buffer.from([1, 0, header.length & 255, header.length >> 8]), Buffer.from(header, 'latin1'), data]));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ name: 'random-vww', samples: Array.from({ length: count }, (_, i) => ({ file: 'images.npy', index: i, label: i % 2 })) }));
  const spec = { model: readSharedModel(name), modelPath: sharedModelPath(name), datasetDir: dir, schedule: null };
  const single = await imagesPerSecond(async () => (await evaluateAccuracy(spec, { workers: 0 })).evaluated);
  const pooled = await imagesPerSecond(async () => (await evaluateAccuracy(spec, { workers: cores })).evaluated);
  rmSync(dir, { recursive: true, force: true });
  printTable([['model', 'tinygate, 1 thread (img/s)', `tinygate, ${cores} workers (img/s)`, 'speed-up'], [name.replace('.tflite', ''), single.toFixed(0), pooled.toFixed(0), `${(pooled / single).toFixed(2)}×`]]);
  console.log(`\n1,000 seeded random int8 96×96 inputs; each figure is the second of two runs.`);
}
