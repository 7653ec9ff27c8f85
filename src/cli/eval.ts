// `tinygate eval`: top-1 accuracy of the int8 model over a dataset, as the MCU would compute it,
// on all cores. TF.js models are converted, quantized with calibration samples and evaluated next
// to their float original.
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { UserError } from '../errors.ts';
import { evaluateAccuracy } from '../eval/accuracy.ts';
import { loadDataset, SampleReader } from '../eval/dataset.ts';
import { progressPrinter } from '../eval/progress.ts';
import { accuracyReport, parseShard, renderResult, type EvalResult } from '../eval/result.ts';
import { elementCount, type Graph } from '../model/graph.ts';
import { quantizeGraph } from '../eval/quantize.ts';
import { readTfjsModel } from '../model/tfjs.ts';
import { readTflite } from '../model/tflite/reader.ts';
import { writeTflite } from '../model/tflite/writer.ts';
import { serializeReport, validateReport } from '../report/report.ts';
import type { PatchRequest } from '../schedule/patch/plan.ts';
import { bestSplitFor, pickSchedule, searchSchedules } from '../schedule/patch/search.ts';
import { parseCommandArgs } from './args.ts';
import { processIo, type CliIo } from './io.ts';
import { parseScheduleChoice, SCHEDULE_OPTIONS } from './schedule-args.ts';
import { parseRuntime, RUNTIME_OPTION, runtimeHelp } from './runtime-arg.ts';

export const EVAL_HELP = `Usage: tinygate eval MODEL --dataset DIR [--schedule patch --patches P [--split K]] [--runtime R] [--shard i/n] [--out FILE]

Measures the top-1 accuracy of the int8 model over a dataset with tinygate's engine (the bytes TFLite
Micro computes with the runtime's kernels), per class and with its most frequent confusions.

MODEL is an int8 .tflite, or a TF.js model.json (float32 weights): it is converted, quantized to int8
with calibration samples (per-channel weights, per-tensor activations, as TFLite's converter does),
and both the float and the int8 model are evaluated.

Options:
  --dataset DIR          folder with dataset.json (format: docs/accuracy.md)
  --schedule S           per-layer (default), patch (with --patches) or auto (with --budget-sram):
                         run the int8 model with that schedule and check that every output equals
                         per-layer execution bit for bit (the agreement)
  --patches P            patch count per axis: P for P×P, or PxQ (rows × columns)
  --split K              last op of stage 1 (default: the split with the lowest peak for --patches)
  --budget-sram SIZE     with --schedule auto: the schedule with the fewest MACs that fits (e.g. 32KiB)
${runtimeHelp(23)}
  --shard i/n            evaluate every n-th sample starting at the i-th (1-based): one job of a CI
                         matrix; combine the --out files with \`tinygate merge\`
  --workers N            threads, this one included (default: all cores; 0 or 1: this thread only)
  --float FILE           the TF.js model.json an int8 .tflite came from: also report float accuracy
  --calibrate DIR        dataset for int8 calibration of a model.json (default: --dataset, which
                         makes calibration see the test samples: prefer a training subset)
  --calibration-samples N  samples used for calibration, evenly spaced (default 200)
  --write-tflite FILE    write the quantized int8 model of a model.json
  --out FILE             write the result as JSON (for \`tinygate merge\`)
  --report FILE          add the accuracy to this analysis report (\`tinygate analyze --out\`), in place
  --json                 print the result JSON instead of the summary
  --debug                show stack traces for errors
  -h, --help             show this help
`;

export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', args, {
    dataset: { type: 'string' },
    ...SCHEDULE_OPTIONS,
    ...RUNTIME_OPTION,
    shard: { type: 'string' },
    workers: { type: 'string' },
    float: { type: 'string' },
    calibrate: { type: 'string' },
    'calibration-samples': { type: 'string' },
    'write-tflite': { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(EVAL_HELP); return 0; }
  if (positionals.length !== 1) throw new UserError(`eval: give exactly one model, got ${positionals.length} (usage: tinygate eval MODEL --dataset DIR)`);
  if (values.dataset === undefined) throw new UserError('eval: --dataset DIR is required (a folder with dataset.json)');
  const path = positionals[0]!;
  const { runtime } = parseRuntime('eval', values.runtime);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (shard !== null && values.report !== undefined) throw new UserError('eval: --report needs the whole dataset; write shards with --out and merge them (`tinygate merge --report`)');
  // More threads than cores only adds memory (each holds the model and a reader).
  const workers = values.workers === undefined ? undefined : Math.min(integer('--workers', values.workers, 0), availableParallelism());

  const { model, floatModel } = loadModels(io, path, values);
  const schedule = scheduleOf(readTflite(model, path), values);
  const tty = io === processIo && process.stderr.isTTY === true;
  const progress = progressPrinter(io.stderr, tty, 'eval');
  const result = await evaluateAccuracy(
    { model, modelPath: path, datasetDir: values.dataset, schedule, runtime, ...(floatModel === null ? {} : { floatModel }) },
    { shard, ...(workers === undefined ? {} : { workers }), onProgress: (d, t) => progress.update(d, t) },
  );
  progress.finish();

  if (values.out !== undefined) io.writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  if (values.report !== undefined) addToReport(io, values.report, result);
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(renderResult(result, loadDataset(values.dataset).classes));
  return result.agreeing !== null && result.agreeing !== result.evaluated ? 1 : 0;
}

