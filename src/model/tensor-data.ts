// Typed arrays for tensor contents: decoding constants from the model's bytes, and allocating
// activation buffers. Constants in the file are little-endian and may sit at any byte offset, so they
// are copied into aligned typed arrays once, at prepare time.

import { UserError } from '../errors.ts';
import type { DType, Tensor } from './graph.ts';
import { elementCount } from './graph.ts';
import type { TensorData } from './view.ts';

/** Allocates a zeroed buffer of `count` elements of `dtype`. */
export function allocateTensorData(dtype: DType, count: number): TensorData {
  switch (dtype) {
    case 'int8': return new Int8Array(count);
    case 'uint8': case 'bool': return new Uint8Array(count);
    case 'int16': return new Int16Array(count);
    case 'int32': return new Int32Array(count);
    case 'float32': return new Float32Array(count);
    default: throw new UserError(`tensors of type ${dtype} cannot be computed (supported: int8, uint8, bool, int16, int32, float32)`);
  }
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
