// The report contract: every shared model's JSON validates against schema/report.schema.json, is
// byte-identical across runs, and the schema rejects what it should.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { serializeReport, validateReport } from '../../src/report/report.ts';
import { TOOL_VERSION } from '../../src/version.ts';
import { readSharedModel, sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';

describe.runIf(sharedModelsPresent)('report', () => {
  // Analysis executes every plan, which takes seconds on the two largest models: their reports are
  // checked once, and determinism (the same code paths) on the others.
  const LARGE = ['tinyengine_detection.tflite', 'tinyengine_mcunetv2_large.tflite'];
  it.each(sharedModelNames())('%s: JSON report validates, is deterministic and its plans executed', (name) => {
    const bytes = readSharedModel(name);
    const json = serializeReport(analyzeModelBytes(`models/${name}`, bytes));
    if (!LARGE.includes(name)) expect(serializeReport(analyzeModelBytes(`models/${name}`, bytes.slice()))).toBe(json);
    const parsed = validateReport(JSON.parse(json), 'report.json');
    expect(parsed.model.path).toBe(`models/${name}`);
    expect(parsed.layers.length).toBe(parsed.model.ops);
    // The gate executes what it reports: every runtime's per-layer plan and tinygate's placed patch
    // schedule ran in simulated SRAM, matched the reference outputs, and wrote up to the planned
    // peak, short only by the top buffer's alignment padding (16 B for TFLM, with either kernel set; 4 B otherwise). TFLM's
    // persistent tail (interpreter structures) is counted in its peak but not simulated.
    const runnable = parsed.schedules!.filter((s) => s.runtime !== 'paper' && (s.kind === 'per-layer' || s.accounting!.startsWith('placed')));
    expect(runnable.map((s) => `${s.runtime} ${s.kind}`)).toEqual(expect.arrayContaining(['tflm per-layer', 'tflm-reference per-layer', 'tinyengine per-layer', 'tinygate per-layer']));
    for (const s of runnable) {
      expect([s.runtime, s.kind, s.executed, s.outputsMatchReference]).toEqual([s.runtime, s.kind, true, true]);
      const planned = s.peakSramBytes - (s.persistentBytes ?? 0);
      expect(s.highWaterBytes!).toBeLessThanOrEqual(planned);
      expect(s.highWaterBytes!).toBeGreaterThan(planned - (s.runtime === 'tflm' || s.runtime === 'tflm-reference' ? 16 : 4));
    }
    expect(parsed.schedules!.filter((s) => !runnable.includes(s)).every((s) => s.executed === undefined)).toBe(true);
  });

  it('names the MD5-identified file by its SHA-256 and lists inputs with quantization', () => {
    const report = analyzeModelBytes('kws.tflite', readSharedModel('mlperf_tiny_kws_dscnn_int8.tflite'));
    expect(report.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.model.inputs).toEqual([
      expect.objectContaining({ shape: [1, 49, 10, 1], dtype: 'int8', bytes: 490, zeroPoint: 83 }),
    ]);
    expect(report.model.outputs[0]!.shape).toEqual([1, 12]);
  });

  it('rejects a report with a misspelt key or a wrong type, naming the key', () => {
    const report = JSON.parse(serializeReport(analyzeModelBytes('h.tflite', readSharedModel('tflm_hello_world_int8.tflite'))));
    report.model.mac = report.model.macs;
    try {
      validateReport(report, 'base.json');
      expect.unreachable();
    } catch (e) {
      expect(isUserError(e)).toBe(true);
      expect((e as Error).message).toMatch(/^base\.json: not a valid tinygate report: \/model: unknown key `mac`/);
    }
    report.model.mac = undefined;
    delete report.model.mac;
    report.layers[0].macs = -1;
    expect(() => validateReport(report, 'base.json')).toThrow(/\/layers\/0\/macs/);
  });
});

it('the tool version matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
