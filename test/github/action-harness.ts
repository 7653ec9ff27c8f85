// Runs the bundled action (dist/index.js) the way a runner does: INPUT_* variables, an event payload
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a workspace that is a real git repository,
// and GITHUB_API_URL pointing at the fake GitHub. Also builds those repositories.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tinygate-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface TestRepo { dir: string; baseSha: string; headSha: string }

/** A repository with `main` at the base files and a `feature` branch (checked out) at the head files; null deletes. */
export function makeRepo(base: Record<string, Uint8Array | string>, head: Record<string, Uint8Array | string | null>): TestRepo {
  const dir = tempDir('repo');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  const write = (files: Record<string, Uint8Array | string | null>): void => {
    for (const [path, data] of Object.entries(files)) {
      if (data === null) { rmSync(join(dir, path)); continue; }
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  git('config', 'commit.gpgsign', 'false');
  write(base);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  write(head);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, baseSha, headSha: git('rev-parse', 'HEAD') };
}

/** Every file of a commit, as the fake GitHub serves trees and contents (for checkouts that lack the commit). */
export function filesAt(dir: string, sha: string): Map<string, Uint8Array> {
  const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const paths = git('ls-tree', '-r', '--name-only', '-z', sha).toString().split('\0').filter((p) => p !== '');
  return new Map(paths.map((p) => [p, new Uint8Array(git('show', `${sha}:${p}`))]));
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  event: string;
  payload: object;
  inputs: Record<string, string>;
  apiUrl: string;
  /** More environment, e.g. a shorter TINYGATE_HTTP_TIMEOUT_MS. */
  env?: Record<string, string>;
}

/** Async, so the fake GitHub in this process keeps answering while the action runs. */
export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const scratch = tempDir('runner');
  try {
    const files = { event: join(scratch, 'event.json'), output: join(scratch, 'output'), summary: join(scratch, 'summary.md') };
    writeFileSync(files.event, JSON.stringify(o.payload));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    // A clean environment: nothing from a surrounding CI run (GITHUB_*, proxies) leaks in.
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? scratch,
      GITHUB_EVENT_NAME: o.event, GITHUB_EVENT_PATH: files.event, GITHUB_WORKSPACE: o.workspace,
      GITHUB_API_URL: o.apiUrl, GITHUB_REPOSITORY: 'octo/models', GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary,
      'INPUT_GITHUB-TOKEN': 'ghs_faketoken',
      // Waits of milliseconds instead of seconds, so the fault tests stay fast; the schedule is the real one.
      TINYGATE_RETRY_BASE_MS: '1', TINYGATE_HTTP_TIMEOUT_MS: '2000',
      ...o.env,
    };
    for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const r = await spawnNode([join(REPO_ROOT, 'dist/index.js')], o.workspace, env);
    return {
      ...r,
      outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'),
    };
  } finally {
    removeDir(scratch);
  }
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

function spawnNode(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', fail);
    child.on('close', (code) => ok({ code: code ?? -1, stdout, stderr }));
  });
}
