// Seeded fuzzing of every boundary where untrusted bytes enter (issue 12): truncations and byte
// mutations of real models, and structured attacks (attacks.ts). A case passes when tinygate either
// accepts the input as a valid model or refuses it with a UserError; anything else (a TypeError, a
// RangeError, a stack overflow) is a crash. The seed comes from TINYGATE_FUZZ_SEED (the nightly
// workflow passes a new one) and is printed with every failure so the case can be replayed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { decodeImage } from '../../src/eval/images.ts';
import { parseConfig } from '../../src/github/config.ts';
import { compileGlob, selects } from '../../src/github/glob.ts';
import { loadDataset } from '../../src/eval/dataset.ts';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import { LIMITS, readInputFile } from '../../src/limits.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { planSchedules } from '../../src/schedule/summary.ts';
import { prng } from '../kernels/graph-builder.ts';
import { readSharedModel, sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';
import { hostileImages, hostileModels } from './attacks.ts';
import { chainGraph, chainModel } from './chain.ts';

const SEED = Number(process.env['TINYGATE_FUZZ_SEED'] ?? 20261204);
const at = (what: string): string => `${what} (TINYGATE_FUZZ_SEED=${SEED})`;

/** Runs `fn`; a UserError is a refusal, a return is acceptance, anything else fails with the seed. */
function outcome(what: string, fn: () => unknown): 'refused' | 'accepted' {
  try {
    fn();
    return 'accepted';
  } catch (e) {
    if (isUserError(e)) {
      expect(e.message.includes('\n'), at(`${what}: one-line message, got ${e.message}`)).toBe(false);
      return 'refused';
    }
    throw new Error(at(`${what}: crashed with ${e instanceof Error ? e.stack : String(e)}`), { cause: e });
  }
}

/** Reads, and when the file is accepted, runs it once: what `tinygate run` does. */
function readAndRun(bytes: Uint8Array, file: string, run: boolean): void {
  const graph = readTflite(bytes, file);
  if (run && graph.ops.every((op) => op.kind !== 'UNSUPPORTED')) runGraph(prepareGraph(graph), randomInputs(graph, 1));
}

// Small real models: mutations that survive the reader are also run (inference stays cheap).
const SMALL = ['tflm_hello_world_int8.tflite', 'tflm_micro_speech_int8.tflite', 'tflm_test_conv_model.tflite', 'mlperf_tiny_kws_dscnn_int8.tflite'];

describe.runIf(sharedModelsPresent)(`fuzz (TINYGATE_FUZZ_SEED=${SEED})`, () => {
  it('truncations of every shared model are refused with one-line errors, never a crash', () => {
    const rng = prng(SEED);
    let refused = 0;
    for (const name of sharedModelNames()) {
      const bytes = readSharedModel(name);
      for (let k = 0; k < 40; k++) {
        const cut = rng.int(0, bytes.length - 1);
        if (outcome(`${name} cut at ${cut}`, () => readTflite(bytes.subarray(0, cut), name)) === 'refused') refused++;
      }
    }
    // A prefix can only be accepted when the cut falls in unreferenced trailing bytes.
    expect(refused).toBeGreaterThan(0.9 * 40 * sharedModelNames().length);
  });

  it('byte mutations of small real models: refused, or read and run without a crash', () => {
    const rng = prng(SEED + 1);
    for (let k = 0; k < 2000; k++) {
      const name = rng.pick(SMALL);
      const bytes = readSharedModel(name).slice();
      const flips = rng.int(1, 4);
      const where: string[] = [];
      for (let f = 0; f < flips; f++) {
        const pos = rng.int(0, bytes.length - 1);
        const bit = rng.int(0, 7);
        bytes[pos]! ^= 1 << bit;
        where.push(`${pos}^${1 << bit}`);
      }
      outcome(`${name} case ${k} [${where.join(' ')}]`, () => readAndRun(bytes, name, k % 4 === 0));
    }
  });

  it('mutated models that are accepted analyze without a crash', () => {
    const rng = prng(SEED + 2);
    for (let k = 0; k < 40; k++) {
      const bytes = readSharedModel('tflm_micro_speech_int8.tflite').slice();
      const pos = rng.int(0, bytes.length - 1);
      bytes[pos]! ^= 1 << rng.int(0, 7);
      outcome(`micro_speech flip at ${pos}`, () => analyzeModelBytes('m.tflite', bytes, { targets: ['stm32f746'] }));
    }
  });
});

describe('structured attacks', () => {
  it.each(hostileModels())('$name: refused with a UserError', ({ name, bytes }) => {
    expect(outcome(name, () => readAndRun(bytes(), 'attack.tflite', true)), at(name)).toBe('refused');
  });

  it.each(hostileImages())('$name: refused with a UserError', ({ name, bytes }) => {
    expect(outcome(name, () => decodeImage(bytes(), 'attack.img')), at(name)).toBe('refused');
  });

  it('random headers of all three image formats never crash the decoders', () => {
    const rng = prng(SEED + 3);
    const bases = hostileImages().map((h) => h.bytes()).filter((b) => b.length < 4096);
    for (let k = 0; k < 1000; k++) {
      const bytes = rng.pick(bases).slice();
      for (let f = rng.int(1, 3); f > 0; f--) bytes[rng.int(0, bytes.length - 1)] = rng.int(0, 255);
      outcome(`image case ${k}`, () => decodeImage(bytes, 'x.img'));
    }
  });

  it('a 6,000-op chain plans without recursion (the reorder search once overflowed the stack)', () => {
    const plans = planSchedules(chainGraph(6000));
    expect(plans.find((p) => p.runtime === 'tinygate')!.plan.order).toHaveLength(6000);
  });

  it('a 20,000-op chain is read and verified', () => {
    expect(readTflite(chainModel(20_000), 'chain.tflite').ops).toHaveLength(20_000);
  });

  it('devices, FIFOs, folders and oversized files are refused before reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinygate-fuzz-'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readInputFile('/dev/zero')).toThrow('/dev/zero: is not a regular file');
    expect(() => readInputFile(fifo)).toThrow(`${fifo}: is not a regular file`);
    expect(() => readInputFile(dir)).toThrow(`${dir}: is a directory`);
    const big = join(dir, 'big.bin');
    writeFileSync(big, new Uint8Array(1024));
    expect(() => readInputFile(big, 1000)).toThrow(`${big}: file size in bytes is 1,024, over tinygate's limit of 1,000`);
    expect(readInputFile(big, LIMITS.fileBytes)).toHaveLength(1024);
  });

  it('a dataset sample outside the dataset folder is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinygate-fuzz-'));
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ samples: [{ file: '../../etc/passwd', label: 0 }] }));
    expect(() => loadDataset(dir)).toThrow('sample 0 (../../etc/passwd): the file must lie inside the dataset folder');
  });
});

