// `npm start`: the gate on two pull requests against the same repository, as the action runs it.
// The repository's model `models/digits.tflite` is fixtures/mnist_base.tflite on the base branch;
// PR 1 replaces it with mnist_candidate (a wider first stage: more SRAM and MACs; its per-layer peak
// exceeds the 12 KiB SRAM budget, its TinyEngine patch schedule fits, so it passes with warnings), PR 2 with
// mnist_over_budget (a much wider first stage whose simulated latency breaks the 20 ms budget).
// For each side: analysis (memory plans, simulated latency) and top-1 accuracy on the committed
// 1,000-digit test set, run with the lowest-SRAM patch schedule and checked against per-layer
// execution; then comparison and the PR comment the action would post. Everything runs locally from
// committed files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateAccuracy } from '../src/eval/accuracy.ts';
import { accuracyReport } from '../src/eval/result.ts';
import { settingsResolver } from '../src/github/config.ts';
import { GATE_DEFAULTS, parseGateOptions } from '../src/github/gate-options.ts';
import { analyzeModelBytes } from '../src/pipeline.ts';
import { compareReports } from '../src/report/compare.ts';
import { commentMarker, renderComparison } from '../src/report/markdown.ts';
import { validateReport, type Report } from '../src/report/report.ts';

const MODEL_PATH = 'models/digits.tflite';
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
/**
 * The gate's settings: the action's defaults plus budgets for this product's MCU, which runs
 * TinyEngine (the default runtime, TFLM, has no patch-based execution).
 */
const options = parseGateOptions({ ...GATE_DEFAULTS, runtime: 'tinyengine', 'budget-sram': '12KiB', 'budget-latency': '20ms' }, 'demo');

async function reportFor(name: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(fixture(`mnist_${name}.tflite`)));
  const report = analyzeModelBytes(MODEL_PATH, bytes, { targets: options.targets });
  const patch = (report.schedules ?? []).filter((s) => s.kind === 'patch' && s.split !== undefined && s.patches !== undefined)
    .sort((a, b) => a.peakSramBytes - b.peakSramBytes)[0];
  const schedule = patch === undefined ? null : { split: patch.split!, patches: patch.patches! };
  const result = await evaluateAccuracy({ model: bytes, modelPath: MODEL_PATH, datasetDir: fixture('mnist-test'), schedule });
  return validateReport({ ...report, accuracy: accuracyReport(result) }, MODEL_PATH);
}

console.log(`Gate settings (the action's defaults plus budgets): runtime ${options.runtime}, targets ${options.targets.join(', ')}, schedule ${options.schedule} (the lower of per-layer and patch peak SRAM), `
  + `budgets: SRAM 12 KiB, latency 20 ms; thresholds ${GATE_DEFAULTS.thresholds}; fail on ${options.failOn}.`);
const base = await reportFor('base');
for (const [pr, head] of [[1, 'candidate'], [2, 'over_budget']] as const) {
  const comparison = compareReports({
    base: [base],
    head: [await reportFor(head)],
    baseline: { kind: 'found' },
    settingsFor: settingsResolver(options, null),
    failOn: options.failOn,
  });
  console.log(`\n===== PR #${pr}: ${MODEL_PATH} ← fixtures/mnist_${head}.tflite — check ${comparison.verdict === 'pass' ? 'passes' : 'FAILS'} =====\n`);
  console.log(renderComparison(comparison, { marker: commentMarker('demo'), baseLabel: 'merge base (fixtures/mnist_base.tflite)' }));
}
