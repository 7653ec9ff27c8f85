// Cycles for one step: "op k computes output window W" on a target under a runtime
// (ARCHITECTURE.md, decision 4).
//
// TFLM on a DSP core (Cortex-M4/M33/M7; runtimes `tflm` and `tflm-reference`): the instructions the
// real kernels execute (instruction-model.ts: CMSIS-NN's dispatch or TFLM's reference kernels, each
// a structural formula fitted on the TFLM oracle's exact counts) × the board's cycles per
// instruction (fitted on MLPerf Tiny board measurements, board-terms.ts) + flash stalls.
//
// Other cores and TinyEngine (no oracle for them): instruction mixes timed per core. A step costs
//   call overhead + rows × row setup                      (why small patch tiles use the core worse)
//   + effective MACs / MACs per block × block cycles       (inner loop on this core, SIMD tails padded)
//   + outputs × requantize/clamp/store cycles
//   + im2col elements × widening-copy cycles
//   all of the above × the board's fitted CPI factor (board-terms.ts)
//   + weight bytes fetched from flash × stall cycles per byte (datasheet prior)
// Per-layer execution is the step whose window is the whole output; a patch schedule charges each
// of its steps with its own window, so it pays for the halo it recomputes and the shorter loops.

import type { Graph, Op } from '../model/graph.ts';
import { inputBoxFor } from '../kernels/receptive-field.ts';
import { boxElements, wholeBox, type Box } from '../model/view.ts';
import { memoryTerms } from './board-terms.ts';
import {
  CALL_OVERHEAD_CYCLES, CORE_TIMING, ELEMENT_MIXES, KERNEL_MIXES,
  type CoreTiming, type InstrMix, type Isa, type KernelMix, type KernelVariant,
} from './cost-constants.ts';
import { predictInstructions, type InstrKernels } from './instruction-model.ts';
import { chooseKernel } from './kernel-choice.ts';
import type { CostRuntime } from '../registry.ts';
import type { Target } from './targets.ts';
import { alignUp } from '../align.ts';

/** An addable cost record (tinygrad's Estimates idea): every field sums over steps. */
export interface Cost {
  /** Total core cycles: the sum of the parts below. */
  readonly cycles: number;
  /**
   * Instructions the kernels execute (the Cortex-M4 build of TFLM, which M33 and M7 share); 0 where
   * the cost comes from instruction mixes instead (see `instructionModel`).
   */
  readonly instructions: number;
  /** Dense MACs the step performs (padding taps included, SIMD tail padding excluded). */
  readonly macs: number;
  /** Inner loops: loads, sign extension, SMLAD/VMLADAVA, loop branches. */
  readonly computeCycles: number;
  /** Requantization, clamps and stores of the outputs (all of a non-MAC op's work). */
  readonly outputCycles: number;
  /** Building column buffers (and TinyEngine's layout transposes). */
  readonly im2colCycles: number;
  /** Kernel call and per-row loop set-up. */
  readonly overheadCycles: number;
  /** Weight bytes read from flash after the cache. */
  readonly flashBytes: number;
  /** Flash stall cycles: flashBytes × the target's stall per byte. */
  readonly memoryCycles: number;
}

export const ZERO_COST: Cost = {
  cycles: 0, instructions: 0, macs: 0, computeCycles: 0, outputCycles: 0, im2colCycles: 0, overheadCycles: 0, flashBytes: 0, memoryCycles: 0,
};

export function addCost(a: Cost, b: Cost): Cost {
  return {
    cycles: a.cycles + b.cycles, instructions: a.instructions + b.instructions, macs: a.macs + b.macs, computeCycles: a.computeCycles + b.computeCycles,
    outputCycles: a.outputCycles + b.outputCycles, im2colCycles: a.im2colCycles + b.im2colCycles,
    overheadCycles: a.overheadCycles + b.overheadCycles, flashBytes: a.flashBytes + b.flashBytes,
    memoryCycles: a.memoryCycles + b.memoryCycles,
  };
}