/** Puts a complete result's accuracy into a report file (validated before and after). */
export function addToReport(io: CliIo, reportPath: string, result: EvalResult): void {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(reportPath)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`not JSON: ${(e as Error).message}`, reportPath);
  }
  const report = validateReport(json, reportPath);
  if (report.model.sha256 !== result.model.sha256) {
    throw new UserError(`this report is for another model (sha256 ${report.model.sha256.slice(0, 12)}…, evaluated ${result.model.sha256.slice(0, 12)}…)`, reportPath);
  }
  io.writeFile(reportPath, serializeReport(validateReport({ ...report, accuracy: accuracyReport(result) }, reportPath)));
}

function integer(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UserError(`eval: ${flag} takes an integer ≥ ${min}, got \`${text}\``);
  return n;
}

type Values = Record<string, string | boolean | undefined>;

/** The int8 model bytes, and the float model's when there is one. */
function loadModels(io: CliIo, path: string, values: Values): { model: Uint8Array; floatModel: Uint8Array | null } {
  const readTfjs = (p: string): Graph => readTfjsModel(new TextDecoder().decode(io.readFile(p)), (w) => io.readFile(weightsPath(p, w)), p);
  if (!path.endsWith('.json')) {
    if (values['calibrate'] !== undefined || values['write-tflite'] !== undefined) throw new UserError('eval: --calibrate and --write-tflite apply to a TF.js model.json');
    const float = values['float'] as string | undefined;
    return { model: io.readFile(path), floatModel: float === undefined ? null : writeTflite(readTfjs(float)) };
  }
  const floatGraph = readTfjs(path);
  if (values['calibrate'] === undefined) io.stderr('eval: calibrating on the evaluation set itself, which flatters int8 accuracy (--calibrate DIR to use training samples)\n');
  const calibDir = (values['calibrate'] ?? values['dataset']) as string;
  const count = values['calibration-samples'] === undefined ? 200 : integer('--calibration-samples', values['calibration-samples'] as string, 1);
  const int8 = quantizeGraph(floatGraph, calibrationInputs(floatGraph, calibDir, count));
  const model = writeTflite(int8);
  if (values['write-tflite'] !== undefined) io.writeFile(values['write-tflite'] as string, model);
  return { model, floatModel: writeTflite(floatGraph) };
}

/** A weights file named by model.json: beside it, never outside its folder. */
function weightsPath(modelJson: string, name: string): string {
  const rel = relative(dirname(modelJson), join(dirname(modelJson), name));
  if (isAbsolute(name) || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError(`weights file \`${name}\` must lie in the model's folder (a relative path without \`..\`)`, modelJson);
  }
  return join(dirname(modelJson), name);
}

/** `count` samples spread evenly over the dataset, as float inputs of the float graph. */
function calibrationInputs(graph: Graph, dir: string, count: number): Float32Array[][] {
  const dataset = loadDataset(dir);
  const reader = new SampleReader(dataset, graph.tensors[graph.inputs[0]!]!);
  const classes = elementCount(graph.tensors[graph.outputs[0]!]!.shape);
  const n = Math.min(count, dataset.samples.length);
  return Array.from({ length: n }, (_, k) => [reader.read(Math.floor((k * dataset.samples.length) / n), classes) as Float32Array]);
}

/** The patch schedule to run, from the flags analyze and run share; null: per-layer. */
function scheduleOf(graph: Graph, values: Values): PatchRequest | null {
  const choice = parseScheduleChoice('eval', values as Parameters<typeof parseScheduleChoice>[1]);
  if (choice === undefined || choice.mode === 'per-layer' || choice.mode === 'search') return null;
  if (choice.mode === 'patch') return { split: choice.split ?? bestSplitFor(graph, choice.patches).split, patches: choice.patches };
  const picked = pickSchedule(searchSchedules(graph), choice.budgetSramBytes);
  return picked.kind === 'patch' ? { split: picked.split, patches: picked.patches } : null;
}
