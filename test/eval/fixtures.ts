// The committed MNIST fixtures, as the eval tests and the bench read them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { loadDataset, SampleReader } from '../../src/eval/dataset.ts';
import type { TensorData } from '../../src/model/view.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';

export const FIXTURE_NAMES = ['base', 'candidate', 'over_budget'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export const TEST_SET_DIR = fileURLToPath(new URL('../../fixtures/mnist-test', import.meta.url));
export const fixturePath = (name: FixtureName): string => fileURLToPath(new URL(`../../fixtures/mnist_${name}.tflite`, import.meta.url));
export const fixtureBytes = (name: FixtureName): Uint8Array => new Uint8Array(readFileSync(fixturePath(name)));

/** Every test-set sample as the int8 model's input tensor. */
export function int8Inputs(name: FixtureName): TensorData[] {
  const graph = readTflite(fixtureBytes(name), name);
  const reader = new SampleReader(loadDataset(TEST_SET_DIR), graph.tensors[graph.inputs[0]!]!);
  return loadDataset(TEST_SET_DIR).samples.map((_, i) => reader.read(i, 10));
}

/** Top-1 accuracy of the committed TF.js float model, computed by tfjs on the same test set. */
export async function tfjsFloatTop1(name: FixtureName): Promise<number> {
  const dir = new URL(`../../fixtures/tfjs/mnist_${name}/`, import.meta.url);
  const json = JSON.parse(readFileSync(new URL('model.json', dir), 'utf8')) as { modelTopology: object; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] };
  const weights = new Uint8Array(readFileSync(new URL('weights.bin', dir)));
  const model = await tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0]!.weights, weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  }));
  const dataset = loadDataset(TEST_SET_DIR);
  const reader = new SampleReader(dataset, { id: 0, name: 'x', shape: [1, 56, 56, 1], dtype: 'float32', quant: null, data: null, isVariable: false });
  const batch = new Float32Array(dataset.samples.length * 56 * 56);
  dataset.samples.forEach((_, i) => batch.set(reader.read(i, 10) as Float32Array, i * 56 * 56));
  const predicted = tf.tidy(() => (model.predict(tf.tensor(batch, [dataset.samples.length, 56, 56, 1])) as tf.Tensor).argMax(1).dataSync());
  model.dispose();
  return dataset.samples.filter((s, i) => s.label === predicted[i]).length / dataset.samples.length;
}
