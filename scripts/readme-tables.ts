// The README's measured tables: memory per runtime and per-layer vs patch for every shared model,
// measured by running the CLI (`tinygate analyze --json`). `npm run readme-tables` prints them; a
// test fails when the README's copy differs from what the CLI measures now.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import { main } from '../src/cli/main.ts';
import { processIo } from '../src/cli/io.ts';
import { formatCount } from '../src/report/format.ts';
import type { Report, ScheduleReport } from '../src/report/report.ts';

const SHARED = fileURLToPath(new URL('../../shared/models/', import.meta.url));

async function analyzeWithCli(path: string): Promise<Report> {
  let json = '';
  let errors = '';
  const code = await main(['analyze', path, '--json', '--target', 'stm32f746'], {
    ...processIo, stdout: (t) => { json += t; }, stderr: (t) => { errors += t; },
  });
  if (code !== 0) throw new Error(`tinygate analyze ${path} failed: ${errors}`);
  return JSON.parse(json) as Report;
}

const schedule = (r: Report, kind: string, runtime: string): ScheduleReport | undefined =>
  r.schedules!.find((s) => s.kind === kind && s.runtime === runtime);
const bytes = (s: ScheduleReport | undefined): string => (s === undefined ? '—' : formatCount(s.peakSramBytes));

export async function renderReadmeTables(dir = SHARED): Promise<string> {
  const names = readdirSync(dir).filter((f) => f.endsWith('.tflite')).sort();
  const reports = await Promise.all(names.map((n) => analyzeWithCli(join(dir, n))));

  const memory = markdownTable([
    ['model', 'ideal activation peak', 'tflm planned (+CMSIS-NN scratch)', 'tflm persistent', 'tflm arena_used_bytes()', 'tflm-reference arena_used_bytes()', 'tinyengine PEAK_MEM', 'tinygate peak', 'tinygate vs best other'],
    ...reports.map((r, i) => {
      const [tflm, te, tg] = (['tflm', 'tinyengine', 'tinygate'] as const).map((rt) => schedule(r, 'per-layer', rt)!) as [ScheduleReport, ScheduleReport, ScheduleReport];
      const reference = r.targets!.find((t) => t.runtime === 'tflm-reference')!;
      const best = Math.min(tflm.peakSramBytes, te.peakSramBytes);
      return [
        names[i]!.replace('.tflite', ''), formatCount(r.model.idealActivationPeakBytes),
        formatCount(tflm.arenaBytes + tflm.scratchBytes), formatCount(tflm.persistentBytes!), bytes(tflm), formatCount(reference.sramBytes),
        bytes(te), bytes(tg), `${(100 * (tg.peakSramBytes / best - 1)).toFixed(1)}%`,
      ];
    }),
  ], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] });

  const patch = markdownTable([
    ['model', 'per-layer (paper)', 'best patch (paper)', 'gain', 'schedule', 'MACs', 'why'],
    ...reports.map((r, i) => {
      const perLayer = schedule(r, 'per-layer', 'paper')!;
      const best = r.schedules!.filter((s) => s.kind === 'patch' && s.runtime === 'paper')[0];
      const why = best === undefined
        ? 'no patch schedule lowers the peak: no legal split, or the peak sits after every split'
        : best.advice !== undefined && best.advice.length > 0 ? best.advice[0]!.split(':')[0]! : 'the peak sits in stage 1 and the halos are small';
      return [
        names[i]!.replace('.tflite', ''), bytes(perLayer), bytes(best),
        best === undefined ? '—' : `${(perLayer.peakSramBytes / best.peakSramBytes).toFixed(1)}×`,
        best === undefined ? '—' : `${best.patches!.join('×')} after op ${best.split}, tile ${best.tile!.join('×')}`,
        best === undefined ? '—' : `+${(100 * best.macOverhead!).toFixed(1)}%`,
        why,
      ];
    }),
  ], { align: ['l', 'r', 'r', 'r', 'l', 'r', 'l'] });

  return `${memory}\n\n${patch}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(await renderReadmeTables());
