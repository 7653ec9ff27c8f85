// The persistent tail of TFLite Micro's arena: everything MicroInterpreter::AllocateTensors() keeps
// for the model's lifetime besides the planned head. TFLM's SingleArenaBufferAllocator hands these
// out from the arena's end downwards, each aligned down to its own alignment, so the tail's size
// depends on the order and alignment of every allocation, not only on their sum. We replay that
// sequence (micro_allocator.cc, micro_interpreter.cc, micro_interpreter_graph.cc, the kernels' Init
// and Prepare) on a 32-bit Cortex-M build. Struct sizes are the ones the oracle's build uses
// (tflite-micro 90b983c2, arm-none-eabi-gcc 12.2, -mthumb -O2: AAPCS short enums, 4-byte pointers),
// read from the code that allocates them in ../shared/tflm-oracle's ELFs.

import { NO_TENSOR, tensorBytes, type Graph, type Op } from '../model/graph.ts';
import { tflmScratchRequests } from './scratch.ts';

/** Which TFLM kernel build: CMSIS-NN (runtime `tflm`) or the reference kernels (`tflm-reference`). */
export type TflmKernels = 'cmsis-nn' | 'reference';

/** kBufferAlignment (micro_arena_constants.h): MicroAllocator::AllocatePersistentBuffer uses it. */
const ARENA_ALIGNMENT = 16;

/** What a persistent allocation is for, grouped like TFLM's RecordingMicroAllocator reports. */
export type PersistentKind =
  | 'allocator' // SingleArenaBufferAllocator, GreedyMemoryPlanner, MicroAllocator, builtin-data allocator, SubgraphAllocations
  | 'eval-tensors' // one TfLiteEvalTensor per tensor of the subgraph
  | 'node-and-registration' // one NodeAndRegistration per operator
  | 'builtin-data' // each operator's parsed options (TfLiteConvParams, …)
  | 'op-data' // kernels' AllocatePersistentBuffer: OpData structs, per-channel multipliers and shifts
  | 'scratch-handles' // one ScratchBufferHandle per scratch request
  | 'variables' // variable tensors' buffers
  | 'io-tensors'; // the interpreter's TfLiteTensor for each model input and output, their quantization

export interface PersistentAllocation {
  readonly kind: PersistentKind;
  readonly bytes: number;
  readonly align: number;
  /** The operator it belongs to, when it belongs to one. */
  readonly op: number | null;
}

// sizeof on the Cortex-M build. SingleArenaBufferAllocator::Create, MicroAllocator::Create and
// MicroAllocator::StartModelAllocation allocate the first five (all 4-byte aligned).
const SIZEOF = {
  singleArenaBufferAllocator: 36,
  greedyMemoryPlanner: 44,
  microAllocator: 36,
  microBuiltinDataAllocator: 8,
  subgraphAllocations: 8,
  tfLiteEvalTensor: 12,
  nodeAndRegistration: 32,
  scratchBufferHandle: 4,
  tfLiteTensor: 32,
  tfLiteAffineQuantization: 12,
  pointer: 4,
} as const;

/**
 * Builtin options each op's parser allocates (flatbuffer_conversions.cc, ParseX through
 * MicroBuiltinDataAllocator), as [bytes, alignment]. Enums are one byte under the AAPCS, so options
 * holding only enums and bools are byte-aligned and leave the tail unaligned. Ops whose parser
 * allocates nothing (PAD, QUANTIZE, DEQUANTIZE, TRANSPOSE, …) are absent.
 */
