// TF.js LayersModel (model.json + weight shards) → a float32 Graph, the way TFLite's converter lowers
// Keras layers: NHWC tensors with batch 1; Conv2D/DepthwiseConv2D/Dense with their activation fused
// (relu → RELU, relu6 → RELU6) and BatchNormalization folded into the preceding one's weights and
// bias; Flatten/Reshape → RESHAPE; global average pooling → AVERAGE_POOL_2D over the whole map, then
// RESHAPE; softmax → SOFTMAX; Dropout disappears. Kernels are transposed from tfjs's layouts (conv
// HWIO, depthwise HWCM, dense IO) to TFLite's (OHWI, 1HW(C·M), OI).
//
// The format (tfjs-layers `LayersModel.save`, the converter's `layers-model`): `modelTopology` is a
// Keras config (Sequential: a list of layers; functional: layers with `inbound_nodes`), and
// `weightsManifest` lists groups of weights whose bytes follow each other across the group's files,
// in manifest order. We parse it ourselves (no tfjs at run time, so the bundle stays small).

import { UserError } from '../errors.ts';
import type { Activation, DType, FusedActivation, Graph, Op, Pad2D, Tensor } from './graph.ts';
import { elementCount } from './graph.ts';

export interface TfjsModelJson {
  modelTopology: unknown;
  weightsManifest?: { paths: string[]; weights: { name: string; shape: number[]; dtype: string; quantization?: unknown }[] }[];
}

interface LayerJson {
  class_name: string;
  config: Record<string, unknown>;
  name?: string;
  inbound_nodes?: unknown[];
}

