// .tflite bytes → verified Graph. Structure is checked once here (offsets, vtables, vector lengths,
// buffer indices, buffer sizes against shapes, quantization, op order), then every op's output
// shape against the one inferred from its inputs (shapes.ts); later stages trust the Graph.
// Every count is checked against src/limits.ts before the work it costs. Linear in the file size:
// shared tables and strings are read once (flatbuffer.ts), and the quantization parameters read
// over all tensors are capped, so a table referenced by every tensor cannot multiply the work.

import { UserError } from '../../errors.ts';
import { checkLimit, LIMITS } from '../../limits.ts';
import { DTYPE_BYTES, NO_TENSOR, elementCount, type DType, type Graph, type Op, type Quantization, type Tensor } from '../graph.ts';
import { checkOutputShapes } from '../shapes.ts';
import { FlatBuffer, type Table } from './flatbuffer.ts';
import { buildOp, type RawOperator } from './ops.ts';
import { BUILTIN_CODES, F, FILE_IDENTIFIER, OTHER_BUILTIN_NAMES, TENSOR_TYPES } from './schema.ts';

const SUPPORTED_BY_CODE = new Map<number, string>(Object.entries(BUILTIN_CODES).map(([name, code]) => [code, name]));

/** Quantization parameters (scales) read over the whole model: real models have a few thousand. */
const MAX_QUANT_PARAMS = 4 * 2 ** 20;

/** Integer range of a quantized dtype's zero point. */
const ZERO_POINT_RANGE: Partial<Record<DType, readonly [number, number]>> = {
  int4: [-8, 7], int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535],
  int32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1], int64: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export function readTflite(bytes: Uint8Array, file: string): Graph {
  checkLimit(bytes.length, LIMITS.fileBytes, 'the model size in bytes', file);
  const fb = new FlatBuffer(bytes, file);
  const model = fb.root(FILE_IDENTIFIER);

  const subgraphs = model.tables(F.Model.subgraphs, 'subgraphs', 256);
  if (subgraphs.length === 0) throw new UserError('the model has no subgraph', file);
  if (subgraphs.length > 1) {
    throw new UserError(`the model has ${subgraphs.length} subgraphs; tinygate supports single-subgraph models (control flow such as IF/WHILE is not supported on microcontrollers by TFLM's common ops either)`, file);
  }
  const sg = subgraphs[0]!;

  const buffers = model.tables(F.Model.buffers, 'buffers', LIMITS.tensors + 1);
  const opcodes = model.tables(F.Model.operatorCodes, 'operator codes', LIMITS.ops).map((c, i) => readOpcode(c, i));
  const quantBudget = { left: MAX_QUANT_PARAMS };
  const tensors = sg.tables(F.SubGraph.tensors, 'tensors', LIMITS.tensors).map((t, i) => readTensor(fb, t, i, buffers, quantBudget));

  const checkIds = (ids: number[], what: string, allowAbsent: boolean): number[] => {
    for (const id of ids) {
      if ((id === NO_TENSOR && allowAbsent)) continue;
      if (!Number.isInteger(id) || id < 0 || id >= tensors.length) {
        throw new UserError(`${what} refers to tensor ${id}, but the subgraph has ${tensors.length} tensors`, file);
      }
    }
    return ids;
  };
  const inputs = checkIds(sg.i32s(F.SubGraph.inputs, 'subgraph inputs', LIMITS.operandsPerOp), 'subgraph input list', false);
  const outputs = checkIds(sg.i32s(F.SubGraph.outputs, 'subgraph outputs', LIMITS.operandsPerOp), 'subgraph output list', false);

  const ops: Op[] = sg.tables(F.SubGraph.operators, 'operators', LIMITS.ops).map((o, index) => {
    const opcodeIndex = o.u32(F.Operator.opcodeIndex);
    const code = opcodes[opcodeIndex];
    if (code === undefined) throw new UserError(`op ${index} uses operator code ${opcodeIndex}, but the model lists ${opcodes.length}`, file);
    const raw: RawOperator = {
      index,
      code: code.code,
      name: code.name,
      version: code.version,
      inputs: checkIds(o.i32s(F.Operator.inputs, `op ${index} inputs`, LIMITS.operandsPerOp), `op ${index} (${code.name}) inputs`, true),
      outputs: checkIds(o.i32s(F.Operator.outputs, `op ${index} outputs`, LIMITS.operandsPerOp), `op ${index} (${code.name}) outputs`, false),
      optionsType: o.u8(F.Operator.builtinOptionsType),
      options: o.table(F.Operator.builtinOptions, `op ${index} options`),
    };
    return buildOp(raw, tensors, file);
  });

  checkDataFlow(tensors, ops, inputs, outputs, file);
  const graph = { tensors, ops, inputs, outputs, description: model.string(F.Model.description, 'description') };
  checkOutputShapes(graph, file);
  return graph;
}

