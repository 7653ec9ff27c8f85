// The per-sample work of an evaluation, shared by the worker threads and the in-thread path: read a
// sample, run the int8 model as the MCU would on the engine (tinygate's per-layer plan in simulated
// SRAM; or its placed patch schedule, whose outputs are also checked against per-layer bit for
// bit), and optionally the float model it came from (reference executor, float32).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { prepareGraph, runGraph, type PreparedGraph } from '../kernels/executor.ts';
import { kernelSetOf } from '../kernels/registry.ts';
import { DEFAULT_RUNTIME, type Runtime } from '../registry.ts';
import type { TensorData } from '../model/view.ts';
import { elementCount, type Graph } from '../model/graph.ts';
import { readTflite } from '../model/tflite/reader.ts';
import { preparePatchSimulation } from '../mcu/patch-simulator.ts';
import { prepareSimulation, type Simulation } from '../mcu/simulator.ts';
import { fusePads } from '../schedule/fuse-pads.ts';
import type { PatchRequest } from '../schedule/patch/plan.ts';
import { placeablePatchPlan, planPatchMemory } from '../schedule/patch/placement.ts';
import { planTinygate } from '../schedule/tinygate.ts';
import { DATASET_FILE, loadDataset, SampleReader, type Dataset } from './dataset.ts';

/** Everything a worker needs; plain data, so it crosses to worker threads by structured clone. */
export interface EvalSpec {
  /** The int8 model (.tflite bytes) and the path shown in messages. */
  readonly model: Uint8Array;
  readonly modelPath: string;
  /** Optional float32 model (.tflite bytes) evaluated on the same samples, e.g. the TF.js original. */
  readonly floatModel?: Uint8Array;
  readonly datasetDir: string;
  /** Run the int8 model with this patch schedule (and compare it with per-layer). */
  readonly schedule: PatchRequest | null;
  /** Whose kernels' bytes the engine computes (kernels/registry.ts); default DEFAULT_RUNTIME. */
  readonly runtime?: Runtime;
}

/** Per sample of a chunk: the int8 prediction, the float one (or −1), and whether schedule = per-layer. */
export interface ChunkResult {
  readonly indices: number[];
  readonly predictions: number[];
  readonly floatPredictions: number[] | null;
  readonly agree: boolean[] | null;
}

export class Evaluator {
  readonly graph: Graph;
  readonly dataset: Dataset;
  readonly classes: number;
  readonly datasetSha256: string;
  private readonly perLayer: Simulation;
  private readonly patch: Simulation | null;
  private readonly reader: SampleReader;
  private readonly float: { prepared: PreparedGraph; reader: SampleReader } | null;

  constructor(spec: EvalSpec) {
    this.graph = readTflite(spec.model, spec.modelPath);
    if (this.graph.inputs.length !== 1 || this.graph.outputs.length !== 1) {
      throw new UserError(`accuracy needs a model with one input and one output, this one has ${this.graph.inputs.length} and ${this.graph.outputs.length}`, spec.modelPath);
    }
    this.classes = elementCount(this.graph.tensors[this.graph.outputs[0]!]!.shape);
    const kernels = kernelSetOf(spec.runtime ?? DEFAULT_RUNTIME);
    this.perLayer = prepareSimulation(this.graph, planTinygate(fusePads(this.graph)), kernels);
    const plan = spec.schedule === null ? null : placeablePatchPlan(this.graph, spec.schedule);
    this.patch = plan === null ? null : preparePatchSimulation(plan, planPatchMemory(plan), kernels);
    this.dataset = loadDataset(spec.datasetDir);
    this.datasetSha256 = createHash('sha256').update(readFileSync(join(this.dataset.dir, DATASET_FILE))).digest('hex');
    this.reader = new SampleReader(this.dataset, this.graph.tensors[this.graph.inputs[0]!]!);
    if (spec.floatModel === undefined) {
      this.float = null;
    } else {
      const g = readTflite(spec.floatModel, `${spec.modelPath} (float)`);
      this.float = { prepared: prepareGraph(g, { kernels }), reader: new SampleReader(this.dataset, g.tensors[g.inputs[0]!]!) };
    }
  }

  run(indices: readonly number[]): ChunkResult {
    const predictions: number[] = [], floatPredictions: number[] = [], agree: boolean[] = [];
    for (const i of indices) {
      const input = this.reader.read(i, this.classes);
      const perLayer = this.perLayer.run([input]).outputs[0]!;
      if (this.patch !== null) {
        const scheduled = this.patch.run([input]).outputs[0]!;
        agree.push(sameBytes(scheduled, perLayer));
        predictions.push(argmax(scheduled));
      } else {
        predictions.push(argmax(perLayer));
      }
      if (this.float !== null) floatPredictions.push(argmax(runGraph(this.float.prepared, [this.float.reader.read(i, this.classes)])[0]!));
    }
    return { indices: [...indices], predictions, floatPredictions: this.float === null ? null : floatPredictions, agree: this.patch === null ? null : agree };
  }
}

/** The first index of the largest value (TFLite's top-1, ties to the lower class). */
export function argmax(data: TensorData): number {
  let best = 0;
  for (let k = 1; k < data.length; k++) if (data[k]! > data[best]!) best = k;
  return best;
}

function sameBytes(a: TensorData, b: TensorData): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
