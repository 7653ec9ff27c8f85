// Datasets: every sample format reaches the model input as specified, TFLM's person-detection
// example scores as TFLM's own test expects, and every mistake gets one clear line.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAccuracy } from '../../src/eval/accuracy.ts';
import { loadDataset, SampleReader } from '../../src/eval/dataset.ts';
import { writeNpy } from '../../src/eval/npy.ts';
import { readNpy } from '../../src/eval/npy.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedDataPath, sharedModelsPresent } from '../support/shared-models.ts';

const MODEL = new Uint8Array(readFileSync(new URL('../../fixtures/mnist_base.tflite', import.meta.url)));
const graph = readTflite(MODEL, 'mnist_base.tflite');
const input = graph.tensors[graph.inputs[0]!]!; // int8 [1, 56, 56, 1]

const root = mkdtempSync(join(tmpdir(), 'tinygate-dataset-'));
let n = 0;
/** A dataset folder with `dataset.json` = json and the given files. */
function dataset(json: unknown, files: Record<string, Uint8Array> = {}): string {
  const dir = join(root, `d${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'dataset.json'), typeof json === 'string' ? json : JSON.stringify(json));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}
const read = (dir: string, i = 0, classes = 10) => new SampleReader(loadDataset(dir), input).read(i, classes);
const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

describe('samples', () => {
  const raw = Int8Array.from({ length: 56 * 56 }, (_, i) => (i % 256) - 128);

  it('.bin in the input dtype is the input, byte for byte', () => {
    expect(read(dataset({ samples: [{ file: 'a.bin', label: 3 }] }, { 'a.bin': bytesOf(raw) }))).toEqual(raw);
  });

  it('.bin of float32 is quantized with the input\'s scale and zero point', () => {
    const { scale: [s], zeroPoint: [z] } = input.quant!;
    const real = Float32Array.from({ length: 56 * 56 }, (_, i) => (i % 300) / 255 - 0.1);
    const got = read(dataset({ samples: [{ file: 'f.bin', label: 0 }] }, { 'f.bin': bytesOf(real) }));
    // TFLite's AffineQuantize: std::round(value / scale) in float32 (halves away from zero), + zero point, saturated.
    const stdRound = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));
    got.forEach((q, i) => expect(q, `element ${i}`).toBe(Math.max(-128, Math.min(127, stdRound(Math.fround(real[i]! / s!)) + z!))));
  });

  it('.npy rows of a packed uint8 image array go through preprocessing; float arrays are real values', () => {
    const pixels = Uint8Array.from({ length: 2 * 28 * 28 }, (_, i) => (i * 7) % 256);
    const dir = dataset({
      preprocessing: { resize: [56, 56], channels: 'gray', scale: 1 / 255 },
      samples: [{ file: 'p.npy', index: 1, label: 2 }, { file: 'r.npy', label: 1 }],
    }, {
      'p.npy': writeNpy({ dtype: 'uint8', shape: [2, 28, 28], data: pixels }),
      'r.npy': writeNpy({ dtype: 'float32', shape: [1, 56, 56, 1], data: new Float32Array(56 * 56).fill(0.5) }),
    });
    const second = read(dir, 0);
    // Row 1's top-left 2×2 output block comes from its first pixel (edges clamp in the upsample).
    const first = pixels[28 * 28]! / 255;
    const { scale: [s], zeroPoint: [z] } = input.quant!;
    expect(second[0]).toBe(Math.round(first / s!) + z!);
    expect(new Set(read(dir, 1))).toEqual(new Set([Math.round(0.5 / s!) + z!]));
  });

  it('writes .npy files numpy reads: header dict, 64-byte aligned data', () => {
    const file = writeNpy({ dtype: 'float32', shape: [3], data: Float32Array.of(1, 2, 3) });
    expect(new TextDecoder().decode(file.subarray(10, 10 + 49))).toBe("{'descr': '<f4', 'fortran_order': False, 'shape':");
    expect((file.length - 12) % 64).toBe(0);
    expect(readNpy(file, 'x.npy')).toEqual({ dtype: 'float32', shape: [3], data: Float32Array.of(1, 2, 3) });
  });
});

describe('mistakes', () => {
  const where = (dir: string, rest: string): string => `${join(dir, 'dataset.json')}: sample 0 (${rest}`;

  it('a missing dataset.json, invalid JSON shape, unknown keys', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => loadDataset(empty)).toThrow(`${empty}: no dataset.json in this folder`);
    expect(() => loadDataset(dataset({ samples: [{ file: 'a.bin' }] }))).toThrow("/samples/0: must have required property 'label'");
    expect(() => loadDataset(dataset({ samples: [{ file: 'a.bin', label: 0 }], preprocesing: {} }))).toThrow('unknown key `preprocesing`');
  });

  it('a missing file, a wrong size, an unknown extension', () => {
    const dir = dataset({ samples: [{ file: 'gone.bin', label: 0 }] });
    expect(() => read(dir)).toThrow(`${where(dir, 'gone.bin)')}: no such file`);
    const small = dataset({ samples: [{ file: 's.bin', label: 0 }] }, { 's.bin': new Uint8Array(100) });
    expect(() => read(small)).toThrow(`${where(small, 's.bin)')}: wrong size: 100 bytes, the model input (int8 [1, 56, 56, 1]) needs 3136 as int8, or 12544 bytes of float32 to quantize`);
    const gif = dataset({ samples: [{ file: 'x.gif', label: 0 }] }, { 'x.gif': new Uint8Array(4) });
    expect(() => read(gif)).toThrow('unknown file type `.gif` (.bin, .npy, .png, .bmp, .jpg)');
  });

  it('a label out of range of `classes` or of the model\'s outputs', () => {
    expect(() => loadDataset(dataset({ classes: ['cat', 'dog'], samples: [{ file: 'a.bin', label: 2 }] })))
      .toThrow('sample 0 (a.bin): label 2 is out of range; `classes` has 2 names (labels 0..1)');
    const dir = dataset({ samples: [{ file: 'a.bin', label: 10 }] }, { 'a.bin': new Uint8Array(3136) });
    expect(() => read(dir)).toThrow(`${where(dir, 'a.bin)')}: label 10 is out of range; the model has 10 classes (labels 0..9)`);
  });

  it('an image of the wrong size names the resize to set; a packed row out of range', () => {
    const dir = dataset({ samples: [{ file: 'p.npy', index: 0, label: 0 }, { file: 'p.npy', index: 5, label: 0 }] },
      { 'p.npy': writeNpy({ dtype: 'uint8', shape: [2, 28, 28], data: new Uint8Array(2 * 784) }) });
    expect(() => read(dir, 0)).toThrow('image is 28×28 after preprocessing, the model input (int8 [1, 56, 56, 1]) needs 56×56: set preprocessing.resize to [56, 56]');
    expect(() => read(dir, 1)).toThrow('index 5 is out of range for an array of shape (2, 28, 28)');
  });
});

describe.skipIf(!sharedModelsPresent)('TFLM person detection', () => {
  it('scores both of TFLM\'s test images as its test expects (raw pixel bytes, label 1 = person)', async () => {
    const dir = dataset({
      name: 'tflm-person', classes: ['no person', 'person'], preprocessing: { mode: 'raw' },
      samples: [{ file: 'person.bmp', label: 1 }, { file: 'no_person.bmp', label: 0 }],
    }, {
      'person.bmp': new Uint8Array(readFileSync(sharedDataPath('tflm_person_detect_person.bmp'))),
      'no_person.bmp': new Uint8Array(readFileSync(sharedDataPath('tflm_person_detect_no_person.bmp'))),
    });
    const r = await evaluateAccuracy({ model: readSharedModel('tflm_person_detect_int8.tflite'), modelPath: 'person_detect', datasetDir: dir, schedule: null }, { workers: 0 });
    expect(r).toMatchObject({ evaluated: 2, correct: 2, confusion: [[1, 0], [0, 1]], dataset: { name: 'tflm-person', samples: 2 } });
  });
});
