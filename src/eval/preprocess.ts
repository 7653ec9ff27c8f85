// Pixels → the real values a model was trained on → its input tensor. One implementation serves the
// dataset loader and the fixture training script, so training and evaluation see identical inputs.

import type { TensorData } from '../model/view.ts';
import type { Tensor } from '../model/graph.ts';
import { allocateTensorData } from '../model/tensor-data.ts';
import { tfliteRound } from '../kernels/quant.ts';

/** An image decoded to 8-bit samples, row-major, top row first, channels interleaved. */
export interface Image {
  readonly width: number;
  readonly height: number;
  /** 1 (gray), 3 (RGB) or 4 (RGBA). */
  readonly channels: number;
  readonly pixels: Uint8Array;
}

/**
 * Bilinear resize with half-pixel centers, as TensorFlow's `tf.image.resize` (bilinear, no
 * antialias) and TFLite's RESIZE_BILINEAR with half_pixel_centers do: source coordinate
 * (dst + 0.5)·in/out − 0.5, clamped to the image. Works on any interleaved channel count.
 */
export function resizeBilinear(src: ArrayLike<number>, h: number, w: number, c: number, outH: number, outW: number): Float32Array {
  const out = new Float32Array(outH * outW * c);
  const sy = h / outH, sx = w / outW;
  for (let y = 0; y < outH; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(Math.floor(fy), h - 1), y1 = Math.min(y0 + 1, h - 1), dy = fy - y0;
    for (let x = 0; x < outW; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(Math.floor(fx), w - 1), x1 = Math.min(x0 + 1, w - 1), dx = fx - x0;
      const a = (y0 * w + x0) * c, b = (y0 * w + x1) * c, d = (y1 * w + x0) * c, e = (y1 * w + x1) * c;
      const o = (y * outW + x) * c;
      for (let k = 0; k < c; k++) {
        const top = src[a + k]! + (src[b + k]! - src[a + k]!) * dx;
        const bottom = src[d + k]! + (src[e + k]! - src[d + k]!) * dx;
        out[o + k] = top + (bottom - top) * dy;
      }
    }
  }
  return out;
}

/** Channel order the model expects; `gray` averages RGB with ITU-R BT.601 luma weights. */
export type ChannelOrder = 'gray' | 'rgb' | 'bgr';

/** Converts interleaved samples to the model's channels (alpha dropped). */
export function toChannels(image: Image, order: ChannelOrder): Float32Array {
  const n = image.width * image.height, c = image.channels, p = image.pixels;
  const outC = order === 'gray' ? 1 : 3;
  const out = new Float32Array(n * outC);
  for (let i = 0; i < n; i++) {
    const s = i * c;
    if (c < 3) {
      for (let k = 0; k < outC; k++) out[i * outC + k] = p[s]!;
    } else if (order === 'gray') {
      out[i] = 0.299 * p[s]! + 0.587 * p[s + 1]! + 0.114 * p[s + 2]!;
    } else {
      const [r, g, b] = [p[s]!, p[s + 1]!, p[s + 2]!];
      out[i * 3] = order === 'rgb' ? r : b;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = order === 'rgb' ? b : r;
    }
  }
  return out;
}

/** real = (value·scale − mean[c]) / std[c], in place, channel c = index mod channels. */
export function normalize(values: Float32Array, channels: number, scale: number, mean: readonly number[], std: readonly number[]): Float32Array {
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    values[i] = (values[i]! * scale - (mean[c] ?? 0)) / (std[c] ?? 1);
  }
  return values;
}

/**
 * Real values → the input tensor's elements: float32 as is; int8/uint8 quantized with the input's
 * own scale and zero point, q = round(real / scale) + zeroPoint, saturated, with the division in
 * float32 and halves rounded away from zero, as TFLite's reference AffineQuantize does.
 */
export function quantizeInput(real: Float32Array, input: Tensor): TensorData {
  if (input.dtype === 'float32') return real;
  const out = allocateTensorData(input.dtype, real.length);
  const scale = input.quant?.scale[0] ?? 1, zeroPoint = input.quant?.zeroPoint[0] ?? 0;
  const [lo, hi] = input.dtype === 'int8' ? [-128, 127] : input.dtype === 'uint8' ? [0, 255] : [-32768, 32767];
  for (let i = 0; i < real.length; i++) out[i] = Math.min(hi, Math.max(lo, tfliteRound(Math.fround(real[i]! / scale)) + zeroPoint));
  return out;
}

/** How a dataset turns an image into real values (dataset.json `preprocessing`, normalize mode). */
export interface ImageTransform {
  /** [height, width] to resize to; omitted: the image must already have the input's size. */
  readonly resize?: readonly [number, number];
  readonly channels: ChannelOrder;
  readonly scale: number;
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

/** Channels, then resize, then scale/mean/std: the order training used for the fixtures. */
export function imageToReal(image: Image, t: ImageTransform): { values: Float32Array; height: number; width: number; channels: number } {
  const channels = t.channels === 'gray' ? 1 : 3;
  let values = toChannels(image, t.channels);
  let [height, width] = [image.height, image.width];
  if (t.resize !== undefined && (t.resize[0] !== height || t.resize[1] !== width)) {
    values = resizeBilinear(values, height, width, channels, t.resize[0], t.resize[1]);
    [height, width] = t.resize;
  }
  return { values: normalize(values, channels, t.scale, t.mean, t.std), height, width, channels };
}
