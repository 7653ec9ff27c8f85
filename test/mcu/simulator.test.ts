// Running each runtime's memory plan in one simulated SRAM array gives exactly the reference
// executor's outputs on every shared model: the proof that no plan lets two live buffers share a
// byte. The write checker also catches any op that writes outside its own output or scratch.
import { describe, expect, it } from 'vitest';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';

import type { Graph } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { TFLM_BUFFER_ALIGNMENT } from '../../src/schedule/tflm.ts';
import { prepareSimulation, simulatePlan } from '../../src/mcu/simulator.ts';
import { kernelSetOf } from '../../src/kernels/registry.ts';
import type { MemoryPlan } from '../../src/schedule/planner.ts';
import { planSchedules } from '../../src/schedule/summary.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readSharedModel, sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';

const bytesOf = (d: TensorData) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
// Seed 1 runs with the per-op write guards, seed 2 without. The two largest models run seed 1 only:
// what is checked here is a plan's layout, which one input exercises whole; the kernels' values on
// other inputs are covered by the kernel and model tests.
const SEEDS = [1, 2];
const LARGE = ['tinyengine_detection.tflite', 'tinyengine_mcunetv2_large.tflite'];
const seedsOf = (name: string): number[] => (LARGE.includes(name) ? [1] : SEEDS);
const RUNTIMES = ['tflm', 'tinyengine', 'tinygate'] as const;
/** Buffer alignment of each runtime's planner (tflm.ts, tinyengine.ts, tinygate.ts). */
const ALIGNMENT = { tflm: TFLM_BUFFER_ALIGNMENT, tinyengine: 4, tinygate: 4 };

describe.runIf(sharedModelsPresent)('simulated SRAM', () => {
  // One test per (model, runtime) keeps each far from its timeout; the reference outputs of a
  // model are computed once, by the first of its tests.
  const references = new Map<string, { graph: Graph; expected: Uint8Array[][] }>();
  const referenceOf = (name: string) => {
    let r = references.get(name);
    if (r === undefined) {
      const graph = readTflite(readSharedModel(name), name);
      const prepared = prepareGraph(graph);
      references.set(name, (r = { graph, expected: seedsOf(name).map((seed) => runGraph(prepared, randomInputs(graph, seed)).map(bytesOf)) }));
    }
    return r;
  };
  const cases = sharedModelNames().flatMap((name) => RUNTIMES.map((runtime) => [name, runtime] as const));
  it.each(cases)('%s: the %s plan reproduces the reference outputs byte for byte and reaches its planned peak', (name, runtime) => {
    const { graph, expected } = referenceOf(name);
    const summary = planSchedules(graph).find((s) => s.runtime === runtime)!;
    const simulation = prepareSimulation(graph, summary.plan, kernelSetOf(runtime));
    seedsOf(name).forEach((seed, i) => {
      const { outputs, sramBytes, highWaterBytes } = simulation.run(randomInputs(graph, seed), { checkWrites: i === 0 });
      expect(outputs.map(bytesOf), `seed ${seed}`).toEqual(expected[i]);
      // The simulated SRAM is the runtime's whole planned peak (TinyEngine's static sbuf and kbuf
      // sit after its arena; TFLM's persistent tail is not simulated), and the run writes up to its
      // end, short only by the top buffer's alignment padding (TFLM rounds every buffer up to 16 B).
      const planned = summary.peakSramBytes - (summary.persistentBytes ?? 0);
      expect(sramBytes).toBe(planned);
      expect(highWaterBytes).toBeLessThanOrEqual(planned);
      expect(highWaterBytes).toBeGreaterThan(planned - ALIGNMENT[runtime]);
    });
  });

  it('a plan that puts a tensor on bytes still needed later corrupts the outputs, and debug mode names it', () => {
    // ResNet-8: move one conv output onto the residual branch tensor that an ADD reads later.
    const graph = readTflite(readSharedModel('mlperf_tiny_ic_resnet8_int8.tflite'), 'resnet8');
    const good = planSchedules(graph)[0]!.plan;
    const tensorBuffers = good.buffers.filter((b) => b.scratchForOp === null && b.tensors.length > 0);
    const kept = tensorBuffers.find((a) => tensorBuffers.some((b) => b.firstStep > a.firstStep && b.firstStep < a.lastStep && b.size <= a.size))!;
    const moved = tensorBuffers.find((b) => b.firstStep > kept.firstStep && b.firstStep < kept.lastStep && b.size <= kept.size)!;
    const broken: MemoryPlan = { ...good, buffers: good.buffers.map((b) => (b === moved ? { ...b, offset: kept.offset } : b)) };
    const inputs = randomInputs(graph, 3);
    const expected = runGraph(prepareGraph(graph), inputs).map(bytesOf);
    expect(() => simulatePlan(graph, broken, 'reference', inputs, { checkWrites: true }))
      .toThrow(new RegExp(`writes tensor ${moved.tensors[0]} at arena bytes ${kept.offset}–\\d+, over live tensor ${kept.tensors[0]} `));
    expect(simulatePlan(graph, broken, 'reference', inputs).outputs.map(bytesOf)).not.toEqual(expected);
  });
});
