// Instruction prediction vs the TFLM oracle (Cortex-M4 under QEMU, exact per-operator counts) over
// every op of every shared model, both kernel sets: the distribution of |error|, per model and per
// kernel. Goal (issue 13): median |error| ≤ 5 %, 90th percentile ≤ 15 %. Needs qemu-system-arm
// (oracle answers are cached in node_modules/.cache/tinygate-oracle).
import { instructionConformance, quantile, type OpConformance } from '../test/support/instruction-conformance.ts';
import { oracleAvailable, oracleSkipNotice } from '../test/support/tflm-oracle.ts';
import { printTable } from './support.ts';

const pct = (x: number): string => `${x.toFixed(1)}%`;

function summary(label: string, rows: readonly OpConformance[]): string[] {
  const abs = rows.map((r) => Math.abs(r.errorPct));
  const predicted = rows.reduce((s, r) => s + r.predicted, 0), counted = rows.reduce((s, r) => s + r.counted, 0);
  return [label, String(rows.length), pct(quantile(abs, 0.5)), pct(quantile(abs, 0.9)), pct(Math.max(...abs)), pct(((predicted - counted) / counted) * 100)];
}

export async function run(): Promise<void> {
  if (!oracleAvailable) {
    oracleSkipNotice();
    return;
  }
  const rows = await instructionConformance();
  const header = ['', 'ops', 'median |error|', 'p90 |error|', 'max |error|', 'total error'];
  console.log('Every op of every shared model (held out: the formulas are fitted on random single-op models).\n');
  printTable([header, summary('all', rows), ...(['cmsis', 'reference'] as const).map((k) => summary(k, rows.filter((r) => r.kernels === k)))]);
  const buckets = [1, 2, 5, 10, 15, 25, 50, Infinity];
  console.log('\nDistribution of |error| (ops, cumulative share):\n');
  printTable([['|error| ≤', 'ops', 'cumulative'], ...buckets.map((b, i) => {
    const inBucket = rows.filter((r) => Math.abs(r.errorPct) <= b && (i === 0 || Math.abs(r.errorPct) > buckets[i - 1]!)).length;
    const cumulative = rows.filter((r) => Math.abs(r.errorPct) <= b).length;
    return [b === Infinity ? 'any' : `${b}%`, String(inBucket), pct((cumulative / rows.length) * 100)];
  })]);
  console.log('\nPer model and kernel set:\n');
  const models = [...new Set(rows.map((r) => r.model))];
  printTable([['model', 'ops', 'median |error|', 'p90 |error|', 'max |error|', 'total error'],
    ...models.flatMap((m) => (['cmsis', 'reference'] as const).map((k) => summary(`${m.replace('.tflite', '')} (${k})`, rows.filter((r) => r.model === m && r.kernels === k))))]);
  console.log('\nPer kernel:\n');
  const kernels = [...new Set(rows.map((r) => r.kernel))].sort();
  printTable([['kernel', 'ops', 'median |error|', 'p90 |error|', 'max |error|', 'total error'], ...kernels.map((k) => summary(k, rows.filter((r) => r.kernel === k)))]);
  const worst = [...rows].sort((a, b) => Math.abs(b.errorPct) - Math.abs(a.errorPct)).slice(0, 10);
  console.log('\nLargest errors:\n');
  printTable([['model', 'kernels', 'op', 'kernel', 'predicted', 'counted', 'error'],
    ...worst.map((r) => [r.model.replace('.tflite', ''), r.kernels, `${r.index} ${r.op}`, r.kernel, String(r.predicted), String(r.counted), pct(r.errorPct)])]);
}
