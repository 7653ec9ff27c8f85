// Image decoders in plain TypeScript (the action and CLI ship no native addons): PNG through
// node:zlib's inflate, BMP, and baseline JPEG (jpeg.ts). Each returns 8-bit samples, top row first.
//
// Limits, stated so a dataset author knows what to convert:
// - PNG: every color type and bit depth (16-bit samples keep their high byte, palettes expand to
//   RGB, transparency is ignored); not Adam7-interlaced files.
// - BMP: uncompressed 8-bit (palette), 24-bit and 32-bit, bottom-up or top-down; not RLE or
//   bitfield layouts other than the standard 8-8-8(-8) masks.
// - JPEG: see jpeg.ts.
// Dimensions are read from the header and checked (non-zero, at most LIMITS.imagePixels) before
// any pixel buffer is allocated; PNG data is inflated to at most the size its header implies.

import { inflateSync } from 'node:zlib';
import { UserError } from '../errors.ts';
import { checkLimit, LIMITS } from '../limits.ts';
import { decodeJpeg } from './jpeg.ts';
import type { Image } from './preprocess.ts';

export function decodeImage(bytes: Uint8Array, file: string): Image {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return decodePng(bytes, file);
  if (bytes[0] === 0x42 && bytes[1] === 0x4d) return decodeBmp(bytes, file);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return decodeJpeg(bytes, file);
  throw new UserError('not a PNG, BMP or JPEG image (unrecognized signature)', file);
}

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Bit depths the PNG spec allows per color type (table 11.1). */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function checkPixels(width: number, height: number, what: string, file: string): void {
  if (!(width > 0 && height > 0)) throw new UserError(`${what} is ${width}×${height} pixels: an image needs at least one`, file);
  checkLimit(width * height, LIMITS.imagePixels, `${what}: the pixel count of ${width}×${height}`, file);
}

export function decodePng(bytes: Uint8Array, file: string): Image {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0, height = 0, depth = 0, colorType = 0;
  let palette: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  for (let p = 8; p + 8 <= bytes.length;) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    const data = bytes.subarray(p + 8, p + 8 + length);
    if (data.length !== length) throw new UserError(`PNG chunk ${type} is truncated`, file);
    if (type === 'IHDR') {
      width = view.getUint32(p + 8); height = view.getUint32(p + 12);
      depth = data[8]!; colorType = data[9]!;
      if (data[12] !== 0) throw new UserError('interlaced (Adam7) PNG is not supported; save it non-interlaced', file);
      if (PNG_CHANNELS[colorType] === undefined) throw new UserError(`PNG color type ${colorType} is invalid`, file);
      if (!PNG_DEPTHS[colorType]!.includes(depth)) throw new UserError(`PNG bit depth ${depth} is invalid for color type ${colorType}`, file);
      checkPixels(width, height, 'PNG', file);
    } else if (type === 'PLTE') {
      palette = data;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    p += 12 + length;
  }
  if (width === 0 || height === 0) throw new UserError('PNG has no IHDR chunk', file);
  const samples = PNG_CHANNELS[colorType]!;
  const bitsPerPixel = samples * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  let raw: Uint8Array;
  try {
    // Never more than the header's rows: a small file cannot inflate into gigabytes.
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: height * (stride + 1) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new UserError(`PNG image data inflates to more than its ${width}×${height} header allows`, file);
    throw new UserError(`PNG image data does not inflate: ${(e as Error).message.split('\n')[0]}`, file);
  }
  const bpp = Math.max(1, bitsPerPixel >> 3); // bytes to the corresponding byte of the previous pixel
  if (raw.length < height * (stride + 1)) throw new UserError(`PNG image data holds ${raw.length} bytes, ${height} rows need ${height * (stride + 1)}`, file);
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), rows, y * stride, stride, bpp, y > 0, file);

  const outChannels = colorType === 3 ? 3 : samples;
  const pixels = new Uint8Array(width * height * outChannels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let s = 0; s < samples; s++) {
        const v = sample(rows, y * stride, x * samples + s, depth);
        if (colorType === 3) {
          if (palette === null || 3 * v + 2 >= palette.length) throw new UserError(`PNG palette index ${v} has no PLTE entry`, file);
          pixels.set(palette.subarray(3 * v, 3 * v + 3), (y * width + x) * 3);
        } else {
          // Scale 1/2/4-bit gray to 0..255 as the PNG spec's sample depth scaling does.
          pixels[(y * width + x) * samples + s] = depth >= 8 ? v : (v * 255) / ((1 << depth) - 1);
        }
      }
    }
  }
  return { width, height, channels: outChannels, pixels };
}

