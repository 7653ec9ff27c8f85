// Baseline JPEG decoding (ITU-T T.81): Huffman-coded sequential DCT, 8-bit samples, 1 (gray) or 3
// (YCbCr, as JFIF) components, any sampling factors, restart intervals. Not supported, with a clear
// error: progressive, lossless, arithmetic-coded, 12-bit and CMYK files. The inverse DCT is the
// exact float formula and chroma is upsampled by pixel replication; libjpeg's integer IDCT and its
// "fancy" triangle upsampling give values a few levels away, so a decoded photo can differ slightly
// from what another decoder shows (not an issue for accuracy, but datasets that must be bit-exact
// should use PNG, BMP or .npy).
import { UserError } from '../errors.ts';
import { checkLimit, LIMITS } from '../limits.ts';
import type { Image } from './preprocess.ts';

/** Natural (row-major) index of the k-th coefficient in zigzag order. */
const ZIGZAG = Int32Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
  28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
  54, 47, 55, 62, 63,
]);

/** COS[x·8 + u] = C(u)·cos((2x + 1)uπ/16) / 2, C(0) = 1/√2. */
const COS = Float64Array.from({ length: 64 }, (_, i) => {
  const x = i >> 3, u = i & 7;
  return ((u === 0 ? Math.SQRT1_2 : 1) * Math.cos(((2 * x + 1) * u * Math.PI) / 16)) / 2;
});

interface Huffman { maxCode: Int32Array; valPtr: Int32Array; minCode: Int32Array; values: Uint8Array }
interface Component {
  id: number; h: number; v: number; tq: number;
  dc: number; ac: number; pred: number;
  blocksPerLine: number; blocksPerColumn: number;
  /** Dequantized coefficients, 64 per block, blocks row-major. */
  coefs: Float64Array;
}

