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

  test('runtime, schedule and target names in the config name the file, the line and the closest name', () => {
    expect(() => parseConfig('models:\n  - path: a.tflite\n    runtime: tlfm\n', 'cfg.yml'))
      .toThrow('unknown runtime `tlfm` in cfg.yml:3: `models.0.runtime`; did you mean `tflm`? (allowed: tflm, tflm-reference, tinyengine, tinygate, paper)');
    expect(() => parseConfig('models:\n  - path: a.tflite\n    schedule: Patch\n', 'cfg.yml')).toThrow('unknown schedule `Patch` in cfg.yml:3: `models.0.schedule`; did you mean `patch`?');
    expect(() => parseConfig('models:\n  - path: a.tflite\n    targets: [stm32f746, NRF52840]\n', 'cfg.yml')).toThrow(/^unknown target `NRF52840` in cfg\.yml:3: `models\.0\.targets`; did you mean `nrf52840`\?/);
    expect(() => parseConfig('models:\n  - path: "*a*a*a*b"\n', 'cfg.yml')).toThrow(/^cfg\.yml:2: `models\.0\.path`: pattern `\*a\*a\*a\*b` has too many `\*`/);
  });

  test('YAML aliases: a config sharing one budget block among 300 models parses; a billion-laughs document is an error naming the file', () => {
    const shared = ['models:', '  - { path: m0.tflite, budgets: &b { sram: 64KiB } }', ...Array.from({ length: 299 }, (_, i) => `  - { path: m${i + 1}.tflite, budgets: *b }`)].join('\n');
    const config = parseConfig(`${shared}\n`, 'cfg.yml');
    expect(config.models).toHaveLength(300);
    expect(config.models[299]!.budgets).toEqual({ sramBytes: 65_536 });
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(() => parseConfig(laughs, 'cfg.yml')).toThrow(/^cfg\.yml: YAML aliases: .*\(at most 10000 alias expansions\)$/);
  });
});