/** Sample `i` of a row: packed MSB-first below 8 bits; 16-bit keeps the high byte. */
function sample(rows: Uint8Array, rowStart: number, i: number, depth: number): number {
  if (depth === 8) return rows[rowStart + i]!;
  if (depth === 16) return rows[rowStart + 2 * i]!;
  const bit = i * depth;
  return (rows[rowStart + (bit >> 3)]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
}

/** Reverses one row's filter (PNG spec §9): None, Sub, Up, Average, Paeth. */
function unfilterRow(raw: Uint8Array, at: number, out: Uint8Array, o: number, stride: number, bpp: number, hasPrev: boolean, file: string): void {
  const filter = raw[at]!;
  const prev = o - stride;
  for (let i = 0; i < stride; i++) {
    const x = raw[at + 1 + i]!;
    const a = i >= bpp ? out[o + i - bpp]! : 0;
    const b = hasPrev ? out[prev + i]! : 0;
    const c = hasPrev && i >= bpp ? out[prev + i - bpp]! : 0;
    let v: number;
    switch (filter) {
      case 0: v = x; break;
      case 1: v = x + a; break;
      case 2: v = x + b; break;
      case 3: v = x + ((a + b) >> 1); break;
      case 4: {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
        break;
      }
      default: throw new UserError(`PNG row filter ${filter} is invalid`, file);
    }
    out[o + i] = v & 0xff;
  }
}

export function decodeBmp(bytes: Uint8Array, file: string): Image {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 54) throw new UserError('BMP is truncated', file);
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new UserError('OS/2 BMP headers are not supported (BITMAPINFOHEADER or later)', file);
  if (14 + headerSize > bytes.length || dataOffset < 14 + headerSize) throw new UserError(`BMP header (${headerSize} bytes) or pixel offset ${dataOffset} does not fit the ${bytes.length}-byte file`, file);
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  if (width <= 0) throw new UserError(`BMP width ${width} is invalid (must be positive)`, file);
  checkPixels(width, Math.abs(signedHeight), 'BMP', file);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  // 0: BI_RGB; 3/6: bitfields, accepted only with the standard byte-aligned masks checked below.
  if (compression !== 0 && !((compression === 3 || compression === 6) && bits === 32 && standardMasks(view))) {
    throw new UserError(`BMP compression ${compression} is not supported (uncompressed only)`, file);
  }
  if (bits !== 8 && bits !== 24 && bits !== 32) throw new UserError(`${bits}-bit BMP is not supported (8, 24 or 32)`, file);
  const height = Math.abs(signedHeight);
  const stride = Math.ceil((width * bits) / 32) * 4;
  if (dataOffset + stride * height > bytes.length) throw new UserError(`BMP pixel data is truncated (${bytes.length - dataOffset} bytes, ${stride * height} needed)`, file);
  let palette: Uint8Array | null = null, gray = false;
  if (bits === 8) {
    const colors = view.getUint32(46, true) || 256;
    palette = bytes.subarray(14 + headerSize, 14 + headerSize + 4 * Math.min(colors, 256)); // B, G, R, 0
    gray = true;
    for (let i = 0; i + 3 < palette.length; i += 4) if (palette[i] !== palette[i + 1] || palette[i] !== palette[i + 2]) gray = false;
  }
  const channels = gray ? 1 : 3;
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    // Positive height: rows are stored bottom-up.
    const row = dataOffset + (signedHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * channels;
      if (palette !== null) {
        const e = 4 * bytes[row + x]!;
        if (gray) pixels[o] = palette[e]!;
        else { pixels[o] = palette[e + 2]!; pixels[o + 1] = palette[e + 1]!; pixels[o + 2] = palette[e]!; }
      } else {
        const s = row + x * (bits >> 3);
        pixels[o] = bytes[s + 2]!; pixels[o + 1] = bytes[s + 1]!; pixels[o + 2] = bytes[s]!;
      }
    }
  }
  return { width, height, channels, pixels };
}

/** Bitfield masks R 0x00ff0000, G 0x0000ff00, B 0x000000ff: the BI_RGB byte layout. */
function standardMasks(view: DataView): boolean {
  const at = 54; // right after a 40-byte header, and at the same offset inside V2+ headers
  if (view.byteLength < at + 12) return false;
  return view.getUint32(at, true) === 0x00ff0000 && view.getUint32(at + 4, true) === 0x0000ff00 && view.getUint32(at + 8, true) === 0x000000ff;
}