/**
 * Completes a record with the board's memory terms: the core-side parts are scaled by the board's
 * fitted cycles-per-instruction factor (wait states on every fetch and load that the TRM's
 * zero-wait timings leave out), and flash stalls are added from the datasheet prior.
 */
function costOf(parts: Omit<Cost, 'cycles' | 'memoryCycles' | 'instructions'>, target: Target): Cost {
  const { cpiFactor, flashStallCyclesPerByte } = memoryTerms(target);
  const scaled = {
    ...parts,
    computeCycles: parts.computeCycles * cpiFactor, outputCycles: parts.outputCycles * cpiFactor,
    im2colCycles: parts.im2colCycles * cpiFactor, overheadCycles: parts.overheadCycles * cpiFactor,
  };
  const memoryCycles = parts.flashBytes * flashStallCyclesPerByte;
  return { ...scaled, instructions: 0, memoryCycles, cycles: scaled.computeCycles + scaled.outputCycles + scaled.im2colCycles + scaled.overheadCycles + memoryCycles };
}

/** Cycles of one instruction mix on a core; `vector` mixes count 128-bit MVE instructions. */
export function mixCycles(m: InstrMix, core: CoreTiming, vector: boolean): number {
  if (vector) {
    // Beats: each vector op takes 4 / beatsPerTick cycles; a load overlaps a MAC or ALU op.
    const perOp = 4 / core.mveBeatsPerTick;
    return Math.max(m.load + m.store, m.alu + m.mac) * perOp + m.mul64 * core.mul64 + m.branch * core.branch;
  }
  const memory = m.load * core.load + m.store * core.store;
  const compute = m.alu * core.alu + m.mac * core.mac + m.mul64 * core.mul64;
  return (core.dualIssue ? Math.max(memory, compute) : memory + compute) + m.branch * core.branch;
}

/** The mix for a variant on an ISA; MVE cores also run DSP code (Armv8.1-M includes DSP). */
function kernelMix(variant: KernelVariant, isa: Isa): KernelMix {
  const mixes = KERNEL_MIXES[variant];
  const found = mixes[isa] ?? (isa === 'mve' ? mixes.dsp : undefined);
  if (found === undefined) throw new Error(`no instruction mix for ${variant} on ${isa}`);
  return found;
}


/** Shapes of a MAC op's window: output pixels, output channels, reduction depth per output. */
interface MacShape { pixels: number; rows: number; channels: number; depth: number; weightBytesPerPixelPass: number }

function macShape(op: Op, graph: Graph, window: Box): MacShape {
  const filter = graph.tensors[(op.inputs as Record<string, number>)['filter']!]!.shape;
  const size = window.size;
  if (op.kind === 'FULLY_CONNECTED') {
    const channels = size[size.length - 1]!;
    const pixels = boxElements(window) / channels;
    return { pixels, rows: pixels, channels, depth: filter[1]!, weightBytesPerPixelPass: channels * filter[1]! };
  }
  const [n, h, w, c] = size as [number, number, number, number];
  const [, kh, kw, fc] = filter as [number, number, number, number];
  const taps = kh * kw;
  // A depthwise conv run as a conv (MVE, one input channel) reduces over its taps only.
  const depth = op.kind === 'DEPTHWISE_CONV_2D' ? taps : taps * fc;
  return { pixels: n * h * w, rows: n * h, channels: c, depth, weightBytesPerPixelPass: c * depth };
}

