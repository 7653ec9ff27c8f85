// tinygate's int8 kernels in WebAssembly (AssemblyScript, baseline wasm SIMD). They compute exactly
// what the JS reference kernels in src/kernels/ compute, byte for byte; src/kernels/wasm/ prepares
// their parameters and test/kernels/wasm-differential.test.ts holds them to it.
//
// Memory: the module imports its memory (env.memory) and allocates nothing. Every argument is a byte
// offset into that memory, chosen by the caller:
//   desc  an op's parameters (i32 words, written once at prepare; layouts below, one per kernel)
//   call  one call's buffers (i32 words, written before each call):
//         [0] input offset, [1..4] input box start (b, y, x, c), [5..8] input box size,
//         [9] output offset, [10..13] output box start, [14..17] output box size,
//         [18..21] window start, [22..25] window size,
//         [26] second input offset, [27..30] its box start, [31..34] its box size (ADD, MUL).
// Buffers are dense NHWC boxes of their tensors in global coordinates (src/kernels/view.ts):
// element (b, y, x, c) of a box lives at ((((b - b0)·H + y - y0)·W + x - x0)·C + c - c0).
//
// Int32 accumulators wrap like TFLite's; the JS kernels sum exactly and wrap once with `| 0`, which is
// the same value because wrapping addition is associative.

// ---- Fixed-point output stage (tensorflow/lite/kernels/internal/common.h, double rounding) ----

/** MultiplyByQuantizedMultiplier: SaturatingRoundingDoublingHighMul, then RoundingDivideByPOT. */
// @ts-ignore: decorator
@inline function multiplyByQuantizedMultiplier(acc: i32, multiplier: i32, shift: i32): i32 {
  const left = shift > 0 ? shift : 0;
  const right = shift > 0 ? 0 : -shift;
  const x = acc << left;
  let high: i32;
  if (x == i32.MIN_VALUE && multiplier == i32.MIN_VALUE) {
    high = i32.MAX_VALUE;
  } else {
    const ab = <i64>x * <i64>multiplier;
    const nudge: i64 = ab >= 0 ? 1 << 30 : 1 - (1 << 30);
    // C++ division truncates toward zero, as i64.div_s does.
    high = <i32>((ab + nudge) / (<i64>1 << 31));
  }
  const mask = (1 << right) - 1;
  const remainder = high & mask;
  const threshold = (mask >> 1) + (high < 0 ? 1 : 0);
  return (high >> right) + (remainder > threshold ? 1 : 0);
}

