// Hostile inputs built on purpose (issue 12): each is what an attacker or a careless user could put
// in a pull request. Models are written with flatbuffers' own Builder or the repository's writer,
// images byte by byte, so every attack is reproducible from code.
import { Builder } from 'flatbuffers';
import { deflateSync } from 'node:zlib';
import type { Graph } from '../../src/model/graph.ts';
import { F, FILE_IDENTIFIER, TENSOR_TYPES } from '../../src/model/tflite/schema.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { GraphBuilder, NO_ACTIVATION, noPad } from '../kernels/graph-builder.ts';

function vectorOf(b: Builder, offsets: readonly number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
  return b.endVector();
}

function intVector(b: Builder, values: readonly number[]): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]!);
  return b.endVector();
}

/**
 * The table-reference bomb: a subgraph whose `tensors` vector lists one tensor table `references`
 * times, and whose operators (`ops` of them) all share one operator table. 1,000,000 references
 * make a 4 MB file.
 */
export function tableBomb(references: number, ops = 1): Uint8Array {
  const b = new Builder(4 * references + 4 * ops + 1024);
  const shape = intVector(b, [1, 64]);
  b.startObject(7);
  b.addFieldOffset(F.Tensor.shape, shape, 0);
  b.addFieldInt8(F.Tensor.type, TENSOR_TYPES.indexOf('int8'), 0);
  const tensor = b.endObject();
  const tensors = vectorOf(b, new Array<number>(references).fill(tensor));
  const opInputs = intVector(b, [0]), opOutputs = intVector(b, [1]);
  b.startObject(5);
  b.addFieldInt32(F.Operator.opcodeIndex, 0, 0);
  b.addFieldOffset(F.Operator.inputs, opInputs, 0);
  b.addFieldOffset(F.Operator.outputs, opOutputs, 0);
  const op = b.endObject();
  const operators = vectorOf(b, new Array<number>(ops).fill(op));
  const inputs = intVector(b, [0]), outputs = intVector(b, [1]);
  b.startObject(5);
  b.addFieldOffset(F.SubGraph.tensors, tensors, 0);
  b.addFieldOffset(F.SubGraph.inputs, inputs, 0);
  b.addFieldOffset(F.SubGraph.outputs, outputs, 0);
  b.addFieldOffset(F.SubGraph.operators, operators, 0);
  const subgraph = b.endObject();
  b.startObject(4);
  b.addFieldInt8(F.OperatorCode.deprecatedBuiltinCode, 19, 0); // RELU
  b.addFieldInt32(F.OperatorCode.builtinCode, 19, 0);
  const code = b.endObject();
  b.startObject(0);
  const buffer = b.endObject();
  const codes = vectorOf(b, [code]), subgraphs = vectorOf(b, [subgraph]), buffers = vectorOf(b, [buffer]);
  b.startObject(5);
  b.addFieldInt32(F.Model.version, 3, 0);
  b.addFieldOffset(F.Model.operatorCodes, codes, 0);
  b.addFieldOffset(F.Model.subgraphs, subgraphs, 0);
  b.addFieldOffset(F.Model.buffers, buffers, 0);
  b.finish(b.endObject(), FILE_IDENTIFIER);
  return b.asUint8Array().slice();
}

const Q = { dtype: 'int8', scale: [0.05], zeroPoint: [0] } as const;

/** One int8 1×1 convolution [1, h, w, c] → [1, h, w, outC], with `edit` applied to the graph. */
export function convGraph(h = 4, w = 4, c = 2, outC = 2, edit: (g: GraphBuilder, ids: { input: number; filter: number; output: number }) => void = () => {}): Graph {
  const b = new GraphBuilder();
  const input = b.tensor({ shape: [1, h, w, c], ...Q });
  const filter = b.tensor({ shape: [outC, 1, 1, c], ...Q }, new Array<number>(outC * c).fill(3));
  const output = b.tensor({ shape: [1, h, w, outC], ...Q });
  b.op('CONV_2D', { input, filter }, output, { stride: [1, 1], dilation: [1, 1], pad: noPad, ...NO_ACTIVATION });
  edit(b, { input, filter, output });
  return b.build([input], [output]);
}

/** FC [1, 8] → [1, units] whose stored output claims `claimed` units (the filter has 4). */
function fcGraph(claimed: number): Graph {
  const b = new GraphBuilder();
  const input = b.tensor({ shape: [1, 8], ...Q });
  const filter = b.tensor({ shape: [4, 8], ...Q }, new Array<number>(32).fill(1));
  const output = b.tensor({ shape: [1, claimed], ...Q });
  b.op('FULLY_CONNECTED', { input, filter }, output, { ...NO_ACTIVATION, keepNumDims: false });
  return b.build([input], [output]);
}