interface Opcode { code: number; name: string; version: number }

function readOpcode(t: Table, index: number): Opcode {
  // TFLite's GetBuiltinCode: the larger of the deprecated byte and the 32-bit field.
  const code = Math.max(t.i8(F.OperatorCode.deprecatedBuiltinCode), t.i32(F.OperatorCode.builtinCode));
  const version = t.i32(F.OperatorCode.version, 1);
  const custom = t.string(F.OperatorCode.customCode, `operator code ${index} custom name`);
  return { code, version, name: builtinName(code, custom) };
}

function builtinName(code: number, custom: string): string {
  if (code === 32) return custom ? `CUSTOM(${custom})` : 'CUSTOM';
  return SUPPORTED_BY_CODE.get(code) ?? OTHER_BUILTIN_NAMES[code] ?? `BUILTIN_${code}`;
}

function readTensor(fb: FlatBuffer, t: Table, id: number, buffers: Table[], quantBudget: { left: number }): Tensor {
  const name = t.string(F.Tensor.name, `tensor ${id} name`);
  const label = `tensor ${id} (${name || 'unnamed'})`;
  const typeCode = t.i8(F.Tensor.type);
  const dtype = TENSOR_TYPES[typeCode];
  if (dtype === undefined) fb.fail(`${label} has unknown type code ${typeCode}`);
  if (Number.isNaN(DTYPE_BYTES[dtype])) {
    throw new UserError(`${label} has type ${dtype}; tinygate reads numeric tensors only (strings, resources and variants have no fixed size on a microcontroller)`, fb.file);
  }
  const shape = t.i32s(F.Tensor.shape, `${label} shape`, LIMITS.rank);
  if (shape.some((d) => d < 0)) {
    throw new UserError(`${label} has a dynamic shape [${shape.join(', ')}]; tinygate needs static shapes (fix the batch size to 1 when converting)`, fb.file);
  }
  checkLimit(elementCount(shape), LIMITS.tensorElements, `${label} shape [${shape.join(', ')}]: the element count`, fb.file);
  const bytesNeeded = Math.ceil(elementCount(shape) * DTYPE_BYTES[dtype]);
  checkLimit(bytesNeeded, LIMITS.tensorBytes, `${label}: the size in bytes`, fb.file);

  const bufferIndex = t.u32(F.Tensor.buffer);
  const buffer = buffers[bufferIndex];
  if (buffer === undefined && bufferIndex !== 0) {
    fb.fail(`${label} uses buffer ${bufferIndex}, but the model has ${buffers.length}`);
  }
  const data = buffer ? readBufferData(fb, buffer, bufferIndex) : null;
  if (data !== null && data.length !== bytesNeeded) {
    throw new UserError(`${label}: its constant buffer holds ${data.length} bytes but shape [${shape.join(', ')}] of ${dtype} needs ${bytesNeeded}`, fb.file);
  }
  if (t.has(F.Tensor.sparsity)) {
    throw new UserError(`${label} is stored sparse; tinygate reads dense tensors only (convert without sparsity)`, fb.file);
  }

  return {
    id,
    name,
    shape,
    dtype,
    quant: readQuantization(fb, t.table(F.Tensor.quantization, `${label} quantization`), shape, dtype, label, quantBudget),
    data,
    isVariable: t.bool(F.Tensor.isVariable),
  };
}

