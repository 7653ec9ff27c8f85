// One inference per shared model, side by side in one run on one thread: tinygate with its JS
// reference kernels and with its wasm SIMD kernels (src/kernels/wasm/, JS for the ops they do not
// cover), and TFLite's interpreter (WASM) with its own kernels and with XNNPACK; the wasm engine's
// speed relative to XNNPACK and its int8 MAC/s (dense MACs / time).
// Goal (engine issue 14): wasm ≥ 0.5× XNNPACK's speed on every conv model.
import { prepareGraph, runGraph } from '../src/kernels/executor.ts';
import { WasmContext } from '../src/kernels/wasm/context.ts';
import { prepareWasm } from '../src/kernels/wasm/prepare.ts';
import type { TensorData } from '../src/model/view.ts';

import { denseMacs } from '../src/model/stats.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { randomInputs } from '../src/model/random-inputs.ts';
import { createOracle } from '../test/oracle/tflite-oracle.ts';
import { medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

const raw = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

export async function run(): Promise<void> {
  const rows = [['model', 'MACs', 'tinygate JS ms', 'tinygate wasm ms', 'TFLite ms (own kernels)', 'TFLite ms (XNNPACK)', 'wasm speed / XNNPACK', 'wasm M MAC/s']];
  for (const name of sharedModelNames()) {
    const bytes = readSharedModel(name);
    const graph = readTflite(bytes, name);
    const macs = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0);
    const runs = macs > 50e6 ? 3 : 10;
    const inputs = randomInputs(graph, 1);
    const prepared = prepareGraph(graph);
    const js = medianMs(() => runGraph(prepared, inputs), runs, 2);
    const ctx = new WasmContext();
    const preparedWasm = prepareGraph(graph, { kernel: (op, g) => prepareWasm(op, g, ctx) });
    const wasm = medianMs(() => runGraph(preparedWasm, inputs), runs * 3, 3);
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
      name.replace('.tflite', ''), String(macs), js.toFixed(2), wasm.toFixed(3), ms(theirs), ms(xnn),
      xnn === null ? '—' : `${(xnn / wasm).toFixed(2)}×`, macs === 0 ? '—' : (macs / wasm / 1000).toFixed(0),
    ]);
  }
  printTable(rows);
}
