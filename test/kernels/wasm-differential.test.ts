// The wasm kernels (asm/kernels.ts via src/kernels/wasm/) against the JS reference kernels, byte for
// byte, on seeded random single-op graphs: every op the wasm covers, per-tensor and per-channel
// filters, channel counts off the SIMD widths, padding at every border, strides, dilations, depth
// multipliers, fused clamps, broadcasting; whole tensors, random covers by windows (the boxes patch schedules
// compute, each from only the input box it reads), and buffers living in the wasm memory itself.

import { describe, expect, it } from 'vitest';
import { inputBoxFor } from '../../src/kernels/receptive-field.ts';
import { kernelFor } from '../../src/kernels/registry.ts';
import type { Box } from '../../src/model/view.ts';
import { boxElements, wholeBox } from '../../src/model/view.ts';
import { WasmContext } from '../../src/kernels/wasm/context.ts';
import { prepareWasm } from '../../src/kernels/wasm/prepare.ts';
import type { Graph } from '../../src/model/graph.ts';
import { elementCount } from '../../src/model/graph.ts';
import { GraphBuilder, prng } from './graph-builder.ts';
import type { Limits, RandomOp, Rng } from './random-ops.ts';
import { randomBinary, randomCover, randomFullyConnected, randomGlobalMean, randomOp, randomQuantize } from './random-ops.ts';
import { int8Diffs, runOurs, seededInputs } from './single-op-harness.ts';

/** Runs the wasm with input and output buffers allocated inside its own memory (no copies). */
function runInMemory(ctx: WasmContext, graph: Graph, inputs: readonly Uint8Array[]): Uint8Array {
  const op = graph.ops[0]!;
  const prepared = prepareWasm(op, graph, ctx)!;
  const out = graph.tensors[op.outputs[0]!]!;
  const outBytes = elementCount(out.shape);
  const inAt = inputs.map((bytes) => ctx.alloc(bytes.length));
  const outAt = ctx.alloc(outBytes);
  // Views made after every allocation: growing the memory detaches earlier ones.
  const buffer = ctx.memory.buffer;
  inputs.forEach((bytes, i) => new Uint8Array(buffer, inAt[i]!, bytes.length).set(bytes));
  const views = op.inputList.map((id) => {
    if (id < 0) return null;
    const t = graph.tensors[id]!;
    const at = graph.inputs.indexOf(id);
    return at < 0 ? null : { data: new Int8Array(buffer, inAt[at]!, elementCount(t.shape)), box: wholeBox(t.shape) };
  });
  prepared.run(views, { data: new Int8Array(buffer, outAt, outBytes), box: wholeBox(out.shape) }, wholeBox(out.shape));
  return new Uint8Array(buffer, outAt, outBytes).slice();
}

/** The box of a broadcast input that an output window reads: index 0 on its size-1 axes. */
function broadcastBox(shape: readonly number[], window: Box): Box {
  const lead = window.start.length - shape.length;
  return {
    start: shape.map((s, d) => (s === 1 ? 0 : window.start[d + lead]!)),
    size: shape.map((s, d) => (s === 1 ? 1 : window.size[d + lead]!)),
  };
}

function check(ctx: WasmContext, rng: Rng, random: RandomOp, seed: number): void {
  const { graph } = random;
  const op = graph.ops[0]!;
  const wasm = prepareWasm(op, graph, ctx);
  if (wasm === null) throw new Error('the wasm does not cover it');
  const inputs = seededInputs(graph, seed);
  const reference = runOurs(kernelFor(op, 'reference'), graph, inputs);
  const fail = (how: string, got: Uint8Array): never => {
    throw new Error(`${random.description}, ${how}: ${int8Diffs(got, reference).join('; ')}`);
  };
  const whole = runOurs(() => wasm, graph, inputs);
  if (!Buffer.from(whole).equals(reference)) fail('whole tensor', whole);
  if (rng.next() < 0.3) {
    const inMemory = runInMemory(ctx, graph, inputs);
    if (!Buffer.from(inMemory).equals(reference)) fail('buffers in wasm memory', inMemory);
  }
  if (!wasm.windowed) return;
  const outShape = graph.tensors[op.outputs[0]!]!.shape;
  const spatial = op.kind !== 'ADD' && op.kind !== 'SUB' && op.kind !== 'MUL' && op.kind !== 'QUANTIZE';
  const windows = randomCover(rng, outShape);
  const inputBox = (i: number, window: Box): Box => {
    const id = op.inputList[i]!;
    if (!spatial) return broadcastBox(graph.tensors[id]!.shape, window);
    return graph.inputs.includes(id) ? inputBoxFor(op, graph, window) : wholeBox(graph.tensors[id]!.shape);
  };
  const tiled = runOurs(() => wasm, graph, inputs, { windows, inputBox });
  if (!Buffer.from(tiled).equals(reference)) fail(`windows ${JSON.stringify(windows.map((w: Box) => [w.start, w.size]))}`, tiled);
  expect(windows.reduce((n, w) => n + boxElements(w), 0)).toBe(elementCount(outShape));
}

