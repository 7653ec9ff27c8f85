// The gate executes what it reports (ARCHITECTURE.md, decision 2): every plan runs once in the
// simulated SRAM on a seeded input, and its outputs must equal per-layer reference execution, with
// the same kernel set (kernels/registry.ts), byte for byte. A plan that fails is a bug in tinygate (a planner or simulator error), so it throws an
// internal error that fails the run; it never becomes a number in a report.

import { UserError } from '../errors.ts';
import { prepareGraph, runGraph } from '../kernels/executor.ts';
import { kernelSetOf, type KernelSet } from '../kernels/registry.ts';
import type { Graph } from '../model/graph.ts';
import type { Runtime } from '../registry.ts';
import { randomInputs } from '../model/random-inputs.ts';
import type { TensorData } from '../model/view.ts';
import type { PatchMemoryPlan } from '../schedule/patch/placement.ts';
import type { PatchPlan } from '../schedule/patch/plan.ts';
import type { MemoryPlan } from '../schedule/planner.ts';
import { preparePatchSimulation } from './patch-simulator.ts';
import { prepareSimulation, type Simulation } from './simulator.ts';

/** The seed of the input every plan is checked on (`tinygate run --random-input 1` gives the same tensors). */
export const EXECUTION_SEED = 1;

/** What one executed plan shows (schema: `schedules[].executed` and friends). */
export interface ExecutionResult {
  /** False only when the model cannot be executed at all (an op or type with no kernel). */
  readonly executed: boolean;
  /** One past the highest simulated SRAM byte the run wrote. */
  readonly highWaterBytes?: number;
  /** Always true when present: a mismatch throws instead. */
  readonly outputsMatchReference?: boolean;
}

const bytesOf = (d: TensorData): Uint8Array => new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

/** Runs plans of one graph against its reference outputs, computed once on first use. */
export class ExecutionChecker {
  /** Per kernel set: each plan is checked against per-layer execution with its runtime's kernels. */
  private readonly references = new Map<KernelSet, { inputs: TensorData[]; outputs: Uint8Array[] } | null>();

  constructor(private readonly graph: Graph, private readonly source: string) {}

  /** `runtime`: the runtime the plan's figures are reported for, whose kernel set runs it. */
  perLayer(plan: MemoryPlan, runtime: Runtime, label: string): ExecutionResult {
    const kernels = kernelSetOf(runtime);
    return this.check(label, kernels, () => prepareSimulation(this.graph, plan, kernels));
  }

  /** A placed patch schedule is tinygate's engine's, so it computes with tinygate's kernel set. */
  patch(plan: PatchPlan, memory: PatchMemoryPlan, label: string): ExecutionResult {
    const kernels = kernelSetOf('tinygate');
    return this.check(label, kernels, () => preparePatchSimulation(plan, memory, kernels));
  }

  /** The seeded input and the reference outputs; null when the model has an op or type no kernel computes. */
  private referenceRun(kernels: KernelSet): { inputs: TensorData[]; outputs: Uint8Array[] } | null {
    const known = this.references.get(kernels);
    if (known !== undefined) return known;
    let reference: { inputs: TensorData[]; outputs: Uint8Array[] } | null;
    try {
      const inputs = randomInputs(this.graph, EXECUTION_SEED);
      reference = { inputs, outputs: runGraph(prepareGraph(this.graph, { kernels }), inputs).map((d) => bytesOf(d).slice()) };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      reference = null;
    }
    this.references.set(kernels, reference);
    return reference;
  }

  private check(label: string, kernels: KernelSet, prepare: () => Simulation): ExecutionResult {
    const reference = this.referenceRun(kernels);
    if (reference === null) return { executed: false };
    // Unchecked mode: outputs that match prove the plan; checked mode (per-op write guards, which
    // the tests run) would double the cost of large models.
    const run = prepare().run(reference.inputs);
    run.outputs.forEach((out, i) => {
      const got = bytesOf(out);
      const want = reference.outputs[i]!;
      const at = got.length !== want.length ? 0 : got.findIndex((b, k) => b !== want[k]);
      if (got.length !== want.length || at >= 0) {
        throw new Error(`internal error: ${this.source}: the ${label} plan's output ${i} differs from per-layer reference execution at byte ${at} (seed ${EXECUTION_SEED}); this is a tinygate bug, please report it`);
      }
    });
    return { executed: true, highWaterBytes: run.highWaterBytes, outputsMatchReference: true };
  }
}
