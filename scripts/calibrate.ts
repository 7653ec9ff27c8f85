// `npm run calibrate`: fits the per-board terms (cycles per instruction on DSP cores, a factor on
// instruction-mix cycles elsewhere) on the stated subset of the shared MLPerf Tiny CSV, writes them
// and the measured errors to src/mcu/calibration.json, and prints predicted vs measured latency for
// every row (fit rows marked), the error per (core, runtime), the held-out boards' errors, and what
// the model predicts for TFLM's reference kernels against CMSIS-NN.
//   node --import tsx scripts/calibrate.ts [--models DIR] [--check]
// --check: do not write; exit 1 if calibration.json differs from what the CSV gives now.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { calibrate, calibrationData, calibrationRows, measuredRows, type Prediction } from '../src/mcu/calibration.ts';
import { estimateModel } from '../src/mcu/cost-model.ts';
import { findTargets } from '../src/mcu/targets.ts';
import { readTflite } from '../src/model/tflite/reader.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { models: { type: 'string' }, check: { type: 'boolean' } } });
const modelsDir = resolve(values.models ?? join(repoRoot, '../shared/models'));
const csvRel = '../shared/models/data/mlperf_tiny_closed_results_mcu.csv';
const csv = readFileSync(join(modelsDir, 'data/mlperf_tiny_closed_results_mcu.csv'), 'utf8');

const rows = calibrationRows(measuredRows(csv), (file) => readTflite(new Uint8Array(readFileSync(join(modelsDir, file))), file));
const result = calibrate(rows);
// A board with no other board of its basis (the Helium board) has no transfer prediction: —.
const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
const sign = (x: number): string => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${fmt(x)}%` : '—');

const table = (ps: readonly Prediction[]): string => markdownTable([
  ['round', 'system', 'target', 'bench', 'use', 'CPI / factor', 'measured ms', 'predicted ms', 'error', 'other boards\' factor', 'predicted ms', 'error'],
  ...ps.map((p) => [
    p.row.round, p.row.system, p.row.target.name, p.row.benchmark, p.use, fmt(p.factor, 3),
    fmt(p.row.latencyMs), fmt(p.predictedMs), sign(p.errorPct), fmt(p.transferFactor, 3), fmt(p.transferMs), sign(p.transferErrorPct),
  ]),
], { align: ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'] });

console.log('# Calibration: predicted vs measured (MLPerf Tiny closed, TFLM / microTVM + CMSIS-NN)\n');
console.log('Fitted: one term per (round, board) on its kws row(s): cycles per predicted instruction on Cortex-M4/M33');
console.log('(TFLM + CMSIS-NN instruction model), a factor on instruction-mix cycles on Cortex-M85. Every other row is held out.');
console.log('Right-hand columns: the same rows predicted as for a board without a fit (median term of the other boards): scored on boards not fitted.\n');
console.log(table(result.predictions));
const heldOut = result.predictions.filter((p) => p.use === 'held-out' && p.row.round !== 'v0.5' && /cortex-m(4|33)$/.test(p.row.target.core));
const abs = heldOut.map((p) => Math.abs(p.errorPct)).sort((a, b) => a - b);
const med = abs.length % 2 ? abs[(abs.length - 1) / 2]! : (abs[abs.length / 2 - 1]! + abs[abs.length / 2]!) / 2;
console.log(`\nHeld-out rows, Cortex-M4 and M33, v0.7 and later: n=${abs.length}, median |error| ${fmt(med)}%, max |error| ${fmt(Math.max(...abs))}%\n`);
console.log(markdownTable([
  ['core', 'runtime', 'basis', 'median |error|', 'max |error|', 'rows'],
  ...result.errors.map((e) => [e.core, e.runtime, e.basis, `${e.medianAbsPct}%`, `${e.maxAbsPct}%`, String(e.rows)]),
]));

const transfer = result.predictions.filter((p) => p.row.round !== 'v0.5' && /cortex-m(4|33)$/.test(p.row.target.core));
const tAbs = transfer.map((p) => Math.abs(p.transferErrorPct)).sort((a, b) => a - b);
const tMed = tAbs.length % 2 ? tAbs[(tAbs.length - 1) / 2]! : (tAbs[tAbs.length / 2 - 1]! + tAbs[tAbs.length / 2]!) / 2;
console.log(`\nHeld-out boards (each M4/M33 board predicted with the median CPI of the other boards): n=${tAbs.length}, median |error| ${fmt(tMed)}%, max |error| ${fmt(Math.max(...tAbs))}%`);

// TFLM's reference kernels against CMSIS-NN on the same board: both are instruction counts × the
// same board CPI, so the latency ratio is the instruction ratio (no board row measures the reference
// kernels, so their CPI is not fitted separately).
const [l4r5] = findTargets(['stm32l4r5']);
console.log('\nReference kernels vs CMSIS-NN (predicted, stm32l4r5):\n');
console.log(markdownTable([
  ['model', 'tflm ms', 'tflm-reference ms', 'ratio'],
  ...[...new Set(rows.map((r) => r.modelFile))].sort().map((file) => {
    const graph = readTflite(new Uint8Array(readFileSync(join(modelsDir, file))), file);
    const cmsis = estimateModel(graph, l4r5!, 'tflm').latencyMs, ref = estimateModel(graph, l4r5!, 'tflm-reference').latencyMs;
    return [file.replace('.tflite', ''), fmt(cmsis), fmt(ref), `${fmt(ref / cmsis)}×`];
  }),
], { align: ['l', 'r', 'r', 'r'] }));

const outPath = join(repoRoot, 'src/mcu/calibration.json');
const json = `${JSON.stringify(calibrationData(result, csvRel), null, 2)}\n`;
if (values.check) {
  const same = readFileSync(outPath, 'utf8') === json;
  console.log(same ? '\ncalibration.json is up to date' : '\ncalibration.json is stale: run npm run calibrate');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(outPath, json);
  console.log(`\nwrote ${outPath}`);
}
