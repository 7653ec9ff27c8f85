// What the cycle model adds to `analyze`: per-layer latency rows for every built-in target and
// every runtime (28 rows). Goal (cost-model issue): under 50 ms for a VWW-sized model.
import { COST_RUNTIMES } from '../src/registry.ts';
import { targetRows } from '../src/mcu/target-rows.ts';
import { BUILTIN_TARGETS } from '../src/mcu/targets.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

export async function run(): Promise<void> {
  const rows = [['model', 'ops', 'rows', 'targetRows median ms (all targets × runtimes)']];
  for (const name of sharedModelNames()) {
    const graph = readTflite(readSharedModel(name), name);
    const n = targetRows(graph, BUILTIN_TARGETS, COST_RUNTIMES).length;
    rows.push([name, String(graph.ops.length), String(n), medianMs(() => targetRows(graph, BUILTIN_TARGETS, COST_RUNTIMES)).toFixed(2)]);
  }
  printTable(rows);
}
