// Model globs through picomatch: the usual semantics, and caps that keep a hostile pattern from
// taking seconds (picomatch compiles to a backtracking regex).
import { describe, expect, test } from 'vitest';
import { compileGlob, compileGlobs, requireMatches, selects } from '../../src/github/glob.ts';

const one = (pattern: string) => compileGlob(pattern, 'input `models`');

describe('model globs', () => {
  test('`**`, `*`, `?`, `{a,b}`, `[..]` and `!` as picomatch defines them', () => {
    const paths = ['models/kws/a.tflite', 'models/vww/b.tflite', 'models/old/c.tflite', 'd.tflite', '.models/e.tflite', 'models/kws/a1.tflite'];
    const pick = (...patterns: string[]) => paths.filter((p) => selects(compileGlobs(patterns.map((pattern) => ({ pattern, where: 'x' }))), p));
    expect(pick('**/*.tflite')).toEqual(paths);
    expect(pick('models/*/*.tflite', '!models/old/**')).toEqual(['models/kws/a.tflite', 'models/vww/b.tflite', 'models/kws/a1.tflite']);
    expect(pick('models/{kws,vww}/?.tflite')).toEqual(['models/kws/a.tflite', 'models/vww/b.tflite']);
    expect(pick('models/kws/a[0-9].tflite')).toEqual(['models/kws/a1.tflite']);
    expect(pick('./d.tflite')).toEqual(['d.tflite']);
    expect(pick('*.tflite')).toEqual(['d.tflite']);
  });

  test('a pattern that matches nothing is an error naming it and where it came from', () => {
    const globs = compileGlobs([{ pattern: '**/*.tflite', where: 'input `models`' }, { pattern: 'modles/*.tflite', where: 'cfg.yml:2: `models.0.path`' }]);
    expect(() => requireMatches(globs, ['models/a.tflite'])).toThrow('cfg.yml:2: `models.0.path`: pattern `modles/*.tflite` matches no file in the checkout');
    expect(() => requireMatches(compileGlobs([{ pattern: '!x/**', where: 'i' }, { pattern: '*.tflite', where: 'i' }]), ['a.tflite'])).not.toThrow();
  });

  test('long patterns, too many patterns and too many wildcards are refused before they are compiled', () => {
    expect(() => one(`${'a'.repeat(1_001)}`)).toThrow(/is 1001 characters long; the limit is 1000/);
    expect(() => compileGlobs(Array.from({ length: 101 }, () => ({ pattern: '*.tflite', where: 'x' })))).toThrow('101 model patterns; the limit is 100');
    // Four `*` in one name: 1 s per 255-character name under picomatch's regex (measured), so refused.
    expect(() => one('*a*a*a*b')).toThrow(/^input `models`: pattern `\*a\*a\*a\*b` has too many `\*`/);
    expect(() => one(`${'*a'.repeat(40)}b`)).toThrow(/has too many `\*`/);
    expect(() => one('**/a*a*/**/*a*b')).toThrow(/has too many `\*`/);
  });

  test('the worst patterns within the caps still finish on long paths', () => {
    // Bounded inputs: the longest names and paths a checkout can have (255 per name, ~4 KB per path).
    // Each call below backtracks at most O(n²) steps; the test's 60 s timeout would catch a blow-up.
    const name = 'a'.repeat(255);
    const deep = `${'a/'.repeat(2_000)}c`;
    expect(one('*a*b').test(name)).toBe(false);
    expect(one('**/*a*b').test(`${`${name}/`.repeat(15)}x`)).toBe(false);
    expect(one('**/a/**/b').test(deep)).toBe(false);
    expect(one('a*/**/*a').test(deep)).toBe(false);
  });
});
