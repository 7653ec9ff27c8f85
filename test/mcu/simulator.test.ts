// Running each runtime's memory plan in one simulated SRAM array gives exactly the reference
// executor's outputs on every shared model: the proof that no plan lets two live buffers share a
// byte. The write checker also catches any op that writes outside its own output or scratch.
import { describe, expect, it } from 'vitest';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import type { TensorData } from '../../src/model/view.ts';

import { readTflite } from '../../src/model/tflite/reader.ts';
import { simulatePlan } from '../../src/mcu/simulator.ts';
import type { MemoryPlan } from '../../src/schedule/planner.ts';
import { planSchedules } from '../../src/schedule/summary.ts';
import { randomInputs } from '../../src/model/random-inputs.ts';
import { readSharedModel, sharedModelNames, sharedModelsPresent } from '../support/shared-models.ts';

const bytesOf = (d: TensorData) => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

describe.runIf(sharedModelsPresent)('simulated SRAM', () => {
  it.each(sharedModelNames())('%s: every runtime\'s plan reproduces the reference outputs byte for byte', (name) => {
    const graph = readTflite(readSharedModel(name), name);
    const reference = prepareGraph(graph);
    const plans = planSchedules(graph).map((s) => s.plan);
    expect(plans.map((p) => p.runtime)).toEqual(['tflm', 'tinyengine', 'tinygate']);
    for (const seed of [1, 2]) {
      const inputs = randomInputs(graph, seed);
      const expected = runGraph(reference, inputs).map(bytesOf);
      for (const plan of plans) {
        const { outputs, sramBytes } = simulatePlan(graph, plan, inputs, { checkWrites: seed === 1 });
        expect(sramBytes).toBe(plan.arenaBytes);
        expect(outputs.map(bytesOf), `${plan.runtime}, seed ${seed}`).toEqual(expected);
      }
    }
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
    expect(() => simulatePlan(graph, broken, inputs, { checkWrites: true }))
      .toThrow(new RegExp(`writes tensor ${moved.tensors[0]} at arena bytes ${kept.offset}–\\d+, over live tensor ${kept.tensors[0]} `));
    expect(simulatePlan(graph, broken, inputs).outputs.map(bytesOf)).not.toEqual(expected);
  });
});
