// Read-only git queries against the workspace checkout. Every method answers null (or throws with
// git's own message) instead of guessing, so the baseline code can fall back to the REST API and
// say why.
import { execFileSync } from 'node:child_process';

export interface Git {
  /** The merge base of two commits; null when the checkout lacks them (a shallow clone). */
  mergeBase(a: string, b: string): string | null;
  /** The commit a ref names; null when the checkout does not have it. */
  resolve(ref: string): string | null;
  /** The parents of a commit, first parent first; null when the checkout does not have it. */
  parents(ref: string): string[] | null;
  listFiles(commit: string): string[];
  /** A file's bytes at a commit, through the repository's filters (Git LFS smudges its pointers when installed). */
  show(commit: string, path: string): Uint8Array;
}

export function createGit(cwd: string): Git {
  const git = (args: string[]): Buffer => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const text = (args: string[]): string => git(args).toString('utf8').trim();
  const orNull = (args: string[]): string | null => {
    try {
      return text(args);
    } catch {
      return null;
    }
  };
  return {
    mergeBase: (a, b) => orNull(['merge-base', a, b]),
    resolve: (ref) => orNull(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]),
    parents: (ref) => orNull(['rev-list', '--parents', '-n', '1', `${ref}^{commit}`, '--'])?.split(' ').slice(1) ?? null,
    listFiles: (commit) => text(['ls-tree', '-r', '--name-only', '-z', commit]).split('\0').filter((p) => p !== ''),
    show: (commit, path) => new Uint8Array(git(['cat-file', '--filters', `${commit}:${path}`])),
  };
}
