// Hostile input (issue 12), measured: the table-reference bomb's rejection time, analysis time of
// long op chains (whole CLI, and the stages in-process), and the peak RSS of `run` and `eval` on
// every shared model next to the plan's peak SRAM. The CLI runs from dist/ (rebuilt first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTflite } from '../src/model/tflite/reader.ts';
import { randomInputs } from '../src/model/random-inputs.ts';
import { elementCount } from '../src/model/graph.ts';
import { planSchedules } from '../src/schedule/summary.ts';
import { searchSchedules } from '../src/schedule/patch/search.ts';
import { targetRows } from '../src/mcu/target-rows.ts';
import { allTargets } from '../src/mcu/targets.ts';
import { COST_RUNTIMES } from '../src/registry.ts';
import { chainModel } from '../test/fuzz/chain.ts';
import { tableBomb } from '../test/fuzz/attacks.ts';
import { medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const TIMEOUT_S = 120;

const probe = join(root, 'test/fuzz/rss-probe.mjs');

/** One CLI run in a child process: wall seconds, exit code, and the child's own peak RSS in MiB. */
function measure(args: string[]): { seconds: number; status: number | null; rssMiB: number } {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'tinygate-rss-')), 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, cli, ...args], {
    stdio: 'ignore', timeout: TIMEOUT_S * 1000, env: { ...process.env, TINYGATE_RSS_FILE: rssFile },
  });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, status: r.status, rssMiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN };
}

const fmt = (n: number, d = 1): string => n.toFixed(d);

export async function run(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'tinygate-hostile-bench-'));

  // The 4 MB table-reference bomb: 1,000,000 references to one tensor table.
  const bomb = tableBomb(1_000_000);
  const bombPath = join(dir, 'bomb.tflite');
  writeFileSync(bombPath, bomb);
  const inProcess = medianMs(() => { try { readTflite(bomb, 'bomb'); } catch { /* refused */ } }, 9, 2);
  const viaCli = measure(['analyze', bombPath]);
  console.log(`table bomb (${(bomb.length / 2 ** 20).toFixed(1)} MiB): refused in ${fmt(inProcess, 2)} ms by the reader; \`tinygate analyze\` exits ${viaCli.status} after ${fmt(viaCli.seconds, 2)} s (node start-up included), peak RSS ${fmt(viaCli.rssMiB, 0)} MiB\n`);

  // Chains of 1×1 convolutions: the whole analysis through the CLI, then its stages in-process.
  const rows = [['ops', 'analyze (CLI, s)', 'exit', 'peak RSS (MiB)', 'read (ms)', 'per-layer plans (ms)', 'patch search, paper (ms)', 'latency rows (ms)']];
  for (const ops of [1_000, 5_000, 20_000]) {
    const bytes = chainModel(ops);
    const path = join(dir, `chain${ops}.tflite`);
    writeFileSync(path, bytes);
    const whole = measure(['analyze', path, '--json']);
    const t = (fn: () => unknown): number => { const t0 = performance.now(); fn(); return performance.now() - t0; };
    let graph = readTflite(bytes, path);
    const read = t(() => { graph = readTflite(bytes, path); });
    rows.push([
      ops.toLocaleString('en-US'), whole.status === null ? `> ${TIMEOUT_S}` : fmt(whole.seconds), String(whole.status), fmt(whole.rssMiB, 0), fmt(read, 0),
      fmt(t(() => planSchedules(graph)), 0), fmt(t(() => searchSchedules(graph, 'paper')), 0),
      fmt(t(() => targetRows(graph, allTargets(), COST_RUNTIMES)), 0),
    ]);
  }
  printTable(rows);

  // Peak RSS of run and eval against the plan's peak. A node process that only prints its version
  // is the floor: what is above it is the model, the kernels and the tensors.
  const floor = measure(['--version']).rssMiB;
  console.log(`\nnode + tinygate floor (\`tinygate --version\`): ${fmt(floor, 0)} MiB peak RSS\n`);
  const rss = [['model', 'plan peak (tflm arena, KiB)', 'file (KiB)', 'run RSS (MiB)', 'eval RSS, 16 samples, 1 thread (MiB)', 'run − floor (MiB)']];
  for (const name of sharedModelNames()) {
    const bytes = readSharedModel(name);
    const graph = readTflite(bytes, name);
    const peak = planSchedules(graph).find((p) => p.runtime === 'tflm')!.peakSramBytes;
    const modelPath = join(dir, name);
    writeFileSync(modelPath, bytes);
    const runRss = measure(['run', modelPath, '--random-input', '1']);
    let evalCell = `n/a (${graph.inputs.length} inputs, ${graph.outputs.length} outputs)`;
    if (graph.inputs.length === 1 && graph.outputs.length === 1) {
      const data = join(dir, `${name}.data`);
      mkdirSync(data, { recursive: true });
      const samples = Array.from({ length: 16 }, (_, i) => {
        const input = randomInputs(graph, i + 1)[0]!;
        writeFileSync(join(data, `${i}.bin`), new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
        return { file: `${i}.bin`, label: 0 };
      });
      writeFileSync(join(data, 'dataset.json'), JSON.stringify({ samples }));
      const classes = elementCount(graph.tensors[graph.outputs[0]!]!.shape);
      const r = classes > 0 ? measure(['eval', modelPath, '--dataset', data, '--workers', '0']) : null;
      evalCell = r === null ? 'n/a' : r.status === 0 ? fmt(r.rssMiB, 0) : `exit ${r.status}`;
    }
    rss.push([name.replace('.tflite', ''), fmt(peak / 1024), fmt(bytes.length / 1024, 0), runRss.status === 0 ? fmt(runRss.rssMiB, 0) : `exit ${runRss.status}`, evalCell, fmt(runRss.rssMiB - floor, 0)]);
  }
  printTable(rss);
}