/** A buffer's bytes, inline or (for models over 2 GB) by offset/size from the file start. */
function readBufferData(fb: FlatBuffer, buffer: Table, index: number): Uint8Array | null {
  const inline = buffer.bytes(F.Buffer.data, `buffer ${index} data`);
  if (inline.length > 0) return inline;
  const offset = buffer.u64(F.Buffer.offset, `buffer ${index} offset`);
  // The schema says the offset form is valid only when offset > 1.
  if (offset <= 1) return null;
  const size = buffer.u64(F.Buffer.size, `buffer ${index} size`);
  fb.check(offset, size, `buffer ${index} data`);
  return size > 0 ? fb.bytes.subarray(offset, offset + size) : null;
}

/**
 * Scales and zero points, validated for integer tensors: finite positive scales, zero points in the
 * dtype's range, one per channel along the axis. Float tensors ignore theirs, as TFLite does.
 */
function readQuantization(fb: FlatBuffer, q: Table | null, shape: number[], dtype: DType, label: string, budget: { left: number }): Quantization | null {
  if (q === null) return null;
  const count = q.length(F.Quantization.scale, `${label} scales`);
  if (count === 0) return null;
  // Per-tensor, or one per channel: never more than the largest dimension.
  if (count > Math.max(1, ...shape)) fb.fail(`${label} has ${count} quantization scales, more than any dimension of shape [${shape.join(', ')}] has channels`);
  budget.left -= count;
  if (budget.left < 0) fb.fail(`the tensors hold more than ${MAX_QUANT_PARAMS} quantization parameters`);
  const scale = q.f32s(F.Quantization.scale, `${label} scales`);
  const zeroPoint = q.i64s(F.Quantization.zeroPoint, `${label} zero points`, count);
  let axis = q.i32(F.Quantization.quantizedDimension);
  if (zeroPoint.length !== scale.length) fb.fail(`${label} has ${scale.length} scales but ${zeroPoint.length} zero points`);
  // Older converters copied the filter's quantized_dimension (3) onto the 1-D bias; TFLM reads such
  // a bias per channel regardless, so a 1-D tensor with one scale per element is quantized along 0.
  if (shape.length === 1 && scale.length > 1 && shape[0] === scale.length) axis = 0;
  if (scale.length > 1 && (axis < 0 || axis >= shape.length || shape[axis] !== scale.length)) {
    fb.fail(`${label} has ${scale.length} per-channel scales along axis ${axis} of shape [${shape.join(', ')}]`);
  }
  const range = ZERO_POINT_RANGE[dtype];
  if (range !== undefined) {
    const badScale = scale.findIndex((v) => !(v > 0 && Number.isFinite(v)));
    if (badScale >= 0) {
      throw new UserError(`${label}: quantization scale ${badScale} is ${scale[badScale]}; scales must be finite and positive (re-export the model)`, fb.file);
    }
    const badZero = zeroPoint.findIndex((z) => z < range[0] || z > range[1]);
    if (badZero >= 0) {
      throw new UserError(`${label}: zero point ${zeroPoint[badZero]} is outside the ${dtype} range [${range[0]}, ${range[1]}]`, fb.file);
    }
  }
  return { scale, zeroPoint, axis };
}

/** Every activation an op reads must exist by then, and every tensor has one writer. */
function checkDataFlow(tensors: Tensor[], ops: Op[], inputs: number[], outputs: number[], file: string): void {
  const written = new Set<number>(inputs);
  for (const op of ops) {
    for (const id of op.inputList) {
      if (id === NO_TENSOR) continue;
      const t = tensors[id]!;
      if (t.data === null && !t.isVariable && !written.has(id)) {
        throw new UserError(`op ${op.index} reads tensor ${id} (${t.name}) before any op writes it`, file);
      }
    }
    for (const id of op.outputs) {
      if (written.has(id) || tensors[id]!.data !== null) {
        throw new UserError(`op ${op.index} writes tensor ${id} (${tensors[id]!.name}), which is already a model input, a constant or another op's output`, file);
      }
      written.add(id);
    }
  }
  for (const id of outputs) {
    if (!written.has(id) && tensors[id]!.data === null) {
      throw new UserError(`model output tensor ${id} (${tensors[id]!.name}) is never written`, file);
    }
  }
}
