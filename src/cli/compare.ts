// `tinygate compare BASE.json HEAD.json`: the action's comparison, run locally. It prints exactly the
// markdown the action comments for the same reports and options, and exits 3 when the gate fails.
import { UserError } from '../errors.ts';
import { parseConfig, settingsResolver } from '../github/config.ts';
import { GATE_DEFAULTS, parseGateOptions, type GateText } from '../github/gate-options.ts';
import { RUNTIME_NAMES } from '../registry.ts';
import { compareReports } from '../report/compare.ts';
import { commentMarker, renderComparison } from '../report/markdown.ts';
import { parseReports } from '../report/report-set.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './io.ts';

/** The gate failed: a budget broke, or a regression under `--fail-on regression`. */
export const EXIT_GATE_FAILED = 3;

export const COMPARE_HELP = `Usage: tinygate compare BASE.json HEAD.json [options]

Compares two reports (from \`tinygate analyze --out\` or the action's report output) and prints the
markdown table the GitHub Action comments on pull requests. Exits ${EXIT_GATE_FAILED} when the gate fails.

Options:
  --config FILE          the action's config file (per-model budgets and targets); also the comment key
  --targets LIST         targets to report (default: ${GATE_DEFAULTS.targets})
  --runtime NAME         the runtime every gated figure comes from: ${RUNTIME_NAMES.join(', ')} (default: ${GATE_DEFAULTS.runtime})
  --schedule KIND        per-layer, patch or auto: which peak SRAM the budget applies to (default: auto)
  --budget-sram SIZE     e.g. 256KiB
  --budget-flash SIZE    e.g. 1MiB
  --budget-latency TIME  e.g. 120ms
  --thresholds LIST      default: ${GATE_DEFAULTS.thresholds}
  --fail-on WHAT         budget, regression or never (default: budget)
  --base-label TEXT      how the markdown names the baseline (default: BASE.json's path)
  --debug                show stack traces for errors
  -h, --help             show this help
`;

const CONFIG_DEFAULT = '.github/tinygate.yml';

export function compareCommand(args: string[], io: CliIo): number {
  const gateFlags = Object.fromEntries(Object.keys(GATE_DEFAULTS).map((k) => [k, { type: 'string' as const }]));
  const { values: parsed, positionals } = parseCommandArgs('compare', args, {
    ...gateFlags,
    config: { type: 'string' },
    'base-label': { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const values = parsed as Record<string, string | boolean | undefined>;
  if (values['help'] === true) { io.stdout(COMPARE_HELP); return 0; }
  if (positionals.length !== 2) throw new UserError(`compare: expected BASE.json and HEAD.json, got ${positionals.length} file(s) (see \`tinygate compare --help\`)`);
  const [basePath, headPath] = positionals as [string, string];
  const text = (path: string): string => new TextDecoder().decode(io.readFile(path));
  const gate = Object.fromEntries(Object.entries(GATE_DEFAULTS).map(([k, d]) => [k, (values[k] as string | undefined) ?? d])) as unknown as GateText;
  const configPath = values['config'] as string | undefined;
  const config = configPath === undefined ? null : parseConfig(text(configPath), configPath);
  const options = parseGateOptions(gate, 'option', config?.boards ?? []);
  const comparison = compareReports({
    base: parseReports(text(basePath), basePath),
    head: parseReports(text(headPath), headPath),
    baseline: { kind: 'found' },
    settingsFor: settingsResolver(options, config),
    failOn: options.failOn,
  });
  io.stdout(renderComparison(comparison, {
    marker: commentMarker(configPath ?? CONFIG_DEFAULT),
    baseLabel: (values['base-label'] as string | undefined) ?? `\`${basePath}\``,
  }));
  return comparison.verdict === 'pass' ? 0 : EXIT_GATE_FAILED;
}
