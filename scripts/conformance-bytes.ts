// `npm run conformance [-- --ops N]`: the full byte-conformance sweep against TFLite Micro on the
// emulated Cortex-M4 (../shared/tflm-oracle), with CMSIS-NN (runtime `tflm`) and with the reference
// kernels (`tflm-reference`), each against our executor with that runtime's kernel set. npm test runs a seeded subset of each part; this runs all of it:
//  1. every shared model × seeds 1–5 (the inputs of `tinygate run --random-input SEED`);
//  2. the MNIST fixtures on all 1,000 test digits;
//  3. N random single-op models (default 1,040: 40 of each op kind), every parameter from the seed.
// Prints one table per part: how many runs were byte-identical, refused by TFLM, or (float32
// outputs only) within float rounding, with the largest relative float difference.

import { parseArgs } from 'node:util';
import { prepareGraph, runGraph } from '../src/kernels/executor.ts';
import type { TensorData } from '../src/model/view.ts';
import { randomInputs } from '../src/model/random-inputs.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { FIXTURE_NAMES, fixtureBytes, int8Inputs } from '../test/eval/fixtures.ts';
import { compareWithTflm as compareInputs } from '../test/eval/oracle-check.ts';
import { SEEDS } from '../test/kernels/model-check.ts';
import { randomTflmCase, TFLM_OP_KINDS } from '../test/kernels/random-tflm-ops.ts';
import { compareOutputs, compareWithTflm } from '../test/kernels/tflm-compare.ts';
import { readSharedModel, sharedModelNames } from '../test/support/shared-models.ts';
import { type OracleKernels, runOracle } from '../test/support/tflm-oracle.ts';

const KERNELS: readonly OracleKernels[] = ['cmsis', 'reference'];
const bytesOf = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

function table(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, r] of rows.entries()) {
    console.log(`| ${r.map((v, c) => v.padEnd(widths[c]!)).join(' | ')} |`);
    if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
}

async function sharedModels(): Promise<boolean> {
  const rows = [['model', ...KERNELS.map((k) => `${k}: identical / seeds`)]];
  let ok = true;
  for (const name of sharedModelNames()) {
    const model = readSharedModel(name);
    const graph = readTflite(model, name);
    const row = [name];
    for (const kernels of KERNELS) {
      const prepared = prepareGraph(graph, { kernels });
      let identical = 0;
      for (const seed of SEEDS) {
        const inputs = randomInputs(graph, seed);
        const theirs = (await runOracle(model, { kernels, inputs: inputs.map(bytesOf) })).outputs;
        if (compareOutputs(name, runGraph(prepared, inputs), theirs).identical) identical++;
      }
      ok &&= identical === SEEDS.length;
      row.push(`${identical} / ${SEEDS.length}`);
    }
    rows.push(row);
  }
  table(rows);
  return ok;
}

async function mnistFixtures(): Promise<boolean> {
  const rows = [['fixture', ...KERNELS.map((k) => `${k}: identical / digits`)]];
  let ok = true;
  for (const name of FIXTURE_NAMES) {
    const inputs = int8Inputs(name).map((x) => [x]);
    const row = [`mnist_${name}.tflite`];
    for (const kernels of KERNELS) {
      const c = await compareInputs(name, fixtureBytes(name), inputs, kernels);
      ok &&= c.identical === c.samples;
      row.push(`${c.identical} / ${c.samples}`);
    }
    rows.push(row);
  }
  table(rows);
  return ok;
}

async function randomOps(count: number): Promise<boolean> {
  const cases = Array.from({ length: count }, (_, seed) => randomTflmCase(seed));
  const rows = [['op', 'cases', ...KERNELS.flatMap((k) => [`${k}: identical`, `${k}: refused`, `${k}: float-only diff (max rel.)`])]];
  let ok = true;
  const results = new Map<OracleKernels, Awaited<ReturnType<typeof compareWithTflm>>>();
  for (const kernels of KERNELS) results.set(kernels, await compareWithTflm(cases, kernels, 1, 32));
  for (const kind of [...TFLM_OP_KINDS, 'all'] as const) {
    const at = cases.flatMap((c, i) => (kind === 'all' || c.kind === kind ? [i] : []));
    const row = [kind, String(at.length)];
    for (const kernels of KERNELS) {
      const r = at.map((i) => results.get(kernels)![i]!);
      const refused = r.filter((x) => x.refused !== null);
      const floatOnly = r.filter((x) => !x.identical && x.refused === null && x.integerDifferences === 0);
      const worst = Math.max(0, ...floatOnly.map((x) => x.floatError));
      ok &&= refused.length === 0 && r.every((x) => x.integerDifferences === 0) && worst < 1e-5;
      row.push(String(r.filter((x) => x.identical).length), String(refused.length), floatOnly.length === 0 ? '0' : `${floatOnly.length} (${worst.toExponential(1)})`);
    }
    rows.push(row);
  }
  table(rows);
  for (const kernels of KERNELS) {
    results.get(kernels)!.forEach((r) => {
      if (r.refused !== null || r.integerDifferences > 0) console.log(`${kernels}: ${r.description}: ${r.refused ?? r.differences.join('; ')}`);
    });
  }
  return ok;
}

const { values } = parseArgs({ options: { ops: { type: 'string', default: String(40 * TFLM_OP_KINDS.length) } } });
const started = Date.now();
console.log('## Shared models × seeds 1–5: our executor vs TFLite Micro, byte for byte\n');
const models = await sharedModels();
console.log('\n## MNIST fixtures, all test digits\n');
const mnist = await mnistFixtures();
console.log(`\n## ${values.ops} random single-op models (seeded; int8 byte for byte, float32 within 1e-5)\n`);
const ops = await randomOps(Number(values.ops));
console.log(`\n${models && mnist && ops ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(0)} s (oracle answers are cached in node_modules/.cache/tinygate-oracle)`);
process.exitCode = models && mnist && ops ? 0 : 1;
