// Comparison → markdown: the PR comment, the job summary and `tinygate compare` all print this, so a
// developer can reproduce the comment locally. Formats only; every number and status comes from the
// Comparison. Same Comparison → byte-identical text.

import { markdownTable } from 'markdown-table';
import type { Comparison, LayerDelta, MetricDelta, MetricKey, MetricStatus, ModelChange, ModelComparison } from './compare.ts';
import { formatBytes, formatCount, formatShape } from './format.ts';

/** GitHub rejects issue and PR comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Hidden marker that finds this comment again; one per config, so several workflows can coexist. */
  marker: string;
  /** Where the baseline came from, e.g. "merge base `1a2b3c4`". */
  baseLabel: string;
  /** Character budget for the whole text. */
  limit?: number;
}

/**
 * Inline code for a path or a name. Paths can come from an untrusted fork's artifact, so nothing in
 * them may close the code span, break a table row or start a new line.
 */
function code(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '?').replace(/\|/g, '\\|')}\``;
}

export function commentMarker(key: string): string {
  return `<!-- tinygate-comment ${JSON.stringify(key).replace(/--/g, '-\\u002d')} -->`;
}

/** `delta`: how a change is written when it is not in the value's own unit (accuracy: points). */
const COLUMNS: { key: MetricKey; title: string; format: (n: number) => string; delta?: (n: number) => string }[] = [
  { key: 'sramPerLayer', title: 'peak SRAM (per-layer)', format: formatBytes },
  { key: 'sramPatch', title: 'peak SRAM (patch)', format: formatBytes },
  { key: 'flash', title: 'flash', format: formatBytes },
  { key: 'macs', title: 'MACs', format: formatCount },
  { key: 'latency', title: 'latency', format: (n) => `${n.toFixed(2)} ms` },
  // A top-1 change is in percentage points; a relative change of a percentage would mislead.
  { key: 'accuracy', title: 'top-1', format: (n) => `${(n * 100).toFixed(2)}%`, delta: (n) => `${(n * 100).toFixed(2)} pp` },
];

const STATUS: Record<MetricStatus, string> = {
  'over-budget': '❌ over budget', regressed: '⚠️ regressed', improved: '🟢 improved', ok: '✅ ok', none: '—',
};
const CHANGE: Record<ModelChange, string> = {
  new: 'new', removed: 'removed', unchanged: 'unchanged', changed: 'changed', 'no-baseline': 'no baseline', unreadable: 'unreadable',
};

export function renderComparison(c: Comparison, opts: MarkdownOptions): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const summary = renderSummary(c, opts);
  const details = c.models.filter((m) => m.profile !== null).map(renderModelDetails);
  let text = summary;
  let kept = 0;
  // Details go last and are dropped first: the summary table and the findings always stay.
  const room = limit - truncationNote(details.length).length;
  while (kept < details.length && text.length + details[kept]!.length <= room) text += details[kept++]!;
  if (kept < details.length) text += truncationNote(details.length - kept);
  return text.length <= limit ? text : `${text.slice(0, limit - 200)}\n\n…(cut at GitHub's ${formatCount(limit)}-character limit)\n`;
}

function truncationNote(omitted: number): string {
  return `\n> Layer details of ${omitted} model(s) left out to stay under GitHub's ${formatCount(COMMENT_LIMIT)}-character comment limit; the report JSON has them all.\n`;
}