const BUILTIN_DATA: Partial<Record<Op['kind'], readonly [number, number]>> = {
  CONV_2D: [28, 4], // TfLiteConvParams
  DEPTHWISE_CONV_2D: [28, 4], // TfLiteDepthwiseConvParams
  TRANSPOSE_CONV: [16, 4], // TfLiteTransposeConvParams
  AVERAGE_POOL_2D: [40, 4], // TfLitePoolParams (with its computed padding)
  MAX_POOL_2D: [40, 4],
  FULLY_CONNECTED: [5, 1], // TfLiteFullyConnectedParams: five one-byte fields
  ADD: [2, 1], // TfLiteAddParams: activation, pot_scale_int16
  SUB: [2, 1], // TfLiteSubParams: activation, pot_scale_int16
  MUL: [1, 1], // TfLiteMulParams: activation
  MEAN: [1, 1], // TfLiteReducerParams: keep_dims
  SOFTMAX: [4, 4], // TfLiteSoftmaxParams: beta
  RESHAPE: [36, 4], // TfLiteReshapeParams: shape[8], num_dimensions
  SQUEEZE: [36, 4], // TfLiteSqueezeParams: squeeze_dims[8], num_squeeze_dims
  CONCATENATION: [8, 4], // TfLiteConcatenationParams: axis, activation
  STRIDED_SLICE: [24, 4], // TfLiteStridedSliceParams: five masks and offset
  RESIZE_NEAREST_NEIGHBOR: [2, 1], // align_corners, half_pixel_centers
  RESIZE_BILINEAR: [2, 1],
};

/**
 * sizeof(OpData) each kernel's Init allocates (context->AllocatePersistentBuffer, 16-byte aligned),
 * read from the Init functions of the oracle's two ELFs. Kernels without Init are absent.
 */
const OP_DATA: Record<TflmKernels, Partial<Record<Op['kind'], number>>> = {
  'cmsis-nn': {
    CONV_2D: 60, DEPTHWISE_CONV_2D: 60, TRANSPOSE_CONV: 76, FULLY_CONNECTED: 72, ADD: 60, SUB: 52, MUL: 36,
    MEAN: 44, PAD: 56, PADV2: 56, SOFTMAX: 64, QUANTIZE: 32, DEQUANTIZE: 32, MAX_POOL_2D: 36, AVERAGE_POOL_2D: 36,
    CONCATENATION: 24, STRIDED_SLICE: 84, RELU: 28, RELU6: 8, LOGISTIC: 16, TANH: 16, HARD_SWISH: 20,
  },
  reference: {
    CONV_2D: 56, DEPTHWISE_CONV_2D: 56, TRANSPOSE_CONV: 72, FULLY_CONNECTED: 48, ADD: 60, SUB: 52, MUL: 36,
    MEAN: 44, PAD: 56, PADV2: 56, SOFTMAX: 56, QUANTIZE: 32, DEQUANTIZE: 32, MAX_POOL_2D: 32, AVERAGE_POOL_2D: 32,
    CONCATENATION: 24, STRIDED_SLICE: 84, RELU: 28, RELU6: 8, LOGISTIC: 16, TANH: 16, HARD_SWISH: 20,
  },
};

function outChannels(graph: Graph, t: number, axis: number): number {
  return graph.tensors[t]!.shape.at(axis)!;
}

/**
 * What each kernel's Prepare allocates for good (16-byte aligned), in call order: per-channel output
 * multipliers and shifts for int8 convolutions (conv_common.cc / depthwise_conv_common.cc and their
 * cmsis_nn/ twins allocate num_channels int32s twice), and for a fully connected layer whose filter
 * is quantized per channel.
 */
function prepareBuffers(graph: Graph, op: Op): number[] {
  const int8In = (t: number): boolean => t !== NO_TENSOR && (graph.tensors[t]!.dtype === 'int8' || graph.tensors[t]!.dtype === 'int16');
  switch (op.kind) {
    case 'CONV_2D': {
      if (!int8In(op.inputs.input)) return [];
      const c = outChannels(graph, op.inputs.filter, 0);
      return [4 * c, 4 * c];
    }
    case 'DEPTHWISE_CONV_2D': {
      if (!int8In(op.inputs.input)) return [];
      const c = outChannels(graph, op.inputs.filter, 3);
      return [4 * c, 4 * c];
    }
    case 'TRANSPOSE_CONV': {
      // transpose_conv.cc (both builds) allocates them for every input type.
      const c = outChannels(graph, op.inputs.filter, 0);
      return [4 * c, 4 * c];
    }
    case 'FULLY_CONNECTED': {
      // Per-channel filter quantization gets per-output multipliers and shifts too (both builds).
      const q = graph.tensors[op.inputs.filter]!.quant;
      if (!int8In(op.inputs.input) || q === null || q.scale.length <= 1) return [];
      const c = outChannels(graph, op.inputs.filter, 0);
      return [4 * c, 4 * c];
    }
    default: return [];
  }
}

