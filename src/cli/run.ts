// `tinygate run`: inference on raw input files or seeded random inputs with tinygate's engine: the
// plan laid out in simulated SRAM (tinygate's per-layer plan, or its placed patch schedule), the
// wasm kernels computing there. Outputs are written as raw bytes in order, summarized on stdout, or
// printed as JSON with the time per warm inference (--repeat N).
import { UserError } from '../errors.ts';
import { preparePatchSimulation } from '../mcu/patch-simulator.ts';
import { prepareSimulation, type Simulation } from '../mcu/simulator.ts';
import type { KernelSet } from '../kernels/registry.ts';
import type { TensorData } from '../model/view.ts';
import { elementCount, tensorBytes, type Graph, type Tensor } from '../model/graph.ts';
import { decodeRawTensor, dtypesMatchingSize, encodeRawTensor } from '../model/raw-tensor.ts';
import { readTflite } from '../model/tflite/reader.ts';
import { randomInputs } from '../model/random-inputs.ts';
import { formatShape } from '../report/format.ts';
import { fusePads } from '../schedule/fuse-pads.ts';
import { placeablePatchPlan, planPatchMemory } from '../schedule/patch/placement.ts';
import { bestSplitFor } from '../schedule/patch/search.ts';
import { planTinygate } from '../schedule/tinygate.ts';
import { parseCommandArgs } from './args.ts';
import { parseRuntime, RUNTIME_OPTION, runtimeHelp } from './runtime-arg.ts';
import { SCHEDULE_OPTIONS, parseScheduleChoice } from './schedule-args.ts';
import type { CliIo } from './io.ts';

export const RUN_HELP = `Usage: tinygate run MODEL (--input FILE... | --random-input SEED) [--schedule patch --patches P] [--runtime R] [--output FILE | --json] [--repeat N]

Runs inference with tinygate's int8 engine in simulated SRAM, per-layer or patch by patch (the
outputs are the same bytes either way): the bytes TFLite Micro computes with the runtime's kernels
(tflm: CMSIS-NN; tflm-reference: the reference kernels; tinyengine and tinygate: as the reference).

Options:
  --input FILE        raw bytes of one model input in its dtype (repeat once per input, in order)
  --random-input SEED seeded random inputs instead (int8/uint8: uniform over the type; float32: [-1, 1))
  --schedule S        per-layer (default) or patch
  --patches P         with --schedule patch: P for P×P patches, or PxQ
  --split K           with --schedule patch: last op of stage 1 (default: the best split for --patches)
${runtimeHelp(20)}
  --output FILE       write every output's raw bytes, in order, to FILE (default: print a summary)
  --json              print the outputs and the timing as JSON
  --repeat N          run N warm inferences (after the engine is prepared) and time each; the
                      JSON's timing is { runs, medianMs, minMs } per inference
  --debug             show stack traces for errors
  -h, --help          show this help
`;

export function runCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('run', args, {
    input: { type: 'string', multiple: true },
    'random-input': { type: 'string' },
    output: { type: 'string' },
    json: { type: 'boolean' },
    repeat: { type: 'string' },
    schedule: SCHEDULE_OPTIONS.schedule,
    patches: SCHEDULE_OPTIONS.patches,
    split: SCHEDULE_OPTIONS.split,
    ...RUNTIME_OPTION,
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(RUN_HELP); return 0; }
  if (positionals.length !== 1) throw new UserError(`run: give exactly one model, got ${positionals.length} (usage: tinygate run MODEL --input FILE...)`);
  const path = positionals[0]!;
  const graph = readTflite(io.readFile(path), path);
  const inputTensors = graph.inputs.map((id) => graph.tensors[id]!);

  let inputs: TensorData[];
  if (values['random-input'] !== undefined) {
    if (values.input !== undefined) throw new UserError('run: give either --input or --random-input, not both');
    const seed = Number(values['random-input']);
    if (values['random-input'].trim() === '' || !Number.isSafeInteger(seed)) throw new UserError(`run: --random-input takes an integer seed, got \`${values['random-input']}\``);
    inputs = randomInputs(graph, seed);
  } else {
    const files = values.input ?? [];
    if (files.length !== inputTensors.length) {
      throw new UserError(`run: ${path} has ${inputTensors.length} input(s) (${inputTensors.map(describe).join('; ')}), but --input was given ${files.length} time(s)`);
    }
    inputs = files.map((file, i) => readInput(io, file, inputTensors[i]!, i));
  }

  const schedule = parseScheduleChoice('run', values);
  if (schedule !== undefined && schedule.mode !== 'per-layer' && schedule.mode !== 'patch') {
    throw new UserError('run: --schedule takes per-layer or patch');
  }
  const repeat = values.repeat === undefined ? 1 : Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new UserError(`run: --repeat takes a whole number of runs ≥ 1, got \`${values.repeat}\``);
  if (values.json && values.output !== undefined) throw new UserError('run: give either --output or --json, not both');
  const { kernels } = parseRuntime('run', values.runtime);
  const engine = schedule?.mode === 'patch' ? patchEngine(graph, schedule.patches, schedule.split, kernels) : perLayerEngine(graph, kernels);
  const times: number[] = [];
  let outputs: TensorData[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    outputs = engine.run(inputs).outputs;
    times.push(performance.now() - start);
  }
  if (values.json) {
    io.stdout(`${JSON.stringify({ model: path, schedule: engine.schedule, outputs: outputs.map((data, i) => outputJson(graph, i, data)), timing: timing(times) }, null, 2)}\n`);
  } else if (values.output !== undefined) {
    const bytes = outputs.map(encodeRawTensor);
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    let offset = 0;
    for (const b of bytes) { all.set(b, offset); offset += b.length; }
    io.writeFile(values.output, all);
  } else {
    io.stdout(summarize(graph, outputs));
  }
  return 0;
}

