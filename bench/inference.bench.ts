// One inference per shared model: tinygate's engine next to TFLite's interpreter (WASM, one thread)
// in the same run, with its own kernels and with XNNPACK, and our int8 MAC/s (dense MACs / time).
// Goal (engine issue): ≥ 300 M MAC/s on VWW and ResNet-8.
import { prepareGraph, runGraph } from '../src/kernels/executor.ts';
import type { TensorData } from '../src/model/view.ts';

import { denseMacs } from '../src/model/stats.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { randomInputs } from '../src/model/random-inputs.ts';
import { createOracle } from '../test/oracle/tflite-oracle.ts';
import { medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

const raw = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

export async function run(): Promise<void> {
  const rows = [['model', 'MACs', 'tinygate ms', 'TFLite ms (own kernels)', 'TFLite ms (XNNPACK)', 'tinygate / TFLite', 'tinygate M MAC/s']];
  for (const name of sharedModelNames()) {
    const bytes = readSharedModel(name);
    const graph = readTflite(bytes, name);
    const macs = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0);
    const runs = macs > 50e6 ? 3 : 10;
    const inputs = randomInputs(graph, 1);
    const prepared = prepareGraph(graph);
    const ours = medianMs(() => runGraph(prepared, inputs), runs, 2);
    // null when TFLite refuses the file as stored (person_detect's old quantization metadata).
    const timeOracle = async (xnnpack: boolean): Promise<number | null> => {
      const oracle = await createOracle(bytes, { xnnpack }).catch(() => null);
      if (oracle === null) return null;
      try {
        return medianMs(() => oracle.run(inputs.map(raw)), runs, 2);
      } finally {
        oracle.dispose();
      }
    };
    const theirs = await timeOracle(false);
    const xnn = await timeOracle(true);
    const ms = (t: number | null): string => (t === null ? 'refused' : t.toFixed(2));
    rows.push([
      name.replace('.tflite', ''), String(macs), ours.toFixed(2), ms(theirs), ms(xnn),
      theirs === null ? '—' : `${(ours / theirs).toFixed(2)}×`, macs === 0 ? '—' : (macs / ours / 1000).toFixed(0),
    ]);
  }
  printTable(rows);
}