// Config text and model globs are someone's text too: a pattern must not backtrack for seconds and a
// YAML document must not expand without end. Each case is refused with one line or finishes.
describe(`config and glob bombs (TINYGATE_FUZZ_SEED=${SEED})`, () => {
  const longPath = `${'a/'.repeat(1000)}${'a'.repeat(255)}`;

  it('star-heavy, deep and huge patterns are refused with one line', () => {
    for (const pattern of [`${'*a'.repeat(30)}*b`, `${'**/'.repeat(200)}*.tflite`, '*'.repeat(10_000), 'm/'.repeat(5_000_000)]) {
      expect(outcome(`pattern ${pattern.slice(0, 20)}…`, () => compileGlob(pattern, 'input `models`'))).toBe('refused');
    }
  });

  it('seeded random patterns within the limits compile and match long paths, or are refused', () => {
    const rng = prng(SEED + 5);
    const atoms = ['*', '**', '?', 'a', 'b', '/', '{a,b}', '[ab]', '!', '.', 'tflite'];
    for (let k = 0; k < 300; k++) {
      const pattern = Array.from({ length: rng.int(1, 12) }, () => rng.pick(atoms)).join('');
      outcome(`pattern ${pattern}`, () => {
        const glob = compileGlob(pattern, 'input `models`');
        selects([glob], longPath);
        selects([glob], 'models/kws/net.tflite');
      });
    }
  });

  it('a config with thousands of alias uses parses; a billion-laughs one and an unresolved alias are one-line config errors', () => {
    const entries = Array.from({ length: 2000 }, (_, k) => `  - path: m${k}/*.tflite\n    budgets: ${k === 0 ? '&b { sram: 128KiB }' : '*b'}`).join('\n');
    const big = parseConfig(`models:\n${entries}\n`, 'big.yml');
    expect(big.models).toHaveLength(2000);
    const laughs = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, k) => `a${k + 1}: &a${k + 1} [${Array(10).fill(`*a${k}`).join(', ')}]`)].join('\n');
    for (const [name, text] of [['laughs.yml', `${laughs}\nmodels: []\n`], ['alias.yml', 'models:\n  - path: *nowhere\n']] as const) {
      expect(outcome(name, () => parseConfig(text, name)), name).toBe('refused');
      expect(() => parseConfig(text, name)).toThrow(new RegExp(`^${name.replace('.', '\\.')}: YAML aliases: (Excessive alias count|Unresolved alias)`));
    }
  });
});

