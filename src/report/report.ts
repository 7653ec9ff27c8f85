// Graph → Report: the versioned JSON contract that comparison, markdown and GitHub read
// (ARCHITECTURE.md, decision 5). Keys are written in a fixed order and nothing depends on time or
// machine, so the same model gives byte-identical JSON.

import { createHash } from 'node:crypto';
import type { AccuracyReport } from '../eval/result.ts';
import { UserError } from '../errors.ts';
import { opName, tensorBytes, type Graph } from '../model/graph.ts';
import { idealActivationPeakBytes, opStats, weightBytes } from '../model/stats.ts';
import type { Runtime } from '../registry.ts';
import { compileSchema } from '../schema-validation.ts';
import { TOOL_VERSION } from '../version.ts';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import type { TargetRow } from '../mcu/target-rows.ts';

export const REPORT_SCHEMA_VERSION = 1;

export interface TensorInfo {
  name: string;
  shape: number[];
  dtype: string;
  bytes: number;
  scale?: number;
  zeroPoint?: number;
}

export interface LayerReport {
  index: number;
  op: string;
  outputShape: number[];
  outputDtype: string;
  outputBytes: number;
  macs: number;
  params: number;
  constantBytes: number;
}

export interface ModelReport {
  path: string;
  sha256: string;
  format: 'tflite';
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  ops: number;
  macs: number;
  params: number;
  weightBytes: number;
  idealActivationPeakBytes: number;
  unsupportedOps: { index: number; op: string }[];
}

/** One memory plan (schema: `schedules[]`). */
export interface ScheduleReport {
  kind: 'per-layer' | 'patch';
  runtime: Runtime;
  arenaBytes: number;
  scratchBytes: number;
  /** TFLM: the persistent tail of arena_used_bytes(), counted in peakSramBytes. */
  persistentBytes?: number;
  peakSramBytes: number;
  activationPeakBytes: number;
  liveBytesPerStep?: number[];
  accounting?: string;
  split?: number;
  splitTensor?: string;
  patches?: [number, number];
  tile?: [number, number];
  macs?: number;
  macsClipped?: number;
  macOverhead?: number;
  chosen?: boolean;
  advice?: string[];
  executed?: boolean;
  highWaterBytes?: number;
  outputsMatchReference?: boolean;
  /** tinygate patch (executed): the placed plan's peak with the input streamed one window per patch. */
  streamedInputPeakSramBytes?: number;
  /** TinyEngine patch (its generator's layout): the image the application holds outside PEAK_MEM. */
  imageBytes?: number;
  /** TinyEngine patch: where its generated code would read or write outside a buffer. */
  unsound?: string[];
}

/**
 * Simulated latency and fit on one target under one runtime (schema: `targets[]`): the cost
 * model's row, plus the patch schedule it was charged on; per-layer costs are optional, since older
 * reports lack them.
 */
export interface TargetReport extends Omit<TargetRow, 'layers'> {
  schedule?: string;
  layers?: TargetRow['layers'];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'tinygate'; version: string };
  model: ModelReport;
  layers: LayerReport[];
  schedules?: ScheduleReport[];
  targets?: TargetReport[];
  accuracy?: AccuracyReport;
}

const reportValidator = compileSchema<Report>(reportSchema);

/** The model and per-layer part of a report; the pipeline adds plans and targets, then validates. */
export function buildReport(path: string, fileBytes: Uint8Array, graph: Graph): Report {
  const tensorInfo = (id: number): TensorInfo => {
    const t = graph.tensors[id]!;
    const info: TensorInfo = { name: t.name, shape: [...t.shape], dtype: t.dtype, bytes: tensorBytes(t) };
    if (t.quant !== null && t.quant.scale.length === 1) {
      info.scale = t.quant.scale[0]!;
      info.zeroPoint = t.quant.zeroPoint[0]!;
    }
    return info;
  };

  const layers: LayerReport[] = graph.ops.map((op) => {
    const out = graph.tensors[op.outputs[0]!];
    const stats = opStats(op, graph);
    return {
      index: op.index,
      op: opName(op),
      outputShape: out ? [...out.shape] : [],
      outputDtype: out ? out.dtype : 'none',
      outputBytes: op.outputs.reduce((sum, id) => sum + tensorBytes(graph.tensors[id]!), 0),
      macs: stats.macs,
      params: stats.params,
      constantBytes: stats.constantBytes,
    };
  });

  const model: ModelReport = {
    path,
    sha256: createHash('sha256').update(fileBytes).digest('hex'),
    format: 'tflite',
    inputs: graph.inputs.map(tensorInfo),
    outputs: graph.outputs.map(tensorInfo),
    ops: graph.ops.length,
    macs: layers.reduce((s, l) => s + l.macs, 0),
    params: layers.reduce((s, l) => s + l.params, 0),
    weightBytes: weightBytes(graph),
    idealActivationPeakBytes: idealActivationPeakBytes(graph),
    unsupportedOps: graph.ops.filter((op) => op.kind === 'UNSUPPORTED').map((op) => ({ index: op.index, op: opName(op) })),
  };

  return { schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: 'tinygate', version: TOOL_VERSION }, model, layers };
}

/** Checks a report (ours, or a baseline read from disk) against the schema. */
export function validateReport(value: unknown, source: string): Report {
  if (reportValidator.validate(value)) return value;
  throw new UserError(`not a valid tinygate report: ${reportValidator.errors().slice(0, 5).join('; ')}`, source);
}

export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
