// `tinygate run` as a user meets it: TFLM's golden hello_world vectors through raw files, the MANIFEST's
// micro_speech sample, and one clear line for each kind of bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedDataPath, sharedModelPath, sharedModelsPresent } from '../support/shared-models.ts';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: processIo.readFile,
    writeFile: (p, d) => { written.set(p, typeof d === 'string' ? new TextEncoder().encode(d) : d); },
  };
  return { code: await main(argv, io), stdout, stderr, written };
}

const dir = mkdtempSync(join(tmpdir(), 'tinygate-run-'));
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe.runIf(sharedModelsPresent)('tinygate run', () => {
  const hello = sharedModelPath('tflm_hello_world_int8.tflite');

  it.each([
    // hello_world_test.cc golden vectors: int8 input ≙ x, output dequantized (scale 0.008291, zp 5).
    [-96, 0.77], [-63, 1.57], [-34, 2.3], [0, 3.14],
  ])('hello_world: int8 %i ≙ x=%f gives sin(x) within 0.05', async (q, x) => {
    const input = file(`hello_${q}.bin`, new Uint8Array(new Int8Array([q]).buffer));
    const r = await cli('run', hello, '--input', input, '--output', 'out.bin');
    expect(r.code).toBe(0);
    const out = new Int8Array(r.written.get('out.bin')!.buffer)[0]!;
    expect(Math.abs(0.008291 * (out - 5) - Math.sin(x))).toBeLessThan(0.05);
  });

  it('--random-input is reproducible from its seed and prints dequantized outputs', async () => {
    const a = await cli('run', hello, '--random-input', '7');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^output 0 \(.*\) int8 1×1: \[-?\d+\]\n {2}dequantized: \[-?\d+\.\d{4}\]\n$/);
    expect((await cli('run', hello, '--random-input', '7')).stdout).toBe(a.stdout);
  });

  it('--repeat N --json times N warm inferences in simulated SRAM; per-layer and patch outputs are the reference executor\'s', async () => {
    const name = 'tflm_person_detect_int8.tflite';
    const graph = readTflite(readSharedModel(name), name);
    const expected = runGraph(prepareGraph(graph), randomInputs(graph, 3)).map((d) => Array.from(d));
    for (const schedule of [[], ['--schedule', 'patch', '--patches', '3']]) {
      const r = await cli('run', sharedModelPath(name), '--random-input', '3', '--repeat', '3', '--json', ...schedule);
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout) as { schedule: string; outputs: { values: number[] }[]; timing: { runs: number; medianMs: number; minMs: number } };
      expect(json.outputs.map((o) => o.values)).toEqual(expected);
      expect(json.schedule).toMatch(schedule.length === 0 ? /^per-layer$/ : /^patch 3×3 after op \d+$/);
      expect(json.timing.runs).toBe(3);
      expect(json.timing.minMs).toBeGreaterThan(0);
      expect(json.timing.minMs).toBeLessThanOrEqual(json.timing.medianMs);
    }
    expect((await cli('run', hello, '--random-input', '1', '--repeat', '0')).stderr).toMatch(/--repeat takes a whole number of runs ≥ 1, got `0`/);
  });

  it('a wrong input size names the file and what the input needs', async () => {
    const r = await cli('run', hello, '--input', file('three.bin', new Uint8Array(3)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tinygate: .*three\.bin: has 3 bytes, but input 0 \(.*: int8 1×1, 1 bytes\) needs 1\n$/);
    const two = await cli('run', hello, '--input', file('two.bin', new Uint8Array(2)));
    expect(two.stderr).toMatch(/needs 1 \(that is the size of int16 data: input 0 is int8\)\n$/);
  });

  it('float32 data for an int8 input is recognized as the wrong dtype, with the quantization to apply', async () => {
    const r = await cli('run', hello, '--input', file('float.bin', new Uint8Array(new Float32Array([0.77]).buffer)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has 4 bytes, but input 0 .* needs 1 \(that is the size of int32 or float32 data: input 0 is int8; quantize it with scale 0\.024\d+ and zero point -128\)/);
  });

  it('--runtime takes a runtime a device runs, with the closest name for a typo', async () => {
    const typo = await cli('run', hello, '--random-input', '1', '--runtime', 'tlfm');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('tinygate: unknown runtime `tlfm` in run: option `--runtime`; did you mean `tflm`? (allowed: tflm, tflm-reference, tinyengine, tinygate)\n');
    const paper = await cli('run', hello, '--random-input', '1', '--runtime', 'paper');
    expect(paper.code).toBe(2);
    expect(paper.stderr).toBe('tinygate: run: runtime `paper` is an accounting convention that no device runs; give --runtime tflm, tflm-reference, tinyengine, tinygate\n');
  });

  it('a missing input file and a wrong number of inputs', async () => {
    expect((await cli('run', hello, '--input', join(dir, 'absent.bin'))).stderr).toMatch(/absent\.bin: no such file\n$/);
    const r = await cli('run', hello);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has 1 input\(s\) \(.*int8 1×1, 1 bytes\), but --input was given 0 time\(s\)/);
  });

  it('micro_speech: the MANIFEST\'s "yes" features score "yes" highest (classes silence, unknown, yes, no)', async () => {
    const r = await cli('run', sharedModelPath('tflm_micro_speech_int8.tflite'), '--input', sharedDataPath('tflm_micro_speech_yes_features_int8_49x40.raw'), '--output', 'o.bin');
    expect(r.stderr).toBe('');
    const scores = Array.from(new Int8Array(r.written.get('o.bin')!.buffer));
    expect(scores.indexOf(Math.max(...scores))).toBe(2);
  });
});
