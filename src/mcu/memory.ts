// The simulated chip's memory (ARCHITECTURE.md, decision 2): the wasm kernels' linear memory
// (kernels/wasm/context.ts), so they compute in place in it, laid out bottom up as
//   kernel parameters   what prepareWasm wrote: widened weights, requantization tables, descriptors
//                       and each kernel's own im2col scratch;
//   flash               every constant tensor an op reads, decoded, written once, read-only after;
//   SRAM                the plan's arena (and a runtime's static buffers after it): every tensor,
//                       tile and scratch buffer at its planned offset;
//   application         buffers outside the chip's SRAM the simulator needs (a channel plane for an
//                       in-place depthwise without planned scratch, a copy-aside output).
// Everything is allocated before the first view is made, and the memory never grows after (growing
// detaches every view), so a prepared plan runs any number of inferences without allocating.

import { Buffer } from 'node:buffer';
import { UserError } from '../errors.ts';
import type { WasmContext } from '../kernels/wasm/context.ts';
import { DTYPE_BYTES, type Tensor } from '../model/graph.ts';
import { decodeConstant, TYPED_ARRAY_OF, type TypedArrayClass } from '../model/tensor-data.ts';
import { wholeBox, type TensorData, type TensorView } from '../model/view.ts';

/** A typed view of `length` elements of `dtype` at byte `offset` of `buffer`; null for a type no kernel computes. */
export function viewAt(buffer: ArrayBuffer, dtype: Tensor['dtype'], offset: number, length: number): TensorData | null {
  const ctor = TYPED_ARRAY_OF[dtype];
  return ctor === undefined ? null : new ctor(buffer, offset, length);
}

export interface SimulatedMemory {
  readonly memory: WebAssembly.Memory;
  /** Whole-tensor views into flash of every constant, by tensor id. */
  readonly constants: ReadonlyMap<number, TensorView>;
  /** Byte address of flash in the linear memory, and its size. */
  readonly flashBase: number;
  readonly flashBytes: number;
  /** Byte address of SRAM offset 0 in the linear memory. */
  readonly sramBase: number;
  readonly sramBytes: number;
  /** SRAM bytes as one array (offset 0 = the arena start). */
  readonly sram: Uint8Array;
  /** Byte addresses of the application buffers asked for, in order. */
  readonly application: readonly number[];
  /** True when no flash byte changed since the constants were written. */
  flashIntact(): boolean;
}

/**
 * Lays out flash (the given constants, decoded to their kernel types), `sramBytes` of SRAM and the
 * application buffers in `ctx`'s memory, after the kernel parameters its ops were prepared with.
 */
export function createMemory(ctx: WasmContext, constantTensors: readonly Tensor[], sramBytes: number, applicationBytes: readonly number[] = []): SimulatedMemory {
  const decoded = constantTensors.map((t) => ({ t, data: decodeConstant(t) }));
  const flashBase = ctx.end;
  const placed = decoded.map(({ t, data }) => ({ t, data, offset: ctx.alloc(data.byteLength) }));
  const sramBase = ctx.alloc(sramBytes);
  const flashBytes = sramBase - flashBase;
  const application = applicationBytes.map((bytes) => ctx.alloc(bytes));
  // From here on the memory does not grow: views made now stay valid.
  const buffer = ctx.memory.buffer;
  const constants = new Map<number, TensorView>();
  for (const { t, data, offset } of placed) {
    // decodeConstant narrows int64 to int32: the view takes the decoded array's type.
    const view = new (data.constructor as TypedArrayClass)(buffer, offset, data.length);
    view.set(data as never);
    constants.set(t.id, { data: view, box: wholeBox(t.shape) });
  }
  const flash = (): Uint8Array => new Uint8Array(ctx.memory.buffer, flashBase, flashBytes);
  const flashCopy = Buffer.from(flash());
  return {
    memory: ctx.memory, constants, flashBase, flashBytes, sramBase, sramBytes, application,
    sram: new Uint8Array(buffer, sramBase, sramBytes),
    flashIntact: () => flashCopy.equals(flash()),
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
  if (data.buffer !== mem.memory.buffer || data.byteOffset < mem.sramBase || data.byteOffset >= mem.sramBase + mem.sramBytes) return null;
  return data.byteOffset + data.byteLength - mem.sramBase;
}


/** First index in [from, to) where `a` and `b` differ, or null; the native compare keeps debug mode fast. */
export function firstChange(a: Uint8Array, b: Uint8Array, from: number, to: number): number | null {
  if (to <= from || Buffer.from(a.buffer, a.byteOffset + from, to - from).equals(Buffer.from(b.buffer, b.byteOffset + from, to - from))) return null;
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return i;
  return null;
}
