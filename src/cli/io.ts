// What the CLI touches outside itself. Tests pass a fake; src/cli.ts passes the real process.
// Reads go through readInputFile: regular files only, size-capped before reading (src/limits.ts).
import { writeFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { describeFsError, readInputFile } from '../limits.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string | Uint8Array): void;
}

export const processIo: CliIo = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  readFile: (path) => readInputFile(path),
  writeFile: (path, data) => {
    try {
      writeFileSync(path, data);
    } catch (e) {
      throw new UserError(describeFsError(e, 'write'), path);
    }
  },
};
