// Fits the instruction formulas of src/mcu/instruction-model.ts: runs every seeded random single-op
// model of scripts/instruction-cases.ts in the TFLM oracle (Cortex-M4 under QEMU, CMSIS-NN and
// reference builds; answers cached), and for each kernel solves least squares on relative error,
// min Σ ((Σ_j c_j · trips_j − counted) / counted)², for the instructions per loop trip c_j.
// Writes src/mcu/instruction-coefficients.json and prints the in-sample fit per kernel.
//   node --import tsx scripts/fit-instructions.ts [--check]
// Needs qemu-system-arm (../shared/tflm-oracle/README.md). The shared models are never used here.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { writeTflite } from '../src/model/tflite/writer.ts';
import {
  KERNEL_SOURCES, kernelTrips, type InstrKernels, type InstructionCoefficients, type KernelFormula, type Trips,
} from '../src/mcu/instruction-model.ts';
import { wholeBox } from '../src/model/view.ts';
import { ORACLE_DIR, runOracle } from '../test/support/tflm-oracle.ts';
import { instructionCases } from './instruction-cases.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { check: { type: 'boolean' } } });

interface Sample { name: string; trips: Trips; counted: number }

/** Solves the square system m·x = v by Gaussian elimination with partial pivoting. */
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const pivot = a[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / pivot;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Least squares on relative error, columns normalised, a tiny ridge for collinear trip counts. */
function fit(samples: readonly Sample[]): Record<string, number> {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.trips).filter((k) => s.trips[k] !== 0)))].sort();
  const rows = samples.map((s) => names.map((n) => (s.trips[n] ?? 0) / s.counted));
  const norms = names.map((_, j) => Math.sqrt(rows.reduce((sum, r) => sum + r[j]! ** 2, 0)) || 1);
  const x = rows.map((r) => r.map((v, j) => v / norms[j]!));
  const ata = names.map((_, i) => names.map((__, j) => x.reduce((sum, r) => sum + r[i]! * r[j]!, 0) + (i === j ? 1e-9 : 0)));
  const atb = names.map((_, i) => x.reduce((sum, r) => sum + r[i]!, 0));
  const c = solve(ata, atb);
  return Object.fromEntries(names.map((n, j) => [n, Number((c[j]! / norms[j]!).toPrecision(6))]));
}

const predict = (coefficients: Record<string, number>, trips: Trips): number =>
  Object.entries(trips).reduce((sum, [k, v]) => sum + (coefficients[k] ?? 0) * v, 0);

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const cases = instructionCases(1);
const byKernel = new Map<string, Sample[]>();
let done = 0;
for (const c of cases) {
  const model = writeTflite(c.graph);
  const op = c.graph.ops[0]!;
  for (const kernels of ['cmsis', 'reference'] as InstrKernels[]) {
    const t = kernelTrips(c.graph, op, wholeBox(c.graph.tensors[op.outputs[0]!]!.shape), kernels);
    if (t === null) continue;
    // A kernel both builds share (TFLM reference code) is fitted once, on the reference build.
    if (kernels === 'cmsis' && t.kernel.startsWith('ref_')) continue;
    const r = await runOracle(model, { kernels });
    const counted = r.perOp[0]!.instructions;
    byKernel.set(t.kernel, [...(byKernel.get(t.kernel) ?? []), { name: `${kernels}: ${c.name}`, trips: t.trips, counted }]);
  }
  if (++done % 50 === 0) console.error(`${done}/${cases.length} cases`);
}

const kernels: Record<string, KernelFormula> = {};
const report: string[][] = [['kernel', 'cases', 'median |error|', 'max |error|', 'worst case']];
for (const [kernel, samples] of [...byKernel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const coefficients = fit(samples);
  const errs = samples.map((s) => ({ s, e: Math.abs(predict(coefficients, s.trips) - s.counted) / s.counted * 100 }));
  const worst = errs.reduce((a, b) => (b.e > a.e ? b : a));
  const med = median(errs.map((e) => e.e));
  kernels[kernel] = {
    coefficients, cases: samples.length, fitMedianAbsPct: Math.round(med * 100) / 100, fitMaxAbsPct: Math.round(worst.e * 100) / 100,
    source: KERNEL_SOURCES[kernel] ?? '',
  };
  report.push([kernel, String(samples.length), `${med.toFixed(2)}%`, `${worst.e.toFixed(2)}%`, `${worst.s.name} (${worst.s.counted})`]);
}
console.log(markdownTable(report));

const versions = JSON.parse(readFileSync(join(ORACLE_DIR, 'VERSIONS.json'), 'utf8')) as Record<string, string>;
const table: InstructionCoefficients = {
  generatedBy: 'node --import tsx scripts/fit-instructions.ts',
  oracle: `../shared/tflm-oracle (Cortex-M4, tflite-micro ${versions['tflite-micro']!.slice(0, 12)}, CMSIS-NN ${versions['CMSIS-NN']!.slice(0, 12)}, ${cases.length} random single-op models, seed 1)`,
  kernels,
};
const outPath = join(repoRoot, 'src/mcu/instruction-coefficients.json');
const json = `${JSON.stringify(table, null, 2)}\n`;
if (values.check) {
  const same = readFileSync(outPath, 'utf8') === json;
  console.log(same ? 'instruction-coefficients.json is up to date' : 'instruction-coefficients.json is stale: run scripts/fit-instructions.ts');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(outPath, json);
  console.log(`wrote ${outPath}`);
}
