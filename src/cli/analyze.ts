// `tinygate analyze`: model → report, printed as a table or as JSON.
import { UserError } from '../errors.ts';
import { analyzeModelBytes } from '../pipeline.ts';
import { checkTargets } from '../mcu/targets.ts';
import { checkRuntime, RUNTIME_NAMES } from '../registry.ts';
import { renderAnalysis } from '../report/analysis-table.ts';
import { serializeReport } from '../report/report.ts';
import { parseCommandArgs, splitList } from './args.ts';
import { SCHEDULE_HELP, SCHEDULE_OPTIONS, parseScheduleChoice } from './schedule-args.ts';
import type { CliIo } from './io.ts';

export const ANALYZE_HELP = `Usage: tinygate analyze MODEL... [--runtime R] [--target T] [--schedule S ...] [--json] [--out FILE]

Reads each int8 .tflite model and reports every layer's output shape and bytes, dense MACs and
parameters; the model's totals; the peak SRAM of a per-layer memory plan under each runtime's rules;
and the simulated latency on each target.

Options:
  --runtime R         ${RUNTIME_NAMES.join(', ')} (repeat or comma-separate; default all)
  --target T          a target from \`tinygate targets\` (repeat or comma-separate; default all)
${SCHEDULE_HELP}
  --json              print the JSON report (schema/report.schema.json) instead of tables (one model)
  --out FILE          write the JSON report to FILE (one model)
  --debug             show stack traces for errors
  -h, --help          show this help
`;

export function analyzeCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('analyze', args, {
    ...SCHEDULE_OPTIONS,
    runtime: { type: 'string', multiple: true },
    target: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    out: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(ANALYZE_HELP); return 0; }
  const schedule = parseScheduleChoice('analyze', values);
  if (positionals.length === 0) throw new UserError('analyze: no model given (usage: tinygate analyze MODEL... [--json] [--out FILE])');
  if ((values.json || values.out !== undefined) && positionals.length > 1) {
    throw new UserError(`analyze: --json and --out take one model, got ${positionals.length}`);
  }
  const runtimes = splitList(values.runtime)?.map((r) => checkRuntime(r, 'option `--runtime`'));
  const targets = splitList(values.target);
  if (targets !== undefined) checkTargets(targets, [], 'option `--target`');
  for (const path of positionals) {
    const report = analyzeModelBytes(path, io.readFile(path), {
      ...(runtimes === undefined ? {} : { runtimes }),
      ...(targets === undefined ? {} : { targets }),
      ...(schedule === undefined ? {} : { schedule }),
    });
    if (values.out !== undefined) io.writeFile(values.out, serializeReport(report));
    if (values.json) io.stdout(serializeReport(report));
    else if (values.out === undefined) io.stdout(`${renderAnalysis(report)}\n`);
  }
  return 0;
}
