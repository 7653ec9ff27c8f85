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

// Four channels [c, c + 4) at once. The requantization block `rq` (written by the glue) holds, for
// C4 = channels rounded up to 4: multipliers i32[C4], 2^leftShift i32[C4], shifts i32[C4], then per
// channel with right shift r: nudge i64[C4] (2^(r−1), or 0 when r = 0), negative-adjust i64[C4]
// (−1 when r > 0), scale i64[C4] (2^(31−r)). The same arithmetic as multiplyByQuantizedMultiplier:
// - x·2^left wraps like the scalar shift;
// - SaturatingRoundingDoublingHighMul adds 2^30 (or 1 − 2^30 when negative) and truncates toward
//   zero; for integers both cases equal floor((x·m + 2^30) / 2^31) (m > 0, so no saturation);
// - RoundingDivideByPOT(h, r) rounds half away from zero: floor((h + 2^(r−1) − [h < 0]) / 2^r) for
//   r > 0, computed in i64 (no overflow) as ((…)·2^(31−r)) >> 31, since wasm has no per-lane shift.
// @ts-ignore: decorator
@inline function requant4(acc: v128, rq: usize, c4: i32, c: i32, outOffset: v128, lo: v128, hi: v128): v128 {
  const n32 = <usize>c4 << 2, n64 = <usize>c4 << 3;
  const at32 = rq + (<usize>c << 2);
  const x = i32x4.mul(acc, v128.load(at32 + n32));
  const m = v128.load(at32);
  const at64 = rq + 3 * n32 + (<usize>c << 3);
  const round = i64x2.splat(1 << 30);
  const h0 = i64x2.shr_s(i64x2.add(i64x2.extmul_low_i32x4_s(x, m), round), 31);
  const h1 = i64x2.shr_s(i64x2.add(i64x2.extmul_high_i32x4_s(x, m), round), 31);
  const zero = i64x2.splat(0);
  const v0 = i64x2.add(i64x2.add(h0, v128.load(at64)), v128.and(i64x2.lt_s(h0, zero), v128.load(at64 + n64)));
  const v1 = i64x2.add(i64x2.add(h1, v128.load(at64, 16)), v128.and(i64x2.lt_s(h1, zero), v128.load(at64 + n64, 16)));
  const q0 = i64x2.shr_s(i64x2.mul(v0, v128.load(at64 + 2 * n64)), 31);
  const q1 = i64x2.shr_s(i64x2.mul(v1, v128.load(at64 + 2 * n64, 16)), 31);
  const r = i8x16.shuffle(q0, q1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
  return i32x4.min_s(i32x4.max_s(i32x4.add(r, outOffset), lo), hi);
}

/** The four low i32 lanes of `v` (already in int8 range) as four bytes at `p`. */
// @ts-ignore: decorator
@inline function store4(p: usize, v: v128): void {
  const h = i16x8.narrow_i32x4_s(v, v);
  const b = i8x16.narrow_i16x8_s(h, h);
  v128.store32_lane(p, b, 0);
}

/** Sums of four accumulators' lanes: [Σa, Σb, Σc, Σd]. */
// @ts-ignore: decorator
@inline function reduce4(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = i32x4.add(i8x16.shuffle(a, b, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23), i8x16.shuffle(a, b, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31));
  const cd = i32x4.add(i8x16.shuffle(c, d, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23), i8x16.shuffle(c, d, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31));
  return i32x4.add(i8x16.shuffle(ab, cd, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23), i8x16.shuffle(ab, cd, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31));
}

// @ts-ignore: decorator
@inline function word(base: usize, k: i32): i32 {
  return load<i32>(base + (<usize>k << 2));
}

/** Index of element (b, y, x, c) in the buffer described at call words [at, at + 9). */
// @ts-ignore: decorator
@inline function boxIndex(call: usize, at: i32, b: i32, y: i32, x: i32, c: i32): usize {
  const h = word(call, at + 6), w = word(call, at + 7), ch = word(call, at + 8);
  return <usize>((((b - word(call, at + 1)) * h + y - word(call, at + 2)) * w + x - word(call, at + 3)) * ch + c - word(call, at + 4));
}

/** Byte offset of int8 element (b, y, x, c) of the buffer described at call words [at, at + 9). */
// @ts-ignore: decorator
@inline function boxAddress(call: usize, at: i32, b: i32, y: i32, x: i32, c: i32): usize {
  return <usize>word(call, at) + boxIndex(call, at, b, y, x, c);
}

// @ts-ignore: decorator
@inline function hsum(v: v128): i32 {
  const s = i32x4.add(v, i8x16.shuffle(v, v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  return i32x4.extract_lane(s, 0) + i32x4.extract_lane(s, 1);
}

// ---- CONV_2D (and FULLY_CONNECTED as a 1×1 conv over [batches, 1, 1, in_features]) ----
// desc: [0] inH [1] inW [2] kH [3] kW [4] strideH [5] strideW [6] dilationH [7] dilationW
//       [8] padTop [9] padLeft [10] groupC [11] outPerGroup [12] K = kH·kW·groupC [13] Kpad (K
//       rounded up to 8) [14] filter (i16 [outC][Kpad], zero tail) [15] bias (i32) [16] requantization
//       block (see requant4) [17] its C4 [18] input offset [19] output offset [20] min [21] max
//       [22] col scratch (i16 [PIXELS][Kpad], zero tail)
// Per block of up to PIXELS output pixels the receptive fields are gathered into `col` (im2col) as
// input + input_offset, padded taps 0 (a skipped tap); then each output channel is a dot product of
// i16 lanes (i32x4.dot_i16x8_s), four channels × two pixels at a time so loads are reused.

const PIXELS = 16;

/** Writes n int8 values from src, plus the input offset, as i16 at dst. */
// @ts-ignore: decorator
@inline function widen(dst: usize, src: usize, n: i32, offset: v128, inOffset: i32): void {
  let c = 0;
  for (; c + 8 <= n; c += 8) v128.store(dst + (<usize>c << 1), i16x8.add(v128.load8x8_s(src + <usize>c), offset));
  for (; c < n; c++) store<i16>(dst + (<usize>c << 1), <i16>(<i32>load<i8>(src + <usize>c) + inOffset));
}

/** Gathers output pixel (b, oy, ox)'s receptive field of group channels [c0, c0 + groupC) into col. */
function gather(desc: usize, call: usize, col: usize, b: i32, oy: i32, ox: i32, c0: i32): void {
  const inH = word(desc, 0), inW = word(desc, 1), kH = word(desc, 2), kW = word(desc, 3);
  const dh = word(desc, 6), dw = word(desc, 7), groupC = word(desc, 10);
  const inOffset = word(desc, 18);
  const offset = i16x8.splat(<i16>inOffset);
  const iy0 = oy * word(desc, 4) - word(desc, 8);
  const ix0 = ox * word(desc, 5) - word(desc, 9);
  // A filter row whose taps are adjacent pixels holding only this group's channels is one run.
  const rowRun = dw == 1 && word(call, 8) == groupC && ix0 >= 0 && ix0 + kW <= inW;
  const tapBytes = <usize>groupC << 1;
  let k = col;
  for (let ky = 0; ky < kH; ky++) {
    const iy = iy0 + ky * dh;
    const rowInside = iy >= 0 && iy < inH;
    if (rowInside && rowRun) {
      widen(k, boxAddress(call, 0, b, iy, ix0, c0), kW * groupC, offset, inOffset);
      k += <usize>kW * tapBytes;
      continue;
    }
    for (let kx = 0; kx < kW; kx++) {
      const ix = ix0 + kx * dw;
      if (rowInside && ix >= 0 && ix < inW) {
        widen(k, boxAddress(call, 0, b, iy, ix, c0), groupC, offset, inOffset);
      } else {
        memory.fill(k, 0, tapBytes);
      }
      k += tapBytes;
    }
  }
}

export function conv(desc: usize, call: usize): void {
  const groupC = word(desc, 10), outPerGroup = word(desc, 11), Kpad = word(desc, 13);
  const filter = <usize>word(desc, 14), bias = <usize>word(desc, 15);
  const rq = <usize>word(desc, 16), c4 = word(desc, 17);
  const multipliers = rq, shifts = rq + (<usize>c4 << 3);
  const outOffset = word(desc, 19), lo = word(desc, 20), hi = word(desc, 21);
  const outOffsetV = i32x4.splat(outOffset), loV = i32x4.splat(lo), hiV = i32x4.splat(hi);
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
            const biasV = v128.load(bias + (<usize>oc << 2));
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
              const y0 = out0 + <usize>(p * outSx + oc);
              store4(y0, requant4(i32x4.add(reduce4(a00, a01, a02, a03), biasV), rq, c4, oc, outOffsetV, loV, hiV));
              store4(y0 + <usize>outSx, requant4(i32x4.add(reduce4(a10, a11, a12, a13), biasV), rq, c4, oc, outOffsetV, loV, hiV));
            }
            if (p < np) {
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
              store4(out0 + <usize>(p * outSx + oc), requant4(i32x4.add(reduce4(a0, a1, a2, a3), biasV), rq, c4, oc, outOffsetV, loV, hiV));
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
//       in the file) [13] bias [14] requantization block (see requant4) [15] its C4
//       [16] input offset [17] output offset [18] min [19] max
// Output channel oc reads input channel oc / multiplier. Eight channels at a time: input bytes
// widened to i16 plus the offset (or one input byte for all eight, inside a multiplier's block),
// times the filter's i16 lanes into two i32x4 sums. Taps outside the input are skipped, as in TFLite.

export function depthwise(desc: usize, call: usize): void {
  const inH = word(desc, 0), inW = word(desc, 1), kH = word(desc, 2), kW = word(desc, 3);
  const sh = word(desc, 4), sw = word(desc, 5), dh = word(desc, 6), dw = word(desc, 7);
  const padTop = word(desc, 8), padLeft = word(desc, 9), mult = word(desc, 10), outC = word(desc, 11);
  const filter = <usize>word(desc, 12), bias = <usize>word(desc, 13);
  const rq = <usize>word(desc, 14), c4 = word(desc, 15);
  const multipliers = rq, shifts = rq + (<usize>c4 << 3);
  const inOffset = word(desc, 16), outOffset = word(desc, 17), lo = word(desc, 18), hi = word(desc, 19);
  const outOffsetV = i32x4.splat(outOffset), loV = i32x4.splat(lo), hiV = i32x4.splat(hi);
  const offset = i16x8.splat(<i16>inOffset);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  const cEnd = wc + nc;
  const inSx = word(call, 8), inSy = word(call, 7) * inSx;
  const fRowStep = <usize>(kW * outC) << 1, fTapStep = <usize>outC << 1;
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
        const haveTaps = ky1 > ky0 && kx1 > kx0;
        const x00 = boxAddress(call, 0, b, iy0 + ky0 * dh, ix0 + kx0 * dw, 0);
        const f00 = filter + <usize>(ky0 * kW + kx0) * fTapStep;
        const xRowStep = <usize>(dh * inSy), xTapStep = <usize>(dw * inSx);
        let oc = wc;
        while (oc < cEnd) {
          // Eight (or four) output channels at once when they read consecutive input channels
          // (multiplier 1) or all the same one (a multiplier's block, e.g. a 1-channel input).
          const ic = oc / mult;
          const wide = haveTaps && oc + 8 <= cEnd && (mult == 1 || (oc + 7) / mult == ic);
          const narrow = !wide && haveTaps && oc + 4 <= cEnd && (mult == 1 || (oc + 3) / mult == ic);
          if (wide) {
            let accLo = v128.load(bias + (<usize>oc << 2)), accHi = v128.load(bias + (<usize>oc << 2), 16);
            let xRow = x00 + <usize>(mult == 1 ? oc : ic), fRow = f00 + (<usize>oc << 1);
            for (let ky = ky0; ky < ky1; ky++, xRow += xRowStep, fRow += fRowStep) {
              let xp = xRow, fp = fRow;
              for (let kx = kx0; kx < kx1; kx++, xp += xTapStep, fp += fTapStep) {
                const xv = mult == 1 ? i16x8.add(v128.load8x8_s(xp), offset) : i16x8.splat(<i16>(<i32>load<i8>(xp) + inOffset));
                const wv = v128.load(fp);
                accLo = i32x4.add(accLo, i32x4.extmul_low_i16x8_s(xv, wv));
                accHi = i32x4.add(accHi, i32x4.extmul_high_i16x8_s(xv, wv));
              }
            }
            const rLo = requant4(accLo, rq, c4, oc, outOffsetV, loV, hiV);
            const rHi = requant4(accHi, rq, c4, oc + 4, outOffsetV, loV, hiV);
            const h = i16x8.narrow_i32x4_s(rLo, rHi);
            v128.store64_lane(y + <usize>oc, i8x16.narrow_i16x8_s(h, h), 0);
            oc += 8;
          } else if (narrow) {
            let acc = v128.load(bias + (<usize>oc << 2));
            let xRow = x00 + <usize>(mult == 1 ? oc : ic), fRow = f00 + (<usize>oc << 1);
            for (let ky = ky0; ky < ky1; ky++, xRow += xRowStep, fRow += fRowStep) {
              let xp = xRow, fp = fRow;
              for (let kx = kx0; kx < kx1; kx++, xp += xTapStep, fp += fTapStep) {
                const xv = mult == 1 ? i16x8.add(i16x8.extend_low_i8x16_s(v128.load32_zero(xp)), offset) : i16x8.splat(<i16>(<i32>load<i8>(xp) + inOffset));
                acc = i32x4.add(acc, i32x4.extmul_low_i16x8_s(xv, v128.load64_zero(fp)));
              }
            }
            store4(y + <usize>oc, requant4(acc, rq, c4, oc, outOffsetV, loV, hiV));
            oc += 4;
          } else {
            let acc = load<i32>(bias + (<usize>oc << 2));
            for (let ky = ky0; ky < ky1; ky++) {
              for (let kx = kx0; kx < kx1; kx++) {
                const xv = <i32>load<i8>(boxAddress(call, 0, b, iy0 + ky * dh, ix0 + kx * dw, ic)) + inOffset;
                acc += xv * <i32>load<i16>(filter + (<usize>((ky * kW + kx) * outC + oc) << 1));
              }
            }
            store<i8>(y + <usize>oc, finish(acc, oc, multipliers, shifts, outOffset, lo, hi));
            oc++;
          }
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
  const loV = i8x16.splat(<i8>lo), hiV = i8x16.splat(<i8>hi);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  const inSx = <usize>word(call, 8), inSy = <usize>word(call, 7) * inSx;
  for (let b = wb; b < wb + nb; b++) {
    for (let oy = wy; oy < wy + ny; oy++) {
      const iy0 = oy * sh - padTop;
      const fy0 = max(0, -iy0), fy1 = min(fH, inH - iy0);
      for (let ox = wx; ox < wx + nx; ox++) {
        const ix0 = ox * sw - padLeft;
        const fx0 = max(0, -ix0), fx1 = min(fW, inW - ix0);
        const count = (fy1 - fy0) * (fx1 - fx0);
        const y = boxAddress(call, 9, b, oy, ox, wc);
        // Channels [wc, wc + nc) of the first tap inside the input; taps step by rows and columns.
        const x0 = count > 0 ? boxAddress(call, 0, b, iy0 + fy0, ix0 + fx0, wc) : 0;
        let j = 0;
        if (!average && count > 0) {
          for (; j + 16 <= nc; j += 16) {
            let acc = i8x16.splat(-128);
            for (let fy = fy0; fy < fy1; fy++) {
              const row = x0 + <usize>(fy - fy0) * inSy + <usize>j;
              for (let fx = fx0; fx < fx1; fx++) acc = i8x16.max_s(acc, v128.load(row + <usize>(fx - fx0) * inSx));
            }
            v128.store(y + <usize>j, i8x16.min_s(i8x16.max_s(acc, loV), hiV));
          }
        }
        for (; j < nc; j++) {
          let acc = average ? 0 : -128;
          for (let fy = fy0; fy < fy1; fy++) {
            const row = x0 + <usize>(fy - fy0) * inSy + <usize>j;
            for (let fx = fx0; fx < fx1; fx++) {
              const v = <i32>load<i8>(row + <usize>(fx - fx0) * inSx);
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

// ---- ADD, SUB and MUL of int8 tensors, with broadcasting ----
// desc: [0] 0 = ADD, 1 = SUB, 2 = MUL [1] output multiplier [2] output shift [3] output zero point
//       [4] min [5] max [6] lhs zero point [7] rhs zero point; ADD/SUB: [8] lhs multiplier
//       [9] lhs shift [10] rhs multiplier [11] rhs shift (each input shifted left by 20 and rescaled
//       to twice the larger input scale, reference_integer_ops/add.h); [12] lhs and [13] rhs
//       broadcast axes (bit d set: axis d of the rank-4 output has size 1 in that input, which then
//       reads its index 0 there).
// MUL (reference_integer_ops/mul.h): the product of the offset inputs, rescaled once.

/** multiplyByQuantizedMultiplier on four lanes with one multiplier and shift for all. */
// @ts-ignore: decorator
@inline function mbqmUniform4(x: v128, multiplier: i32, left: i32, right: i32): v128 {
  const shifted = i32x4.shl(x, left);
  const m = i32x4.splat(multiplier);
  const round = i64x2.splat(1 << 30);
  const h0 = i64x2.shr_s(i64x2.add(i64x2.extmul_low_i32x4_s(shifted, m), round), 31);
  const h1 = i64x2.shr_s(i64x2.add(i64x2.extmul_high_i32x4_s(shifted, m), round), 31);
  const h = i8x16.shuffle(h0, h1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
  const mask = (1 << right) - 1;
  const remainder = v128.and(h, i32x4.splat(mask));
  const threshold = i32x4.sub(i32x4.splat(mask >> 1), i32x4.shr_s(h, 31));
  return i32x4.sub(i32x4.shr_s(h, right), i32x4.gt_s(remainder, threshold));
}

/** Four int8 lanes at `p` widened to i32, or one splatted when the input does not step. */
// @ts-ignore: decorator
@inline function load4(p: usize, step: i32): v128 {
  return step == 0 ? i32x4.splat(<i32>load<i8>(p)) : i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(v128.load32_zero(p)));
}

export function binary(desc: usize, call: usize): void {
  const kind = word(desc, 0), multiplier = word(desc, 1), shift = word(desc, 2), zo = word(desc, 3);
  const lo = word(desc, 4), hi = word(desc, 5), za = word(desc, 6), zb = word(desc, 7);
  const ma = word(desc, 8), sa = word(desc, 9), mb = word(desc, 10), sb = word(desc, 11);
  const bcA = word(desc, 12), bcB = word(desc, 13);
  const left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
  const leftA = sa > 0 ? sa : 0, rightA = sa > 0 ? 0 : -sa, leftB = sb > 0 ? sb : 0, rightB = sb > 0 ? 0 : -sb;
  const zaV = i32x4.splat(za), zbV = i32x4.splat(zb), zoV = i32x4.splat(zo), loV = i32x4.splat(lo), hiV = i32x4.splat(hi);
  const stepA = (bcA & 8) != 0 ? 0 : 1, stepB = (bcB & 8) != 0 ? 0 : 1;
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nx = word(call, 24), nc = word(call, 25);
  for (let b = wb; b < wb + nb; b++) {
    for (let yy = wy; yy < wy + ny; yy++) {
      for (let xx = wx; xx < wx + nx; xx++) {
        const pa = boxAddress(call, 0, (bcA & 1) != 0 ? 0 : b, (bcA & 2) != 0 ? 0 : yy, (bcA & 4) != 0 ? 0 : xx, stepA == 0 ? 0 : wc);
        const pb = boxAddress(call, 26, (bcB & 1) != 0 ? 0 : b, (bcB & 2) != 0 ? 0 : yy, (bcB & 4) != 0 ? 0 : xx, stepB == 0 ? 0 : wc);
        const po = boxAddress(call, 9, b, yy, xx, wc);
        let j = 0;
        for (; j + 4 <= nc; j += 4) {
          const a = i32x4.sub(load4(pa + <usize>(j * stepA), stepA), zaV);
          const v = i32x4.sub(load4(pb + <usize>(j * stepB), stepB), zbV);
          let raw: v128;
          if (kind == 2) {
            raw = i32x4.mul(a, v);
          } else {
            const ta = mbqmUniform4(i32x4.shl(a, 20), ma, leftA, rightA);
            const tb = mbqmUniform4(i32x4.shl(v, 20), mb, leftB, rightB);
            raw = kind == 1 ? i32x4.sub(ta, tb) : i32x4.add(ta, tb);
          }
          store4(po + <usize>j, i32x4.min_s(i32x4.max_s(i32x4.add(mbqmUniform4(raw, multiplier, left, right), zoV), loV), hiV));
        }
        for (; j < nc; j++) {
          const a = <i32>load<i8>(pa + <usize>(j * stepA)) - za, v = <i32>load<i8>(pb + <usize>(j * stepB)) - zb;
          let raw: i32;
          if (kind == 2) {
            raw = a * v;
          } else {
            const ta = multiplyByQuantizedMultiplier(a << 20, ma, sa);
            const tb = multiplyByQuantizedMultiplier(v << 20, mb, sb);
            raw = kind == 1 ? ta - tb : ta + tb;
          }
          store<i8>(po + <usize>j, <i8>clampTo(multiplyByQuantizedMultiplier(raw, multiplier, shift) + zo, lo, hi));
        }
      }
    }
  }
}

// ---- QUANTIZE float32 → int8 ----
// desc: [0] output zero point [1] min [2] max [3] unused, then the output scale as f64 at byte 16.
// AffineQuantize (reference_ops/quantize.h, as TFLite Micro runs it): round(x / scale) with the
// division in float32 (src/kernels/convert.ts), halves away from zero, plus
// the zero point, clamped. NaN stores 0, as the JS kernel's typed-array store of NaN does.

/** Two float32 values at `p` quantized as the scalar loop below does; NaN lanes truncate to 0. */
// @ts-ignore: decorator
@inline function quantize2(p: usize, scale: v128, zo: v128, lo: v128, hi: v128): v128 {
  const q = f64x2.promote_low_f32x4(f32x4.div(v128.load64_zero(p), scale));
  const a = f64x2.abs(q);
  const floor = f64x2.floor(a);
  const r = f64x2.add(floor, v128.and(f64x2.ge(f64x2.sub(a, floor), f64x2.splat(0.5)), f64x2.splat(1)));
  const signed = v128.bitselect(f64x2.neg(r), r, f64x2.lt(q, f64x2.splat(0)));
  // min/max pass NaN on, and the saturating truncation turns it into 0.
  return i32x4.trunc_sat_f64x2_s_zero(f64x2.max(f64x2.min(f64x2.add(signed, zo), hi), lo));
}

export function quantize(desc: usize, call: usize): void {
  const zo = <f64>word(desc, 0), lo = <f64>word(desc, 1), hi = <f64>word(desc, 2);
  const scale = load<f32>(desc, 16);
  const scaleV = f32x4.splat(scale), zoV = f64x2.splat(zo), loV = f64x2.splat(lo), hiV = f64x2.splat(hi);
  const wb = word(call, 18), wy = word(call, 19), wx = word(call, 20), wc = word(call, 21);
  const nb = word(call, 22), ny = word(call, 23), nc = word(call, 25);
  let nx = word(call, 24);
  // A window spanning whole rows of both buffers is one run of nx·nc elements per row.
  const flat = nc == word(call, 8) && nc == word(call, 17) && nx == word(call, 7) && nx == word(call, 16);
  const run = flat ? nx * nc : nc;
  if (flat) nx = 1;
  const input = <usize>word(call, 0);
  for (let b = wb; b < wb + nb; b++) {
    for (let yy = wy; yy < wy + ny; yy++) {
      for (let xx = wx; xx < wx + nx; xx++) {
        const px = input + (boxIndex(call, 0, b, yy, xx, wc) << 2);
        const po = boxAddress(call, 9, b, yy, xx, wc);
        let j = 0;
        for (; j + 2 <= run; j += 2) {
          const v = quantize2(px + (<usize>j << 2), scaleV, zoV, loV, hiV);
          store<i8>(po + <usize>j, <i8>i32x4.extract_lane(v, 0));
          store<i8>(po + <usize>j + 1, <i8>i32x4.extract_lane(v, 1));
        }
        for (; j < run; j++) {
          const q = <f64>(load<f32>(px + (<usize>j << 2)) / scale);
          let out: i32 = 0;
          if (q == q) {
            const a = Math.abs(q);
            let r = Math.floor(a);
            if (a - r >= 0.5) r += 1;
            const v = (q < 0 ? -r : r) + zo;
            out = <i32>(v < lo ? lo : v > hi ? hi : v);
          }
          store<i8>(po + <usize>j, <i8>out);
        }
      }
    }
  }
}

// ---- MEAN over height and width of an int8 NHWC tensor ----
// desc: [0] multiplier [1] shift [2] offset (input zero point · count) [3] output zero point
// TFLM's EvalIntegerMean (reference_ops::QuantizedMeanOrSum): Σq per channel in int32, minus the
// offset, times the multiplier that already holds 1/count, plus zo, clamped.

export function mean(desc: usize, call: usize): void {
  const multiplier = word(desc, 0), shift = word(desc, 1), offset = word(desc, 2), zo = word(desc, 3);
  const inC = word(call, 8), count = word(call, 6) * word(call, 7);
  const wb = word(call, 18), wc = word(call, 21), nb = word(call, 22), nc = word(call, 25);
  for (let b = wb; b < wb + nb; b++) {
    const x0 = boxAddress(call, 0, b, 0, 0, wc);
    const y = boxAddress(call, 9, b, 0, 0, wc);
    let j = 0;
    for (; j + 4 <= nc; j += 4) {
      let acc = i32x4.splat(0);
      for (let p = 0; p < count; p++) acc = i32x4.add(acc, load4(x0 + <usize>(p * inC + j), 1));
      for (let lane = 0; lane < 4; lane++) {
        store<i8>(y + <usize>(j + lane), <i8>clampTo(multiplyByQuantizedMultiplier(i32x4.extract_lane(acc, 0) - offset, multiplier, shift) + zo, -128, 127));
        acc = i8x16.shuffle(acc, acc, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3);
      }
    }
    for (; j < nc; j++) {
      let sum = 0;
      for (let p = 0; p < count; p++) sum += <i32>load<i8>(x0 + <usize>(p * inC + j));
      store<i8>(y + <usize>j, <i8>clampTo(multiplyByQuantizedMultiplier(sum - offset, multiplier, shift) + zo, -128, 127));
    }
  }
}
