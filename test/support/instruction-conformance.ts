// Per-operator instruction prediction (src/mcu/instruction-model.ts) against the TFLM oracle's exact
// counts, over every op of every shared model, with CMSIS-NN and with the reference kernels. The
// shared models were never used to fit the formulas (scripts/fit-instructions.ts fits on random
// single-op models), so these are held-out errors. Used by test/mcu/instruction-model.test.ts and
// `npm run bench -- instructions`.
import { predictInstructions, type InstrKernels } from '../../src/mcu/instruction-model.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedModelNames } from './shared-models.ts';
import { runOracle } from './tflm-oracle.ts';

export interface OpConformance {
  readonly model: string;
  readonly kernels: InstrKernels;
  readonly index: number;
  readonly op: string;
  readonly kernel: string;
  readonly predicted: number;
  readonly counted: number;
  /** (predicted − counted) / counted, percent. */
  readonly errorPct: number;
}

/** Every op of one shared model under both kernel sets. */
export async function modelConformance(model: string): Promise<OpConformance[]> {
  const rows: OpConformance[] = [];
  const bytes = readSharedModel(model);
  const graph = readTflite(bytes, model);
  for (const kernels of ['cmsis', 'reference'] as const) {
    const oracle = await runOracle(bytes, { kernels });
    for (const counted of oracle.perOp) {
      const op = graph.ops[counted.index]!;
      const p = predictInstructions(graph, op, kernels);
      const predicted = p?.instructions ?? 0;
      rows.push({
        model, kernels, index: counted.index, op: counted.op, kernel: p?.kernel ?? '(none)', predicted, counted: counted.instructions,
        errorPct: ((predicted - counted.instructions) / counted.instructions) * 100,
      });
    }
  }
  return rows;
}

export async function instructionConformance(): Promise<OpConformance[]> {
  const rows: OpConformance[] = [];
  for (const model of sharedModelNames()) rows.push(...(await modelConformance(model)));
  return rows;
}

/** The q-quantile (0…1) of xs by linear interpolation between order statistics. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}
