// Seeded random single-op int8 models for fitting the instruction formulas (scripts/fit-instructions.ts).
// Shapes span what small vision and audio networks use (channels 1–160 with odd counts, spatial
// 1–40, 1×1 to 7×7 filters, strides 1–2, SAME and VALID), and every CMSIS-NN dispatch branch is
// drawn on purpose, so each kernel's loops see full blocks and tails. None of the shared models is
// used: they are held out for scoring.
import type { Activation, Graph, Op } from '../src/model/graph.ts';
import { elementCount } from '../src/model/graph.ts';
import { prng } from '../test/kernels/graph-builder.ts';
import {
  GraphBuilder, convGraph, elementwiseGraph, fullyConnectedGraph, meanGraph, padGraph, poolGraph, quant, reshapeGraph,
} from '../test/support/single-op.ts';

type Rng = ReturnType<typeof prng>;

export interface InstructionCase {
  readonly name: string;
  readonly graph: Graph;
}

/** Channel counts: mostly the multiples of 8 real layers use, often a tail (not a multiple of 4). */
function channels(rng: Rng, max: number): number {
  const r = rng.next();
  if (r < 0.45) return Math.min(max, 8 * rng.int(1, Math.max(1, Math.floor(max / 8))));
  if (r < 0.7) return rng.int(1, Math.min(max, 12));
  return rng.int(1, max);
}

const ACTIVATIONS: readonly Activation[] = ['NONE', 'RELU', 'RELU6'];

/** A size in [1, max], log-uniform: small maps (after pooling, SE blocks) as often as large ones. */
function size(rng: Rng, max: number): number {
  return Math.min(max, Math.floor(Math.exp(rng.next() * Math.log(max + 1))));
}

function conv(rng: Rng, seed: number, shape: 'any' | '1x1' | '1x1-strided' | '1xn' | 'se'): InstructionCase | null {
  if (shape === 'se') {
    // Squeeze-excite and classifier 1×1 convs on a 1×1 map: one pixel, wide channels.
    const inC = channels(rng, 320), outC = channels(rng, 320);
    const graph = convGraph('CONV_2D', { input: [1, 1, 1, inC], kernel: [1, 1], outChannels: outC, activation: rng.pick(ACTIVATIONS), seed });
    return { name: `conv se [1,1,1,${inC}] → ${outC}`, graph };
  }
  const inC = channels(rng, shape === '1x1' || shape === '1x1-strided' ? 160 : 64);
  const outC = channels(rng, 96);
  const kernel: [number, number] = shape === '1x1' || shape === '1x1-strided' ? [1, 1]
    : shape === '1xn' ? [1, rng.int(2, 8)] : [rng.pick([1, 3, 3, 3, 5, 7, 2, 4]), rng.pick([1, 3, 3, 3, 5, 7, 2, 4])];
  const h = shape === '1xn' ? 1 : size(rng, 32), w = Math.max(kernel[1], size(rng, 32));
  const stride: [number, number] = shape === '1x1' ? [1, 1] : shape === '1x1-strided' ? [2, rng.int(1, 2)] : [rng.int(1, 2), rng.int(1, 2)];
  const padding = shape === '1x1' || shape === '1x1-strided' ? 'VALID' : rng.pick(['SAME', 'VALID'] as const);
  if (padding === 'VALID' && (h < kernel[0] || w < kernel[1])) return null;
  const mac = h * w * inC * outC * kernel[0] * kernel[1] / (stride[0] * stride[1]);
  if (mac > 4e6) return null;
  const batch = rng.next() < 0.1 ? 2 : 1;
  const graph = convGraph('CONV_2D', { input: [batch, h, w, inC], kernel, outChannels: outC, stride, padding, activation: rng.pick(ACTIVATIONS), seed });
  return { name: `conv ${shape} [${batch},${h},${w},${inC}] k${kernel} s${stride} ${padding} → ${outC}`, graph };
}

function depthwise(rng: Rng, seed: number, shape: '3x3' | 'other' | 'multiplier'): InstructionCase | null {
  const c = shape === 'multiplier' ? rng.int(1, 8) : channels(rng, 160);
  const multiplier = shape === 'multiplier' ? rng.pick([2, 3, 4, 8, 8, 4, 5, 16]) : 1;
  const kernel: [number, number] = shape === '3x3' ? [3, 3] : [rng.pick([1, 3, 5, 7, 10, 15, 2]), rng.pick([1, 3, 5, 7, 2, 4, 1])];
  const h = Math.max(1, size(rng, 40)), w = size(rng, 40);
  const stride: [number, number] = [rng.int(1, 2), rng.int(1, 2)];
  const padding = rng.pick(['SAME', 'VALID'] as const);
  if (padding === 'VALID' && (h < kernel[0] || w < kernel[1])) return null;
  if (h * w * c * multiplier * kernel[0] * kernel[1] > 3e6) return null;
  const batch = shape === 'multiplier' && rng.next() < 0.2 ? 2 : 1;
  const graph = convGraph('DEPTHWISE_CONV_2D', { input: [batch, h, w, c], kernel, depthMultiplier: multiplier, stride, padding, activation: rng.pick(ACTIVATIONS), seed });
  return { name: `depthwise ${shape} [${batch},${h},${w},${c}] ×${multiplier} k${kernel} s${stride} ${padding}`, graph };
}

