// The CLI's dispatcher. Returns the exit code: 0 success, 2 a problem the user can fix (printed as
// one line), 1 a bug in tinygate (printed with its stack).
import { isUserError } from '../errors.ts';
import { TOOL_VERSION } from '../version.ts';
import { ANALYZE_HELP, analyzeCommand } from './analyze.ts';
import { COMPARE_HELP, compareCommand } from './compare.ts';
import { EVAL_HELP, evalCommand } from './eval.ts';
import { MERGE_HELP, mergeCommand } from './merge.ts';
import type { CliIo } from './io.ts';
import { RUN_HELP, runCommand } from './run.ts';
import { TARGETS_HELP, targetsCommand } from './targets.ts';
import { ZOO_HELP, zooCommand } from './zoo.ts';

export const EXIT_USER_ERROR = 2;
export const EXIT_BUG = 1;

const COMMANDS: Record<string, { help: string; run: (args: string[], io: CliIo) => number | Promise<number> }> = {
  analyze: { help: ANALYZE_HELP, run: analyzeCommand },
  run: { help: RUN_HELP, run: runCommand },
  eval: { help: EVAL_HELP, run: evalCommand },
  merge: { help: MERGE_HELP, run: mergeCommand },
  compare: { help: COMPARE_HELP, run: compareCommand },
  targets: { help: TARGETS_HELP, run: targetsCommand },
  zoo: { help: ZOO_HELP, run: zooCommand },
};

const MAIN_HELP = `Usage: tinygate COMMAND [options]

Gate pull requests on a tiny int8 network's microcontroller budget.

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.help.split('\n')[2] ?? ''}`).join('\n')}

Run \`tinygate COMMAND --help\` for a command's options. --version prints the version.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(MAIN_HELP);
      return command === undefined ? EXIT_USER_ERROR : 0;
    }
    if (command === '--version') { io.stdout(`${TOOL_VERSION}\n`); return 0; }
    const cmd = COMMANDS[command];
    if (cmd === undefined) {
      io.stderr(`tinygate: unknown command \`${command}\`; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
      return EXIT_USER_ERROR;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(`tinygate: ${oneLine(e.message)}\n${debug && e.stack ? `${e.stack}\n` : ''}`);
      return EXIT_USER_ERROR;
    }
    io.stderr(`tinygate: internal error (please report it with the command and the model):\n${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return EXIT_BUG;
  }
}

/** A user error is one line: a listed cause ("\n  - …") joins with semicolons. */
function oneLine(message: string): string {
  return message.replace(/:\s*\n\s*-\s*/, ': ').replace(/\s*\n\s*-\s*/g, '; ').replace(/\s*\n\s*/g, ' ');
}
