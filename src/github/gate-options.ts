// The gate's text options (action inputs, `tinygate compare` flags) → GateOptions. The defaults live
// here once; a test keeps action.yml's defaults equal to them.
import { UserError } from '../errors.ts';
import { checkTargets, type Target } from '../mcu/targets.ts';
import { checkName, checkRuntime, checkSchedule, DEFAULT_RUNTIME } from '../registry.ts';
import type { Budgets, FailOn } from '../report/compare.ts';
import type { GateOptions } from './config.ts';
import { parseBytes, parseMilliseconds, parseThresholdList } from '../units.ts';

export interface GateText {
  targets: string;
  runtime: string;
  schedule: string;
  'budget-sram': string;
  'budget-flash': string;
  'budget-latency': string;
  thresholds: string;
  'fail-on': string;
}

export const GATE_DEFAULTS: GateText = {
  targets: 'stm32f746',
  runtime: DEFAULT_RUNTIME,
  schedule: 'auto',
  'budget-sram': '',
  'budget-flash': '',
  'budget-latency': '',
  thresholds: 'macs=+5%,latency=+5%,sram=+0%,accuracy=-0.5',
  'fail-on': 'budget',
};

const FAIL_ON: readonly FailOn[] = ['budget', 'regression', 'never'];

/**
 * `origin` names where the text came from in errors: "input" (action inputs) or "option" (CLI
 * flags). Names are checked against the registry; target names also against `userTargets` (the
 * config's boards).
 */
export function parseGateOptions(text: GateText, origin: 'input' | 'option' | string, userTargets: readonly Target[] = []): GateOptions {
  const where = (key: keyof GateText): string => (origin === 'option' ? `option \`--${key}\`` : `${origin} \`${key}\``);
  const named = <T>(key: keyof GateText, parse: (v: string) => T): T => {
    try {
      return parse(text[key].trim());
    } catch (e) {
      throw new UserError(`${where(key)}: ${(e as Error).message}`);
    }
  };
  const budgets: Budgets = {};
  if (text['budget-sram'].trim() !== '') budgets.sramBytes = named('budget-sram', parseBytes);
  if (text['budget-flash'].trim() !== '') budgets.flashBytes = named('budget-flash', parseBytes);
  if (text['budget-latency'].trim() !== '') budgets.latencyMs = named('budget-latency', parseMilliseconds);
  const targets = text.targets.split(/[\s,]+/).filter((t) => t !== '');
  if (targets.length === 0) throw new UserError(`${where('targets')}: name at least one target (example: stm32f746)`);
  checkTargets(targets, userTargets, where('targets'));
  return {
    targets,
    runtime: checkRuntime(text.runtime.trim() || DEFAULT_RUNTIME, where('runtime')),
    schedule: checkSchedule(text.schedule.trim(), where('schedule')),
    budgets,
    thresholds: named('thresholds', parseThresholdList),
    failOn: checkName(text['fail-on'].trim(), FAIL_ON, 'value', where('fail-on')),
  };
}