// Through the bundled CLI, as the action runs it: exit code, one stderr line, time and peak RSS.
const CLI = join(import.meta.dirname, '../../dist/cli.js');

const PROBE = join(import.meta.dirname, 'rss-probe.mjs');

/** One CLI run: exit code, stderr, wall seconds and the child's own peak RSS (rss-probe.mjs). */
function cliRun(args: string[]): { status: number | null; stderr: string; seconds: number; maxRssKiB: number } {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'tinygate-rss-')), 'rss');
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', PROBE, CLI, ...args], {
    encoding: 'utf8', timeout: 20_000, env: { ...process.env, TINYGATE_RSS_FILE: rssFile },
  });
  const seconds = (performance.now() - start) / 1000;
  return { status: r.status, stderr: r.stderr, seconds, maxRssKiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Infinity };
}

describe('hostile files through dist/cli.js', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tinygate-fuzz-cli-'));
  const file = (name: string, bytes: Uint8Array): string => { const p = join(dir, name); writeFileSync(p, bytes); return p; };
  const cases: [string, () => string[]][] = [
    ['run on the table bomb', () => ['run', file('bomb.tflite', hostileModels()[0]!.bytes()), '--random-input', '1']],
    ['analyze on a giant tensor', () => ['analyze', file('giant.tflite', hostileModels()[2]!.bytes())]],
    ['run on /dev/zero', () => ['run', '/dev/zero', '--random-input', '1']],
    ['run with /dev/zero as input', () => ['run', file('ok.tflite', chainModel(2)), '--input', '/dev/zero']],
    ['run --random-input \'\'', () => ['run', file('ok2.tflite', chainModel(2)), '--random-input', '']],
    ['zoo --width 1000', () => ['zoo', 'mobilenetv2', '--width', '1000', '--out', join(dir, 'z.tflite')]],
    ['zoo --classes 1e9', () => ['zoo', 'mobilenetv2', '--classes', '1000000000', '--out', join(dir, 'z.tflite')]],
    ['merge of a result with "shard": "x"', () => ['merge', file('r.json', new TextEncoder().encode(JSON.stringify({
      kind: 'tinygate-accuracy', version: 1, model: { path: 'm', sha256: 'a' }, dataset: { name: 'd', sha256: 'b', samples: 1 },
      shard: 'x', schedule: null, evaluated: 1, correct: 1, confusion: [[1]], agreeing: null, floatCorrect: null,
    })))]],
  ];

  it.each(cases)('%s: exit 2, one line naming the input, under 10 s and 1 GiB', (name, args) => {
    const r = cliRun(args());
    expect(r.status, at(`${name}: ${r.stderr}`)).toBe(2);
    expect(r.stderr.trimEnd().split('\n'), at(name)).toHaveLength(1);
    expect(r.seconds, at(name)).toBeLessThan(10);
    expect(r.maxRssKiB, at(name)).toBeLessThan(1024 * 1024);
  });

  it('output piped into a reader that closes early ends quietly', () => {
    const model = file('pipe.tflite', readFileSync(join(import.meta.dirname, '../../fixtures/tiny_cnn_base.tflite')));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze "${model}" | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});
