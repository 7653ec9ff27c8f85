// Accuracy over a dataset on a pool of worker threads. The pool is sized by the work: no more
// workers than chunks, and no more than cores. Workers run a small entry of their own
// (worker.ts; dist/eval-worker.js in the bundle), each answering chunk after chunk of sample
// indices. Chunks are small, so fast workers take more of them and the progress bar moves evenly.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.ts';
import { Evaluator, type ChunkResult, type EvalSpec } from './evaluator.ts';
import type { WorkerReply } from './worker.ts';
import { RESULT_KIND, shardIndices, type EvalResult } from './result.ts';

export interface EvalOptions {
  shard?: { index: number; count: number } | null;
  /** Worker threads; default: available cores. 0 evaluates in this thread. */
  workers?: number;
  /** What starting a worker costs, to size the pool by the work; default: an estimate (0 starts every worker). */
  workerStartMs?: number;
  /** Called after every finished chunk. */
  onProgress?: (done: number, total: number) => void;
}

export async function evaluateAccuracy(spec: EvalSpec, options: EvalOptions = {}): Promise<EvalResult> {
  // Built here too: it validates the model, schedule and dataset before any worker starts, and
  // gives the sample and class counts.
  const main = new Evaluator(spec);
  const indices = shardIndices(main.dataset.samples.length, options.shard ?? null);
  if (indices.length === 0) throw new UserError(`shard ${options.shard!.index}/${options.shard!.count} of ${main.dataset.samples.length} samples is empty`);
  const cores = availableParallelism();
  // About 8 chunks per core, at most 32 samples each.
  const chunkSize = Math.max(1, Math.min(32, Math.ceil(indices.length / (cores * 8))));
  const chunks: number[][] = [];
  for (let k = 0; k < indices.length; k += chunkSize) chunks.push(indices.slice(k, k + chunkSize));
  // Threads in all, this one included: no more than chunks or cores.
  const workers = Math.min(options.workers ?? cores, cores, chunks.length);

  const results: ChunkResult[] = [];
  let done = 0;
  const record = (r: ChunkResult): void => {
    results.push(r);
    done += r.indices.length;
    options.onProgress?.(done, indices.length);
  };
  if (workers <= 1) {
    for (const c of chunks) {
      record(main.run(c));
      // Let timers (progress lines) and signals through between chunks.
      await new Promise((r) => setImmediate(r));
    }
  } else {
    await runPool(spec, chunks, workers - 1, record, main, options.workerStartMs ?? WORKER_START_MS);
  }
  return summarize(spec, main, results, options.shard ?? null);
}

/**
 * This thread and up to `size` workers take chunks from one queue. This thread starts at once; a
 * worker gets chunks only once it has started (its first message), so a short evaluation is not
 * slowed by start-up, and a long one gets every core. Each worker holds two chunks ahead.
 */
function runPool(
  spec: EvalSpec, chunks: number[][], size: number, record: (r: ChunkResult) => void, main: Evaluator, workerStartMs: number,
): Promise<void> {
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    let over = false;
    const end = (e: Error | null): void => {
      if (over) return;
      over = true;
      for (const w of pool) void w.terminate();
      if (e === null) resolve();
      else reject(e);
    };
    const done = (r: ChunkResult): void => {
      record(r);
      if (++finished === chunks.length) end(null);
    };
    const feed = (w: Worker): void => {
      if (next < chunks.length) w.postMessage(chunks[next++]);
    };
    // Sized by the work: the first chunk, run here, times a sample; a worker is worth starting only
    // when the rest would keep it busy for longer than it takes to start.
    const t0 = performance.now();
    try {
      done(main.run(chunks[next++]!));
    } catch (e) {
      end(e as Error);
      return;
    }
    const msPerChunk = performance.now() - t0;
    const worthIt = workerStartMs === 0 ? size : Math.floor(((chunks.length - next) * msPerChunk) / (2 * workerStartMs));
    for (let k = 0; k < Math.min(size, worthIt); k++) {
      const w = spawnWorker(spec);
      pool.push(w);
      w.on('message', (reply: WorkerReply) => {
        if ('error' in reply) { end(reply.error.user ? new UserError(reply.error.message) : new Error(`evaluation worker failed: ${reply.error.message}`)); return; }
        if ('ok' in reply) {
          done(reply.ok);
          feed(w);
        } else {
          // Ready: two chunks, so the worker always holds its next chunk. With one, a worker that
          // finished waited for this thread to end its own chunk before it got more work.
          feed(w);
          feed(w);
        }
      });
      w.on('error', (e) => end(e));
      w.on('exit', () => { if (!over) end(new Error('an evaluation worker exited before finishing')); });
    }
    const work = (): void => {
      if (over || next >= chunks.length) return;
      try {
        done(main.run(chunks[next++]!));
      } catch (e) {
        end(e as Error);
        return;
      }
      // Between chunks, let the workers' messages, timers (progress lines) and signals through.
      setImmediate(work);
    };
    work();
  });
}

/** Roughly what a worker takes to start: the bundle's small entry, or the sources through tsx. */
const WORKER_START_MS = import.meta.url.endsWith('.ts') ? 1500 : 200;

/**
 * A worker running worker.ts: the bundle's dist/eval-worker.js beside this bundle, or the source
 * under tsx and vitest, where the worker first registers tsx's loader through its API (Node 20
 * does not apply `--import` loaders to a worker's entry file).
 */
function spawnWorker(spec: EvalSpec): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./eval-worker.js', self), { workerData: spec });
  const entry = new URL('./worker.ts', self).href;
  // The ESM entry of `tsx/esm/api` (its package exports map; require.resolve would give the CJS one).
  const tsxApi = pathToFileURL(join(dirname(createRequire(self).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: spec });
}

function summarize(spec: EvalSpec, e: Evaluator, chunks: readonly ChunkResult[], shard: EvalResult['shard']): EvalResult {
  const confusion = Array.from({ length: e.classes }, () => new Array<number>(e.classes).fill(0));
  let correct = 0, floatCorrect = 0, agreeing = 0, evaluated = 0;
  for (const c of chunks) {
    c.indices.forEach((i, k) => {
      const label = e.dataset.samples[i]!.label, p = c.predictions[k]!;
      confusion[label]![p]!++;
      if (p === label) correct++;
      if (c.floatPredictions?.[k] === label) floatCorrect++;
      if (c.agree?.[k] === true) agreeing++;
      evaluated++;
    });
  }
  return {
    kind: RESULT_KIND,
    version: 1,
    model: { path: spec.modelPath, sha256: createHash('sha256').update(spec.model).digest('hex') },
    dataset: { name: e.dataset.name, sha256: e.datasetSha256, samples: e.dataset.samples.length },
    shard,
    schedule: spec.schedule === null ? null : `split after op ${spec.schedule.split}, ${spec.schedule.patches.join('x')} patches`,
    evaluated,
    correct,
    confusion,
    agreeing: spec.schedule === null ? null : agreeing,
    floatCorrect: spec.floatModel === undefined ? null : floatCorrect,
  };
}
