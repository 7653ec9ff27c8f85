// The entry of eval's worker threads (accuracy.ts spawns them): dist/eval-worker.js in the bundle,
// this file under tsx and vitest. It holds only what a worker needs (the evaluator and its engine),
// so a worker starts without loading the CLI, the action or their schemas. It builds an Evaluator
// once, then answers chunk after chunk of sample indices.

import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../errors.ts';
import { Evaluator, type ChunkResult, type EvalSpec } from './evaluator.ts';

/** `ready` once the worker has loaded, then one reply per chunk. */
export type WorkerReply = { ready: true } | { ok: ChunkResult } | { error: { message: string; user: boolean } };

let evaluator: Evaluator | null = null;
parentPort?.on('message', (indices: number[]) => {
  let reply: WorkerReply;
  try {
    evaluator ??= new Evaluator(workerData as EvalSpec);
    reply = { ok: evaluator.run(indices) };
  } catch (e) {
    reply = { error: { message: e instanceof Error ? (isUserError(e) ? e.message : e.stack ?? e.message) : String(e), user: isUserError(e) } };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies WorkerReply);
