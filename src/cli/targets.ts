// `tinygate targets`: the MCU targets the cycle model knows, with their calibration status, and
// optionally one model's simulated latency on each of them.
import { markdownTable } from 'markdown-table';
import { UserError } from '../errors.ts';
import { boardTerm, CALIBRATION, errorFor, memoryTerms } from '../mcu/board-terms.ts';
import { CORE_TIMING } from '../mcu/cost-constants.ts';
import { runtimeSupports } from '../mcu/kernel-choice.ts';
import { parseRuntimes } from '../mcu/target-rows.ts';
import { BUILTIN_TARGETS, checkTargets, largestArenaBytes } from '../mcu/targets.ts';
import { COST_RUNTIMES } from '../registry.ts';
import { analyzeModelBytes } from '../pipeline.ts';
import { renderTargets } from '../report/analysis-table.ts';
import { parseCommandArgs, splitList } from './args.ts';
import type { CliIo } from './io.ts';

export const TARGETS_HELP = `Usage: tinygate targets [MODEL] [--runtime NAME]... [--target NAME]... [--json]

Lists the microcontroller targets the cycle model simulates: core, clock, SRAM, flash, flash wait
states and cache, the board's calibrated CPI factor and the measured latency error per runtime.
With MODEL, prints the model's simulated per-layer latency on each target and runtime instead.

Options:
  --runtime NAME  ${COST_RUNTIMES.join(', ')}: the runtimes with latency (repeat or comma-separate)
  --target NAME   only these targets (repeat or comma-separate)
  --json          print JSON instead of a table
  -h, --help      show this help
`;

const kib = (bytes: number): string => `${Math.round(bytes / 1024)}`;
const size = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${kib(bytes)} KiB`);

export function targetsCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('targets', args, {
    runtime: { type: 'string', multiple: true },
    target: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(TARGETS_HELP); return 0; }
  if (positionals.length > 1) throw new UserError(`targets: takes at most one model, got ${positionals.length}`);
  const runtimes = parseRuntimes(splitList(values.runtime));
  const names = splitList(values.target);
  const targets = names === undefined ? [...BUILTIN_TARGETS] : checkTargets(names, [], 'option `--target`');

  if (positionals.length === 1) {
    const path = positionals[0]!;
    // The same rows `analyze` reports: SRAM and "fits" from each runtime's planned peak.
    const rows = analyzeModelBytes(path, io.readFile(path), { runtimes, targets: targets.map((t) => t.name), schedule: { mode: 'per-layer' } }).targets ?? [];
    io.stdout(values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${renderTargets({ targets: rows })}\n`);
    return 0;
  }

  const listed = targets.map((t) => ({
    ...t,
    // Cycles per instruction where TFLM's instruction counts apply (DSP cores), else the factor on
    // instruction-mix cycles.
    cpiFactor: CORE_TIMING[t.core].isa === 'dsp' ? memoryTerms(t).cpi : memoryTerms(t).cpiFactor,
    calibratedOn: boardTerm(t) === undefined ? null : `${boardTerm(t)!.round} ${boardTerm(t)!.system}`,
    errorPct: Object.fromEntries(runtimes.filter((r) => runtimeSupports(r, t.core)).map((r) => [r, errorFor(t, r)?.medianAbsPct ?? null])),
  }));
  if (values.json) { io.stdout(`${JSON.stringify(listed, null, 2)}\n`); return 0; }
  io.stdout(`${markdownTable([
    ['target', 'core', 'MHz', 'SRAM KiB', 'largest arena range KiB', 'flash KiB', 'flash WS / cache', 'CPI factor', ...runtimes.map((r) => `± ${r}`)],
    ...listed.map((t) => [
      t.name, t.core.replace('cortex-', ''), String(t.clockHz / 1e6), kib(t.sramBytes), kib(largestArenaBytes(t)), kib(t.flashBytes),
      `${t.flash.waitStates} / ${t.flash.cache.kind}${t.flash.cache.bytes > 0 ? ` ${size(t.flash.cache.bytes)}` : ''}`,
      `${t.cpiFactor}${t.calibratedOn === null ? ' (default)' : ''}`,
      ...runtimes.map((r) => (t.errorPct[r] === undefined || t.errorPct[r] === null ? 'n/a' : `${t.errorPct[r]}%`)),
    ]),
  ], { align: ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'r', ...runtimes.map(() => 'r' as const)] })}\n`);
  io.stdout(`\nCPI factor: fitted per board on MLPerf Tiny (npm run calibrate): cycles per instruction of TFLM's kernels on DSP cores (M4/M33/M7), a factor on instruction-mix cycles on the others; "(default)" = median of the fitted boards (${CALIBRATION.defaultCpi} per instruction, ${CALIBRATION.defaultCpiFactor} on mixes).\n`);
  io.stdout('largest arena range: the biggest contiguous SRAM range (touching regions joined); a model fits when its arena fits there, not in the sum.\n');
  io.stdout('± = median |error| measured for that core and runtime; see docs/cost-model.md for how each was measured.\n');
  return 0;
}