/** Reads model.json text and its weight files (by the relative paths the manifest names). */
export function readTfjsModel(modelJson: string, readWeights: (path: string) => Uint8Array, file = 'model.json'): Graph {
  let parsed: TfjsModelJson;
  try {
    parsed = JSON.parse(modelJson) as TfjsModelJson;
  } catch (e) {
    throw new UserError(`not JSON: ${(e as Error).message}`, file);
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.modelTopology !== 'object' || parsed.modelTopology === null) {
    throw new UserError('not a TF.js layers model (no `modelTopology`); graph models from tf.saved_model conversion are not supported', file);
  }
  const weights = new Map<string, Float32Array>();
  for (const group of parsed.weightsManifest ?? []) {
    const data = concat(group.paths.map((p) => readWeights(p)));
    let offset = 0;
    for (const w of group.weights) {
      if (w.dtype !== 'float32' || w.quantization !== undefined) {
        throw new UserError(`weight ${w.name} is ${w.quantization !== undefined ? 'quantized by the tfjs converter' : w.dtype}; only float32 weights are supported (convert without --quantize_*)`, file);
      }
      const bytes = elementCount(w.shape) * 4;
      if (offset + bytes > data.length) throw new UserError(`weight ${w.name} needs bytes ${offset}..${offset + bytes} but its files hold ${data.length}`, file);
      weights.set(w.name, new Float32Array(data.slice(offset, offset + bytes).buffer));
      offset += bytes;
    }
  }
  return new Converter(file, weights).convert(topologyLayers(parsed.modelTopology, file));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

interface Topology { layers: LayerJson[]; functional: boolean; outputs: string[] }

function topologyLayers(topology: unknown, file: string): Topology {
  // model.json nests the Keras model config under `model_config` when saved by Keras/tfjs-converter.
  const root = (topology as { model_config?: unknown }).model_config ?? topology;
  const { class_name: kind, config } = root as { class_name?: string; config?: unknown };
  if (kind === 'Sequential') {
    // Keras 2.2 writes the layer list as the config itself, later versions as config.layers.
    const layers = (Array.isArray(config) ? config : (config as { layers?: unknown }).layers) as LayerJson[] | undefined;
    if (!Array.isArray(layers)) throw new UserError('Sequential model without layers', file);
    return { layers, functional: false, outputs: [] };
  }
  if (kind === 'Model' || kind === 'Functional') {
    const c = config as { layers: LayerJson[]; output_layers: unknown[] };
    const outputs = c.output_layers.map((o) => String((o as unknown[])[0]));
    return { layers: c.layers, functional: true, outputs };
  }
  throw new UserError(`model class \`${String(kind)}\` is not supported (Sequential or functional Model)`, file);
}

/** Names of the layers feeding a functional layer, from either inbound_nodes format. */
function inboundNames(layer: LayerJson): string[] {
  const node = layer.inbound_nodes?.[0];
  if (node === undefined) return [];
  if (Array.isArray(node)) return node.map((entry) => String((entry as unknown[])[0]));
  // Keras 3: { args: [ { config: { keras_history: [name, 0, 0] } } | [ ...those ] ] }
  const args = (node as { args?: unknown[] }).args ?? [];
  return args.flatMap((a) => (Array.isArray(a) ? a : [a]))
    .map((a) => String(((a as { config?: { keras_history?: unknown[] } }).config?.keras_history ?? [])[0]));
}

/** A graph under construction: float weights stay editable (BatchNorm folds into them) until build. */
interface PendingTensor { name: string; shape: number[]; values: Float32Array | null }
type PendingOp = Omit<Op, 'index' | 'version'> & { attrs: Record<string, unknown> };

class Converter {
  private readonly tensors: PendingTensor[] = [];
  private readonly ops: PendingOp[] = [];
  /** Which op writes each tensor, for fusing activations and folding BatchNorm. */
  private readonly producer = new Map<number, number>();
  /** How many layers read each layer's output, by layer name (functional models). */
  private readonly consumers = new Map<string, number>();
  /** RESHAPE's int32 shape operands (every other constant is float32). */
  private readonly shapeConstants = new Map<number, number[]>();

  constructor(private readonly file: string, private readonly weights: ReadonlyMap<string, Float32Array>) {}

  convert(t: Topology): Graph {
    const byName = new Map<string, number>();
    const inputs: number[] = [];
    let previous: number | undefined;
    if (t.functional) for (const l of t.layers) for (const n of inboundNames(l)) this.consumers.set(n, (this.consumers.get(n) ?? 0) + 1);
    t.layers.forEach((layer, i) => {
      const name = String(layer.config['name'] ?? layer.name ?? `layer${i}`);
      let ins: number[];
      if (layer.class_name === 'InputLayer' || (!t.functional && i === 0)) {
        const shape = (layer.config['batch_input_shape'] ?? layer.config['batch_shape'] ?? layer.config['batchInputShape']) as (number | null)[] | undefined;
        if (shape === undefined) throw this.fail(name, 'the first layer has no batch_input_shape');
        const id = this.tensor(layer.class_name === 'InputLayer' ? name : 'input', shape.map((d, k) => (k === 0 ? 1 : d ?? NaN)));
        if (shape.slice(1).some((d) => d === null)) throw this.fail(name, `input shape [${shape.join(', ')}] has unknown dimensions; tinygate needs a fixed input size`);
        inputs.push(id);
        previous = id;
        if (layer.class_name === 'InputLayer') { byName.set(name, id); return; }
        ins = [id];
      } else if (t.functional) {
        ins = inboundNames(layer).map((n) => {
          const id = byName.get(n);
          if (id === undefined) throw this.fail(name, `its input \`${n}\` is not defined before it`);
          return id;
        });
      } else {
        ins = [previous!];
      }
      // Sequential models consume each output once; a functional tensor used twice cannot absorb BN or an activation.
      const single = !t.functional || inboundNames(layer).every((n) => (this.consumers.get(n) ?? 0) <= 1);
      const out = this.layer(layer.class_name, name, layer.config, ins, single);
      byName.set(name, out);
      previous = out;
    });
    const outputs = t.functional ? t.outputs.map((n) => byName.get(n)!) : [previous!];
    return this.build(inputs, outputs);
  }

  private fail(layer: string, message: string): UserError {
    return new UserError(`layer \`${layer}\`: ${message}`, this.file);
  }

  private tensor(name: string, shape: number[], values: Float32Array | null = null): number {
    this.tensors.push({ name, shape, values });
    return this.tensors.length - 1;
  }

  private weight(layer: string, name: string, shape: number[]): Float32Array {
    const key = [...this.weights.keys()].find((k) => k === `${layer}/${name}` || k.endsWith(`/${layer}/${name}`));
    const w = key === undefined ? undefined : this.weights.get(key);
    if (w === undefined) throw this.fail(layer, `weight \`${layer}/${name}\` is missing from weightsManifest`);
    if (w.length !== elementCount(shape)) throw this.fail(layer, `weight \`${name}\` has ${w.length} values, expected shape [${shape.join(', ')}]`);
    return w;
  }

  private op(kind: Op['kind'], inputs: Record<string, number>, outputShape: number[], name: string, attrs: Record<string, unknown>): number {
    const out = this.tensor(name, outputShape);
    this.ops.push({ kind, inputs, inputList: Object.values(inputs), outputs: [out], attrs } as unknown as PendingOp);
    this.producer.set(out, this.ops.length - 1);
    return out;
  }

  private layer(kind: string, name: string, c: Record<string, unknown>, ins: number[], single: boolean): number {
    const x = ins[0]!;
    const shape = this.tensors[x]!.shape;
    switch (kind) {
      case 'Conv2D': case 'DepthwiseConv2D': return this.conv(kind, name, c, x);
      case 'Dense': {
        if (shape.length !== 2) throw this.fail(name, `Dense on a rank-${shape.length} input is not supported (add a Flatten)`);
        const units = Number(c['units']), inF = shape[1]!;
        const k = this.weight(name, 'kernel', [inF, units]);
        const filter = new Float32Array(units * inF);
        for (let i = 0; i < inF; i++) for (let o = 0; o < units; o++) filter[o * inF + i] = k[i * units + o]!;
        const bias = c['use_bias'] === false ? new Float32Array(units) : this.weight(name, 'bias', [units]).slice();
        const out = this.op('FULLY_CONNECTED', {
          input: x, filter: this.tensor(`${name}/kernel`, [units, inF], filter), bias: this.tensor(`${name}/bias`, [units], bias),
        }, [1, units], name, { ...fused('NONE'), keepNumDims: false });
        return this.activation(name, String(c['activation'] ?? 'linear'), out, true, true);
      }
      case 'Activation': return this.activation(name, String(c['activation']), x, single);
      case 'ReLU': {
        const max = c['max_value'] ?? c['maxValue'];
        if (max !== null && max !== undefined && max !== 6) throw this.fail(name, `ReLU with max_value ${String(max)} is not supported (none or 6)`);
        return this.activation(name, max === 6 ? 'relu6' : 'relu', x, single);
      }
      case 'Softmax': return this.activation(name, 'softmax', x, single);
      case 'BatchNormalization': return this.batchNorm(name, c, x, single);
      case 'Dropout': case 'SpatialDropout2D': case 'GaussianNoise': return x;
      case 'Flatten': return this.reshape(name, x, [1, elementCount(shape) / shape[0]!]);
      case 'Reshape': return this.reshape(name, x, [1, ...(c['target_shape'] ?? c['targetShape']) as number[]]);
      case 'MaxPooling2D': case 'AveragePooling2D': {
        const size = pair(c['pool_size'] ?? c['poolSize'] ?? [2, 2]);
        const strides = pair(c['strides'] ?? size);
        const { pad, outHW } = padding(String(c['padding'] ?? 'valid'), shape, size, strides, [1, 1]);
        return this.op(kind === 'MaxPooling2D' ? 'MAX_POOL_2D' : 'AVERAGE_POOL_2D', { input: x }, [1, ...outHW, shape[3]!], name,
          { stride: strides, dilation: [1, 1], pad, filter: size, ...fused('NONE') });
      }
      case 'GlobalAveragePooling2D': case 'GlobalMaxPooling2D': {
        const [, h, w, ch] = shape as [number, number, number, number];
        const pooled = this.op(kind === 'GlobalMaxPooling2D' ? 'MAX_POOL_2D' : 'AVERAGE_POOL_2D', { input: x }, [1, 1, 1, ch], `${name}/pool`,
          { stride: [h, w], dilation: [1, 1], pad: { top: 0, bottom: 0, left: 0, right: 0 }, filter: [h, w], ...fused('NONE') });
        return c['keepdims'] === true ? pooled : this.reshape(name, pooled, [1, ch]);
      }
      case 'Add': {
        if (ins.length !== 2) throw this.fail(name, `Add of ${ins.length} inputs is not supported (2)`);
        return this.op('ADD', { lhs: ins[0]!, rhs: ins[1]! }, [...shape], name, fused('NONE'));
      }
      default:
        throw this.fail(name, `${kind} is not supported; supported: Conv2D, DepthwiseConv2D, Dense, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D, GlobalMaxPooling2D, BatchNormalization, Activation, ReLU, Softmax, Flatten, Reshape, Add, Dropout`);
    }
  }

  private conv(kind: 'Conv2D' | 'DepthwiseConv2D', name: string, c: Record<string, unknown>, x: number): number {
    const shape = this.tensors[x]!.shape;
    if (shape.length !== 4) throw this.fail(name, `expects an NHWC input, got [${shape.join(', ')}]`);
    if ((c['data_format'] ?? 'channels_last') !== 'channels_last') throw this.fail(name, 'only data_format channels_last is supported');
    const [kh, kw] = pair(c['kernel_size']);
    const strides = pair(c['strides'] ?? [1, 1]), dilation = pair(c['dilation_rate'] ?? [1, 1]);
    const inC = shape[3]!;
    const { pad, outHW } = padding(String(c['padding'] ?? 'valid'), shape, [kh, kw], strides, dilation);
    let filter: Float32Array, filterShape: number[], outC: number, extra: Record<string, unknown> = {};
    if (kind === 'Conv2D') {
      outC = Number(c['filters']);
      const k = this.weight(name, 'kernel', [kh, kw, inC, outC]);
      filter = new Float32Array(k.length);
      // HWIO → OHWI
      for (let y = 0; y < kh; y++) for (let z = 0; z < kw; z++) for (let i = 0; i < inC; i++) for (let o = 0; o < outC; o++) {
        filter[((o * kh + y) * kw + z) * inC + i] = k[((y * kw + z) * inC + i) * outC + o]!;
      }
      filterShape = [outC, kh, kw, inC];
    } else {
      const mult = Number(c['depth_multiplier'] ?? 1);
      outC = inC * mult;
      // HWCM is already 1HW(C·M) in memory: channel c·M + m follows input channel c.
      filter = this.weight(name, 'depthwise_kernel', [kh, kw, inC, mult]).slice();
      filterShape = [1, kh, kw, outC];
      extra = { depthMultiplier: mult };
    }
    const bias = c['use_bias'] === false ? new Float32Array(outC) : this.weight(name, 'bias', [outC]).slice();
    const out = this.op(kind === 'Conv2D' ? 'CONV_2D' : 'DEPTHWISE_CONV_2D', {
      input: x, filter: this.tensor(`${name}/kernel`, filterShape, filter), bias: this.tensor(`${name}/bias`, [outC], bias),
    }, [1, ...outHW, outC], name, { stride: strides, dilation, pad, ...fused('NONE'), ...extra });
    return this.activation(name, String(c['activation'] ?? 'linear'), out, true, true);
  }

  /**
   * Fuses relu/relu6 into the op that wrote `x` when it can, else adds the op. `ofLayer`: the
   * activation argument of layer `name` itself, whose output keeps the layer's name.
   */
  private activation(name: string, fn: string, x: number, single: boolean, ofLayer = false): number {
    if (fn === 'linear') return x;
    const shape = this.tensors[x]!.shape;
    const opName = ofLayer ? `${name}/${fn}` : name;
    if (fn === 'softmax') return this.op('SOFTMAX', { input: x }, [...shape], opName, { beta: 1 });
    if (fn !== 'relu' && fn !== 'relu6') throw this.fail(name, `activation \`${fn}\` is not supported (linear, relu, relu6, softmax)`);
    const act: Activation = fn === 'relu' ? 'RELU' : 'RELU6';
    const p = this.producer.get(x);
    const prod = p === undefined ? undefined : this.ops[p]!;
    if (single && prod !== undefined && 'activation' in prod.attrs && prod.attrs['activation'] === 'NONE' && prod.kind !== 'MAX_POOL_2D') {
      Object.assign(prod.attrs, fused(act));
      if (!ofLayer) this.tensors[x]!.name = name;
      return x;
    }
    return this.op(act, { input: x }, [...shape], opName, {});
  }

  /** y = γ(x − μ)/√(σ² + ε) + β, folded into the conv/dense that wrote x (per output channel). */
  private batchNorm(name: string, c: Record<string, unknown>, x: number, single: boolean): number {
    const p = this.producer.get(x);
    const prod = p === undefined ? undefined : this.ops[p]!;
    if (!single || prod === undefined || !['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED'].includes(prod.kind) || prod.attrs['activation'] !== 'NONE') {
      throw this.fail(name, 'BatchNormalization must directly follow a Conv2D, DepthwiseConv2D or Dense without activation (it is folded into its weights)');
    }
    const shape = this.tensors[x]!.shape, ch = shape.at(-1)!;
    const eps = Number(c['epsilon'] ?? 1e-3);
    const gamma = c['scale'] === false ? new Float32Array(ch).fill(1) : this.weight(name, 'gamma', [ch]);
    const beta = c['center'] === false ? new Float32Array(ch) : this.weight(name, 'beta', [ch]);
    const mean = this.weight(name, 'moving_mean', [ch]), variance = this.weight(name, 'moving_variance', [ch]);
    const inputs = prod.inputs as Record<string, number>;
    const filter = this.tensors[inputs['filter']!]!.values!, bias = this.tensors[inputs['bias']!]!.values!;
    // Output channel of each filter element: OHWI and OI lead with it, 1HWC ends with it.
    const perChannel = filter.length / ch, leading = prod.kind !== 'DEPTHWISE_CONV_2D';
    for (let k = 0; k < ch; k++) {
      const f = gamma[k]! / Math.sqrt(variance[k]! + eps);
      bias[k] = (bias[k]! - mean[k]!) * f + beta[k]!;
      for (let j = 0; j < perChannel; j++) filter[leading ? k * perChannel + j : j * ch + k]! *= f;
    }
    this.tensors[x]!.name = name;
    return x;
  }

  private reshape(name: string, x: number, to: number[]): number {
    if (elementCount(to) !== elementCount(this.tensors[x]!.shape)) throw this.fail(name, `cannot reshape [${this.tensors[x]!.shape.join(', ')}] to [${to.join(', ')}]`);
    const shapeId = this.tensor(`${name}/shape`, [to.length], null);
    this.shapeConstants.set(shapeId, to);
    return this.op('RESHAPE', { input: x, shape: shapeId }, to, name, {});
  }

  private build(inputs: number[], outputs: number[]): Graph {
    const tensors: Tensor[] = this.tensors.map((t, id) => {
      const ints = this.shapeConstants.get(id);
      const dtype: DType = ints !== undefined ? 'int32' : 'float32';
      const data = ints !== undefined ? new Uint8Array(Int32Array.from(ints).buffer)
        : t.values === null ? null : new Uint8Array(t.values.buffer.slice(t.values.byteOffset, t.values.byteOffset + t.values.byteLength));
      return { id, name: t.name, shape: t.shape, dtype, quant: null, data, isVariable: false };
    });
    const ops = this.ops.map((op, index) => ({ ...op, index, version: 1 }) as unknown as Op);
    return { tensors, ops, inputs, outputs, description: `converted from TF.js by tinygate: ${this.file}` };
  }
}

function fused(activation: Activation): FusedActivation & Record<string, unknown> {
  const clamp = activation === 'RELU' ? { min: 0, max: Infinity } : activation === 'RELU6' ? { min: 0, max: 6 } : { min: -Infinity, max: Infinity };
  return { activation, clamp };
}

function pair(v: unknown): [number, number] {
  const a = Array.isArray(v) ? v : [v, v];
  return [Number(a[0]), Number(a[1] ?? a[0])];
}

/** Keras SAME/VALID → explicit pads (TFLite's ComputePaddingWithOffset) and the output size. */
function padding(mode: string, shape: readonly number[], k: readonly number[], stride: readonly number[], dilation: readonly number[]): { pad: Pad2D; outHW: [number, number] } {
  const axis = (i: number): [number, number, number] => {
    const size = shape[i + 1]!, eff = (k[i]! - 1) * dilation[i]! + 1;
    const out = mode === 'same' ? Math.ceil(size / stride[i]!) : Math.floor((size - eff) / stride[i]!) + 1;
    const total = mode === 'same' ? Math.max((out - 1) * stride[i]! + eff - size, 0) : 0;
    return [out, Math.floor(total / 2), total - Math.floor(total / 2)];
  };
  const [oh, top, bottom] = axis(0), [ow, left, right] = axis(1);
  return { pad: { top, bottom, left, right }, outHW: [oh, ow] };
}
