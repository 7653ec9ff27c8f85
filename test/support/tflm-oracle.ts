// The device's answer: TFLite Micro (with CMSIS-NN or with its reference kernels) compiled for a
// Cortex-M4 and run under QEMU, from ../shared/tflm-oracle (third-party; called, never copied).
// Tests that need it call `describeOracle`/`oracleAvailable`: without qemu-system-arm they skip with
// a notice locally, and under CI=true a missing oracle fails the run instead of skipping.
//
// Results are cached on disk (node_modules/.cache/tinygate-oracle, keyed by the model, inputs,
// options and the ELF's identity): a run takes 0.2–5 s of emulation, the answer never changes.

import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ORACLE_DIR = resolve(repoRoot, '../shared/tflm-oracle');
const CACHE_DIR = join(repoRoot, 'node_modules/.cache/tinygate-oracle');

/** `cmsis`: TFLM + CMSIS-NN (runtime `tflm`); `reference`: TFLM's reference kernels (`tflm-reference`). */
export type OracleKernels = 'cmsis' | 'reference';

export interface OracleOptions {
  readonly kernels: OracleKernels;
  /** Raw bytes of each input tensor, in order; without them the oracle draws seeded random inputs. */
  readonly inputs?: readonly Uint8Array[];
  readonly seed?: number;
  /** Also return every operator's output tensors (`tensors[op][k]`). */
  readonly dumpTensors?: boolean;
}

export interface OracleAllocation {
  readonly requested: number;
  readonly used: number;
  readonly count: number;
}

export interface OracleResult {
  readonly outputs: Uint8Array[];
  readonly inputs: Uint8Array[];
  /** `arena_used_bytes()` of the plain MicroInterpreter: planned plus persistent. */
  readonly arenaUsedBytes: number;
  /** The planned (non-persistent) head of the arena. */
  readonly nonpersistentBytes: number;
  /** The persistent tail of the arena. */
  readonly persistentBytes: number;
  /** The RecordingMicroAllocator's breakdown of persistent allocations by kind. */
  readonly allocations: Readonly<Record<string, OracleAllocation>>;
  /** Instructions each operator executed (includes ~10–20 instructions of profiler glue). */
  readonly perOp: readonly { readonly index: number; readonly op: string; readonly instructions: number }[];
  readonly totalInstructions: number;
  /** With `dumpTensors`: `tensors[i][k]` is output k of operator i. */
  readonly tensors?: Uint8Array[][];
}

