// The simulated chip's memory (ARCHITECTURE.md, decision 2): one WebAssembly linear memory, so
// kernels compiled to wasm compute inside it, laid out as two regions:
//   [0, flashBytes)            flash: every constant an op reads (weights, biases, constant
//                              operands), written once when a plan is prepared, read-only after;
//   [sramBase, sramBase + n)   SRAM: the plan's arena (and a runtime's static buffers after it);
//                              every tensor, tile and scratch buffer at its planned offset.
// The memory is sized once and never grows (growing would detach every view into it), so a
// prepared plan runs any number of inferences without allocating.

import { Buffer } from 'node:buffer';
import { UserError } from '../errors.ts';
import { DTYPE_BYTES, type Tensor } from '../model/graph.ts';
import { decodeConstant } from '../model/tensor-data.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';

const WASM_PAGE = 65536;
/** Region and constant alignment: a 128-bit SIMD load never straddles a region's start. */
const ALIGN = 16;
const alignUp = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

type ViewCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TensorData;
const VIEW_OF: Partial<Record<Tensor['dtype'], ViewCtor>> = {
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
};

/** A typed view of `length` elements of `dtype` at byte `offset` of `buffer`; null for a type no kernel computes. */
export function viewAt(buffer: ArrayBuffer, dtype: Tensor['dtype'], offset: number, length: number): TensorData | null {
  const ctor = VIEW_OF[dtype];
  return ctor === undefined ? null : new ctor(buffer, offset, length);
}

export interface SimulatedMemory {
  readonly memory: WebAssembly.Memory;
  /** Whole-tensor views into flash of every constant, by tensor id. */
  readonly constants: ReadonlyMap<number, TensorView>;
  readonly flashBytes: number;
  /** Byte address of SRAM offset 0 in the linear memory. */
  readonly sramBase: number;
  readonly sramBytes: number;
  /** SRAM bytes as one array (offset 0 = the arena start). */
  readonly sram: Uint8Array;
  /** True when no flash byte changed since the constants were written. */
  flashIntact(): boolean;
}

/**
 * Lays out flash (the given constants, decoded to their kernel types) and `sramBytes` of SRAM in
 * one fresh linear memory.
 */
export function createMemory(constantTensors: readonly Tensor[], sramBytes: number): SimulatedMemory {
  const decoded = constantTensors.map((t) => ({ t, data: decodeConstant(t) }));
  let flashBytes = 0;
  const placed = decoded.map(({ t, data }) => {
    const offset = flashBytes;
    flashBytes = alignUp(offset + data.byteLength);
    return { t, data, offset };
  });
  const sramBase = flashBytes;
  const total = sramBase + sramBytes;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(total / WASM_PAGE)) });
  const buffer = memory.buffer;
  const constants = new Map<number, TensorView>();
  for (const { t, data, offset } of placed) {
    // decodeConstant narrows int64 to int32: the view takes the decoded array's type.
    const view = new (data.constructor as ViewCtor)(buffer, offset, data.length);
    view.set(data as never);
    constants.set(t.id, { data: view, box: wholeBox(t.shape) });
  }
  const flashCopy = Buffer.from(new Uint8Array(buffer, 0, flashBytes));
  return {
    memory, constants, flashBytes, sramBase, sramBytes,
    sram: new Uint8Array(buffer, sramBase, sramBytes),
    flashIntact: () => flashCopy.equals(new Uint8Array(buffer, 0, flashBytes)),
  };
}

/** The SRAM view of a planned tensor (or tile) of `elements` elements at arena offset `offset`; throws when the plan is inconsistent. */
export function placeInSram(mem: SimulatedMemory, tensor: Tensor, elements: number, offset: number, bufferBytes: number): TensorData {
  const bytes = elements * DTYPE_BYTES[tensor.dtype];
  if (offset % DTYPE_BYTES[tensor.dtype] !== 0 || bytes > bufferBytes || offset + bytes > mem.sramBytes) {
    throw new Error(`plan places tensor ${tensor.id} (${bytes} B of ${tensor.dtype}) at offset ${offset} in a ${bufferBytes}-B buffer of a ${mem.sramBytes}-B arena`);
  }
  const view = viewAt(mem.memory.buffer, tensor.dtype, mem.sramBase + offset, elements);
  if (view === null) throw new UserError(`tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which the simulator cannot place`);
  return view;
}

/** The constant tensors among `reads`, in first-read order, each once. */
export function constantTensors(tensors: readonly Tensor[], reads: Iterable<number>): Tensor[] {
  const seen = new Set<number>();
  const out: Tensor[] = [];
  for (const id of reads) {
    const t = tensors[id];
    if (t === undefined || t.data === null || seen.has(id)) continue;
    seen.add(id);
    out.push(t);
  }
  return out;
}

/** SRAM offset of the end of `data` when it lives in `mem`'s SRAM, else null. */
export function sramEnd(mem: SimulatedMemory, data: TensorData): number | null {
  if (data.buffer !== mem.memory.buffer || data.byteOffset < mem.sramBase) return null;
  return data.byteOffset + data.byteLength - mem.sramBase;
}


/** First index in [from, to) where `a` and `b` differ, or null; the native compare keeps debug mode fast. */
export function firstChange(a: Uint8Array, b: Uint8Array, from: number, to: number): number | null {
  if (to <= from || Buffer.from(a.buffer, a.byteOffset + from, to - from).equals(Buffer.from(b.buffer, b.byteOffset + from, to - from))) return null;
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return i;
  return null;
}
