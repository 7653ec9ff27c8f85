// The models of a checkout or a commit: every file matching a model glob, analyzed as data (PR
// models are never executed as code, only read). Paths are repository-relative with `/`. One bad
// model is one bad row: a file that cannot be read or analyzed is recorded with the reason, and the
// other models are still analyzed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { analyzeModelBytes, type AnalyzeOptions } from '../pipeline.ts';
import type { Report } from '../report/report.ts';
import { selects, type Glob } from './glob.ts';

/** Folders no model lives in, skipped for speed and to keep dependencies' models out. */
const SKIPPED = new Set(['.git', 'node_modules']);

/** The first line of every Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
const LFS_POINTER = new TextEncoder().encode('version https://git-lfs.github.com/spec/v1');

export function findModels(root: string, globs: readonly Glob[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(join(dir, entry.name), rel);
      else if (entry.isFile() && selects(globs, rel)) found.push(rel);
    }
  };
  walk(root, '');
  return found.sort();
}

/** Reports, and the models that have none: path → why (one line, without the path). */
export interface AnalyzedModels { reports: Report[]; unreadable: Map<string, string> }

/** Adds what needs the bytes again (accuracy) to a fresh report. */
export type Enrich = (report: Report, bytes: Uint8Array) => Promise<Report>;

/**
 * Reads and analyzes each model, then lets `enrich` add to it, reading every file once. `reuse`
 * may answer a report without analysis (the same bytes were analyzed already). One model at a time:
 * an evaluation already uses every core.
 */
export async function analyzeModels(
  paths: readonly string[], read: (path: string) => Promise<Uint8Array>, options: AnalyzeOptions, enrich: Enrich,
  reuse: (path: string, bytes: Uint8Array) => Report | undefined = () => undefined,
): Promise<AnalyzedModels> {
  const reports: Report[] = [];
  const unreadable = new Map<string, string>();
  for (const path of paths) {
    try {
      const bytes = await read(path);
      reports.push(reuse(path, bytes) ?? await enrich(analyzeModel(path, bytes, options), bytes));
    } catch (e) {
      unreadable.set(path, reasonOf(e, path));
    }
  }
  return { reports, unreadable };
}

export function analyzeWorkspace(root: string, paths: readonly string[], options: AnalyzeOptions, enrich: Enrich): Promise<AnalyzedModels> {
  return analyzeModels(paths, async (p) => new Uint8Array(readFileSync(join(root, p))), options, enrich);
}

/** analyzeModelBytes, after telling a Git LFS pointer apart from a model. */
function analyzeModel(path: string, bytes: Uint8Array, options: AnalyzeOptions): Report {
  if (bytes.length >= LFS_POINTER.length && LFS_POINTER.every((b, i) => bytes[i] === b)) {
    throw new UserError('is a Git LFS pointer, not the model: fetch the LFS objects (`lfs: true` on actions/checkout)', path);
  }
  return analyzeModelBytes(path, bytes, options);
}

/** One line without the model's path (the row already names it); a bug says so. */
function reasonOf(e: unknown, path: string): string {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  const reason = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return e instanceof UserError ? reason : `internal error while analyzing it (please report it): ${reason}`;
}