function fullyConnected(rng: Rng, seed: number): InstructionCase {
  const depth = size(rng, 4000);
  const units = size(rng, 640);
  const batch = rng.next() < 0.8 ? 1 : rng.int(2, 3);
  const graph = fullyConnectedGraph({ input: [batch, depth], units: Math.min(units, Math.max(1, Math.floor(2e6 / depth))), activation: rng.pick(ACTIVATIONS), perChannel: rng.next() < 0.4, seed });
  return { name: `fc [${batch},${depth}] → ${graph.tensors[graph.ops[0]!.outputs[0]!]!.shape[1]}`, graph };
}

function nhwc(rng: Rng, maxElements: number): number[] {
  for (;;) {
    const s = [1, size(rng, 64), size(rng, 64), channels(rng, 160)];
    if (elementCount(s) <= maxElements) return s;
  }
}

function elementwise(rng: Rng, kind: 'ADD' | 'MUL', broadcast: boolean, scalar = false): InstructionCase {
  const shape = nhwc(rng, 200000);
  const rhs = scalar ? [1] : broadcast ? rng.pick([[shape[3]!], [1, 1, 1, shape[3]!], [1]]) : shape;
  const graph = elementwiseGraph(kind, shape, rhs, rng.pick(ACTIVATIONS));
  return { name: `${kind} [${shape}] ${broadcast ? `by [${rhs}]` : ''}`, graph };
}

function pool(rng: Rng, kind: 'AVERAGE_POOL_2D' | 'MAX_POOL_2D'): InstructionCase | null {
  const input = nhwc(rng, 150000);
  const global = rng.next() < 0.25;
  const filter: [number, number] = global ? [input[1]!, input[2]!] : [rng.int(1, 4), rng.int(1, 4)];
  const stride: [number, number] = global ? filter : [rng.int(1, 2), rng.int(1, 2)];
  const padding = global ? 'VALID' : rng.pick(['SAME', 'VALID'] as const);
  if (padding === 'VALID' && (input[1]! < filter[0] || input[2]! < filter[1])) return null;
  return { name: `${kind} [${input}] f${filter} s${stride} ${padding}`, graph: poolGraph(kind, { input, filter, stride, padding }) };
}

/** SOFTMAX with a drawn input scale: how many exponentials run depends on it (diff_min). */
function softmax(rng: Rng): InstructionCase {
  const n = size(rng, 1000);
  const shape = rng.next() < 0.8 ? [1, n] : [rng.int(2, 4), n];
  const g = new GraphBuilder(1);
  const input = g.tensor('input', shape, 'int8', quant(Math.exp(Math.log(0.01) + rng.next() * Math.log(100)), rng.int(-20, 20)));
  const output = g.tensor('output', shape, 'int8', quant(1 / 256, -128));
  g.op({ kind: 'SOFTMAX', inputs: { input }, inputList: [input], outputs: [output], attrs: { beta: 1 } } as Omit<Op, 'index' | 'version'>);
  return { name: `SOFTMAX [${shape}] scale ${g.tensors[input]!.quant!.scale[0]!.toFixed(3)}`, graph: g.build([input], [output]) };
}

function transpose(rng: Rng): InstructionCase {
  const shape = nhwc(rng, 60000);
  const perm = rng.pick([[0, 2, 1, 3], [0, 3, 1, 2], [0, 2, 3, 1], [0, 1, 3, 2]]);
  const g = new GraphBuilder(1);
  const q = quant(0.05, -3);
  const input = g.tensor('input', shape, 'int8', q);
  const permId = g.ints('perm', perm);
  const output = g.tensor('output', perm.map((p) => shape[p]!), 'int8', q);
  g.op({ kind: 'TRANSPOSE', inputs: { input, perm: permId }, inputList: [input, permId], outputs: [output], attrs: { perm } } as Omit<Op, 'index' | 'version'>);
  return { name: `TRANSPOSE [${shape}] perm ${perm}`, graph: g.build([input], [output]) };
}