// @ts-ignore: decorator
@inline function clampTo(v: i32, lo: i32, hi: i32): i32 {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Requantizes accumulator `acc` (bias included) of channel `c`: desc words `m` = multipliers, shifts. */
// @ts-ignore: decorator
@inline function finish(acc: i32, c: i32, multipliers: usize, shifts: usize, outOffset: i32, lo: i32, hi: i32): i8 {
  const v = multiplyByQuantizedMultiplier(acc, load<i32>(multipliers + (<usize>c << 2)), load<i32>(shifts + (<usize>c << 2))) + outOffset;
  return <i8>clampTo(v, lo, hi);
}

// @ts-ignore: decorator
@inline function word(base: usize, k: i32): i32 {
  return load<i32>(base + (<usize>k << 2));
}

/** Byte offset of element (b, y, x, c) of the buffer described at call words [at, at + 9). */
// @ts-ignore: decorator
@inline function boxAddress(call: usize, at: i32, b: i32, y: i32, x: i32, c: i32): usize {
  const h = word(call, at + 6), w = word(call, at + 7), ch = word(call, at + 8);
  return <usize>word(call, at) + <usize>((((b - word(call, at + 1)) * h + y - word(call, at + 2)) * w + x - word(call, at + 3)) * ch + c - word(call, at + 4));
}

// @ts-ignore: decorator
@inline function hsum(v: v128): i32 {
  const s = i32x4.add(v, i8x16.shuffle(v, v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  return i32x4.extract_lane(s, 0) + i32x4.extract_lane(s, 1);
}

// ---- CONV_2D (and FULLY_CONNECTED as a 1×1 conv over [batches, 1, 1, in_features]) ----
// desc: [0] inH [1] inW [2] kH [3] kW [4] strideH [5] strideW [6] dilationH [7] dilationW
//       [8] padTop [9] padLeft [10] groupC [11] outPerGroup [12] K = kH·kW·groupC [13] Kpad (K
//       rounded up to 8) [14] filter (i16 [outC][Kpad], zero tail) [15] bias (i32) [16] multipliers
//       [17] shifts [18] input offset [19] output offset [20] min [21] max
//       [22] col scratch (i16 [PIXELS][Kpad], zero tail)
// Per block of up to PIXELS output pixels the receptive fields are gathered into `col` (im2col) as
// input + input_offset, padded taps 0 (a skipped tap); then each output channel is a dot product of
// i16 lanes (i32x4.dot_i16x8_s), four channels × two pixels at a time so loads are reused.

const PIXELS = 16;

/** Gathers output pixel (b, oy, ox)'s receptive field of group channels [c0, c0 + groupC) into col. */
function gather(desc: usize, call: usize, col: usize, b: i32, oy: i32, ox: i32, c0: i32): void {
  const inH = word(desc, 0), inW = word(desc, 1), kH = word(desc, 2), kW = word(desc, 3);
  const dh = word(desc, 6), dw = word(desc, 7), groupC = word(desc, 10);
  const offset = i16x8.splat(<i16>word(desc, 18));
  const iy0 = oy * word(desc, 4) - word(desc, 8);
  const ix0 = ox * word(desc, 5) - word(desc, 9);
  let k = col;
  for (let ky = 0; ky < kH; ky++) {
    const iy = iy0 + ky * dh;
    const rowInside = iy >= 0 && iy < inH;
    for (let kx = 0; kx < kW; kx++) {
      const ix = ix0 + kx * dw;
      if (rowInside && ix >= 0 && ix < inW) {
        const p = boxAddress(call, 0, b, iy, ix, c0);
        let c = 0;
        for (; c + 8 <= groupC; c += 8) v128.store(k + (<usize>c << 1), i16x8.add(v128.load8x8_s(p + <usize>c), offset));
        for (; c < groupC; c++) store<i16>(k + (<usize>c << 1), <i16>(load<i8>(p + <usize>c) + word(desc, 18)));
      } else {
        memory.fill(k, 0, <usize>groupC << 1);
      }
      k += <usize>groupC << 1;
    }
  }
}

export function conv(desc: usize, call: usize): void {
  const groupC = word(desc, 10), outPerGroup = word(desc, 11), Kpad = word(desc, 13);
  const filter = <usize>word(desc, 14), bias = <usize>word(desc, 15);
  const multipliers = <usize>word(desc, 16), shifts = <usize>word(desc, 17);
  const outOffset = word(desc, 19), lo = word(desc, 20), hi = word(desc, 21);
  const col = <usize>word(desc, 22);
  const rowBytes = <usize>Kpad << 1;
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  const cEnd = wc + nc;
  const outSx = word(call, 17);
  const steps = Kpad >> 3;
  for (let b = wb; b < wb + nb; b++) {
    for (let oy = wy; oy < wy + ny; oy++) {
      for (let ox0 = wx; ox0 < wx + nx; ox0 += PIXELS) {
        const np = min(PIXELS, wx + nx - ox0);
        const out0 = boxAddress(call, 9, b, oy, ox0, 0);
        let oc = wc;
        while (oc < cEnd) {
          const g = oc / outPerGroup;
          for (let p = 0; p < np; p++) gather(desc, call, col + <usize>p * rowBytes, b, oy, ox0 + p, g * groupC);
          const groupEnd = min(cEnd, (g + 1) * outPerGroup);
          for (; oc + 4 <= groupEnd; oc += 4) {
            const f0 = filter + <usize>oc * rowBytes, f1 = f0 + rowBytes, f2 = f1 + rowBytes, f3 = f2 + rowBytes;
            let p = 0;
            for (; p + 2 <= np; p += 2) {
              const x0 = col + <usize>p * rowBytes, x1 = x0 + rowBytes;
              let a00 = i32x4.splat(0), a01 = i32x4.splat(0), a02 = i32x4.splat(0), a03 = i32x4.splat(0);
              let a10 = i32x4.splat(0), a11 = i32x4.splat(0), a12 = i32x4.splat(0), a13 = i32x4.splat(0);
              for (let s = 0; s < steps; s++) {
                const o = <usize>s << 4;
                const v0 = v128.load(x0 + o), v1 = v128.load(x1 + o);
                const w0 = v128.load(f0 + o), w1 = v128.load(f1 + o), w2 = v128.load(f2 + o), w3 = v128.load(f3 + o);
                a00 = i32x4.add(a00, i32x4.dot_i16x8_s(v0, w0));
                a01 = i32x4.add(a01, i32x4.dot_i16x8_s(v0, w1));
                a02 = i32x4.add(a02, i32x4.dot_i16x8_s(v0, w2));
                a03 = i32x4.add(a03, i32x4.dot_i16x8_s(v0, w3));
                a10 = i32x4.add(a10, i32x4.dot_i16x8_s(v1, w0));
                a11 = i32x4.add(a11, i32x4.dot_i16x8_s(v1, w1));
                a12 = i32x4.add(a12, i32x4.dot_i16x8_s(v1, w2));
                a13 = i32x4.add(a13, i32x4.dot_i16x8_s(v1, w3));
              }
              const y0 = out0 + <usize>(p * outSx + oc), y1 = y0 + <usize>outSx;
              store<i8>(y0, finish(hsum(a00) + load<i32>(bias + (<usize>oc << 2)), oc, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 1, finish(hsum(a01) + load<i32>(bias + (<usize>(oc + 1) << 2)), oc + 1, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 2, finish(hsum(a02) + load<i32>(bias + (<usize>(oc + 2) << 2)), oc + 2, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 3, finish(hsum(a03) + load<i32>(bias + (<usize>(oc + 3) << 2)), oc + 3, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y1, finish(hsum(a10) + load<i32>(bias + (<usize>oc << 2)), oc, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y1 + 1, finish(hsum(a11) + load<i32>(bias + (<usize>(oc + 1) << 2)), oc + 1, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y1 + 2, finish(hsum(a12) + load<i32>(bias + (<usize>(oc + 2) << 2)), oc + 2, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y1 + 3, finish(hsum(a13) + load<i32>(bias + (<usize>(oc + 3) << 2)), oc + 3, multipliers, shifts, outOffset, lo, hi));
            }
            for (; p < np; p++) {
              const x0 = col + <usize>p * rowBytes;
              let a0 = i32x4.splat(0), a1 = i32x4.splat(0), a2 = i32x4.splat(0), a3 = i32x4.splat(0);
              for (let s = 0; s < steps; s++) {
                const o = <usize>s << 4;
                const v0 = v128.load(x0 + o);
                a0 = i32x4.add(a0, i32x4.dot_i16x8_s(v0, v128.load(f0 + o)));
                a1 = i32x4.add(a1, i32x4.dot_i16x8_s(v0, v128.load(f1 + o)));
                a2 = i32x4.add(a2, i32x4.dot_i16x8_s(v0, v128.load(f2 + o)));
                a3 = i32x4.add(a3, i32x4.dot_i16x8_s(v0, v128.load(f3 + o)));
              }
              const y0 = out0 + <usize>(p * outSx + oc);
              store<i8>(y0, finish(hsum(a0) + load<i32>(bias + (<usize>oc << 2)), oc, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 1, finish(hsum(a1) + load<i32>(bias + (<usize>(oc + 1) << 2)), oc + 1, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 2, finish(hsum(a2) + load<i32>(bias + (<usize>(oc + 2) << 2)), oc + 2, multipliers, shifts, outOffset, lo, hi));
              store<i8>(y0 + 3, finish(hsum(a3) + load<i32>(bias + (<usize>(oc + 3) << 2)), oc + 3, multipliers, shifts, outOffset, lo, hi));
            }
          }
          for (; oc < groupEnd; oc++) {
            const f0 = filter + <usize>oc * rowBytes;
            for (let p = 0; p < np; p++) {
              const x0 = col + <usize>p * rowBytes;
              let a0 = i32x4.splat(0);
              for (let s = 0; s < steps; s++) {
                const o = <usize>s << 4;
                a0 = i32x4.add(a0, i32x4.dot_i16x8_s(v128.load(x0 + o), v128.load(f0 + o)));
              }
              store<i8>(out0 + <usize>(p * outSx + oc), finish(hsum(a0) + load<i32>(bias + (<usize>oc << 2)), oc, multipliers, shifts, outOffset, lo, hi));
            }
          }
        }
      }
    }
  }
}

// ---- DEPTHWISE_CONV_2D ----
// desc: [0] inH [1] inW [2] kH [3] kW [4] strideH [5] strideW [6] dilationH [7] dilationW
//       [8] padTop [9] padLeft [10] depth multiplier [11] outC [12] filter (i16 [kH·kW][outC], as
//       in the file) [13] bias [14] multipliers [15] shifts [16] input offset [17] output offset
//       [18] min [19] max
// Output channel oc reads input channel oc / multiplier. With multiplier 1, eight channels at a time:
// input bytes widened to i16 plus the offset, times the filter's i16 lanes into two i32x4 sums.
// Taps outside the input are skipped, as in TFLite.

export function depthwise(desc: usize, call: usize): void {
  const inH = word(desc, 0), inW = word(desc, 1), kH = word(desc, 2), kW = word(desc, 3);
  const sh = word(desc, 4), sw = word(desc, 5), dh = word(desc, 6), dw = word(desc, 7);
  const padTop = word(desc, 8), padLeft = word(desc, 9), mult = word(desc, 10), outC = word(desc, 11);
  const filter = <usize>word(desc, 12), bias = <usize>word(desc, 13);
  const multipliers = <usize>word(desc, 14), shifts = <usize>word(desc, 15);
  const inOffset = word(desc, 16), outOffset = word(desc, 17), lo = word(desc, 18), hi = word(desc, 19);
  const offset = i16x8.splat(<i16>inOffset);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  const cEnd = wc + nc;
  const inSx = word(call, 8), inSy = word(call, 7) * inSx;
  for (let b = wb; b < wb + nb; b++) {
    for (let oy = wy; oy < wy + ny; oy++) {
      const iy0 = oy * sh - padTop;
      // Taps inside the input: ky in [ky0, ky1).
      let ky0 = 0, ky1 = kH;
      while (ky0 < kH && iy0 + ky0 * dh < 0) ky0++;
      while (ky1 > ky0 && iy0 + (ky1 - 1) * dh >= inH) ky1--;
      for (let ox = wx; ox < wx + nx; ox++) {
        const ix0 = ox * sw - padLeft;
        let kx0 = 0, kx1 = kW;
        while (kx0 < kW && ix0 + kx0 * dw < 0) kx0++;
        while (kx1 > kx0 && ix0 + (kx1 - 1) * dw >= inW) kx1--;
        const y = boxAddress(call, 9, b, oy, ox, 0);
        let oc = wc;
        if (mult == 1 && ky1 > ky0 && kx1 > kx0) {
          const x00 = boxAddress(call, 0, b, iy0 + ky0 * dh, ix0 + kx0 * dw, 0);
          for (; oc + 8 <= cEnd; oc += 8) {
            let accLo = v128.load(bias + (<usize>oc << 2)), accHi = v128.load(bias + (<usize>oc << 2), 16);
            for (let ky = ky0; ky < ky1; ky++) {
              const xRow = x00 + <usize>((ky - ky0) * dh * inSy + oc);
              const fRow = filter + (<usize>(ky * kW * outC + oc) << 1);
              for (let kx = kx0; kx < kx1; kx++) {
                const xv = i16x8.add(v128.load8x8_s(xRow + <usize>((kx - kx0) * dw * inSx)), offset);
                const wv = v128.load(fRow + (<usize>(kx * outC) << 1));
                accLo = i32x4.add(accLo, i32x4.extmul_low_i16x8_s(xv, wv));
                accHi = i32x4.add(accHi, i32x4.extmul_high_i16x8_s(xv, wv));
              }
            }
            for (let j = 0; j < 4; j++) {
              store<i8>(y + <usize>(oc + j), finish(i32x4.extract_lane(accLo, 0), oc + j, multipliers, shifts, outOffset, lo, hi));
              accLo = i8x16.shuffle(accLo, accLo, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3);
            }
            for (let j = 4; j < 8; j++) {
              store<i8>(y + <usize>(oc + j), finish(i32x4.extract_lane(accHi, 0), oc + j, multipliers, shifts, outOffset, lo, hi));
              accHi = i8x16.shuffle(accHi, accHi, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3);
            }
          }
        }
        for (; oc < cEnd; oc++) {
          const ic = oc / mult;
          let acc = load<i32>(bias + (<usize>oc << 2));
          for (let ky = ky0; ky < ky1; ky++) {
            for (let kx = kx0; kx < kx1; kx++) {
              const xv = <i32>load<i8>(boxAddress(call, 0, b, iy0 + ky * dh, ix0 + kx * dw, ic)) + inOffset;
              acc += xv * <i32>load<i16>(filter + (<usize>((ky * kW + kx) * outC + oc) << 1));
            }
          }
          store<i8>(y + <usize>oc, finish(acc, oc, multipliers, shifts, outOffset, lo, hi));
        }
      }
    }
  }
}

// ---- AVERAGE_POOL_2D and MAX_POOL_2D ----
// desc: [0] inH [1] inW [2] filterH [3] filterW [4] strideH [5] strideW [6] padTop [7] padLeft
//       [8] 1 = average, 0 = max [9] min [10] max
// Only taps inside the input count (reference_integer_ops/pooling.h); the average rounds half away
// from zero with C's truncating division; the max starts from int8's lowest value.

export function pool(desc: usize, call: usize): void {
  const inH = word(desc, 0), inW = word(desc, 1), fH = word(desc, 2), fW = word(desc, 3);
  const sh = word(desc, 4), sw = word(desc, 5), padTop = word(desc, 6), padLeft = word(desc, 7);
  const average = word(desc, 8) != 0, lo = word(desc, 9), hi = word(desc, 10);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  for (let b = wb; b < wb + nb; b++) {
    for (let oy = wy; oy < wy + ny; oy++) {
      const iy0 = oy * sh - padTop;
      const fy0 = max(0, -iy0), fy1 = min(fH, inH - iy0);
      for (let ox = wx; ox < wx + nx; ox++) {
        const ix0 = ox * sw - padLeft;
        const fx0 = max(0, -ix0), fx1 = min(fW, inW - ix0);
        const count = (fy1 - fy0) * (fx1 - fx0);
        const y = boxAddress(call, 9, b, oy, ox, wc);
        for (let j = 0; j < nc; j++) {
          let acc = average ? 0 : -128;
          for (let fy = fy0; fy < fy1; fy++) {
            for (let fx = fx0; fx < fx1; fx++) {
              const v = <i32>load<i8>(boxAddress(call, 0, b, iy0 + fy, ix0 + fx, wc + j));
              acc = average ? acc + v : max(acc, v);
            }
          }
          if (average) {
            // A window with no tap inside the input: the JS kernel's 0/0 stores 0.
            if (count == 0) { store<i8>(y + <usize>j, 0); continue; }
            const half = count / 2;
            acc = acc > 0 ? (acc + half) / count : (acc - half) / count;
          }
          store<i8>(y + <usize>j, <i8>clampTo(acc, lo, hi));
        }
      }
    }
  }
}

// ---- ADD, SUB and MUL of two same-shape int8 tensors ----
// desc: [0] 0 = ADD, 1 = SUB, 2 = MUL [1] output multiplier [2] output shift [3] output zero point
//       [4] min [5] max; ADD/SUB: [6] lhs table [7] rhs table (i32 [256], indexed by byte + 128: the
//       input rescaled to twice the larger input scale, reference_integer_ops/add.h); MUL: [6] lhs
//       zero point [7] rhs zero point (reference_integer_ops/mul.h).

export function binary(desc: usize, call: usize): void {
  const kind = word(desc, 0), multiplier = word(desc, 1), shift = word(desc, 2), zo = word(desc, 3);
  const lo = word(desc, 4), hi = word(desc, 5), p6 = word(desc, 6), p7 = word(desc, 7);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  for (let b = wb; b < wb + nb; b++) {
    for (let yy = wy; yy < wy + ny; yy++) {
      for (let xx = wx; xx < wx + nx; xx++) {
        const pa = boxAddress(call, 0, b, yy, xx, wc);
        const pb = boxAddress(call, 26, b, yy, xx, wc);
        const po = boxAddress(call, 9, b, yy, xx, wc);
        for (let j = 0; j < nc; j++) {
          const a = <i32>load<i8>(pa + <usize>j), v = <i32>load<i8>(pb + <usize>j);
          let raw: i32;
          if (kind == 2) {
            raw = (a - p6) * (v - p7);
          } else {
            const ta = load<i32>(<usize>p6 + (<usize>(a + 128) << 2));
            const tb = load<i32>(<usize>p7 + (<usize>(v + 128) << 2));
            raw = kind == 1 ? ta - tb : ta + tb;
          }
          store<i8>(po + <usize>j, <i8>clampTo(multiplyByQuantizedMultiplier(raw, multiplier, shift) + zo, lo, hi));
        }
      }
    }
  }
}
