// The TFLM oracle harness itself: it runs, answers in the model's own tensor sizes, feeds the inputs
// it is given, and reproduces the arena figure the issue tracker quotes for TFLM's test model.
import { describe, expect, it } from 'vitest';
import { tensorBytes } from '../../src/model/graph.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';

oracleSkipNotice();

describe.skipIf(!oracleAvailable)('TFLM oracle harness', () => {
  it('runs tflm_test_conv_model with CMSIS-NN: arena 9,808 B = 8,320 planned + 1,488 persistent', async () => {
    const bytes = readSharedModel('tflm_test_conv_model.tflite');
    const graph = readTflite(bytes, 'tflm_test_conv_model.tflite');
    const result = await runOracle(bytes, { kernels: 'cmsis' });
    expect(result.arenaUsedBytes).toBe(9808);
    expect(result.nonpersistentBytes).toBe(8320);
    expect(result.persistentBytes).toBe(1488);
    expect(result.outputs.map((o) => o.length)).toEqual(graph.outputs.map((id) => tensorBytes(graph.tensors[id]!)));
    expect(result.perOp.map((p) => p.op)).toHaveLength(graph.ops.length);
  });

  it('feeds the given input bytes: the same input gives the same output, another input another', async () => {
    const bytes = readSharedModel('tflm_hello_world_int8.tflite');
    const a = await runOracle(bytes, { kernels: 'reference', inputs: [Int8Array.of(10)].map((x) => new Uint8Array(x.buffer)) });
    const b = await runOracle(bytes, { kernels: 'reference', inputs: [Int8Array.of(-90)].map((x) => new Uint8Array(x.buffer)) });
    expect(a.inputs[0]).toEqual(Uint8Array.of(10));
    expect(a.outputs[0]).not.toEqual(b.outputs[0]);
  });
});
