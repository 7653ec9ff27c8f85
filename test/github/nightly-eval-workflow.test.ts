// examples/workflows/tinygate-nightly-eval.yml, run as Actions runs it: every matrix job's steps
// with its `${{ matrix.* }}` and `${{ strategy.* }}` values, artifacts uploaded and downloaded by
// name, then the merge job. Its `node .tinygate/dist/cli.js` commands go to the CLI's main() in a
// workspace holding the MNIST fixture model and test set; the merged accuracy must equal one
// unsharded evaluation's, and land in the report. (Each shard evaluates in its own thread here:
// `--workers 0` is appended; the worker pool has its own tests.)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { processIo, type CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import type { EvalResult } from '../../src/eval/result.ts';
import { validateReport } from '../../src/report/report.ts';
import { fixturePath, TEST_SET_DIR } from '../eval/fixtures.ts';
import { REPO_ROOT } from './action-harness.ts';

interface Step { uses?: string; with?: Record<string, string | boolean>; run?: string }
interface Job { needs?: string; strategy?: { matrix: Record<string, (string | number)[]> }; steps: Step[] }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, Job> }

const workflow = parse(readFileSync(join(REPO_ROOT, 'examples/workflows/tinygate-nightly-eval.yml'), 'utf8')) as Workflow;
const CLI = 'node .tinygate/dist/cli.js ';

let workspace: string;
let cwd: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'tinygate-nightly-eval-'));
  mkdirSync(join(workspace, 'models'));
  cpSync(fixturePath('base'), join(workspace, 'models/net.tflite'));
  cpSync(TEST_SET_DIR, join(workspace, 'data/val'), { recursive: true });
  cwd = process.cwd();
  process.chdir(workspace);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(workspace, { recursive: true, force: true });
});

/** `${{ name }}` replaced from `context`; an unknown name fails the test. */
function expand(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    expect(context, `expression ${name}`).toHaveProperty([name]);
    return context[name]!;
  });
}

/** Runs one `run:` line: only the tinygate CLI, with shell globs expanded in the workspace. */
async function runLine(line: string): Promise<string> {
  expect(line.startsWith(CLI), line).toBe(true);
  const args = line.slice(CLI.length).split(/\s+/).flatMap((arg) => {
    if (!arg.includes('*')) return [arg];
    const pattern = new RegExp(`^${basename(arg).replace(/[.]/g, '\\.').replace('*', '.*')}$`);
    return readdirSync(dirname(arg)).filter((f) => pattern.test(f)).sort().map((f) => join(dirname(arg), f));
  });
  let stdout = '', stderr = '';
  const io: CliIo = { ...processIo, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } };
  const code = await main(args[0] === 'eval' ? [...args, '--workers', '0'] : args, io);
  expect(code, `${line}\n${stderr}`).toBe(0);
  return stdout;
}

/** Runs a job's steps: checkouts are the workspace itself, artifacts live under .artifacts/NAME/. */
async function runJob(job: Job, context: Record<string, string>): Promise<void> {
  for (const step of job.steps) {
    const uses = step.uses?.split('@')[0];
    if (uses === 'actions/checkout') continue;
    if (step.run !== undefined) { await runLine(expand(step.run.trim(), context)); continue; }
    const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), context)]));
    if (uses === 'actions/upload-artifact') {
      for (const path of w['path']!.split('\n').map((p) => p.trim()).filter((p) => p !== '')) {
        expect(existsSync(path), `${w['name']} uploads ${path}`).toBe(true);
        cpSync(path, join('.artifacts', w['name']!, basename(path)));
      }
    } else if (uses === 'actions/download-artifact') {
      const pattern = new RegExp(`^${w['pattern']!.replace('*', '.*')}$`);
      expect(w['merge-multiple']).toBe('true');
      const names = readdirSync('.artifacts').filter((n) => pattern.test(n));
      for (const n of names) cpSync(join('.artifacts', n), w['path']!, { recursive: true });
    } else {
      throw new Error(`the test runner does not know ${step.uses}`);
    }
  }
}

test('a matrix of eval shards, uploaded and merged, gives the unsharded accuracy in the report', async () => {
  expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  const { eval: evalJob, merge } = workflow.jobs;
  const shards = evalJob!.strategy!.matrix['shard']!;
  expect(shards.length).toBeGreaterThan(1);
  for (const [index, shard] of shards.entries()) {
    await runJob(evalJob!, { 'matrix.shard': String(shard), 'strategy.job-total': String(shards.length), 'strategy.job-index': String(index) });
  }
  expect(merge!.needs).toBe('eval');
  await runJob(merge!, {});

  const merged = JSON.parse(readFileSync('.artifacts/tinygate-nightly-eval/accuracy.json', 'utf8')) as EvalResult;
  const whole = JSON.parse(await runLine(`${CLI}eval models/net.tflite --dataset data/val --json`)) as EvalResult;
  expect([merged.evaluated, merged.correct]).toEqual([whole.evaluated, whole.correct]);
  expect(merged.evaluated).toBe(1000);
  const report = validateReport(JSON.parse(readFileSync('.artifacts/tinygate-nightly-eval/report.json', 'utf8')), 'report.json');
  expect(report.accuracy!.samples).toBe(1000);
  expect(report.accuracy!.top1).toBeCloseTo(whole.correct / whole.evaluated, 10);
});
