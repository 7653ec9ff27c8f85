// Rounding a size up to an alignment: every planner, the simulated memory and the cost model pad
// buffers this way, each with its own runtime's alignment.

/** `n` rounded up to a multiple of `alignment` (a positive integer). */
export function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}
