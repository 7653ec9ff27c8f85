// Model globs, with picomatch's usual semantics: `**` spans folders, `*` and `?` stay within one,
// `{a,b}` and `[..]` as in a shell, and a leading `!` excludes. Dotfiles match (a repository may keep
// models under `.models/`); extglobs are off, since nothing documents them.
//
// picomatch compiles a glob to a backtracking regex, and `*a*a*a*b` against a long name takes
// seconds (1 s for four `*` on a 255-character name, measured). A config file or input is someone's
// text, so the stars a pattern may hold are capped: at most 2 in one folder name and 4 in all (a
// `**` counts as 2). Within the caps the slowest case we found, `**/a/**/b` against a 4,000-character
// path, takes about 20 ms (test/github/glob.test.ts runs it).
import picomatch from 'picomatch';
import { UserError } from '../errors.ts';

export const MAX_PATTERN_LENGTH = 1_000;
export const MAX_PATTERNS = 100;
const MAX_STARS_PER_SEGMENT = 2;
const MAX_STARS = 4;

const OPTIONS: picomatch.PicomatchOptions = { dot: true, noextglob: true, maxLength: MAX_PATTERN_LENGTH };

/** A pattern checked and compiled; `where` names the input or config key it came from, for errors. */
export interface Glob { readonly pattern: string; readonly negated: boolean; readonly where: string; readonly test: (path: string) => boolean }

export function compileGlob(pattern: string, where: string): Glob {
  const bad = (why: string): never => { throw new UserError(`${where}: pattern \`${pattern.slice(0, 80)}${pattern.length > 80 ? '…' : ''}\` ${why}`); };
  if (pattern.length > MAX_PATTERN_LENGTH) bad(`is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
  const negated = pattern.startsWith('!');
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '');
  if (body === '') bad('is empty');
  const stars = [...body].filter((c) => c === '*').length;
  const perSegment = Math.max(...body.split('/').map((s) => (s === '**' ? 1 : [...s].filter((c) => c === '*').length)));
  if (perSegment > MAX_STARS_PER_SEGMENT || stars > MAX_STARS) {
    bad(`has too many \`*\` (at most ${MAX_STARS_PER_SEGMENT} in one folder name and ${MAX_STARS} in all, \`**\` counting 2): many wildcards make matching take seconds; list the paths, or use \`{a,b}\``);
  }
  const test = picomatch(body, OPTIONS);
  return { pattern, negated, where, test };
}

/** Several patterns as one list: a path is in when a positive pattern matches it and no `!` one does. */
export function compileGlobs(patterns: readonly { pattern: string; where: string }[]): Glob[] {
  if (patterns.length > MAX_PATTERNS) throw new UserError(`${patterns.length} model patterns; the limit is ${MAX_PATTERNS}`);
  return patterns.map((p) => compileGlob(p.pattern, p.where));
}

export function selects(globs: readonly Glob[], path: string): boolean {
  return globs.some((g) => !g.negated && g.test(path)) && !globs.some((g) => g.negated && g.test(path));
}

/** One positive pattern that matched none of `paths` is an error naming it: nothing it meant to gate is gated. */
export function requireMatches(globs: readonly Glob[], paths: readonly string[], place = 'in the checkout'): void {
  const unmatched = globs.find((g) => !g.negated && !paths.some((p) => g.test(p)));
  if (unmatched !== undefined) {
    throw new UserError(`${unmatched.where}: pattern \`${unmatched.pattern}\` matches no file ${place}, so nothing it names would be gated; fix the pattern or remove it`);
  }
}
