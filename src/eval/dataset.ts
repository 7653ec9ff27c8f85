// Evaluation datasets: a folder with `dataset.json` (schema/dataset.schema.json) listing samples
// {file, label, index?}. A sample becomes the model's input tensor by its file:
// - `.bin`: raw bytes, either exactly the input in its own dtype, or float32 real values that are
//   quantized with the input's scale and zero point (told apart by size);
// - `.npy`: float arrays are real values (quantized as above); an array in the input's own integer
//   dtype is used as is; uint8 arrays of shape [H, W] or [H, W, C] are images. `index` picks a row
//   of a packed array whose first axis is the sample;
// - `.png`, `.bmp`, `.jpg`/`.jpeg`: decoded (images.ts), then `preprocessing` (resize, channel
//   order, scale/mean/std, or raw bytes).
// Every problem names the sample and its file: a missing file, a wrong size, a label out of range.

import { realpathSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { checkLimit, LIMITS, readInputFile } from '../limits.ts';
import type { TensorData } from '../model/view.ts';
import { elementCount, tensorBytes, type Tensor } from '../model/graph.ts';
import { decodeRawTensor } from '../model/raw-tensor.ts';
import { compileSchema } from '../schema-validation.ts';
import { decodeImage } from './images.ts';
import { readNpy, type NpyArray } from './npy.ts';
import { imageToReal, quantizeInput, type ChannelOrder, type Image } from './preprocess.ts';
import datasetSchema from '../../schema/dataset.schema.json' with { type: 'json' };

export interface Sample { file: string; label: number; index?: number }

export interface Preprocessing {
  mode?: 'normalize' | 'raw';
  resize?: [number, number];
  channels?: ChannelOrder;
  scale?: number;
  mean?: number[];
  std?: number[];
}

interface DatasetJson { name?: string; description?: string; classes?: string[]; preprocessing?: Preprocessing; samples: Sample[] }

export interface Dataset {
  /** Absolute folder path. */
  readonly dir: string;
  readonly name: string;
  readonly classes: readonly string[] | null;
  readonly preprocessing: Preprocessing;
  readonly samples: readonly Sample[];
}

const validator = compileSchema<DatasetJson>(datasetSchema);

export const DATASET_FILE = 'dataset.json';

/** Reads and validates `dir/dataset.json`. */
export function loadDataset(dir: string): Dataset {
  const path = join(dir, DATASET_FILE);
  let text: string;
  try {
    text = new TextDecoder().decode(readInputFile(path));
  } catch (e) {
    if (e instanceof UserError && e.message === `${path}: no such file`) throw new UserError(`no ${DATASET_FILE} in this folder (see docs/accuracy.md for the format)`, dir);
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`not JSON: ${(e as Error).message.split('\n')[0]}`, path);
  }
  if (!validator.validate(json)) throw new UserError(`not a valid dataset: ${validator.errors().slice(0, 5).join('; ')}`, path);
  checkLimit(json.samples.length, LIMITS.datasetSamples, 'the number of samples', path);
  const classes = json.classes ?? null;
  json.samples.forEach((s, i) => {
    if (isAbsolute(s.file) || escapes(dir, join(dir, s.file))) {
      throw new UserError(`sample ${i} (${s.file}): the file must lie inside the dataset folder (a relative path without \`..\`)`, path);
    }
    if (classes !== null && s.label >= classes.length) {
      throw new UserError(`sample ${i} (${s.file}): label ${s.label} is out of range; \`classes\` has ${classes.length} names (labels 0..${classes.length - 1})`, path);
    }
  });
  const p = json.preprocessing ?? {};
  if (p.resize !== undefined) checkLimit(p.resize[0] * p.resize[1], LIMITS.imagePixels, `preprocessing.resize [${p.resize.join(', ')}]: the pixel count`, path);
  if (p.mode === 'raw' && (p.resize !== undefined || p.scale !== undefined || p.mean !== undefined || p.std !== undefined)) {
    throw new UserError('preprocessing mode `raw` copies pixel bytes unchanged; remove resize/scale/mean/std or use mode `normalize`', path);
  }
  return { dir: resolve(dir), name: json.name ?? basename(resolve(dir)), classes, preprocessing: p, samples: json.samples };
}

/**
 * Turns samples into input tensors for one model input. Keeps the last packed .npy it read, so a
 * worker reading consecutive rows of one file decodes it once.
 */
export class SampleReader {
  private cached: { file: string; array: NpyArray } | null = null;

  constructor(private readonly dataset: Dataset, private readonly input: Tensor) {}

