// One inference per shared model, side by side in one run on one thread: tinygate with its JS
// reference kernels and with its wasm SIMD kernels (src/kernels/wasm/, JS for the ops they do not
// cover), both on the graph tinygate executes (PADs fused into their convs, as every tinygate plan
// runs it), and TFLite's interpreter (WASM) on the file with its own kernels and with XNNPACK; the
// wasm engine's speed relative to XNNPACK (the two timed in alternation) and its int8 MAC/s (dense
// MACs / time).
// Goal (engine issue 14): wasm ≥ 0.5× XNNPACK's speed on every conv model.
import type { Allocator } from '../src/kernels/executor.ts';
import { prepareGraph, runGraph } from '../src/kernels/executor.ts';
import { WasmContext } from '../src/kernels/wasm/context.ts';
import { fusePads } from '../src/schedule/fuse-pads.ts';
import { prepareWasm } from '../src/kernels/wasm/prepare.ts';
import { viewAt } from '../src/mcu/memory.ts';
import type { Graph } from '../src/model/graph.ts';
import { elementCount } from '../src/model/graph.ts';
import { allocateTensorData } from '../src/model/tensor-data.ts';
import type { TensorData } from '../src/model/view.ts';

import { denseMacs } from '../src/model/stats.ts';
import { readTflite } from '../src/model/tflite/reader.ts';
import { randomInputs } from '../src/model/random-inputs.ts';
import { createOracle } from '../test/oracle/tflite-oracle.ts';
import { interleavedMedianMs, medianMs, printTable, readSharedModel, sharedModelNames } from './support.ts';

/**
 * The graph's inputs and every activation at its own offset in the wasm memory, as the engine places
 * them (without its plan's reuse), so kernels compute in place instead of copying buffers in and out.
 */
function inMemory(ctx: WasmContext, graph: Graph, inputs: readonly TensorData[]): { inputs: TensorData[]; allocate: Allocator } {
  const ids = [...graph.inputs, ...graph.ops.map((op) => op.outputs[0]!)];
  const placed = ids.map((id) => graph.tensors[id]!)
    .map((t) => ({ t, at: ctx.alloc(allocateTensorData(t.dtype, elementCount(t.shape)).byteLength) }));
  // Views are made after every allocation: growing the memory detaches earlier ones.
  const views = new Map(placed.map(({ t, at }) => [t.id, viewAt(ctx.memory.buffer, t.dtype, at, elementCount(t.shape))!]));
  const placedInputs = graph.inputs.map((id, i) => {
    const view = views.get(id)!;
    view.set(inputs[i]! as never);
    return view;
  });
  return { inputs: placedInputs, allocate: (t) => views.get(t.id)! };
}

const raw = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

export async function run(): Promise<void> {
  const rows = [['model', 'MACs', 'tinygate JS ms', 'tinygate wasm ms', 'TFLite ms (own kernels)', 'TFLite ms (XNNPACK)', 'wasm speed / XNNPACK', 'wasm M MAC/s']];
  for (const name of sharedModelNames()) {
    const bytes = readSharedModel(name);
    const graph = readTflite(bytes, name);
    const macs = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0);
    const runs = macs > 50e6 ? 3 : 10;
    const inputs = randomInputs(graph, 1);
    const executed = fusePads(graph);
    const prepared = prepareGraph(executed);
    const js = medianMs(() => runGraph(prepared, inputs), runs, 2);
    const ctx = new WasmContext();
    const preparedWasm = prepareGraph(executed, { kernel: (op, g) => prepareWasm(op, g, ctx) });
    const placed = inMemory(ctx, executed, inputs);
    const runWasm = (): unknown => runGraph(preparedWasm, placed.inputs, placed.allocate);
    // null when TFLite refuses the file as stored (person_detect's old quantization metadata).
    const rawInputs = inputs.map(raw);
    const own = await createOracle(bytes, { xnnpack: false }).catch(() => null);
    const theirs = own === null ? null : medianMs(() => own.run(rawInputs), runs, 2);
    own?.dispose();
    // The wasm engine and XNNPACK, the ratio that matters, are timed in alternation.
    const xnnOracle = await createOracle(bytes, { xnnpack: true }).catch(() => null);
    let wasm: number;
    let xnn: number | null = null;
    if (xnnOracle === null) {
      wasm = medianMs(runWasm, runs * 3, 3);
    } else {
      [wasm, xnn] = interleavedMedianMs([runWasm, () => xnnOracle.run(rawInputs)], runs * 3, 3) as [number, number];
      xnnOracle.dispose();
    }
    const ms = (t: number | null): string => (t === null ? 'refused' : t.toFixed(2));
    rows.push([
      name.replace('.tflite', ''), String(macs), js.toFixed(2), wasm.toFixed(3), ms(theirs), ms(xnn),
      xnn === null ? '—' : `${(xnn / wasm).toFixed(2)}×`, macs === 0 ? '—' : (macs / wasm / 1000).toFixed(0),
    ]);
  }
  printTable(rows);
}