const WIDE: Limits = { size: 24, channels: 21, outPerGroup: 13, multiplier: 3 };
const MULTIPLIERS: Limits = { size: 12, channels: 3, outPerGroup: 3, multiplier: 17 };

/** [name, configurations, draw one (null: no output, draw again)]. */
const CASES: [string, number, (rng: Rng) => RandomOp | null][] = [
  ['CONV_2D, small', 350, (rng) => randomOp(rng, 'CONV_2D', 'int8')],
  ['CONV_2D, wide (SIMD blocks and tails)', 350, (rng) => randomOp(rng, 'CONV_2D', 'int8', 'explicit', WIDE)],
  ['DEPTHWISE_CONV_2D, small', 250, (rng) => randomOp(rng, 'DEPTHWISE_CONV_2D', 'int8')],
  ['DEPTHWISE_CONV_2D, wide', 250, (rng) => randomOp(rng, 'DEPTHWISE_CONV_2D', 'int8', 'explicit', WIDE)],
  ['DEPTHWISE_CONV_2D, large multipliers', 150, (rng) => randomOp(rng, 'DEPTHWISE_CONV_2D', 'int8', 'explicit', MULTIPLIERS)],
  ['FULLY_CONNECTED', 200, (rng) => randomFullyConnected(rng, 'int8')],
  ['AVERAGE_POOL_2D', 150, (rng) => randomOp(rng, 'AVERAGE_POOL_2D', 'int8', 'explicit', rng.next() < 0.5 ? WIDE : undefined)],
  ['MAX_POOL_2D', 150, (rng) => randomOp(rng, 'MAX_POOL_2D', 'int8', 'explicit', rng.next() < 0.5 ? WIDE : undefined)],
  ['ADD', 150, (rng) => randomBinary(rng, 'ADD', 'int8', rng.next() < 0.5)],
  ['SUB', 50, (rng) => randomBinary(rng, 'SUB', 'int8', rng.next() < 0.5)],
  ['MUL', 150, (rng) => randomBinary(rng, 'MUL', 'int8', rng.next() < 0.5)],
  ['QUANTIZE float32 → int8', 100, (rng) => randomQuantize(rng, 'int8')],
  ['MEAN over height and width', 100, (rng) => randomGlobalMean(rng, 'int8')],
];

describe('wasm kernels equal the JS kernels byte for byte', () => {
  const ctx = new WasmContext();
  for (const [name, count, draw] of CASES) {
    it(`${name}: ${count} random configurations`, () => {
      const rng = prng(name.length * 104729 + name.charCodeAt(0) * 31 + count);
      let done = 0;
      while (done < count) {
        const random = draw(rng);
        if (random === null) continue;
        check(ctx, rng, random, done + 1);
        done++;
      }
    });
  }

  it('QUANTIZE: ties, infinities and NaN give the JS kernel\'s bytes', () => {
    const values = [0.5, -0.5, 1.5, -2.5, 0.4999999701976776, -0.4999999701976776, Infinity, -Infinity, NaN, 126.5, -128.5, 1e9];
    const b = new GraphBuilder();
    const input = b.tensor({ shape: [values.length], dtype: 'float32' });
    const output = b.tensor({ shape: [values.length], dtype: 'int8', scale: [1], zeroPoint: [-1] });
    b.op('QUANTIZE', { input }, output, {});
    const graph = b.build([input], [output]);
    const bytes = [new Uint8Array(Float32Array.from(values).buffer)];
    const op = graph.ops[0]!;
    const ours = runOurs(() => prepareWasm(op, graph, ctx)!, graph, bytes);
    expect([...new Int8Array(ours.buffer)]).toEqual([...new Int8Array(runOurs(kernelFor(op, 'reference'), graph, bytes).buffer)]);
    // Hand-computed: halves away from zero (just below a half rounds to 0), then −1; ±∞ clamp; NaN
    // stores 0 (as in the JS kernel).
    expect([...new Int8Array(ours.buffer)]).toEqual([0, -2, 1, -4, -1, -1, 127, -128, 0, 126, -128, 127]);
  });

  it('leaves uint8 and float32 ops to the JS kernels', () => {
    const rng = prng(7);
    const drawn = [
      randomOp(rng, 'CONV_2D', 'uint8', 'explicit', { size: 4, channels: 3, outPerGroup: 2, multiplier: 2 }),
      randomOp(rng, 'DEPTHWISE_CONV_2D', 'float32', 'explicit', { size: 4, channels: 3, outPerGroup: 2, multiplier: 2 }),
      randomFullyConnected(rng, 'uint8'),
    ];
    for (const random of drawn) if (random !== null) expect(prepareWasm(random.graph.ops[0]!, random.graph, ctx)).toBeNull();
  });
});