function chargeMacKernel(op: Op, graph: Graph, window: Box, target: Target, runtime: CostRuntime, variant: KernelVariant, isa: Isa): Cost {
  const core = CORE_TIMING[target.core];
  const k = kernelMix(variant, isa);
  const vector = isa === 'mve' && k === KERNEL_MIXES[variant].mve;
  const s = macShape(op, graph, window);
  const macs = s.pixels * s.channels * s.depth;
  // SIMD lanes work on groups of simdWidth along depth or channels; a tail costs a full group.
  // The kernel's column blocking handles pixelsPerWeightPass pixels per pass; a leftover pixel
  // runs a slower one-column loop, charged here as a full pass.
  const depth = k.simdAxis === 'depth' ? alignUp(s.depth, k.simdWidth) : s.depth;
  const channels = k.simdAxis === 'channels' ? alignUp(s.channels, k.simdWidth) : s.channels;
  const passes = Math.ceil(s.pixels / k.pixelsPerWeightPass);
  const effectiveMacs = passes * k.pixelsPerWeightPass * channels * depth;
  const computeCycles = (effectiveMacs / k.macsPerBlock) * mixCycles(k.block, core, vector);
  const outputs = s.pixels * s.channels;
  const outputCycles = outputs * mixCycles(k.perOutput, core, vector);
  const im2colElems = k.im2colOf === 'transpose' ? boxElements(inputBoxFor(op, graph, window)) + outputs
    : k.im2colOf === 'taps' ? s.pixels * s.channels * s.depth
      : s.pixels * s.depth;
  const im2colCycles = im2colElems * mixCycles(k.im2colPerElem, core, vector);
  const overheadCycles = CALL_OVERHEAD_CYCLES[runtime] + s.rows * k.perRowCycles;
  // Weights stream from flash once per pass; a cache that holds the window's weights serves every
  // pass after the first.
  const weightBytes = s.weightBytesPerPixelPass;
  const fetched = target.flash.cache.kind === 'cache' && weightBytes <= target.flash.cache.bytes ? weightBytes : weightBytes * passes;
  return costOf({ macs, computeCycles, outputCycles, im2colCycles, overheadCycles, flashBytes: fetched }, target);
}

function chargeElementKernel(op: Op, graph: Graph, window: Box, target: Target, runtime: CostRuntime, kernel: keyof typeof ELEMENT_MIXES): Cost {
  const core = CORE_TIMING[target.core];
  const m = ELEMENT_MIXES[kernel];
  const outputs = boxElements(window);
  let inputs = 0;
  if (op.kind === 'AVERAGE_POOL_2D' || op.kind === 'MAX_POOL_2D') inputs = outputs * op.attrs.filter[0] * op.attrs.filter[1];
  else if (op.kind === 'MEAN') inputs = boxElements(wholeBox(graph.tensors[op.inputs.input]!.shape)) * (outputs / boxElements(wholeBox(graph.tensors[op.outputs[0]!]!.shape)));
  const outputCycles = outputs * mixCycles(m.perOutput, core, false) + inputs * mixCycles(m.perInput, core, false);
  return costOf({ ...ZERO_COST, outputCycles, overheadCycles: CALL_OVERHEAD_CYCLES[runtime] }, target);
}

/** The instruction model applies: TFLM's kernels on a core that runs the oracle's DSP build. */
export function instructionModel(target: Target, runtime: CostRuntime): InstrKernels | null {
  if (CORE_TIMING[target.core].isa !== 'dsp') return null;
  return runtime === 'tflm' ? 'cmsis' : runtime === 'tflm-reference' ? 'reference' : null;
}

/**
 * Dense MACs of a MAC op's window and the weight bytes it streams from flash: once per column pass
 * of the kernel, once in all when a data cache holds them.
 */
function macsAndWeightFetch(op: Op, graph: Graph, window: Box, target: Target, runtime: CostRuntime): { macs: number; flashBytes: number } {
  const choice = chooseKernel(op, graph, target.core, runtime);
  if (choice.kind !== 'mac') return { macs: 0, flashBytes: 0 };
  const k = kernelMix(choice.variant, choice.isa);
  const s = macShape(op, graph, window);
  const passes = Math.ceil(s.pixels / k.pixelsPerWeightPass);
  const bytes = s.weightBytesPerPixelPass;
  const flashBytes = target.flash.cache.kind === 'cache' && bytes <= target.flash.cache.bytes ? bytes : bytes * passes;
  return { macs: s.pixels * s.channels * s.depth, flashBytes };
}