export function decodeJpeg(bytes: Uint8Array, file: string): Image {
  const fail = (m: string): UserError => new UserError(`JPEG: ${m}`, file);
  const qt: Int32Array[] = [];
  const dcTables: Huffman[] = [], acTables: Huffman[] = [];
  let comps: Component[] = [];
  let width = 0, height = 0, hmax = 1, vmax = 1, restart = 0;
  let p = 2;
  const u16 = (at: number): number => (bytes[at]! << 8) | bytes[at + 1]!;
  let ended = false;
  while (p < bytes.length) {
    if (bytes[p] !== 0xff) throw fail(`expected a marker at byte ${p}`);
    const marker = bytes[p + 1]!;
    p += 2;
    if (marker === 0xff) { p--; continue; } // fill byte
    if (marker === 0xd9) { ended = true; break; }
    if (p + 2 > bytes.length) throw fail('the file is truncated inside a marker segment');
    const len = u16(p), seg = p + 2, end = p + len;
    if (len < 2 || end > bytes.length) throw fail(`marker segment 0xff${marker.toString(16)} of ${len} bytes runs past the end of the file (truncated)`);
    if (marker === 0xc0 || marker === 0xc1) {
      if (bytes[seg] !== 8) throw fail(`${bytes[seg]}-bit samples are not supported (8-bit baseline only)`);
      height = u16(seg + 1); width = u16(seg + 3);
      if (width === 0 || height === 0) throw fail(`the image is ${width}×${height} pixels (empty, or its height is defined later, which baseline decoders do not support)`);
      checkLimit(width * height, LIMITS.imagePixels, `JPEG: the pixel count of ${width}×${height}`, file);
      const n = bytes[seg + 5]!;
      if (n !== 1 && n !== 3) throw fail(`${n} components are not supported (1 gray or 3 YCbCr)`);
      comps = Array.from({ length: n }, (_, i) => {
        const b = seg + 6 + 3 * i;
        return { id: bytes[b]!, h: bytes[b + 1]! >> 4, v: bytes[b + 1]! & 15, tq: bytes[b + 2]!, dc: 0, ac: 0, pred: 0, blocksPerLine: 0, blocksPerColumn: 0, coefs: new Float64Array(0) };
      });
      hmax = Math.max(...comps.map((c) => c.h)); vmax = Math.max(...comps.map((c) => c.v));
      if (comps.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) throw fail('a sampling factor is outside 1..4');
      const mcusX = Math.ceil(width / (8 * hmax)), mcusY = Math.ceil(height / (8 * vmax));
      for (const c of comps) {
        c.blocksPerLine = mcusX * c.h; c.blocksPerColumn = mcusY * c.v;
        c.coefs = new Float64Array(c.blocksPerLine * c.blocksPerColumn * 64);
      }
    } else if (marker >= 0xc2 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      throw fail(marker === 0xc2 ? 'progressive JPEG is not supported (save as baseline)' : `SOF${marker - 0xc0} (lossless or arithmetic coding) is not supported`);
    } else if (marker === 0xc4) {
      for (let q = seg; q < end;) {
        const tc = bytes[q]! >> 4, th = bytes[q]! & 15;
        const counts = bytes.subarray(q + 1, q + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        (tc === 0 ? dcTables : acTables)[th] = huffman(counts, bytes.subarray(q + 17, q + 17 + total));
        q += 17 + total;
      }
    } else if (marker === 0xdb) {
      for (let q = seg; q < end;) {
        const wide = bytes[q]! >> 4, id = bytes[q]! & 15;
        qt[id] = Int32Array.from({ length: 64 }, (_, k) => (wide ? u16(q + 1 + 2 * k) : bytes[q + 1 + k]!));
        q += 1 + 64 * (wide ? 2 : 1);
      }
    } else if (marker === 0xdd) {
      restart = u16(seg);
    } else if (marker === 0xda) {
      if (comps.length === 0) throw fail('scan before frame header');
      const ns = bytes[seg]!;
      const scan = Array.from({ length: ns }, (_, i) => {
        const c = comps.find((k) => k.id === bytes[seg + 1 + 2 * i]);
        if (c === undefined) throw fail('scan names an unknown component');
        c.dc = bytes[seg + 2 + 2 * i]! >> 4; c.ac = bytes[seg + 2 + 2 * i]! & 15;
        return c;
      });
      p = decodeScan(bytes, end, scan, comps.length, width, height, hmax, vmax, restart, qt, dcTables, acTables, fail);
      continue;
    }
    p = end;
  }
  if (comps.length === 0) throw fail('no frame header (SOF0)');
  if (!ended) throw fail('no end-of-image marker (the file is truncated)');
  return toImage(comps, width, height, hmax, vmax);
}

function huffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxCode = new Int32Array(18).fill(-1), valPtr = new Int32Array(17), minCode = new Int32Array(17);
  let code = 0, k = 0;
  for (let l = 1; l <= 16; l++) {
    valPtr[l] = k; minCode[l] = code;
    code += counts[l - 1]!; k += counts[l - 1]!;
    if (counts[l - 1]! > 0) maxCode[l] = code - 1;
    code <<= 1;
  }
  return { maxCode, valPtr, minCode, values: values.slice() };
}

