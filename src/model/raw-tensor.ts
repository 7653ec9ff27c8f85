// Raw tensor files: the bytes of a tensor's elements in its dtype, little-endian, row-major. This is
// what `tinygate run` reads and writes and what TFLite's interpreter takes.
import type { TensorData } from './view.ts';
import { DTYPE_BYTES, type DType } from './graph.ts';

const CONSTRUCTORS: Partial<Record<DType, new (buffer: ArrayBuffer) => TensorData>> = {
  int8: Int8Array, uint8: Uint8Array, bool: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
};

/** Elements from raw bytes (copied, so the result is aligned). Null for a dtype tinygate can't run. */
export function decodeRawTensor(bytes: Uint8Array, dtype: DType): TensorData | null {
  const ctor = CONSTRUCTORS[dtype];
  if (ctor === undefined) return null;
  return new ctor(bytes.slice().buffer);
}

export function encodeRawTensor(data: TensorData): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Other dtypes whose element size would explain a file of `byteLength` bytes, for error hints. */
export function dtypesMatchingSize(byteLength: number, elements: number): DType[] {
  return (Object.keys(CONSTRUCTORS) as DType[]).filter((d) => d !== 'bool' && byteLength === elements * DTYPE_BYTES[d]);
}
