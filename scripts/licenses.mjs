// The notices for dist/licenses.txt: every npm package with a file in the bundle (esbuild's metafile
// inputs), sorted by name, each with its version, its declared licence and the text of its licence
// file. A bundled package without a licence file or field fails the build: we cannot ship it
// without knowing its terms.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The package folder of a bundled input path (`node_modules/@scope/name/...` → that folder). */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m === null ? null : m[1];
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file === undefined ? null : readFileSync(join(dir, file), 'utf8').trim();
}

export function bundledLicenses(inputs) {
  const dirs = new Set(inputs.map(packageDir).filter((d) => d !== null && existsSync(join(d, 'package.json'))));
  const entries = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { name: pkg.name, version: pkg.version, license: pkg.license ?? null, text: licenceText(dir) };
  });
  // One entry per package version (nested copies of the same version are the same code).
  const unique = [...new Map(entries.map((e) => [`${e.name}@${e.version}`, e])).values()]
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  const unknown = unique.filter((e) => e.license === null && e.text === null);
  if (unknown.length > 0) throw new Error(`bundled packages without a licence: ${unknown.map((e) => e.name).join(', ')}`);
  const header = `Third-party software bundled into dist/ (${unique.length} packages). tinygate itself: MIT, see LICENSE.\n`;
  return header + unique.map((e) => [
    '', '='.repeat(78), `${e.name}@${e.version} — ${e.license ?? 'see licence text'}`, '='.repeat(78),
    e.text ?? `(no licence file in the package; package.json declares ${e.license})`,
  ].join('\n')).join('\n') + '\n';
}
