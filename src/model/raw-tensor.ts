// Raw tensor files: the bytes of a tensor's elements in its dtype, little-endian, row-major. This is
// what `tinygate run` reads and writes and what TFLite's interpreter takes.
import type { TensorData } from './view.ts';
import { DTYPE_BYTES, type DType } from './graph.ts';
import { TYPED_ARRAY_OF } from './tensor-data.ts';

/** Elements from raw bytes (copied, so the result is aligned). Null for a dtype tinygate can't run. */
export function decodeRawTensor(bytes: Uint8Array, dtype: DType): TensorData | null {
  const ctor = TYPED_ARRAY_OF[dtype];
  if (ctor === undefined) return null;
  return new ctor(bytes.slice().buffer);
}

export function encodeRawTensor(data: TensorData): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Other dtypes whose element size would explain a file of `byteLength` bytes, for error hints. */
export function dtypesMatchingSize(byteLength: number, elements: number): DType[] {
  return (Object.keys(TYPED_ARRAY_OF) as DType[]).filter((d) => d !== 'bool' && byteLength === elements * DTYPE_BYTES[d]);
}
