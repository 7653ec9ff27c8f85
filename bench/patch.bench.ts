// Patch schedules: time to search every (split, p) of a model (goal: under 2 s for a 200-op model),
// and the wall-time cost of patch-based execution against per-layer on the JS engine.
import { prepareGraph, runGraph } from '../src/kernels/executor.ts';
import type { Graph } from '../src/model/graph.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { zooModel } from '../src/model/zoo.ts';
import { planPatches } from '../src/schedule/patch/plan.ts';
import { runPatches } from '../src/schedule/patch/run.ts';
import { describeCandidate, searchSchedules } from '../src/schedule/patch/search.ts';
import { medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

export async function run(): Promise<void> {
  const models: [string, Graph][] = [
    ['zoo mobilenetv2 (1.0, 224)', zooModel('mobilenetv2')],
    ['zoo mobilenetv2 (1.0, 224, depth 3)', zooModel('mobilenetv2', { depth: 3 })],
    ['zoo mcunet (1.0, 160, depth 4)', zooModel('mcunet', { depth: 4 })],
  ];
  if (sharedModelNames().includes('tinyengine_mcunetv2_large.tflite')) {
    models.push(['tinyengine_mcunetv2_large', readTflite(readSharedModel('tinyengine_mcunetv2_large.tflite'), 'large')]);
  }
  const rows = [['model', 'ops', 'legal schedules', 'front', 'lowest peak (paper)', 'search median ms']];
  for (const [name, graph] of models) {
    const search = searchSchedules(graph);
    const ms = medianMs(() => searchSchedules(graph), 5, 1);
    const best = search.front[0]!;
    rows.push([name, String(graph.ops.length), String(search.candidates.length), String(search.front.length), `${best.peakSramBytes} B, ${describeCandidate(best)}`, ms.toFixed(0)]);
  }
  printTable(rows);

  console.log('');
  const graph = zooModel('mobilenetv2', { width: 0.35, resolution: 96, classes: 10 });
  const prepared = prepareGraph(graph);
  const input = Int8Array.from({ length: 96 * 96 * 3 }, (_, i) => ((i * 31) % 256) - 128);
  const split = graph.ops.find((op) => graph.tensors[op.outputs[0]!]!.name === 'block_3_project')!.index;
  const exec = [['zoo mobilenetv2 (0.35, 96)', 'median ms']];
  exec.push(['per-layer', medianMs(() => runGraph(prepared, [input]), 7, 1).toFixed(1)]);
  for (const p of [2, 3, 4]) {
    const plan = planPatches(graph, { split, patches: [p, p] });
    exec.push([`patch ${p}×${p} after block_3_project`, medianMs(() => runPatches(prepared, plan, [input]), 7, 1).toFixed(1)]);
  }
  printTable(exec);
}
