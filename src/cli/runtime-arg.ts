// `--runtime R` of run and eval: whose bytes tinygate's engine computes (kernels/registry.ts). One
// parser, so both accept and reject the same names.
import { UserError } from '../errors.ts';
import { kernelSetOf, type KernelSet } from '../kernels/registry.ts';
import { checkName, DEFAULT_RUNTIME, RUNTIME_NAMES, RUNTIMES, type Runtime } from '../registry.ts';

export const RUNTIME_OPTION = { runtime: { type: 'string' } } as const;

const RUN_RUNTIMES = RUNTIME_NAMES.filter((r) => !RUNTIMES[r].accountingOnly);

/** The help line, its description starting at `column` (that of the command's other options). */
export const runtimeHelp = (column: number): string =>
  `  ${'--runtime R'.padEnd(column)}whose kernels' bytes to compute: ${RUN_RUNTIMES.join(', ')} (default ${DEFAULT_RUNTIME})`;

/** The runtime `--runtime` names (default: DEFAULT_RUNTIME) and its kernel set. */
export function parseRuntime(command: string, value: string | undefined): { runtime: Runtime; kernels: KernelSet } {
  if (value !== undefined && (RUNTIME_NAMES as readonly string[]).includes(value) && RUNTIMES[value as Runtime].accountingOnly) {
    throw new UserError(`${command}: runtime \`${value}\` is an accounting convention that no device runs; give --runtime ${RUN_RUNTIMES.join(', ')}`);
  }
  const runtime = value === undefined ? DEFAULT_RUNTIME : checkName(value, RUN_RUNTIMES, 'runtime', `${command}: option \`--runtime\``);
  return { runtime, kernels: kernelSetOf(runtime) };
}