/** Every persistent allocation AllocateTensors() makes, in the order TFLM makes them. */
export function tflmPersistentAllocations(graph: Graph, kernels: TflmKernels): PersistentAllocation[] {
  const out: PersistentAllocation[] = [];
  const add = (kind: PersistentKind, bytes: number, align: number, op: number | null = null): void => {
    out.push({ kind, bytes, align, op });
  };
  // MicroInterpreter's constructor: MicroAllocator::Create puts the allocator, the planner and itself
  // in the arena; AllocateTensors → StartModelAllocation adds the builtin-data allocator and one
  // SubgraphAllocations, then the eval tensors and the node array.
  add('allocator', SIZEOF.singleArenaBufferAllocator, 4);
  add('allocator', SIZEOF.greedyMemoryPlanner, 4);
  add('allocator', SIZEOF.microAllocator, 4);
  add('allocator', SIZEOF.microBuiltinDataAllocator, 4);
  add('allocator', SIZEOF.subgraphAllocations, 4);
  add('eval-tensors', SIZEOF.tfLiteEvalTensor * graph.tensors.length, 4);
  add('node-and-registration', SIZEOF.nodeAndRegistration * graph.ops.length, 4);
  // PrepareNodeAndRegistrationDataFromFlatbuffer: each op's options, in op order.
  for (const op of graph.ops) {
    const b = BUILTIN_DATA[op.kind];
    if (b !== undefined) add('builtin-data', b[0], b[1], op.index);
  }
  // InitSubgraphs, then PrepareSubgraphs, each over the ops in order.
  for (const op of graph.ops) {
    const bytes = OP_DATA[kernels][op.kind];
    if (bytes !== undefined) add('op-data', bytes, ARENA_ALIGNMENT, op.index);
  }
  for (const op of graph.ops) for (const bytes of prepareBuffers(graph, op)) add('op-data', bytes, ARENA_ALIGNMENT, op.index);
  // FinishModelAllocation: the scratch handles (only when some kernel asked), then variables.
  const requests = graph.ops.reduce((n, op) => n + tflmScratchRequests(graph, op, kernels).length, 0);
  if (requests > 0) add('scratch-handles', SIZEOF.scratchBufferHandle * requests, 4);
  for (const t of graph.tensors) if (t.isVariable) add('variables', tensorBytes(t), ARENA_ALIGNMENT);
  // AllocateTensors: an array of TfLiteTensor* and a persistent TfLiteTensor (with its quantization
  // and zero-point array when the file has them) for each input, then the same for the outputs.
  for (const list of [graph.inputs, graph.outputs]) {
    add('io-tensors', SIZEOF.pointer * list.length, ARENA_ALIGNMENT);
    for (const t of list) {
      add('io-tensors', SIZEOF.tfLiteTensor, 4);
      const q = graph.tensors[t]!.quant;
      if (q !== null) {
        add('io-tensors', SIZEOF.tfLiteAffineQuantization, 4);
        add('io-tensors', 4 + 4 * q.scale.length, 4); // TfLiteIntArray: size, then one int per channel
      }
    }
  }
  return out;
}

/** The persistent bytes TFLM reports, and their split by kind (alignment padding included). */
export interface PersistentUse {
  readonly bytes: number;
  readonly byKind: Readonly<Record<PersistentKind, number>>;
}

/**
 * Replays the allocations on a tail that starts at a 16-byte aligned arena end: each moves the tail
 * down by its size, then down to its alignment (SingleArenaBufferAllocator::AllocatePersistentBuffer).
 */
export function tflmPersistentBytes(graph: Graph, kernels: TflmKernels): PersistentUse {
  const byKind: Record<PersistentKind, number> = {
    allocator: 0, 'eval-tensors': 0, 'node-and-registration': 0, 'builtin-data': 0, 'op-data': 0,
    'scratch-handles': 0, variables: 0, 'io-tensors': 0,
  };
  let used = 0;
  for (const a of tflmPersistentAllocations(graph, kernels)) {
    const next = Math.ceil((used + a.bytes) / a.align) * a.align;
    byKind[a.kind] += next - used;
    used = next;
  }
  return { bytes: used, byKind };
}
