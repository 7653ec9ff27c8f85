#!/usr/bin/env node
// CLI entry: all behaviour lives in cli/main.ts, which tests call with a fake io.
import { main } from './cli/main.ts';
import { processIo } from './cli/io.ts';

// Output piped into `head`: the reader closed early, so there is nobody left to tell.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2), processIo);
