// Post-training int8 quantization of converted TF.js models: parameters follow TFLite's converter
// rules, TFLite Micro runs the written .tflite to the same bytes as our engine,
// and the int8 outputs stay close to what tfjs computes in float.
import { describe, expect, it } from 'vitest';
import { decodeConstant } from '../../src/model/tensor-data.ts';
import { prepareGraph, runGraph } from '../../src/kernels/executor.ts';
import { quantizeInput } from '../../src/eval/preprocess.ts';
import { activationQuant, quantizeGraph } from '../../src/eval/quantize.ts';
import { readTfjsModel } from '../../src/model/tfjs.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { compareWithTflm } from '../eval/oracle-check.ts';
import { oracleAvailable, oracleSkipNotice } from '../support/tflm-oracle.ts';
import { randomInputs, randomizeWeights, save, sequentialModel, tfjsOutputs } from './tfjs-models.ts';

const SHAPE = [12, 10, 3];

oracleSkipNotice();

async function fixture() {
  const model = sequentialModel();
  randomizeWeights(model, 1);
  const saved = await save(model);
  const float = readTfjsModel(saved.json, () => saved.weights);
  const calibration = randomInputs(SHAPE, 32, 10).map((x) => [x]);
  return { model, float, int8: quantizeGraph(float, calibration) };
}

describe('quantizeGraph', () => {
  it('uses TFLite converter parameters: per-channel symmetric conv filters, one FC scale, bias scale = input × filter, fixed softmax output', async () => {
    const { float, int8 } = await fixture();
    const input = int8.tensors[int8.inputs[0]!]!;
    // Calibration inputs cover [0, 1): the input range maps onto [-128, 127].
    expect(input.dtype).toBe('int8');
    expect(input.quant!.zeroPoint).toEqual([-128]);
    expect(input.quant!.scale[0]).toBeCloseTo(1 / 255, 4);
    for (const op of int8.ops) {
      if (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D' || op.kind === 'FULLY_CONNECTED') {
        const f = int8.tensors[op.inputs.filter]!, b = int8.tensors[op.inputs.bias]!;
        const w = decodeConstant(float.tensors[op.inputs.filter]!);
        const channels = op.kind === 'FULLY_CONNECTED' ? 1 : f.shape[op.kind === 'CONV_2D' ? 0 : 3]!;
        expect(f.quant!.scale).toHaveLength(channels);
        expect(f.quant!.zeroPoint.every((z) => z === 0)).toBe(true);
        const q = decodeConstant(f);
        // Each channel's largest weight lands on ±127 and the scale reproduces the float weights.
        expect(Math.max(...Array.from(q, Math.abs))).toBe(127);
        const scaleOf = (i: number): number => f.quant!.scale[op.kind === 'CONV_2D' ? Math.floor(i / (w.length / channels)) : op.kind === 'DEPTHWISE_CONV_2D' ? i % channels : 0]!;
        q.forEach((v, i) => expect(Math.abs(v * scaleOf(i) - w[i]!)).toBeLessThanOrEqual(scaleOf(i) / 2 + 1e-9));
        const inScale = int8.tensors[op.inputs.input]!.quant!.scale[0]!;
        b.quant!.scale.forEach((s, c) => expect(s).toBe(Math.fround(Math.fround(inScale) * f.quant!.scale[c]!)));
        expect(b.dtype).toBe('int32');
      }
      if (op.kind === 'MAX_POOL_2D' || op.kind === 'AVERAGE_POOL_2D' || op.kind === 'RESHAPE') {
        expect(int8.tensors[op.outputs[0]!]!.quant).toEqual(int8.tensors[op.inputList[0]!]!.quant);
      }
    }
    expect(int8.tensors[int8.outputs[0]!]!.quant).toEqual({ scale: [1 / 256], zeroPoint: [-128], axis: 0 });
  });

  it('derives activation parameters so that 0 is exact and the range covers what calibration saw', () => {
    expect(activationQuant([0, 6])).toEqual({ scale: [Math.fround(6 / 255)], zeroPoint: [-128], axis: 0 });
    const q = activationQuant([-1, 3]);
    expect(q.scale[0]).toBe(Math.fround(4 / 255));
    expect(q.zeroPoint[0]).toBe(Math.round(-128 + 1 / Math.fround(4 / 255)));
    // A range that excludes 0 is widened to contain it.
    expect(activationQuant([2, 4]).zeroPoint[0]).toBe(-128);
  });

  it.skipIf(!oracleAvailable)('writes a .tflite that TFLite Micro runs to our engine\'s bytes', async () => {
    const { int8 } = await fixture();
    const input = int8.tensors[int8.inputs[0]!]!;
    const inputs = randomInputs(SHAPE, 12, 20).map((x) => [quantizeInput(x, input)]);
    const c = await compareWithTflm('quantized sequential', writeTflite(int8), inputs, 'cmsis');
    expect(c.differing).toEqual([]);
  });

  it('keeps int8 outputs within a few quantization steps of tfjs float outputs', async () => {
    const { model, int8 } = await fixture();
    const inputs = randomInputs(SHAPE, 20, 30);
    const expected = tfjsOutputs(model, inputs, SHAPE);
    const prepared = prepareGraph(int8);
    const input = int8.tensors[int8.inputs[0]!]!;
    let worst = 0;
    inputs.forEach((x, k) => {
      const q = runGraph(prepared, [quantizeInput(x, input)])[0]!;
      q.forEach((v, i) => { worst = Math.max(worst, Math.abs((v + 128) / 256 - expected[k]![i]!)); });
    });
    // Softmax probabilities, output step 1/256: a handful of steps of accumulated rounding.
    expect(worst).toBeLessThan(0.04);
  });
});