function renderSummary(c: Comparison, opts: MarkdownOptions): string {
  const verdict = c.verdict === 'pass' ? '✅ pass' : '❌ fail';
  const base = c.baseline.kind === 'found' ? opts.baseLabel : `**none** (${c.baseline.reason})`;
  // A model that could not be analyzed keeps its row: no figures, and the reason among the findings.
  const rows = c.models.flatMap((m) => m.change === 'unreadable' ? [[`${code(m.path)} (unreadable)`, '—', ...COLUMNS.map(() => '—'), '❌ unreadable']] : m.rows.map((r) => [
    `${code(m.path)} (${CHANGE[m.change]})`, code(r.target),
    ...COLUMNS.map((col) => cell(r.metrics[col.key], col.format, col.key === 'sramPerLayer' && m.sramIsIdeal, col.delta)),
    STATUS[r.status],
  ]));
  const table = rows.length === 0 ? '_No models found._' : markdownTable(
    [['model', 'target', ...COLUMNS.map((col) => col.title), 'status'], ...rows],
    { align: ['l', 'l', ...COLUMNS.map(() => 'r' as const), 'l'], alignDelimiters: false },
  );
  const findings = c.findings.length === 0 ? '' : `\n**Findings**\n\n${c.findings.map((f) => {
    const where = f.model === null ? '' : `${code(f.model)}${f.target === null ? '' : ` on ${code(f.target)}`}: `;
    return `- ${f.level === 'error' ? '❌' : '⚠️'} ${where}${f.message}`;
  }).join('\n')}\n`;
  const ideal = c.models.some((m) => m.sramIsIdeal)
    ? '\n¹ Ideal activation peak (largest sum of live activations, no arena alignment or scratch): the report has no memory plan, so this is a lower bound on per-layer SRAM.\n'
    : '';
  return `${opts.marker}\n### tinygate: ${verdict}\n\nBaseline: ${base}. Each cell is base → head, then the change.\n\n${table}\n${findings}${ideal}`;
}

function cell(m: MetricDelta, format: (n: number) => string, ideal: boolean, formatDelta?: (n: number) => string): string {
  const mark = ideal ? ' ¹' : '';
  if (m.base === null && m.head === null) return '—';
  if (m.base === null) return `— → ${format(m.head!)}${mark}`;
  if (m.head === null) return `${format(m.base)} → —${mark}`;
  if (m.delta === 0) return `${format(m.head)}${mark} (same)`;
  if (formatDelta !== undefined) return `${format(m.base)} → ${format(m.head)}${mark}<br>${signed(m.delta!, formatDelta)}`;
  const pct = m.relative === null ? '' : ` (${signed(m.relative * 100, (n) => `${n.toFixed(1)}%`)})`;
  return `${format(m.base)} → ${format(m.head)}${mark}<br>${signed(m.delta!, format)}${pct}`;
}

function signed(n: number, format: (n: number) => string): string {
  return `${n < 0 ? '−' : '+'}${format(Math.abs(n))}`;
}

function renderModelDetails(m: ModelComparison): string {
  return `\n#### ${code(m.path)} (${CHANGE[m.change]})\n\n${renderChart(m)}\n<details><summary>Per-layer details (${m.layers.length} layers)</summary>\n\n${renderLayers(m.layers)}\n\n</details>\n`;
}

/** Head's SRAM profile: bars are each layer's output activation, lines the schedules' peaks. */
function renderChart(m: ModelComparison): string {
  const p = m.profile!;
  const kib = (n: number): string => (n / 1024).toFixed(1);
  const lines = p.patchPeak === null ? [p.perLayerPeak] : [p.perLayerPeak, p.patchPeak];
  const legend = [
    `per-layer peak ${formatBytes(p.perLayerPeak)}${p.perLayerIsIdeal ? ' (ideal)' : ''}`,
    ...(p.patchPeak === null ? [] : [`patch peak ${formatBytes(p.patchPeak)}`]),
  ].join(', ');
  const top = Math.max(...p.layerBytes, ...lines, 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "SRAM (KiB): bars = layer output, lines = ${legend}"`,
    `  x-axis "layer" [${p.layerBytes.map((_, i) => String(i)).join(', ')}]`,
    `  y-axis "KiB" 0 --> ${kib(top * 1.1)}`,
    `  bar [${p.layerBytes.map(kib).join(', ')}]`,
    ...lines.map((peak) => `  line [${p.layerBytes.map(() => kib(peak)).join(', ')}]`),
    '```',
  ].join('\n');
}

function renderLayers(layers: LayerDelta[]): string {
  const pair = (v: { base: number | null; head: number | null }, f: (n: number) => string): string =>
    v.base === v.head ? f(v.head!) : `${v.base === null ? '—' : f(v.base)} → ${v.head === null ? '—' : f(v.head)}`;
  return markdownTable(
    [['#', 'op', 'output shape', 'output bytes', 'MACs'], ...layers.map((l) => [
      String(l.index), code(l.op), formatShape(l.outputShape), pair(l.outputBytes, formatCount), pair(l.macs, formatCount),
    ])],
    { align: ['r', 'l', 'l', 'r', 'r'], alignDelimiters: false },
  );
}