function chargeInstructions(op: Op, graph: Graph, window: Box, target: Target, runtime: CostRuntime, kernels: InstrKernels): { cost: Cost; kernel?: string } {
  const predicted = predictInstructions(graph, op, kernels, window);
  if (predicted === null) return { cost: ZERO_COST };
  const { cpi, flashStallCyclesPerByte } = memoryTerms(target);
  const { macs, flashBytes } = macsAndWeightFetch(op, graph, window, target, runtime);
  const memoryCycles = flashBytes * flashStallCyclesPerByte;
  const computeCycles = predicted.instructions * cpi;
  const cost = { ...ZERO_COST, instructions: predicted.instructions, macs, computeCycles, flashBytes, memoryCycles, cycles: computeCycles + memoryCycles };
  return { cost, kernel: predicted.kernel };
}

/** The cost of one step and, where the instruction model applies, the kernel it charged. */
function chargeStepWithKernel(graph: Graph, op: Op, window: Box, target: Target, runtime: CostRuntime): { cost: Cost; kernel?: string } {
  const kernels = instructionModel(target, runtime);
  if (kernels !== null) return chargeInstructions(op, graph, window, target, runtime, kernels);
  return { cost: chargeMixStep(graph, op, window, target, runtime) };
}

/** Cycles and MACs of running `op` on output `window` (a box of its output 0). */
export function chargeStep(graph: Graph, op: Op, window: Box, target: Target, runtime: CostRuntime): Cost {
  return chargeStepWithKernel(graph, op, window, target, runtime).cost;
}

function chargeMixStep(graph: Graph, op: Op, window: Box, target: Target, runtime: CostRuntime): Cost {
  const choice = chooseKernel(op, graph, target.core, runtime);
  if (choice.kind === 'mac') return chargeMacKernel(op, graph, window, target, runtime, choice.variant, choice.isa);
  if (choice.kind === 'element') return chargeElementKernel(op, graph, window, target, runtime, choice.kernel);
  return ZERO_COST;
}

export interface ModelEstimate {
  readonly cycles: number;
  readonly latencyMs: number;
  readonly total: Cost;
  /** One entry per op in execution order: the per-layer step (window = whole output). */
  readonly perOp: readonly { readonly index: number; readonly cost: Cost; readonly kernel?: string }[];
}

export function latencyMsOf(cycles: number, target: Target): number {
  return (cycles / target.clockHz) * 1000;
}

/** Per-layer execution: every op once on its whole output. */
export function estimateModel(graph: Graph, target: Target, runtime: CostRuntime): ModelEstimate {
  const perOp = graph.ops.map((op) => {
    const out = op.outputs[0];
    const step = out === undefined ? { cost: ZERO_COST } : chargeStepWithKernel(graph, op, wholeBox(graph.tensors[out]!.shape), target, runtime);
    return { index: op.index, ...step };
  });
  const total = perOp.reduce((sum, p) => addCost(sum, p.cost), ZERO_COST);
  const cycles = Math.round(total.cycles);
  return { cycles, latencyMs: latencyMsOf(cycles, target), total, perOp };
}

/** One step of a schedule: op `op` (its index in graph.ops) computes `window` of its output 0. */
export interface Step {
  readonly op: number;
  readonly window: Box;
}

/** Charges every executed step (a patch schedule pays for its halos and short loops). */
export function chargeSteps(graph: Graph, steps: readonly Step[], target: Target, runtime: CostRuntime): { total: Cost; perStep: Cost[] } {
  const perStep = steps.map((s) => chargeStep(graph, graph.ops[s.op]!, s.window, target, runtime));
  return { total: perStep.reduce(addCost, ZERO_COST), perStep };
}
