// Bad model files: each gives one UserError that names the file and the problem, never a crash,
// a stack or a hang. The fuzz part feeds every prefix of a real model and 1,000 seeded random
// corruptions through the whole analysis.
import { Builder } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { writeTflite } from '../../src/model/tflite/writer.ts';
import { readSharedModel, sharedModelsPresent } from '../support/shared-models.ts';

/** The message of the UserError `fn` throws; fails the test on success or on any other error. */
function userErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error('expected a UserError, but the call succeeded');
}

/** A minimal flatbuffer Model with `subgraphCount` empty subgraphs (field ids from schema.fbs). */
function modelWithSubgraphs(subgraphCount: number): Uint8Array {
  const b = new Builder(256);
  const subgraphs = Array.from({ length: subgraphCount }, () => { b.startObject(5); return b.endObject(); });
  b.startVector(4, subgraphs.length, 4);
  for (const sg of [...subgraphs].reverse()) b.addOffset(sg);
  const vec = b.endVector();
  b.startObject(5);
  b.addFieldInt32(0, 3, 0);    // version
  b.addFieldOffset(2, vec, 0); // subgraphs
  b.finish(b.endObject(), 'TFL3');
  return b.asUint8Array();
}

describe('bad .tflite files', () => {
  it('an empty file', () => {
    expect(userErrorOf(() => readTflite(new Uint8Array(0), 'm.tflite'))).toMatch(/^m\.tflite: .*only 0 bytes/);
  });

  it('a file that is not a flatbuffer', () => {
    const text = new TextEncoder().encode('version: 1\nmodel: not really\n');
    expect(userErrorOf(() => readTflite(text, 'cfg.tflite'))).toMatch(/^cfg\.tflite: not a TFLite model: file identifier is "ion:"/);
  });

  it('the wrong file identifier', () => {
    const bytes = modelWithSubgraphs(1);
    bytes.set([0x54, 0x46, 0x4c, 0x32], 4); // "TFL2"
    expect(userErrorOf(() => readTflite(bytes, 'old.tflite'))).toMatch(/identifier is "TFL2", expected "TFL3"/);
  });

  it('a root offset pointing outside the file', () => {
    const bytes = modelWithSubgraphs(1);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(0, 1 << 20, true);
    expect(userErrorOf(() => readTflite(bytes, 'm.tflite'))).toMatch(/outside the \d+-byte file/);
  });

  it('a multi-subgraph model', () => {
    expect(userErrorOf(() => readTflite(modelWithSubgraphs(2), 'cf.tflite'))).toMatch(/^cf\.tflite: the model has 2 subgraphs; tinygate supports single-subgraph models/);
  });

  it('a tensor whose buffer size disagrees with its shape', () => {
    const weights = new Uint8Array(7); // an int8 [2, 4] constant needs 8 bytes
    const bytes = writeTflite({
      description: '',
      inputs: [0],
      outputs: [2],
      tensors: [
        { id: 0, name: 'x', shape: [1, 4], dtype: 'float32', quant: null, data: null, isVariable: false },
        { id: 1, name: 'w', shape: [2, 4], dtype: 'float32', quant: null, data: weights, isVariable: false },
        { id: 2, name: 'y', shape: [1, 2], dtype: 'float32', quant: null, data: null, isVariable: false },
      ],
      ops: [{
        index: 0, kind: 'FULLY_CONNECTED', version: 1, inputList: [0, 1, -1], outputs: [2],
        inputs: { input: 0, filter: 1, bias: -1 },
        attrs: { activation: 'NONE', clamp: { min: -Infinity, max: Infinity }, keepNumDims: false },
      }],
    });
    expect(userErrorOf(() => readTflite(bytes, 'fc.tflite'))).toMatch(/^fc\.tflite: tensor 1 \(w\): its constant buffer holds 7 bytes but shape \[2, 4\] of float32 needs 32/);
  });
});

describe.runIf(sharedModelsPresent)('fuzzing the reader and analysis', () => {
  /**
   * Reading (with its shape and quantization checks), or the whole analysis, either succeeds or
   * throws a UserError naming the file; anything else is a bug.
   */
  function expectCleanOutcome(bytes: Uint8Array, label: string, stage: 'read' | 'analyze' = 'analyze'): void {
    try {
      if (stage === 'read') readTflite(bytes, 'fuzz.tflite');
      else analyzeModelBytes('fuzz.tflite', bytes);
    } catch (e) {
      if (!isUserError(e)) throw new Error(`${label}: ${(e as Error).stack}`, { cause: e });
      expect(e.message.startsWith('fuzz.tflite: ')).toBe(true);
    }
  }

  it('every prefix of a real model gives a clean error', () => {
    const model = readSharedModel('tflm_hello_world_int8.tflite');
    for (let n = 0; n < model.length; n++) expectCleanOutcome(model.subarray(0, n), `prefix ${n}`);
    expect(() => analyzeModelBytes('fuzz.tflite', model)).not.toThrow();
  });

  // Every corruption is read; one in 20 also runs the whole analysis (plans, execution in simulated
  // SRAM, latency), which takes a few hundred ms a model. test/fuzz/ runs more of both.
  it('1,000 seeded random corruptions give a model or a clean error; 50 of them a report or a clean error', () => {
    const original = readSharedModel('mlperf_tiny_kws_dscnn_int8.tflite');
    let seed = 20261124;
    const random = (): number => {
      // xorshift32: deterministic, so a failure reproduces.
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    };
    // Corruptions aimed at the flatbuffer's metadata region (offsets, vtables, shapes), where
    // structural damage happens, plus anywhere in the file.
    for (let trial = 0; trial < 1000; trial++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(random() * 8);
      for (let f = 0; f < flips; f++) {
        const nearMetadata = random() < 0.5;
        const pos = Math.floor(random() * (nearMetadata ? Math.min(bytes.length, 4096) : bytes.length));
        bytes[nearMetadata ? bytes.length - 1 - pos : pos] = Math.floor(random() * 256);
      }
      expectCleanOutcome(bytes, `trial ${trial}`, trial % 20 === 0 ? 'analyze' : 'read');
    }
  });
});
