// `tinygate merge`: the shards of one evaluation (`tinygate eval --shard i/n --out FILE`, one per CI
// matrix job) → one result, and optionally its accuracy added to the analysis report.
import { UserError } from '../errors.ts';
import { checkResult, mergeResults, renderResult, type EvalResult } from '../eval/result.ts';
import { parseCommandArgs } from './args.ts';
import { addToReport } from './eval.ts';
import type { CliIo } from './io.ts';

export const MERGE_HELP = `Usage: tinygate merge RESULT... [--out FILE] [--report FILE] [--json]

Combines the shards of one accuracy evaluation (the --out files of \`tinygate eval --shard i/n\`)
into one result: counts are summed, so the merged accuracy equals an unsharded run's exactly. Fails
when a shard is missing or given twice, or when the shards ran another model, dataset or schedule.

Options:
  --out FILE      write the merged result JSON
  --report FILE   add the merged accuracy to this analysis report (\`tinygate analyze --out\`), in place
  --json          print the merged result JSON instead of the summary
  --debug         show stack traces for errors
  -h, --help      show this help
`;

export function mergeCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('merge', args, {
    out: { type: 'string' },
    report: { type: 'string' },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout(MERGE_HELP); return 0; }
  if (positionals.length === 0) throw new UserError('merge: no result files given (usage: tinygate merge RESULT... --out FILE)');
  const parts = positionals.map((p) => readResult(io, p));
  const merged = mergeResults(parts, positionals);
  if (values.out !== undefined) io.writeFile(values.out, `${JSON.stringify(merged, null, 2)}\n`);
  if (values.report !== undefined) addToReport(io, values.report, merged);
  io.stdout(values.json ? `${JSON.stringify(merged, null, 2)}\n` : renderResult(merged));
  return 0;
}

function readResult(io: CliIo, path: string): EvalResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(path)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`not JSON: ${(e as Error).message}`, path);
  }
  return checkResult(json, path);
}
