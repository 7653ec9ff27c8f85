// What the repository ships: `npm pack` carries the bundle, the action and the schemas, not the
// sources, tests or fixtures; and the pipeline's stages import only downward.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './github/action-harness.ts';

describe('repository', () => {
  test('npm pack ships the CLI bundle, action.yml, schemas and docs only', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/licenses.txt', 'action.yml', 'LICENSE', 'README.md', 'package.json', 'schema/report.schema.json']));
    for (const f of files) expect(f, f).toMatch(/^(dist\/|schema\/|action\.yml$|LICENSE$|README\.md$|CHANGELOG\.md$|package\.json$)/);
  });
});

describe('check-layers', () => {
  test('fails on an import from a lower stage to a higher one, naming both files', () => {
    const src = mkdtempSync(join(tmpdir(), 'tinygate-layers-'));
    try {
      mkdirSync(join(src, 'model'));
      mkdirSync(join(src, 'report'));
      writeFileSync(join(src, 'report/format.ts'), 'export const f = 1;\n');
      writeFileSync(join(src, 'model/graph.ts'), "import { f } from '../report/format.ts';\nexport const g = f;\n");
      let failure = '';
      try {
        execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/check-layers.mjs'), src], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        failure = (e as { stderr: string }).stderr;
      }
      expect(failure).toMatch(/model\/graph\.ts imports .*report\/format\.ts: model may not import from report/);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});