/** tinygate's per-layer plan, prepared in simulated SRAM with `kernels`. */
function perLayerEngine(graph: Graph, kernels: KernelSet): Simulation & { schedule: string } {
  return { ...prepareSimulation(graph, planTinygate(fusePads(graph)), kernels), schedule: 'per-layer' };
}

/** tinygate's placed patch schedule (`split`, or the best split for `patches`), prepared in simulated SRAM. */
function patchEngine(graph: Graph, patches: readonly [number, number], split: number | undefined, kernels: KernelSet): Simulation & { schedule: string } {
  const request = { split: split ?? bestSplitFor(graph, patches).split, patches };
  const plan = placeablePatchPlan(graph, request);
  return { ...preparePatchSimulation(plan, planPatchMemory(plan), kernels), schedule: `patch ${patches.join('×')} after op ${request.split}` };
}

/** Wall time per inference: the median and the fastest of the runs (preparation excluded). */
function timing(times: readonly number[]): { runs: number; medianMs: number; minMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { runs: times.length, medianMs: round(median), minMs: round(sorted[0]!) };
}

function outputJson(graph: Graph, i: number, data: TensorData): { name: string; dtype: string; shape: number[]; values: number[] } {
  const t = graph.tensors[graph.outputs[i]!]!;
  return { name: t.name, dtype: t.dtype, shape: [...t.shape], values: Array.from(data) };
}

function describe(t: Tensor): string {
  return `${t.name || `tensor ${t.id}`}: ${t.dtype} ${formatShape(t.shape)}, ${tensorBytes(t)} bytes`;
}

function readInput(io: CliIo, file: string, t: Tensor, position: number): TensorData {
  const bytes = io.readFile(file);
  const need = tensorBytes(t);
  if (bytes.length !== need) {
    const alternatives = dtypesMatchingSize(bytes.length, elementCount(t.shape)).filter((d) => d !== t.dtype);
    const quantizeHint = alternatives.includes('float32') && t.quant !== null
      ? `; quantize it with scale ${t.quant.scale[0]} and zero point ${t.quant.zeroPoint[0]}` : '';
    const hint = alternatives.length > 0
      ? ` (that is the size of ${alternatives.join(' or ')} data: input ${position} is ${t.dtype}${quantizeHint})`
      : '';
    throw new UserError(`has ${bytes.length} bytes, but input ${position} (${describe(t)}) needs ${need}${hint}`, file);
  }
  const data = decodeRawTensor(bytes, t.dtype);
  if (data === null) throw new UserError(`input ${position} has type ${t.dtype}, which tinygate cannot run`, file);
  return data;
}


function summarize(graph: Graph, outputs: readonly TensorData[]): string {
  return outputs.map((data, i) => {
    const t = graph.tensors[graph.outputs[i]!]!;
    const shown = Array.from(data.subarray(0, 16), (v) => String(v)).join(', ');
    const more = data.length > 16 ? `, … (${data.length} values)` : '';
    let line = `output ${i} ${t.name ? `(${t.name}) ` : ''}${t.dtype} ${formatShape(t.shape)}: [${shown}${more}]`;
    if (t.quant !== null && t.quant.scale.length === 1) {
      const s = t.quant.scale[0]!, z = t.quant.zeroPoint[0]!;
      line += `\n  dequantized: [${Array.from(data.subarray(0, 16), (v) => (s * (v - z)).toFixed(4)).join(', ')}${more}]`;
    }
    return `${line}\n`;
  }).join('');
}
