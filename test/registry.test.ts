// The one vocabulary: every list of runtime and schedule names (schemas, action.yml, the live-set
// conventions, the cost model) is the registry's, and names are checked where they enter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import configSchema from '../schema/config.schema.json' with { type: 'json' };
import reportSchema from '../schema/report.schema.json' with { type: 'json' };
import { GATE_DEFAULTS, parseGateOptions } from '../src/github/gate-options.ts';
import { readInputs } from '../src/github/inputs.ts';
import { checkTargets } from '../src/mcu/targets.ts';
import { COST_RUNTIMES, PATCH_RUNTIMES, RUNTIME_NAMES, RUNTIMES, SCHEDULES } from '../src/registry.ts';
import { CONVENTIONS } from '../src/schedule/live-set.ts';
import { REPO_ROOT } from './github/action-harness.ts';

describe('registry', () => {
  test('the config schema, the report schema and the live-set conventions list the registry\'s names', () => {
    const model = configSchema.definitions.model.properties;
    expect(model.runtime.enum).toEqual(RUNTIME_NAMES);
    expect(model.schedule.enum).toEqual([...SCHEDULES]);
    const report = reportSchema.properties as unknown as Record<string, { items: { properties: { runtime: { enum: string[] } } } }>;
    expect(report['schedules']!.items.properties.runtime.enum).toEqual(RUNTIME_NAMES);
    expect(report['targets']!.items.properties.runtime.enum).toEqual(COST_RUNTIMES);
    expect(CONVENTIONS.map((c) => c.runtime).sort()).toEqual([...PATCH_RUNTIMES].sort());
    expect(RUNTIME_NAMES).toEqual(['tflm', 'tflm-reference', 'tinyengine', 'tinygate', 'paper']);
    expect(Object.entries(RUNTIMES).filter(([, r]) => r.latency).map(([n]) => n)).toEqual(['tflm', 'tflm-reference', 'tinyengine']);
  });

  test('action.yml documents the registry\'s default runtime and every runtime and schedule name', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string; description: string }> };
    expect(action.inputs['runtime']!.default).toBe('tflm');
    for (const r of RUNTIME_NAMES) expect(action.inputs['runtime']!.description).toContain(r);
    for (const s of SCHEDULES) expect(action.inputs['schedule']!.description).toContain(s);
  });

  test('a mistyped name fails where it enters, with the allowed names and the closest one; case is not folded', () => {
    const gate = (over: Partial<typeof GATE_DEFAULTS>) => () => parseGateOptions({ ...GATE_DEFAULTS, ...over }, 'input');
    expect(gate({ runtime: 'tlfm' })).toThrow('unknown runtime `tlfm` in input `runtime`; did you mean `tflm`? (allowed: tflm, tflm-reference, tinyengine, tinygate, paper)');
    expect(gate({ runtime: 'TinyEngine' })).toThrow('unknown runtime `TinyEngine` in input `runtime`; did you mean `tinyengine`?');
    expect(gate({ schedule: 'patches' })).toThrow('unknown schedule `patches` in input `schedule`; did you mean `patch`? (allowed: per-layer, patch, auto)');
    expect(gate({ targets: 'STM32F746' })).toThrow(/^unknown target `STM32F746` in input `targets`; did you mean `stm32f746`\? \(allowed: stm32f746, /);
    expect(gate({ targets: 'esp32s3' })).toThrow(/^unknown target `esp32s3` in input `targets` \(allowed: stm32f746, .*ra8d1\)$/);
    expect(() => parseGateOptions({ ...GATE_DEFAULTS, runtime: 'tlfm' }, 'option')).toThrow('unknown runtime `tlfm` in option `--runtime`');
    expect(parseGateOptions(GATE_DEFAULTS, 'input').runtime).toBe('tflm');
    expect(() => readInputs((name) => (name === 'comment' ? 'updte' : ''))).toThrow('unknown value `updte` in input `comment`; did you mean `update`? (allowed: update, new, off)');
    const board = { ...checkTargets(['stm32f746'], [], 'x')[0]!, name: 'our-board' };
    expect(checkTargets(['our-board'], [board], 'x')[0]!.name).toBe('our-board');
  });
});
