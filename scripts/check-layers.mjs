// `npm run check-layers`: the pipeline's stages may only import downward (ARCHITECTURE.md): model →
// kernels → schedule → mcu → eval → report → pipeline → gate → github and cli → entry points.
// Shared leaves (errors, units, random, version, schema validation) sit below everything. Fails
// with one line per upward import, naming both files.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(process.argv[2] ?? 'src');
const ORDER = ['<leaf>', 'model', 'kernels', 'schedule', 'mcu', 'eval', 'report', 'pipeline.ts', 'gate', 'github', 'cli', '<entry>'];
const LEAVES = new Set(['errors.ts', 'units.ts', 'random.ts', 'version.ts', 'schema-validation.ts', 'registry.ts', 'limits.ts', 'align.ts']);
const ENTRIES = new Set(['index.ts', 'cli.ts']);

/** The layer of a file under src/, as an index into ORDER; github and cli share a rank. */
function layerOf(file) {
  const first = relative(SRC, file).split(sep)[0];
  if (LEAVES.has(first)) return 0;
  if (ENTRIES.has(first)) return ORDER.length - 1;
  const k = ORDER.indexOf(first);
  if (k < 0) throw new Error(`${relative(process.cwd(), file)}: not in any layer; add its folder to scripts/check-layers.mjs`);
  return first === 'cli' ? ORDER.indexOf('github') : k;
}

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const problems = [];
for (const file of sources(SRC)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC + sep)) continue;
    if (layerOf(target) > layerOf(file)) {
      problems.push(`${relative(process.cwd(), file)} imports ${relative(process.cwd(), target)}: ${ORDER[layerOf(file)]} may not import from ${ORDER[layerOf(target)]} (move the shared part down)`);
    }
  }
}
for (const p of problems) console.error(p);
if (problems.length > 0) {
  console.error(`${problems.length} upward import(s)`);
  process.exit(1);
}
console.log('layers: no upward imports');