  /** The input tensor for sample `i`; checks its label against the model's `classes` outputs. */
  read(i: number, classes: number): TensorData {
    const s = this.dataset.samples[i]!;
    const where = `${join(this.dataset.dir, DATASET_FILE)}: sample ${i} (${s.file}${s.index === undefined ? '' : `[${s.index}]`})`;
    if (s.label >= classes) throw new UserError(`${where}: label ${s.label} is out of range; the model has ${classes} classes (labels 0..${classes - 1})`);
    const path = join(this.dataset.dir, s.file);
    const ext = extname(s.file).toLowerCase();
    try {
      confine(this.dataset.dir, path);
      if (ext === '.bin') return this.fromBin(readInputFile(path));
      if (ext === '.npy') return this.fromNpy(path, s.index);
      if (ext === '.png' || ext === '.bmp' || ext === '.jpg' || ext === '.jpeg') return this.fromImage(decodeImage(readInputFile(path), path));
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`${where}: ${e.message.replace(`${path}: `, '')}`);
      throw e;
    }
    throw new UserError(`${where}: unknown file type \`${ext}\` (.bin, .npy, .png, .bmp, .jpg)`);
  }

  private describeInput(): string {
    return `${this.input.dtype} [${this.input.shape.join(', ')}]`;
  }

  private fromBin(bytes: Uint8Array): TensorData {
    const n = elementCount(this.input.shape);
    if (bytes.length === tensorBytes(this.input)) return decodeRawTensor(bytes, this.input.dtype)!;
    if (bytes.length === 4 * n && this.input.dtype !== 'float32') return quantizeInput(new Float32Array(bytes.slice().buffer), this.input);
    const floatHint = this.input.dtype === 'float32' ? '' : ` as ${this.input.dtype}, or ${4 * n} bytes of float32 to quantize`;
    throw new UserError(`wrong size: ${bytes.length} bytes, the model input (${this.describeInput()}) needs ${tensorBytes(this.input)}${floatHint}`);
  }

  private fromNpy(path: string, index: number | undefined): TensorData {
    if (this.cached?.file !== path) this.cached = { file: path, array: readNpy(readInputFile(path), path) };
    const a = this.cached.array;
    let shape = a.shape, data = a.data;
    if (index !== undefined) {
      if (shape.length < 2 || index >= shape[0]!) throw new UserError(`index ${index} is out of range for an array of shape (${shape.join(', ')})`);
      const row = elementCount(shape.slice(1));
      shape = shape.slice(1);
      data = data.subarray(index * row, (index + 1) * row);
    }
    const n = elementCount(this.input.shape);
    if (a.dtype === 'float32' || a.dtype === 'float64') {
      if (data.length !== n) throw new UserError(`wrong size: ${data.length} values of shape (${shape.join(', ')}), the model input (${this.describeInput()}) has ${n}`);
      return quantizeInput(Float32Array.from(data), this.input);
    }
    if (a.dtype === this.input.dtype && data.length === n && !(a.dtype === 'uint8' && shape.length <= 3 && this.preprocesses())) {
      return decodeRawTensor(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), this.input.dtype)!;
    }
    if (a.dtype === 'uint8' && (shape.length === 2 || shape.length === 3)) {
      return this.fromImage({ height: shape[0]!, width: shape[1]!, channels: shape[2] ?? 1, pixels: data as Uint8Array });
    }
    throw new UserError(`a ${a.dtype} array of shape (${shape.join(', ')}) cannot feed the model input (${this.describeInput()}): use float32 real values, ${this.input.dtype} of the input's size, or uint8 images [H, W(, C)]`);
  }

  /** True when `preprocessing` asks for more than a byte copy. */
  private preprocesses(): boolean {
    return (this.dataset.preprocessing.mode ?? 'normalize') === 'normalize';
  }

  private fromImage(image: Image): TensorData {
    const [, h, w, c] = this.input.shape.length === 4 ? this.input.shape : [1, this.input.shape[1], this.input.shape[2], 1];
    const p = this.dataset.preprocessing;
    if (p.mode === 'raw') {
      if (image.width !== w || image.height !== h || image.channels !== c) {
        throw new UserError(`image is ${image.width}×${image.height}×${image.channels}, the model input (${this.describeInput()}) needs ${w}×${h}×${c} with raw preprocessing (use mode normalize to resize)`);
      }
      if (this.input.dtype === 'float32') return Float32Array.from(image.pixels);
      if (this.input.dtype === 'int8') return new Int8Array(image.pixels.slice().buffer);
      return image.pixels.slice();
    }
    const channels = p.channels ?? (c === 1 ? 'gray' : 'rgb');
    if ((channels === 'gray' ? 1 : 3) !== c) throw new UserError(`preprocessing.channels is ${channels}, but the model input has ${c} channels`);
    const real = imageToReal(image, { resize: p.resize, channels, scale: p.scale ?? 1 / 255, mean: p.mean ?? [0], std: p.std ?? [1] });
    if (real.height !== h || real.width !== w) {
      throw new UserError(`image is ${real.width}×${real.height} after preprocessing, the model input (${this.describeInput()}) needs ${w}×${h}: set preprocessing.resize to [${h}, ${w}]`);
    }
    return quantizeInput(real.values, this.input);
  }
}

/** True when `path` is not inside `dir` (lexically: `..` segments, absolute paths). */
function escapes(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel);
}

/** A sample's file, after following symlinks, must still lie inside the dataset folder. */
function confine(dir: string, path: string): void {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return; // missing: the read reports it
  }
  if (escapes(realpathSync(dir), real)) throw new UserError('resolves (through a symlink) outside the dataset folder', path);
}
