#!/usr/bin/env node
// CLI entry: all behaviour lives in cli/main.ts, which tests call with a fake io.
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main.ts';
import { processIo } from './cli/io.ts';

// The bundle is also the file eval's worker threads run (eval/accuracy.ts); they must not start the CLI.
if (isMainThread) {
  // Output piped into `head`: the reader closed early, so there is nobody left to tell.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2), processIo);
}
