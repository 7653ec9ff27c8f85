// The files a run leaves in `report-dir`: the head reports (the `report` output, and the next
// baseline on the default branch), the baseline it compared with, and the markdown. Fork-safe mode
// does not read them back: a fork controls the run that writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../report/report.ts';
import { serializeReports } from '../report/report-set.ts';
import type { Baseline } from './baseline.ts';

export const REPORT_FILE = 'report.json';
export const BASELINE_FILE = 'baseline.json';
export const BASELINE_MISSING_FILE = 'baseline-missing.txt';
export const MARKDOWN_FILE = 'comparison.md';

/** Writes the run's files; returns the report's path. */
export function writeRunFiles(dir: string, head: readonly Report[], baseline: Baseline, markdown: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, REPORT_FILE), serializeReports(head));
  if (baseline.reports !== null) writeFileSync(join(dir, BASELINE_FILE), serializeReports(baseline.reports));
  if (baseline.state.kind === 'missing') writeFileSync(join(dir, BASELINE_MISSING_FILE), `${baseline.state.reason}\n`);
  writeFileSync(join(dir, MARKDOWN_FILE), markdown);
  return join(dir, REPORT_FILE);
}
