// Shared benchmark helpers: robust timing (median of repeated runs after a warm-up) and the list of
// shared models, read from ../shared/models like the tests.
import { markdownTable } from 'markdown-table';

export { readSharedModel, sharedModelNames } from '../test/support/shared-models.ts';

/** Median wall time of `fn` in milliseconds over `runs` runs, after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Median wall times (ms) of each of `fns`, timed in alternation run by run after `warmup` rounds, so
 * the load of a shared machine falls on all of them alike.
 */
export function interleavedMedianMs(fns: readonly (() => unknown)[], runs = 15, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

export function printTable(rows: string[][]): void {
  console.log(markdownTable(rows, { align: rows[0]!.map((_, i) => (i === 0 ? 'l' : 'r')) }));
}
