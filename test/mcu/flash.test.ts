// TFLM's flash: the .tflite file as TFLM reads it in place, plus the code of its core and of the
// kernels a model uses, measured on the oracle's Cortex-M4 ELFs (scripts/tflm-code-sizes.ts).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tflmFlash } from '../../src/mcu/flash.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { renderAnalysis } from '../../src/report/analysis-table.ts';
import codeSizes from '../../src/mcu/tflm-code-sizes.json' with { type: 'json' };
import { readSharedModel, sharedModelsPresent } from '../support/shared-models.ts';
import { ORACLE_DIR, oracleAvailable } from '../support/tflm-oracle.ts';

const load = (name: string) => {
  const bytes = readSharedModel(name);
  return { bytes, graph: readTflite(bytes, name) };
};

describe.runIf(sharedModelsPresent)('TFLM flash = flatbuffer + runtime code', () => {
  it('counts the whole .tflite file, and code that grows with the kernels a model uses', () => {
    const hello = load('tflm_hello_world_int8.tflite'); // FULLY_CONNECTED only
    const conv = load('tflm_test_conv_model.tflite'); // adds CONV_2D, MAX_POOL_2D, RESHAPE, (DE)QUANTIZE
    for (const kernels of ['cmsis-nn', 'reference'] as const) {
      const a = tflmFlash(hello.graph, hello.bytes.length, kernels);
      const b = tflmFlash(conv.graph, conv.bytes.length, kernels);
      expect(a.modelBytes).toBe(hello.bytes.length);
      expect(a.totalBytes).toBe(a.modelBytes + a.codeBytes);
      expect(a.codeBytes).toBeGreaterThan(codeSizes[kernels].coreBytes);
      expect(b.codeBytes).toBeGreaterThan(a.codeBytes);
    }
    // CMSIS-NN's optimized convolutions are bigger code than TFLM's reference loops.
    expect(tflmFlash(conv.graph, 0, 'cmsis-nn').codeBytes).toBeGreaterThan(tflmFlash(conv.graph, 0, 'reference').codeBytes);
  });

  it('analyze prints flash as flatbuffer + runtime code and gates the total', () => {
    const bytes = readSharedModel('tflm_test_conv_model.tflite');
    const report = analyzeModelBytes('tflm_test_conv_model.tflite', bytes, { targets: ['stm32f746'] });
    const row = report.targets!.find((t) => t.runtime === 'tflm')!;
    expect(row.flashModelBytes).toBe(21_344); // the file's size (ls -l)
    expect(row.flashBytes).toBe(row.flashModelBytes! + row.flashCodeBytes!);
    const text = renderAnalysis(report);
    expect(text).toContain(`= flatbuffer 21,344 + runtime code ~${row.flashCodeBytes!.toLocaleString('en-US')}`);
    expect(text).toMatch(/TFLM flash = the \.tflite flatbuffer .* runtime code: .* estimate measured on TFLM 90b983c2/);
  });
});

describe.runIf(oracleAvailable)('src/mcu/tflm-code-sizes.json', () => {
  it('is what scripts/tflm-code-sizes.ts measures on the oracle ELFs now', () => {
    const fresh = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/tflm-code-sizes.ts', '--stdout'], { encoding: 'utf8' });
    expect(JSON.parse(fresh)).toEqual(codeSizes);
  });

  it('puts CMSIS-NN\'s convolution functions in the CONV_2D code', () => {
    const nm = execFileSync('arm-none-eabi-nm', ['-S', '-C', `${ORACLE_DIR}/bin/oracle_m4_cmsis.elf`], { encoding: 'utf8' });
    const size = (name: string): number => parseInt(nm.split('\n').find((l) => l.endsWith(` ${name}`))!.split(' ')[1]!, 16);
    const conv = codeSizes['cmsis-nn'].groups.filter((g) => g.kernels.includes('CONV_2D')).reduce((n, g) => n + g.bytes, 0);
    expect(conv).toBeGreaterThan(size('arm_convolve_s8') + size('arm_convolve_1x1_s8_fast'));
  });
});