function convert(rng: Rng, kind: 'QUANTIZE' | 'DEQUANTIZE'): InstructionCase {
  const shape = nhwc(rng, 100000);
  const g = new GraphBuilder(1);
  const q = quant(0.05, -3);
  const input = g.tensor('input', shape, kind === 'QUANTIZE' ? 'float32' : 'int8', kind === 'QUANTIZE' ? null : q);
  const output = g.tensor('output', shape, kind === 'QUANTIZE' ? 'int8' : 'float32', kind === 'QUANTIZE' ? q : null);
  g.op({ kind, inputs: { input }, inputList: [input], outputs: [output], attrs: {} } as Omit<Op, 'index' | 'version'>);
  return { name: `${kind} [${shape}]`, graph: g.build([input], [output]) };
}

function resizeNearest(rng: Rng): InstructionCase {
  const shape = nhwc(rng, 20000);
  const factor = rng.int(1, 3);
  const out = [1, shape[1]! * factor, shape[2]! * factor, shape[3]!];
  const g = new GraphBuilder(1);
  const q = quant(0.05, -3);
  const input = g.tensor('input', shape, 'int8', q);
  const size = g.ints('size', [out[1]!, out[2]!]);
  const output = g.tensor('output', out, 'int8', q);
  g.op({ kind: 'RESIZE_NEAREST_NEIGHBOR', inputs: { input, size }, inputList: [input, size], outputs: [output], attrs: { alignCorners: false, halfPixelCenters: false } } as Omit<Op, 'index' | 'version'>);
  return { name: `RESIZE_NEAREST_NEIGHBOR [${shape}] ×${factor}`, graph: g.build([input], [output]) };
}

/** The cases, in a fixed order; `scale` multiplies every family's count. */
export function instructionCases(seed = 1, scale = 1): InstructionCase[] {
  const rng = prng(seed);
  const cases: InstructionCase[] = [];
  const draw = (count: number, make: (i: number) => InstructionCase | null): void => {
    for (let made = 0, tries = 0; made < Math.round(count * scale) && tries < 100 * count; tries++) {
      const c = make(seed * 100000 + cases.length);
      if (c !== null) { cases.push(c); made++; }
    }
  };
  draw(50, (s) => conv(rng, s, 'any'));
  draw(35, (s) => conv(rng, s, '1x1'));
  draw(20, (s) => conv(rng, s, '1x1-strided'));
  draw(15, (s) => conv(rng, s, '1xn'));
  draw(15, (s) => conv(rng, s, 'se'));
  draw(35, (s) => depthwise(rng, s, '3x3'));
  draw(35, (s) => depthwise(rng, s, 'other'));
  draw(25, (s) => depthwise(rng, s, 'multiplier'));
  draw(35, (s) => fullyConnected(rng, s));
  draw(12, () => elementwise(rng, 'ADD', false));
  draw(12, () => elementwise(rng, 'ADD', true));
  draw(12, () => elementwise(rng, 'MUL', false));
  draw(12, () => elementwise(rng, 'MUL', true));
  draw(20, () => pool(rng, 'AVERAGE_POOL_2D'));
  draw(20, () => pool(rng, 'MAX_POOL_2D'));
  draw(15, () => softmax(rng));
  draw(15, () => {
    const shape = nhwc(rng, 100000);
    const p = rng.int(1, 3);
    const paddings: [number, number][] = [[0, 0], [p, p], [rng.pick([p, 0, 1]), rng.pick([p, p, 2])], [0, 0]];
    return { name: `PAD [${shape}] ${JSON.stringify(paddings)}`, graph: padGraph(shape, paddings) };
  });
  draw(10, () => transpose(rng));
  draw(16, () => {
    const shape = nhwc(rng, 60000);
    const axes = rng.pick([[1, 2], [2], [1], [2]]);
    if (axes.length === 1 && axes[0] === 1 && rng.next() < 0.5) shape[2] = 1;
    return { name: `MEAN [${shape}] axes ${axes}`, graph: meanGraph(shape, axes, true) };
  });
  draw(8, () => convert(rng, 'QUANTIZE'));
  draw(8, () => convert(rng, 'DEQUANTIZE'));
  draw(8, () => {
    const shape = nhwc(rng, 20000);
    return { name: `RESHAPE [${shape}]`, graph: reshapeGraph(shape, [1, elementCount(shape)]) };
  });
  draw(8, () => resizeNearest(rng));
  // Drawn last so the cases above keep their seeds: a one-element operand has its own loop.
  draw(8, () => elementwise(rng, 'ADD', true, true));
  draw(8, () => elementwise(rng, 'MUL', true, true));
  // MEAN over 3-D and 2-D tensors: the generic reduction's index loops run over every axis.
  draw(8, () => {
    const shape = nhwc(rng, 60000).slice(rng.int(1, 2));
    const axes = [rng.int(0, shape.length - 1)];
    return { name: `MEAN [${shape}] axes ${axes}`, graph: meanGraph(shape, axes, rng.next() < 0.5) };
  });
  return cases;
}
