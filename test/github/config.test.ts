import { describe, expect, test } from 'vitest';
import { parseConfig, settingsResolver } from '../../src/github/config.ts';
import { GATE_DEFAULTS, parseGateOptions } from '../../src/github/gate-options.ts';

const options = parseGateOptions({ ...GATE_DEFAULTS, 'budget-sram': '256KiB' }, 'input');

describe('config file', () => {
  test('per-model entries override the inputs; the first matching entry wins', () => {
    const config = parseConfig([
      'models:',
      '  - path: models/kws/*.tflite',
      '    dataset: data/kws',
      '    targets: [nrf52840, stm32f746]',
      '    budgets: { sram: 64KiB, latency: 80ms }',
      '    thresholds: { macs: +1% }',
      '  - path: "**/*.tflite"',
      '    schedule: patch',
    ].join('\n'), '.github/tinygate.yml');
    const settingsFor = settingsResolver(options, config);
    expect(settingsFor('models/kws/net.tflite')).toEqual({
      targets: ['nrf52840', 'stm32f746'], runtime: 'tflm', schedule: 'auto',
      budgets: { sramBytes: 65_536, latencyMs: 80 },
      thresholds: { ...options.thresholds, macs: { relative: 0.01 } },
    });
    expect(settingsFor('models/vww/net.tflite')).toMatchObject({ targets: ['stm32f746'], schedule: 'patch', budgets: { sramBytes: 262_144 } });
  });

  test('JSON works too', () => {
    expect(parseConfig('{"models": [{"path": "a.tflite", "budgets": {"flash": 1000}}]}', 'tinygate.json').models[0]!.budgets).toEqual({ flashBytes: 1000 });
  });

  test('an unknown key names the file, the line, the key and the likely fix', () => {
    expect(() => parseConfig('models:\n  - path: a.tflite\n    targts: [x]\n', 'cfg.yml')).toThrow(/^cfg\.yml:3: `models\.0`: unknown key `targts` \(did you mean `targets`\?\)/);
    expect(() => parseConfig('modles: []\n', 'cfg.yml')).toThrow(/^cfg\.yml:1: unknown key `modles` \(did you mean `models`\?\)/);
  });

  test('a bad unit names the key, the file and the line', () => {
    expect(() => parseConfig('models:\n  - path: a.tflite\n    budgets:\n      sram: 256 kibibytes\n', 'cfg.yml'))
      .toThrow('cfg.yml:4: `models.0.budgets.sram`: `256 kibibytes` is not a size (examples: 256KiB, 1MiB, 64000)');
    expect(() => parseConfig('models:\n  - path: a.tflite\n    thresholds: { latency: 5% }\n', 'cfg.yml')).not.toThrow();
    expect(() => parseConfig('models:\n  - path: a.tflite\n    thresholds: { accuracy: "+1" }\n', 'cfg.yml')).toThrow('cfg.yml:3: `models.0.thresholds.accuracy`');
  });

  test('YAML syntax errors carry the line', () => {
    expect(() => parseConfig('models:\n  - path: [a\n', 'cfg.yml')).toThrow(/^cfg\.yml:\d+: /);
  });

  test('bad inputs name the input', () => {
    expect(() => parseGateOptions({ ...GATE_DEFAULTS, 'budget-latency': '120' }, 'input')).toThrow('input `budget-latency`: `120` is not a duration');
    expect(() => parseGateOptions({ ...GATE_DEFAULTS, 'fail-on': 'always' }, 'input')).toThrow('unknown value `always` in input `fail-on` (allowed: budget, regression, never)');
  });
});