/** Model files that lie or are built to exhaust: each must be refused with a UserError. */
export function hostileModels(): { name: string; bytes: () => Uint8Array }[] {
  const tensorsOf = (g: Graph) => g.tensors as unknown as { shape: number[]; quant: unknown; dtype: string }[];
  const with_ = (mutate: (g: Graph) => void): Uint8Array => { const g = convGraph(); mutate(g); return writeTflite(g); };
  const opAttrs = (g: Graph) => (g.ops[0] as unknown as { attrs: Record<string, unknown> });
  return [
    { name: 'table bomb: 1,000,000 references to one tensor table', bytes: () => tableBomb(1_000_000) },
    { name: 'table bomb: 150,000 tensors and 40,000 ops sharing two tables', bytes: () => tableBomb(150_000, 40_000) },
    { name: 'giant activation [1, 65535, 65535, 1]', bytes: () => writeTflite(convGraph(65535, 65535, 1, 1)) },
    { name: 'giant channels [1, 1, 1, 2^25]', bytes: () => writeTflite(convGraph(1, 1, 2 ** 25, 1)) },
    { name: 'conv output channels disagree with the filter', bytes: () => with_((g) => { tensorsOf(g)[2]!.shape = [1, 4, 4, 3]; }) },
    { name: 'conv output batch 7', bytes: () => with_((g) => { tensorsOf(g)[2]!.shape = [7, 4, 4, 2]; }) },
    { name: 'FC output of 40,000,000 units (claims 1.07 T MACs)', bytes: () => writeTflite(fcGraph(40_000_000)) },
    { name: 'FC output of 4,000 units from a 4-unit filter', bytes: () => writeTflite(fcGraph(4000)) },
    { name: 'RELU output 100× its input', bytes: () => writeTflite(convGraph(4, 4, 2, 2, (b, { output }) => {
      b.op('RELU', { input: output }, b.tensor({ shape: [1, 400, 4, 2], ...Q }), {});
    })) },
    { name: 'NaN scale', bytes: () => with_((g) => { tensorsOf(g)[0]!.quant = { scale: [NaN], zeroPoint: [0], axis: 0 }; }) },
    { name: 'zero scale', bytes: () => with_((g) => { tensorsOf(g)[2]!.quant = { scale: [0], zeroPoint: [0], axis: 0 }; }) },
    { name: 'negative scale', bytes: () => with_((g) => { tensorsOf(g)[1]!.quant = { scale: [-1], zeroPoint: [0], axis: 0 }; }) },
    { name: 'infinite scale', bytes: () => with_((g) => { tensorsOf(g)[0]!.quant = { scale: [Infinity], zeroPoint: [0], axis: 0 }; }) },
    { name: 'zero point 300 on int8', bytes: () => with_((g) => { tensorsOf(g)[0]!.quant = { scale: [0.1], zeroPoint: [300], axis: 0 }; }) },
    { name: 'per-channel scales that do not match the channel count', bytes: () => with_((g) => { tensorsOf(g)[1]!.quant = { scale: [0.1, 0.1, 0.1], zeroPoint: [0, 0, 0], axis: 0 }; }) },
    { name: 'conv with a fused TANH', bytes: () => with_((g) => { opAttrs(g).attrs = { ...opAttrs(g).attrs, activation: 'TANH' }; }) },
    { name: 'a string tensor', bytes: () => with_((g) => { tensorsOf(g)[2]!.dtype = 'string'; }) },
  ];
}

function u16be(v: number): number[] { return [v >> 8, v & 255]; }

/** A baseline JPEG header claiming `w`×`h` (SOF0 only; no tables or scan unless `scan`). */
export function jpegHeader(w: number, h: number, end = true): Uint8Array {
  const sof = [0xff, 0xc0, ...u16be(11), 8, ...u16be(h), ...u16be(w), 1, 1, 0x11, 0];
  return Uint8Array.from([0xff, 0xd8, ...sof, ...(end ? [0xff, 0xd9] : [])]);
}

function be32(v: number): number[] { return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]; }

/** A PNG from IHDR fields and zlib data (the decoder does not check CRCs). */
export function pngFile(width: number, height: number, depth: number, colorType: number, raw: Uint8Array): Uint8Array {
  const chunk = (type: string, data: number[] | Uint8Array): number[] => [...be32(data.length), ...Buffer.from(type), ...data, 0, 0, 0, 0];
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...be32(width), ...be32(height), depth, colorType, 0, 0, 0]),
    ...chunk('IDAT', deflateSync(raw)),
    ...chunk('IEND', []),
  ]);
}

/** A BMP with a 40-byte header claiming `width`×`height` at `bits` per pixel, `pixels` bytes after it. */
export function bmpFile(width: number, height: number, bits: number, pixels: number): Uint8Array {
  const bytes = new Uint8Array(54 + pixels);
  const v = new DataView(bytes.buffer);
  bytes[0] = 0x42; bytes[1] = 0x4d;
  v.setUint32(2, bytes.length, true); v.setUint32(10, 54, true); v.setUint32(14, 40, true);
  v.setInt32(18, width, true); v.setInt32(22, height, true); v.setUint16(26, 1, true); v.setUint16(28, bits, true);
  return bytes;
}

/** Images that must be refused with a UserError before any large allocation. */
export function hostileImages(): { name: string; bytes: () => Uint8Array }[] {
  return [
    { name: 'JPEG claiming 65535×65535', bytes: () => jpegHeader(65535, 65535) },
    { name: '0×0 JPEG', bytes: () => jpegHeader(0, 0) },
    { name: 'JPEG truncated after its frame header', bytes: () => jpegHeader(8, 8, false) },
    { name: 'PNG of 30000×30000 (0.9 MB of zeros would decode to GiBs)', bytes: () => pngFile(30000, 30000, 8, 0, new Uint8Array(30001)) },
    { name: 'PNG of bit depth 0', bytes: () => pngFile(2, 2, 0, 0, new Uint8Array(6)) },
    { name: 'PNG of 0×0', bytes: () => pngFile(0, 0, 8, 0, new Uint8Array(0)) },
    { name: 'PNG whose data inflates past its header', bytes: () => pngFile(1, 1, 8, 0, new Uint8Array(1 << 20)) },
    { name: 'BMP of negative width', bytes: () => bmpFile(-5, 2, 24, 64) },
    { name: '54-byte BMP', bytes: () => bmpFile(1, 1, 24, 0) },
    { name: 'BMP claiming 65535×65535', bytes: () => bmpFile(65535, 65535, 24, 16) },
  ];
}
