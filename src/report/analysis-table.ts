// Report → the terminal view of `tinygate analyze`: a per-layer table and the model totals, each
// column saying what it counts. Renders only; every number comes from the report.

import { markdownTable } from 'markdown-table';
import { TFLM_CODE_BUILD } from '../mcu/flash.ts';
import { formatBytes, formatCount, formatShape } from './format.ts';
import type { Report, TargetReport } from './report.ts';

export function renderAnalysis(report: Report): string {
  const m = report.model;
  const rows = report.layers.map((l) => [
    String(l.index), l.op, formatShape(l.outputShape), formatCount(l.outputBytes),
    formatCount(l.macs), formatCount(l.params),
  ]);
  const layers = markdownTable(
    [['#', 'op', 'output shape', 'output bytes', 'MACs (dense)', 'params'], ...rows],
    { align: ['r', 'l', 'l', 'r', 'r', 'r'] },
  );
  const io = (ts: typeof m.inputs): string => ts.map((t) => `${t.dtype} ${formatShape(t.shape)}`).join(', ');
  const totals = markdownTable([
    ['model', m.path],
    ['inputs → outputs', `${io(m.inputs)} → ${io(m.outputs)}`],
    ['ops', formatCount(m.ops)],
    ['MACs (dense conv/depthwise/FC/transpose-conv)', formatCount(m.macs)],
    ['params (weight and bias elements)', formatCount(m.params)],
    ['weights in flash (distinct constant buffers)', `${formatCount(m.weightBytes)} B (${formatBytes(m.weightBytes)})`],
    ['ideal activation peak (stored order, no alignment or scratch)', `${formatCount(m.idealActivationPeakBytes)} B (${formatBytes(m.idealActivationPeakBytes)})`],
  ].map(([k, v]) => [k!, v!]), { align: ['l', 'l'] });
  const unsupported = m.unsupportedOps.length === 0 ? '' :
    `\nUnsupported ops (not counted): ${m.unsupportedOps.map((u) => `op ${u.index} ${u.op}`).join(', ')}\n`;
  return [totals, layers, renderSchedules(report), renderTargets(report)].filter((t) => t !== '').join('\n\n') + `\n${unsupported}`;
}


function renderSchedules(report: Report): string {
  const schedules = report.schedules ?? [];
  if (schedules.length === 0) return '';
  const advice = schedules.flatMap((s) => s.advice ?? []);
  const adviceText = advice.length === 0 ? '' : `\n\nPatch-based inference helps little here:\n${advice.map((a) => `- ${a}`).join('\n')}`;
  return markdownTable([
    ['schedule', 'runtime', 'peak SRAM (B)', 'arena (B)', 'scratch (B)', 'persistent (B)', 'activation peak (B, paper accounting)', 'accounting'],
    ...schedules.map((s) => [
      s.kind === 'patch' ? `patch ${s.patches!.join('×')} after op ${s.split}, tile ${s.tile!.join('×')}, MACs +${(100 * s.macOverhead!).toFixed(1)}%` : s.kind, s.runtime,
      formatCount(s.peakSramBytes), formatCount(s.arenaBytes), formatCount(s.scratchBytes), s.persistentBytes === undefined ? '—' : formatCount(s.persistentBytes), formatCount(s.activationPeakBytes),
      `${s.accounting ?? ''}${s.chosen ? ' (chosen for the budget)' : ''}`,
    ]),
  ], { align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'] }) + adviceText;
}

/** TFLM rows say what their flash counts: the flatbuffer plus the runtime code (estimated). */
function flashCell(t: TargetReport): string {
  if (t.flashModelBytes === undefined) return `${formatCount(t.flashBytes)} (weights)`;
  return `${formatCount(t.flashBytes)} = flatbuffer ${formatCount(t.flashModelBytes)} + runtime code ~${formatCount(t.flashCodeBytes!)}`;
}

export function renderTargets(report: Pick<Report, 'targets'>): string {
  const targets = report.targets ?? [];
  if (targets.length === 0) return '';
  return markdownTable([
    ['target', 'runtime', 'schedule', 'latency (ms, simulated)', '± calibration error', 'cycles', 'SRAM (B)', 'flash (B)', 'fits'],
    ...targets.map((t) => [
      t.name, t.runtime, t.schedule ?? 'per-layer', t.latencyMs.toFixed(2), `${t.errorPct.toFixed(1)}% (${t.errorBasis})`, formatCount(t.cycles),
      formatCount(t.sramBytes), flashCell(t), t.fits ? 'yes' : 'NO',
    ]),
  ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'] }) + (targets.some((t) => t.flashCodeBytes !== undefined)
    ? `\n\nTFLM flash = the .tflite flatbuffer (read in place) + runtime code: the TFLM core and the model's kernels, an estimate measured on ${TFLM_CODE_BUILD}.`
    : '');
}
