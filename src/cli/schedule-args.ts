// `--schedule per-layer|patch|auto`, `--patches P` (or PxQ), `--split K`, `--budget-sram SIZE`: one
// parser for analyze and run, so both accept and reject the same things.
import { UserError } from '../errors.ts';
import { checkSchedule } from '../registry.ts';
import type { ScheduleChoice } from '../pipeline.ts';
import { parseBytes } from '../units.ts';

export const SCHEDULE_OPTIONS = {
  schedule: { type: 'string' },
  patches: { type: 'string' },
  split: { type: 'string' },
  'budget-sram': { type: 'string' },
} as const;

export const SCHEDULE_HELP = `  --schedule S        per-layer, patch (with --patches) or auto (with --budget-sram);
                      default: per-layer plus the Pareto front of patch schedules
  --patches P         patch count per axis: P for P×P, or PxQ (rows × columns)
  --split K           last op of stage 1 (default: the split with the lowest peak for --patches)
  --budget-sram SIZE  with --schedule auto: pick the schedule with the fewest MACs that fits (e.g. 256KiB)`;

interface ScheduleValues {
  schedule?: string | undefined;
  patches?: string | undefined;
  split?: string | undefined;
  'budget-sram'?: string | undefined;
}

export function parseScheduleChoice(command: string, v: ScheduleValues): ScheduleChoice | undefined {
  const mode = v.schedule === undefined ? undefined : checkSchedule(v.schedule, `${command}: option \`--schedule\``);
  const misplaced = (flag: string, needs: string): never => {
    throw new UserError(`${command}: ${flag} needs --schedule ${needs}`);
  };
  if (mode === undefined) {
    if (v.patches !== undefined || v.split !== undefined) misplaced('--patches/--split', 'patch');
    if (v['budget-sram'] !== undefined) misplaced('--budget-sram', 'auto');
    return undefined;
  }
  if (mode === 'per-layer') return { mode };
  if (mode === 'patch') {
    if (v.patches === undefined) throw new UserError(`${command}: --schedule patch needs --patches P (e.g. --patches 4 or --patches 4x2)`);
    const patches = parsePatches(command, v.patches);
    return v.split === undefined ? { mode, patches } : { mode, patches, split: parseIndex(command, v.split) };
  }
  if (v['budget-sram'] === undefined) throw new UserError(`${command}: --schedule auto needs --budget-sram SIZE (e.g. 256KiB)`);
  try {
    return { mode, budgetSramBytes: parseBytes(v['budget-sram']) };
  } catch (e) {
    throw new UserError(`${command}: --budget-sram ${(e as Error).message}`);
  }
}

function parsePatches(command: string, text: string): [number, number] {
  const m = /^(\d+)(?:x(\d+))?$/i.exec(text.trim());
  const ph = m ? Number(m[1]) : NaN;
  const pw = m?.[2] !== undefined ? Number(m[2]) : ph;
  if (!(ph >= 1 && pw >= 1 && ph <= 64 && pw <= 64) || ph * pw < 2) {
    throw new UserError(`${command}: --patches takes P or PxQ with 1..64 per axis and at least 2 patches, got \`${text}\``);
  }
  return [ph, pw];
}

function parseIndex(command: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`${command}: --split takes an op index, got \`${text}\``);
  return Number(text);
}
