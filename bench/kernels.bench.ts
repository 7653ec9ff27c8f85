// Kernel throughput on layer shapes from the MLPerf Tiny models (VWW MobileNetV1-0.25 at 96×96,
// ResNet-8 on 32×32, DS-CNN KWS): million MACs per second of one whole-tensor run, one core.
// Goal: ≥ 300 M MAC/s for int8 CONV_2D and DEPTHWISE_CONV_2D.

import { prepareGraph } from '../src/kernels/executor.ts';
import { allocateTensorData } from '../src/model/tensor-data.ts';
import type { Graph } from '../src/model/graph.ts';
import { elementCount } from '../src/model/graph.ts';
import { wholeBox } from '../src/model/view.ts';
import { GraphBuilder, prng } from '../test/kernels/graph-builder.ts';
import { randomValues } from '../test/kernels/random-ops.ts';

interface Layer {
  readonly name: string;
  readonly kind: 'CONV_2D' | 'DEPTHWISE_CONV_2D' | 'FULLY_CONNECTED';
  readonly input: number[];
  /** CONV_2D: [out, kh, kw, in]; DEPTHWISE: [1, kh, kw, channels]; FC: [out, in]. */
  readonly filter: number[];
  readonly stride: number;
}

const LAYERS: Layer[] = [
  { name: 'VWW first conv 3×3/2', kind: 'CONV_2D', input: [1, 96, 96, 3], filter: [8, 3, 3, 3], stride: 2 },
  { name: 'VWW pointwise 1×1', kind: 'CONV_2D', input: [1, 24, 24, 32], filter: [64, 1, 1, 32], stride: 1 },
  { name: 'VWW pointwise 1×1 late', kind: 'CONV_2D', input: [1, 6, 6, 128], filter: [128, 1, 1, 128], stride: 1 },
  { name: 'ResNet-8 conv 3×3', kind: 'CONV_2D', input: [1, 32, 32, 16], filter: [16, 3, 3, 16], stride: 1 },
  { name: 'ResNet-8 conv 3×3 (64 ch)', kind: 'CONV_2D', input: [1, 8, 8, 64], filter: [64, 3, 3, 64], stride: 1 },
  { name: 'VWW depthwise 3×3', kind: 'DEPTHWISE_CONV_2D', input: [1, 48, 48, 16], filter: [1, 3, 3, 16], stride: 1 },
  { name: 'VWW depthwise 3×3/2', kind: 'DEPTHWISE_CONV_2D', input: [1, 24, 24, 64], filter: [1, 3, 3, 64], stride: 2 },
  { name: 'KWS depthwise 3×3', kind: 'DEPTHWISE_CONV_2D', input: [1, 25, 5, 64], filter: [1, 3, 3, 64], stride: 1 },
  { name: 'AD autoencoder FC', kind: 'FULLY_CONNECTED', input: [1, 640], filter: [128, 640], stride: 1 },
];

function layerGraph(layer: Layer): { graph: Graph; macs: number } {
  const rng = prng(layer.name.length);
  const b = new GraphBuilder();
  const q = { dtype: 'int8', scale: [0.05], zeroPoint: [-3] } as const;
  const input = b.tensor({ shape: layer.input, ...q });
  const outC = layer.kind === 'DEPTHWISE_CONV_2D' ? layer.filter[3]! : layer.filter[0]!;
  const scales = Array.from({ length: outC }, (_, i) => 0.004 + i * 1e-5);
  const filter = b.tensor({ shape: layer.filter, dtype: 'int8', scale: scales, axis: layer.kind === 'DEPTHWISE_CONV_2D' ? 3 : 0 }, randomValues(rng, 'int8', elementCount(layer.filter)));
  const bias = b.tensor({ shape: [outC], dtype: 'int32', scale: scales.map((s) => s * 0.05) }, new Array<number>(outC).fill(100));
  const act = { activation: 'RELU6', clamp: { min: 0, max: 6 } } as const;
  if (layer.kind === 'FULLY_CONNECTED') {
    const output = b.tensor({ shape: [1, outC], ...q });
    b.op('FULLY_CONNECTED', { input, filter, bias }, output, { keepNumDims: false, ...act });
    return { graph: b.build([input], [output]), macs: elementCount(layer.filter) };
  }
  const [, h, w] = layer.input as [number, number, number, number];
  const [, kh, kw] = layer.filter as [number, number, number, number];
  const s = layer.stride;
  const oh = Math.ceil(h / s), ow = Math.ceil(w / s);
  const padH = Math.max((oh - 1) * s + kh - h, 0), padW = Math.max((ow - 1) * s + kw - w, 0);
  const pad = { top: Math.floor(padH / 2), bottom: padH - Math.floor(padH / 2), left: Math.floor(padW / 2), right: padW - Math.floor(padW / 2) };
  const output = b.tensor({ shape: [1, oh, ow, outC], ...q });
  b.op(layer.kind, { input, filter, bias }, output, { stride: [s, s], dilation: [1, 1], pad, depthMultiplier: 1, ...act });
  const perOutput = layer.kind === 'CONV_2D' ? kh * kw * layer.filter[3]! : kh * kw;
  return { graph: b.build([input], [output]), macs: oh * ow * outC * perOutput };
}

export async function run(): Promise<void> {
  console.log('| layer | op | input | MACs | CPU ms / run | M MAC/s |');
  console.log('|---|---|---|---:|---:|---:|');
  for (const layer of LAYERS) {
    const { graph, macs } = layerGraph(layer);
    const step = prepareGraph(graph).ops[0]!;
    const inT = graph.tensors[graph.inputs[0]!]!;
    const outT = graph.tensors[graph.outputs[0]!]!;
    const views = [{ data: randomValues(prng(1), 'int8', elementCount(inT.shape)), box: wholeBox(inT.shape) }, null, null];
    const output = { data: allocateTensorData('int8', elementCount(outT.shape)), box: wholeBox(outT.shape) };
    const once = (): void => step.run(views, output, output.box);
    for (let i = 0; i < 5; i++) once(); // warm up the JIT
    // CPU time of this process, not wall time: the numbers stay comparable on a busy machine.
    let runs = 0;
    const start = process.cpuUsage();
    const cpuMs = (): number => { const u = process.cpuUsage(start); return (u.user + u.system) / 1000; };
    while (cpuMs() < 400) { once(); runs++; }
    const ms = cpuMs() / runs;
    console.log(`| ${layer.name} | ${layer.kind} | ${layer.input.join('×')} | ${macs.toLocaleString('en-US')} | ${ms.toFixed(3)} | ${(macs / ms / 1000).toFixed(0)} |`);
  }
  await Promise.resolve();
}
