// `tinygate zoo`: writes a synthetic reference network (src/model/zoo.ts) as an int8 .tflite file.
import { UserError } from '../errors.ts';
import { tensorBytes } from '../model/graph.ts';
import { denseMacs } from '../model/stats.ts';
import { writeTflite } from '../model/tflite/writer.ts';
import { ZOO_NAMES, zooModel, type ZooName } from '../model/zoo.ts';
import { formatShape } from '../report/format.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './io.ts';

export const ZOO_HELP = `Usage: tinygate zoo NAME [--width W] [--resolution R] [--depth D] [--classes N] [--seed S] --out FILE

Writes a reference network as an int8 .tflite with seeded random weights and plausible
quantization, to ask "what if" about memory and compute (accuracy is meaningless).

Networks:
  mobilenetv2   Keras MobileNetV2 (default 224×224)
  mobilenetv1   Keras MobileNetV1 (default 224×224)
  mcunet        an MCUNet-like inverted-residual net with 3/5/7 kernels (default 160×160)

Options:
  --width W        width multiplier α (default 1, at most 2)
  --resolution R   input height and width in pixels (8 to 512)
  --depth D        repeat each stage's blocks ⌈n·D⌉ times (mobilenetv2, mcunet; default 1, at most 4)
  --classes N      classifier outputs (default 1000, at most 10,000)
  --seed S         seed of the random weights (default 1)
  --out FILE       the .tflite file to write
  --debug          show stack traces for errors
  -h, --help       show this help
`;

/**
 * Upper bounds on the zoo's knobs: past them a network is no longer an MCU model and its tensors
 * would exceed tinygate's limits (src/limits.ts) or the runner's memory.
 */
const ZOO_MAX = { '--width': 2, '--resolution': 512, '--depth': 4, '--classes': 10_000 } as const;

function positiveNumber(flag: keyof typeof ZOO_MAX, text: string | undefined, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !(n > 0) || (integer && !Number.isInteger(n))) throw new UserError(`zoo: ${flag} must be a positive ${integer ? 'integer' : 'number'}, got \`${text}\``);
  if (n > ZOO_MAX[flag]) throw new UserError(`zoo: ${flag} is at most ${ZOO_MAX[flag]} (a microcontroller-sized network), got ${text}`);
  return n;
}

export function zooCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('zoo', args, {
    width: { type: 'string' },
    resolution: { type: 'string' },
    depth: { type: 'string' },
    classes: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(ZOO_HELP); return 0; }
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UserError(`zoo: no network given; networks: ${ZOO_NAMES.join(', ')}`);
  if (extra.length > 0) throw new UserError(`zoo: one network at a time, got ${positionals.length}`);
  if (!(ZOO_NAMES as readonly string[]).includes(name)) throw new UserError(`zoo: unknown network \`${name}\`; networks: ${ZOO_NAMES.join(', ')}`);
  if (values.out === undefined) throw new UserError('zoo: --out FILE is required (usage: tinygate zoo NAME --out FILE)');
  const resolution = positiveNumber('--resolution', values.resolution, true);
  if (resolution !== undefined && resolution < 8) throw new UserError(`zoo: --resolution must be at least 8, got ${resolution}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && (values.seed!.trim() === '' || !Number.isSafeInteger(seed))) throw new UserError(`zoo: --seed must be an integer, got \`${values.seed}\``);
  const graph = zooModel(name as ZooName, {
    width: positiveNumber('--width', values.width, false),
    depth: positiveNumber('--depth', values.depth, false),
    classes: positiveNumber('--classes', values.classes, true),
    resolution,
    seed,
  });
  const bytes = writeTflite(graph);
  io.writeFile(values.out, bytes);
  const macs = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0);
  const input = graph.tensors[graph.inputs[0]!]!;
  io.stdout(`${values.out}: ${name}, input ${formatShape(input.shape)} (${tensorBytes(input)} B), ${graph.ops.length} ops, ${macs.toLocaleString('en-US')} MACs, ${bytes.length.toLocaleString('en-US')} B\n`);
  return 0;
}