/** Decodes one scan's entropy-coded data; returns the position of the marker that ends it. */
function decodeScan(bytes: Uint8Array, start: number, scan: Component[], totalComps: number, width: number, height: number, hmax: number, vmax: number,
  restart: number, qt: Int32Array[], dcTables: Huffman[], acTables: Huffman[], fail: (m: string) => UserError): number {
  let p = start, bitBuf = 0, bitCount = 0;
  const bit = (): number => {
    if (bitCount === 0) {
      if (p >= bytes.length) throw fail('entropy-coded data is truncated');
      bitBuf = bytes[p++]!;
      if (bitBuf === 0xff) {
        const next = bytes[p]!;
        if (next === 0) p++;
        else throw fail(`unexpected marker 0xff${next.toString(16)} inside entropy-coded data`);
      }
      bitCount = 8;
    }
    bitCount--;
    return (bitBuf >> bitCount) & 1;
  };
  const receive = (n: number): number => { let v = 0; for (let i = 0; i < n; i++) v = (v << 1) | bit(); return v; };
  const extend = (v: number, n: number): number => (v < 1 << (n - 1) ? v - (1 << n) + 1 : v);
  const decode = (t: Huffman | undefined): number => {
    if (t === undefined) throw fail('scan uses a Huffman table that was never defined');
    let code = 0;
    for (let l = 1; l <= 16; l++) {
      code = (code << 1) | bit();
      if (code <= t.maxCode[l]!) return t.values[t.valPtr[l]! + code - t.minCode[l]!]!;
    }
    throw fail('invalid Huffman code');
  };
  const block = (c: Component, row: number, col: number): void => {
    const q = qt[c.tq];
    if (q === undefined) throw fail(`quantization table ${c.tq} was never defined`);
    const out = c.coefs, base = (row * c.blocksPerLine + col) * 64;
    const t = decode(dcTables[c.dc]);
    c.pred += t === 0 ? 0 : extend(receive(t), t);
    out[base] = c.pred * q[0]!;
    for (let k = 1; k < 64;) {
      const rs = decode(acTables[c.ac]), r = rs >> 4, s = rs & 15;
      if (s === 0) { if (r !== 15) break; k += 16; continue; }
      k += r;
      if (k > 63) throw fail('AC coefficient index out of range');
      out[base + ZIGZAG[k]!] = extend(receive(s), s) * q[k]!;
      k++;
    }
  };
  // Interleaved scans go MCU by MCU; a single-component scan goes block by block over its own size.
  const single = scan.length === 1;
  const c0 = scan[0]!;
  const unitsX = single ? Math.ceil(Math.ceil((width * c0.h) / hmax) / 8) : Math.ceil(width / (8 * hmax));
  const unitsY = single ? Math.ceil(Math.ceil((height * c0.v) / vmax) / 8) : Math.ceil(height / (8 * vmax));
  if (!single && scan.length !== totalComps) throw fail('scans that interleave only some components are not supported');
  const total = unitsX * unitsY;
  for (let n = 0; n < total; n++) {
    if (restart > 0 && n > 0 && n % restart === 0) {
      // Byte-align, expect RSTm, reset the DC predictors.
      bitCount = 0;
      if (bytes[p] !== 0xff || (bytes[p + 1]! & 0xf8) !== 0xd0) throw fail('missing restart marker');
      p += 2;
      for (const c of scan) c.pred = 0;
    }
    const uy = Math.floor(n / unitsX), ux = n % unitsX;
    if (single) block(c0, uy, ux);
    else for (const c of scan) for (let v = 0; v < c.v; v++) for (let h = 0; h < c.h; h++) block(c, uy * c.v + v, ux * c.h + h);
  }
  // Skip to the next marker (past any padding bits and stray bytes).
  while (p < bytes.length && !(bytes[p] === 0xff && bytes[p + 1] !== 0 && !(bytes[p + 1]! >= 0xd0 && bytes[p + 1]! <= 0xd7))) p++;
  return p;
}

/** Inverse DCT of every block, then level shift, color conversion and upsampling. */
function toImage(comps: Component[], width: number, height: number, hmax: number, vmax: number): Image {
  const tmp = new Float64Array(64);
  const planes = comps.map((c) => {
    const w = c.blocksPerLine * 8, plane = new Float64Array(w * c.blocksPerColumn * 8);
    for (let b = 0; b < c.blocksPerLine * c.blocksPerColumn; b++) {
      const f = c.coefs.subarray(b * 64, b * 64 + 64);
      // Rows then columns: tmp[y][u] = Σ_v C·cos(y, v)·F[v][u]; out[y][x] = Σ_u C·cos(x, u)·tmp[y][u].
      for (let y = 0; y < 8; y++) for (let u = 0; u < 8; u++) {
        let s = 0;
        for (let v = 0; v < 8; v++) s += COS[y * 8 + v]! * f[v * 8 + u]!;
        tmp[y * 8 + u] = s;
      }
      const by = Math.floor(b / c.blocksPerLine) * 8, bx = (b % c.blocksPerLine) * 8;
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) {
        let s = 0;
        for (let u = 0; u < 8; u++) s += COS[x * 8 + u]! * tmp[y * 8 + u]!;
        plane[(by + y) * w + bx + x] = s + 128;
      }
    }
    return { plane, w, sx: c.h / hmax, sy: c.v / vmax };
  });
  const channels = comps.length;
  const pixels = new Uint8Array(width * height * channels);
  const at = (k: number, x: number, y: number): number => {
    const pl = planes[k]!;
    return pl.plane[Math.floor(y * pl.sy) * pl.w + Math.floor(x * pl.sx)]!;
  };
  const clamp = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * channels;
      const Y = at(0, x, y);
      if (channels === 1) { pixels[o] = clamp(Y); continue; }
      const cb = at(1, x, y) - 128, cr = at(2, x, y) - 128;
      pixels[o] = clamp(Y + 1.402 * cr);
      pixels[o + 1] = clamp(Y - 0.344136 * cb - 0.714136 * cr);
      pixels[o + 2] = clamp(Y + 1.772 * cb);
    }
  }
  return { width, height, channels, pixels };
}
