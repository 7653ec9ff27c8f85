// Typed arrays for tensor contents: decoding constants from the model's bytes, and allocating
// activation buffers. Constants in the file are little-endian and may sit at any byte offset, so they
// are copied into aligned typed arrays once, at prepare time.

import { UserError } from '../errors.ts';
import type { DType, Tensor } from './graph.ts';
import { elementCount } from './graph.ts';
import type { TensorData } from './view.ts';

/** A typed-array class that holds one dtype's elements. */
export interface TypedArrayClass {
  new (length: number): TensorData;
  new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): TensorData;
}

/** The typed array of each dtype tinygate computes (bool as bytes): the one table of it. */
export const TYPED_ARRAY_OF: Partial<Record<DType, TypedArrayClass>> = {
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
};

/** Allocates a zeroed buffer of `count` elements of `dtype`. */
export function allocateTensorData(dtype: DType, count: number): TensorData {
  const Class = TYPED_ARRAY_OF[dtype];
  if (Class === undefined) throw new UserError(`tensors of type ${dtype} cannot be computed (supported: ${Object.keys(TYPED_ARRAY_OF).join(', ')})`);
  return new Class(count);
}

/**
 * The elements of a constant tensor as a typed array. int64 constants (shape and axis operands) are
 * narrowed to int32, which every supported op accepts.
 */
export function decodeConstant(tensor: Tensor): TensorData {
  const bytes = tensor.data;
  if (bytes === null) throw new Error(`tensor ${tensor.id} (${tensor.name}) is not a constant`);
  const count = elementCount(tensor.shape);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (size: number): void => {
    if (bytes.byteLength < count * size) {
      throw new UserError(`constant tensor ${tensor.id} (${tensor.name}) holds ${bytes.byteLength} bytes, its shape needs ${count * size}`);
    }
  };
  switch (tensor.dtype) {
    case 'int8': need(1); return new Int8Array(bytes.buffer, bytes.byteOffset, count).slice();
    case 'uint8': case 'bool': need(1); return bytes.slice(0, count);
    case 'int16': {
      need(2);
      const out = new Int16Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt16(2 * i, true);
      return out;
    }
    case 'int32': {
      need(4);
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(4 * i, true);
      return out;
    }
    case 'int64': {
      need(8);
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = Number(view.getBigInt64(8 * i, true));
      return out;
    }
    case 'float32': {
      need(4);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    default: throw new UserError(`constant tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which tinygate cannot compute`);
  }
}
