// FULLY_CONNECTED for int8 (per-tensor or per-channel filters), uint8 and float32. Semantics:
// tensorflow/lite/kernels/internal/reference/integer_ops/fully_connected.h and
// reference/fully_connected.h: the input is flattened to [batches, in_features] with in_features the
// filter's second dimension, acc = Σ (filter + filter_offset)·(input + input_offset) + bias, then
// requantization, output offset and the activation clamp. keepNumDims only changes the output shape.
// A global op: every output element depends on a whole input row.

import { UserError } from '../errors.ts';
import type { FullyConnectedOp, Graph, Op } from '../model/graph.ts';
import { elementCount } from '../model/graph.ts';
import type { PreparedOp, PrepareFn } from './kernel.ts';
import { finishOutput, prepareMac } from './mac-setup.ts';
import { inputSlot } from './nhwc.ts';
import type { TensorView } from '../model/view.ts';

// Module-local alias for the per-element call (see mac-setup.ts).
const finish = finishOutput;

export const prepareFullyConnected: PrepareFn = (op: Op, graph: Graph): PreparedOp => {
  if (op.kind !== 'FULLY_CONNECTED') throw new Error(`prepareFullyConnected got ${op.kind}`);
  const fc: FullyConnectedOp = op;
  const input = graph.tensors[fc.inputs.input]!;
  const filterT = graph.tensors[fc.inputs.filter]!;
  const output = graph.tensors[fc.outputs[0]!]!;
  if (filterT.shape.length !== 2) {
    throw new UserError(`op ${op.index} (FULLY_CONNECTED): filter must be [out_features, in_features], got [${filterT.shape.join(', ')}]`);
  }
  const [outF, inF] = filterT.shape as [number, number];
  const batches = elementCount(input.shape) / inF;
  if (!Number.isInteger(batches) || elementCount(output.shape) !== batches * outF) {
    throw new UserError(`op ${op.index} (FULLY_CONNECTED): input [${input.shape.join(', ')}], filter [${filterT.shape.join(', ')}] and output [${output.shape.join(', ')}] do not match`);
  }
  const { filter: w, bias, stage, inputOffset } = prepareMac(graph, op,
    { input: fc.inputs.input, filter: fc.inputs.filter, bias: fc.inputs.bias, output: output.id },
    outF, fc.attrs.clamp, fc.attrs.activation);
  const slot = inputSlot(op, fc.inputs.input);
  const row = new Float64Array(inF);

  function run(inputs: readonly (TensorView | null)[], out: TensorView): void {
    const x = inputs[slot]!.data;
    const y = out.data;
    for (let b = 0; b < batches; b++) {
      for (let i = 0; i < inF; i++) row[i] = x[b * inF + i]! + inputOffset;
      for (let o = 0; o < outF; o++) {
        const f = o * inF;
        let acc = 0;
        for (let i = 0; i < inF; i++) acc += row[i]! * w[f + i]!;
        y[b * outF + o] = finish(stage, acc + bias[o]!, o);
      }
    }
  }

  return { op, windowed: false, run };
};
