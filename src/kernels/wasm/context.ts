// One instance of the wasm kernels (asm/kernels.ts) and the linear memory they compute in. The module
// imports its memory, so whoever owns the simulated chip's memory can make it this one: prepared op
// parameters (widened filters, multipliers, descriptors, scratch) are bump-allocated from `base` up,
// and an engine allocates its own regions (flash constants, SRAM) from the same allocator after
// preparing its ops. Views outside this memory still work: they are copied in and out per call (the
// differential tests run that way).

import { Buffer } from 'node:buffer';
import type { Box, TensorView } from '../../model/view.ts';
import { KERNELS_WASM_BASE64 } from './binary.ts';
import { alignUp } from '../../align.ts';

const PAGE_BYTES = 65536;
export const WASM_ALIGNMENT = 16;

/** The call block's words (asm/kernels.ts, header): three buffers of 9 words, the window's 8. */
const CALL_WORDS = 35;
const INPUT_AT = 0;
const OUTPUT_AT = 9;
const WINDOW_AT = 18;
const SECOND_AT = 26;

export type KernelName = 'conv' | 'depthwise' | 'pool' | 'binary' | 'quantize' | 'mean';
type KernelFn = (desc: number, call: number) => void;

let compiled: WebAssembly.Module | null = null;

/** The kernels' module, compiled once per process (a few KB; synchronous compile is fine in Node). */
function kernelsModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Buffer.from(KERNELS_WASM_BASE64, 'base64'));
  return compiled;
}

/** A rank-4 box as the kernels address it (a box of lower rank gets leading axes of size 1). */
export function box4(box: Box): Box {
  const lead = 4 - box.start.length;
  if (lead === 0) return box;
  return { start: [...Array<number>(lead).fill(0), ...box.start], size: [...Array<number>(lead).fill(1), ...box.size] };
}

export class WasmContext {
  readonly memory: WebAssembly.Memory;
  private readonly kernels: Record<KernelName, KernelFn>;
  private top: number;
  private readonly callAt: number;
  /** Where views from outside this memory are copied for a call, reserved while ops are prepared. */
  private stagingAt = 0;
  private stagingBytes = 0;
  private words: Int32Array;

  /** `memory` defaults to a fresh one; allocations start at byte `base`. */
  constructor(memory: WebAssembly.Memory = new WebAssembly.Memory({ initial: 1 }), base = 0) {
    this.memory = memory;
    const instance = new WebAssembly.Instance(kernelsModule(), { env: { memory } });
    this.kernels = instance.exports as unknown as Record<KernelName, KernelFn>;
    this.top = alignUp(base, WASM_ALIGNMENT);
    this.callAt = this.alloc(CALL_WORDS * 4);
    this.words = new Int32Array(memory.buffer);
  }

  /** First byte after everything allocated so far. */
  get end(): number {
    return this.top;
  }

  /** Reserves `bytes` zeroed bytes (16-byte aligned), growing the memory when needed. */
  alloc(bytes: number): number {
    const at = this.top;
    this.ensure(at + bytes);
    new Uint8Array(this.memory.buffer, at, bytes).fill(0);
    this.top = alignUp(at + bytes, WASM_ALIGNMENT);
    return at;
  }

  /** Allocates and fills an i32 array; returns its byte offset. */
  int32s(values: ArrayLike<number>): number {
    const at = this.alloc(values.length * 4);
    new Int32Array(this.memory.buffer, at, values.length).set(Array.from(values, (v) => v | 0));
    return at;
  }

  /** Allocates and fills an i16 array of `length` (≥ values.length, zero tail); returns its byte offset. */
  int16s(values: ArrayLike<number>, length = values.length): number {
    const at = this.alloc(length * 2);
    new Int16Array(this.memory.buffer, at, length).set(Array.from(values, (v) => v | 0));
    return at;
  }

  /**
   * Makes the staging region at least `bytes` long (one op's buffers), so calls with views from
   * outside this memory never grow it: growing would detach the views of callers that also keep
   * tensors in it (the engine copies a graph input from the JS heap, for example).
   */
  reserveStaging(bytes: number): void {
    if (bytes <= this.stagingBytes) return;
    this.stagingAt = this.alloc(bytes);
    this.stagingBytes = bytes;
  }

  private ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
  }

  /**
   * Runs kernel `name` with parameters at `desc` on `inputs` (one or two buffers), writing
   * `window` of `output`. Buffers in this memory are used in place; others are copied into the
   * staging region (and the output back, whole, so bytes outside the window are kept). Only buffers
   * larger than their op's tensors outgrow the reserved region and grow the memory.
   */
  call(name: KernelName, desc: number, inputs: readonly TensorView[], output: TensorView, window: Box): void {
    const outside = [...inputs, output].filter((v) => v.data.buffer !== this.memory.buffer);
    const need = outside.reduce((n, v) => n + alignUp(v.data.byteLength, WASM_ALIGNMENT), 0);
    // Only buffers larger than their op's tensors need more than prepare reserved.
    if (need > this.stagingBytes) this.reserveStaging(need);
    let staging = this.stagingAt;
    const place = (view: TensorView): number => {
      const data = view.data;
      if (data.buffer === this.memory.buffer) return data.byteOffset;
      const at = staging;
      staging = alignUp(at + data.byteLength, WASM_ALIGNMENT);
      new Uint8Array(this.memory.buffer, at, data.byteLength).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      return at;
    };
    const offsets = inputs.map(place);
    const outAt = place(output);
    if (this.words.buffer !== this.memory.buffer) this.words = new Int32Array(this.memory.buffer);
    const w = this.words;
    const base = this.callAt >> 2;
    const putBuffer = (at: number, offset: number, box: Box): void => {
      const b = box4(box);
      w[base + at] = offset;
      for (let d = 0; d < 4; d++) {
        w[base + at + 1 + d] = b.start[d]!;
        w[base + at + 5 + d] = b.size[d]!;
      }
    };
    putBuffer(INPUT_AT, offsets[0]!, inputs[0]!.box);
    if (inputs.length > 1) putBuffer(SECOND_AT, offsets[1]!, inputs[1]!.box);
    putBuffer(OUTPUT_AT, outAt, output.box);
    const win = box4(window);
    for (let d = 0; d < 4; d++) {
      w[base + WINDOW_AT + d] = win.start[d]!;
      w[base + WINDOW_AT + 4 + d] = win.size[d]!;
    }
    this.kernels[name](desc, this.callAt);
    const out = output.data;
    if (out.buffer !== this.memory.buffer) {
      new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(new Uint8Array(this.memory.buffer, outAt, out.byteLength));
    }
  }
}
