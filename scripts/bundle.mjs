// `npm run bundle`: builds dist/index.js (the action) and dist/cli.js (the CLI) as self-contained ESM
// bundles, so both run from a clean checkout without `npm ci`, and dist/licenses.txt, the licence
// of every package bundled into them. CI rebuilds and fails on any diff.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { bundledLicenses } from './licenses.mjs';

// Some bundled CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
const banner = "import { createRequire as __tinygateCreateRequire } from 'node:module';\nconst require = __tinygateCreateRequire(import.meta.url);";

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
});

writeFileSync('dist/licenses.txt', bundledLicenses(Object.keys(result.metafile.inputs)));
