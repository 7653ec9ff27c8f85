// Limits by design. tinygate reads untrusted files from pull requests, so every quantity an input
// controls has a ceiling, checked before the work or memory it would cost. Each ceiling sits far
// above any microcontroller model (the largest shared model is 2.2 MB with 700 tensors and 270 ops;
// MCU SRAM is at most a few MiB) and far below what would exhaust the runner. The README's "Limits"
// section lists them; a test checks every shared model passes them.
//
// readInputFile is the one way the CLI and the dataset reader open a file: regular files only (a
// FIFO would block forever, /dev/zero never ends) and the size checked with fstat before reading.

import { closeSync, fstatSync, openSync, readSync, constants as fsConstants } from 'node:fs';
import { UserError } from './errors.ts';

export const LIMITS = {
  /** Any file tinygate reads: a model, a run input, a dataset sample, an image, a report. */
  fileBytes: 64 * 2 ** 20,
  /** Tensors in the model's subgraph. */
  tensors: 200_000,
  /** Operators in the model's subgraph. */
  ops: 50_000,
  /** Inputs or outputs of one operator (the widest real op, CONCATENATION, has a handful). */
  operandsPerOp: 1_024,
  /** Dimensions of one tensor. */
  rank: 8,
  /** Elements of one tensor (activation or constant): 16 Mi, 16 MiB of int8. */
  tensorElements: 16 * 2 ** 20,
  /** Bytes of one tensor. */
  tensorBytes: 64 * 2 ** 20,
  /** Pixels of a decoded image, or of the size preprocessing resizes it to. */
  imagePixels: 16 * 2 ** 20,
  /** Samples in one dataset. */
  datasetSamples: 10_000_000,
} as const;

/** The limit's human name, for messages. */
export function formatLimit(n: number): string {
  return n >= 2 ** 20 && n % 2 ** 20 === 0 ? `${n / 2 ** 20} Mi` : n.toLocaleString('en-US');
}

/** Throws a UserError naming the file when `value` exceeds `limit`. */
export function checkLimit(value: number, limit: number, what: string, file?: string): void {
  if (!(value <= limit)) {
    throw new UserError(`${what} is ${Number.isFinite(value) ? value.toLocaleString('en-US') : String(value)}, over tinygate's limit of ${formatLimit(limit)} (see README, Limits)`, file);
  }
}

/**
 * Reads a whole regular file of at most `maxBytes` bytes. The file is opened non-blocking (so a
 * FIFO cannot hang the open) and checked with fstat on the open descriptor (no race with a rename).
 */
export function readInputFile(path: string, maxBytes: number = LIMITS.fileBytes): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    throw new UserError(describeFsError(e, 'read'), path);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError('is a directory, expected a file', path);
    if (!stat.isFile()) throw new UserError('is not a regular file (a device, FIFO or socket); give a file', path);
    checkLimit(stat.size, maxBytes, 'file size in bytes', path);
    const out = new Uint8Array(stat.size);
    let done = 0;
    while (done < out.length) {
      const n = readSync(fd, out, done, out.length - done, done);
      if (n === 0) break;
      done += n;
    }
    if (done !== out.length) throw new UserError(`shrank while being read (${done} of ${out.length} bytes)`, path);
    return out;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(describeFsError(e, 'read'), path);
  } finally {
    closeSync(fd);
  }
}

export function describeFsError(e: unknown, verb: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return verb === 'read' ? 'no such file' : 'its folder does not exist';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'EACCES') return `permission denied (cannot ${verb})`;
  return `cannot ${verb}: ${code ?? (e as Error).message.split('\n')[0]}`;
}