/** Why the oracle cannot run here, or null when it can. */
function missingReason(): string | null {
  if (!existsSync(join(ORACLE_DIR, 'run.sh'))) return `${ORACLE_DIR} is missing`;
  for (const tool of ['qemu-system-arm', 'arm-none-eabi-nm']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed (apt-get install -y qemu-system-arm binutils-arm-none-eabi)`;
    }
  }
  return null;
}

const reason = missingReason();
if (reason !== null && process.env['CI'] === 'true') {
  throw new Error(`CI=true but the TFLM oracle cannot run: ${reason}`);
}

/** True when tests can call the oracle; when false (only outside CI) they skip with a notice. */
export const oracleAvailable = reason === null;
let noticed = false;
/** Prints once why oracle tests are skipped. */
export function oracleSkipNotice(): void {
  if (reason !== null && !noticed) {
    noticed = true;
    console.warn(`[tflm-oracle] skipping oracle tests: ${reason}`);
  }
}

function elfIdentity(kernels: OracleKernels): string {
  const elf = join(ORACLE_DIR, 'bin', `oracle_m4_${kernels}.elf`);
  const s = statSync(elf);
  return `${s.size}:${s.mtimeMs}`;
}

function cacheKey(model: Uint8Array, options: OracleOptions): string {
  const h = createHash('sha256');
  h.update(model);
  h.update(JSON.stringify({ kernels: options.kernels, seed: options.seed ?? 1, dump: options.dumpTensors === true, elf: elfIdentity(options.kernels) }));
  for (const input of options.inputs ?? []) {
    h.update(String(input.length));
    h.update(input);
  }
  return h.digest('hex');
}

function readOutputs(dir: string, prefix: string): Uint8Array[] {
  const files = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.bin'));
  const indexOf = (f: string): number => Number(f.slice(prefix.length, -4));
  return files.sort((a, b) => indexOf(a) - indexOf(b)).map((f) => new Uint8Array(readFileSync(join(dir, f))));
}

function readTensors(dir: string): Uint8Array[][] {
  const tensors: Uint8Array[][] = [];
  for (const f of readdirSync(dir)) {
    const m = /^tensor_op(\d+)_out(\d+)\.bin$/.exec(f);
    if (m === null) continue;
    const [op, k] = [Number(m[1]), Number(m[2])];
    (tensors[op] ??= [])[k] = new Uint8Array(readFileSync(join(dir, f)));
  }
  return tensors;
}

interface ResultJson {
  arena_used_bytes: number;
  nonpersistent_bytes: number;
  persistent_bytes: number;
  recording: { allocations: Record<string, OracleAllocation> };
  per_op: { index: number; op: string; instructions: number }[];
  total_instructions: number;
}

function parseResult(dir: string, dump: boolean): OracleResult {
  const json = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as ResultJson;
  return {
    outputs: readOutputs(dir, 'output_'),
    inputs: readOutputs(dir, 'input_'),
    arenaUsedBytes: json.arena_used_bytes,
    nonpersistentBytes: json.nonpersistent_bytes,
    persistentBytes: json.persistent_bytes,
    allocations: json.recording.allocations,
    perOp: json.per_op,
    totalInstructions: json.total_instructions,
    ...(dump ? { tensors: readTensors(dir) } : {}),
  };
}

/**
 * The oracle reads at most this many bytes of each input file; a larger input is silently left
 * unread (measured: a 1,100,000-byte PAD input came back as the same bytes whatever was fed).
 */
export const ORACLE_MAX_INPUT_BYTES = 1 << 20;

/** Thrown when TFLM itself refuses the model (unsupported op, bad model): exit code 1 of run.sh. */
export class OracleRefused extends Error {}

/**
 * Runs `model` on TFLM under QEMU (or returns the cached answer). Rejects with `OracleRefused` when
 * TFLM fails the model, with a plain Error when the oracle itself cannot run.
 */
export async function runOracle(model: Uint8Array, options: OracleOptions): Promise<OracleResult> {
  if (reason !== null) throw new Error(`the TFLM oracle cannot run: ${reason}`);
  const tooLarge = (options.inputs ?? []).findIndex((input) => input.length > ORACLE_MAX_INPUT_BYTES);
  if (tooLarge >= 0) throw new Error(`input ${tooLarge} has ${options.inputs![tooLarge]!.length} bytes; the oracle reads at most ${ORACLE_MAX_INPUT_BYTES}`);
  const dump = options.dumpTensors === true;
  const cached = join(CACHE_DIR, cacheKey(model, options));
  if (existsSync(join(cached, 'result.json'))) return parseResult(cached, dump);
  const job = mkdtempSync(join(tmpdir(), 'tinygate-oracle-'));
  try {
    const modelPath = join(job, 'model.tflite');
    writeFileSync(modelPath, model);
    const args = [modelPath, '--out', join(job, 'out'), '--kernels', options.kernels, '--seed', String(options.seed ?? 1), '--timeout', '600'];
    (options.inputs ?? []).forEach((input, k) => {
      const p = join(job, `in_${k}.bin`);
      writeFileSync(p, input);
      args.push('--input', p);
    });
    if (dump) args.push('--dump-tensors');
    await new Promise<void>((done, fail) => {
      execFile(join(ORACLE_DIR, 'run.sh'), args, { maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
        if (error === null) done();
        else if (error.code === 1) fail(new OracleRefused(`TFLM refused the model: ${stderr.trim()}`));
        else fail(new Error(`tflm-oracle failed (exit ${String(error.code)}): ${stderr.trim()}`));
      });
    });
    mkdirSync(CACHE_DIR, { recursive: true });
    rmSync(cached, { recursive: true, force: true });
    // Keep only what parseResult reads; move the folder into the cache in one rename.
    const out = join(job, 'out');
    for (const f of readdirSync(out)) {
      if (!(f === 'result.json' || f.endsWith('.bin'))) rmSync(join(out, f));
    }
    execFileSync('mv', [out, cached]);
    return parseResult(cached, dump);
  } finally {
    rmSync(job, { recursive: true, force: true });
  }
}
