// Comparison → markdown: the PR comment, the job summary and `tinygate compare` all print this, so a
// developer can reproduce the comment locally. Formats only; every number and status comes from the
// Comparison. Same Comparison → byte-identical text.
//
// Every string that comes from a report, a model path, a config or a file can come from an untrusted
// fork, so it goes through `code` (inside a code span) or `escapeMarkdown` (anywhere else): no
// mention, link, image, HTML, comment or table cell break survives. The text is built from whole
// blocks and cut only between them, so a cut never leaves a code span, a details block or an HTML
// comment open.

import { markdownTable } from 'markdown-table';
import { RUNTIMES } from '../registry.ts';
import {
  budgetLabel, describeBudget, gatedText, type AdvisoryFigure, type Comparison, type Finding, type LayerDelta, type MetricDelta,
  type MetricKey, type MetricStatus, type ModelChange, type ModelComparison, type TargetRow,
} from './compare.ts';
import { formatBytes, formatCount, formatShape } from './format.ts';

/** GitHub rejects issue and PR comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Hidden marker that finds this comment again; one per config, so several workflows can coexist. */
  marker: string;
  /** Where the baseline came from, e.g. "merge base `1a2b3c4`" (code spans are kept, the rest escaped). */
  baseLabel: string;
  /** Character budget for the whole text. */
  limit?: number;
}

/**
 * Inline code for a path or a name. Nothing in it may close the code span, break a table row or
 * start a new line; inside a code span GitHub renders no mention, link or HTML.
 */
function code(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '?').replace(/\|/g, '\\|')}\``;
}

/**
 * Text from a report, a path or a file, made inert for GitHub markdown in a paragraph, a list item
 * or a table cell: HTML (`<`, `<!--`), mentions (`@x`), links and images (`[`, `!`), emphasis,
 * headings, code spans and cell breaks (`|`) all become character references, and line breaks
 * spaces. Readers see the same characters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[&<>@`|[\]!*_#\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text of our own that quotes untrusted names in code spans (findings, the baseline label): each
 * code span is rebuilt by `code`, everything between is escaped. An unpaired backtick is text.
 */
export function escapeWithCode(text: string): string {
  const parts = text.split('`');
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts.map((p, i) => (i >= paired ? escapeMarkdown(`\`${p}`) : i % 2 === 1 ? code(p) : escapeMarkdown(p))).join('');
}

export function commentMarker(key: string): string {
  return `<!-- tinygate-comment ${JSON.stringify(key).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e')} -->`;
}

/** `delta`: how a change is written when it is not in the value's own unit (accuracy: points). */
const COLUMNS: { key: MetricKey; title: string; format: (n: number) => string; delta?: (n: number) => string }[] = [
  { key: 'sram', title: 'peak SRAM', format: formatBytes },
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

/** Longest finding message kept whole; a longer one (a list of a model's op names) is shortened. */
const MAX_FINDING_CHARS = 600;

export function renderComparison(c: Comparison, opts: MarkdownOptions): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const header = renderHeader(c, opts);
  const findings = renderFindings(c.findings);
  const ideal = c.models.some((m) => m.sramIsIdeal)
    ? '\n¹ Ideal activation peak (largest sum of live activations, no arena alignment or scratch): the report has no memory plan, so this is a lower bound on per-layer SRAM.\n'
    : '';
  // Whole blocks, most important first: the verdict and every finding always stay; then the table,
  // the budgets' headroom, the advisory figures, and the layer details, dropped from the end.
  const rows = renderTable(c);
  const optional = [renderBudgets(c), renderAdvisory(c), ideal];
  const details = c.models.filter((m) => m.profile !== null).map(renderModelDetails);
  const fixed = header + findings.join('');
  if (fixed.length > limit) return cutFindings(header, findings, limit);
  let text = fixed;
  const note = (omitted: string): string => `\n> ${omitted} left out to stay under GitHub's ${formatCount(COMMENT_LIMIT)}-character comment limit; the report JSON has everything.\n`;
  // The table goes right after the header: insert it before the findings when it fits.
  const table = rows.length <= limit - text.length - note('x'.repeat(40)).length ? rows : null;
  text = header + (table ?? '') + findings.join('');
  const kept: string[] = [];
  for (const block of optional) if (text.length + block.length + note('x'.repeat(40)).length <= limit) { text += block; kept.push(block); }
  let shown = 0;
  while (shown < details.length && text.length + details[shown]!.length + note('x'.repeat(40)).length <= limit) text += details[shown++]!;
  const omitted = [
    ...(table === null ? ['The table'] : []),
    ...(kept.length < optional.filter((b) => b !== '').length ? ['Budget or advisory lines'] : []),
    ...(shown < details.length ? [`Layer details of ${details.length - shown} model(s)`] : []),
  ];
  return omitted.length === 0 ? text : text + note(omitted.join(', '));
}

/** Findings alone longer than the limit (thousands of them): as many whole lines as fit, and a count of the rest. */
function cutFindings(header: string, findings: string[], limit: number): string {
  let text = header;
  let shown = 0;
  const rest = (n: number): string => `\n> …and ${formatCount(n)} more finding(s): the annotations and the report JSON have them all.\n`;
  while (shown < findings.length && text.length + findings[shown]!.length + rest(findings.length).length <= limit) text += findings[shown++]!;
  return text + rest(findings.length - shown);
}

function renderHeader(c: Comparison, opts: MarkdownOptions): string {
  const verdict = c.verdict === 'pass' ? '✅ pass' : '❌ fail';
  const base = c.baseline.kind === 'found' ? escapeWithCode(opts.baseLabel) : `**none** (${escapeWithCode(c.baseline.reason)})`;
  return `${opts.marker}\n### tinygate: ${verdict}\n\nBaseline: ${base}. Each row is one runtime and one schedule of it (the *gated* column); each cell is base → head, then the change.\n`;
}

function renderTable(c: Comparison): string {
  // A model that could not be analyzed keeps its row: no figures, and the reason among the findings.
  const rows = c.models.flatMap((m) => m.change === 'unreadable' ? [[`${code(m.path)} (unreadable)`, '—', '—', ...COLUMNS.map(() => '—'), '❌ unreadable']] : m.rows.map((r) => [
    `${code(m.path)} (${CHANGE[m.change]})`, code(r.target), gatedCell(m, r),
    ...COLUMNS.map((col) => cell(r.metrics[col.key], col.format, col.key === 'sram' && m.sramIsIdeal, col.delta, col.key === 'latency' ? r.latencyErrorPct : null)),
    STATUS[r.status],
  ]));
  if (rows.length === 0) return '\n_No models found._\n';
  return `\n${markdownTable(
    [['model', 'target', 'gated', ...COLUMNS.map((col) => col.title), 'status'], ...rows],
    { align: ['l', 'l', 'l', ...COLUMNS.map(() => 'r' as const), 'l'], alignDelimiters: false },
  )}\n`;
}

function gatedCell(m: ModelComparison, r: TargetRow): string {
  if (m.sramIsIdeal) return 'ideal ¹';
  if (r.gated === null) return '—';
  const [runtime, schedule] = gatedText(r.gated).split(', ');
  return `${code(runtime!)} ${schedule}`;
}

function renderFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return ['\n**Findings**\n\n', ...findings.map((f) => {
    const where = f.model === null ? '' : `${code(f.model)}${f.target === null ? '' : ` on ${code(f.target)}`}: `;
    const message = f.message.length > MAX_FINDING_CHARS ? `${f.message.slice(0, MAX_FINDING_CHARS)}…` : f.message;
    return `- ${f.level === 'error' ? '❌' : '⚠️'} ${where}${escapeWithCode(message)}\n`;
  })];
}

/** Each gated row's budgets with the headroom: "peak SRAM (tflm, per-layer) 157.7 KiB of 128 KiB: over by 29.7 KiB". */
function renderBudgets(c: Comparison): string {
  const lines = c.models.flatMap((m) => m.rows.filter((r) => r.budgets.length > 0).map((r) => {
    const checks = r.budgets.map((b) => {
      const mark = b.value === null || b.value > b.budget ? '❌' : '✅';
      return `${mark} ${budgetLabel(b.metric, r.gated, m.sramIsIdeal)} ${escapeWithCode(describeBudget(b))}`;
    });
    return `- ${code(m.path)} on ${code(r.target)}: ${checks.join('; ')}\n`;
  }));
  return lines.length === 0 ? '' : `\n**Budgets** (head)\n\n${lines.join('')}`;
}

/** Other runtimes' peaks for new and changed models: "with TinyEngine in 3×3 patches: 38.2 KiB". Never gated. */
function renderAdvisory(c: Comparison): string {
  const lines = c.models.filter((m) => m.advisory.length > 0).map((m) => `- ${code(m.path)}: ${m.advisory.map(advisoryText).join('; ')}\n`);
  return lines.length === 0 ? '' : `\n**Other runtimes** (advisory, not gated)\n\n${lines.join('')}`;
}

function advisoryText(a: AdvisoryFigure): string {
  const how = a.kind === 'per-layer' ? 'per layer' : a.patches === null ? 'in patches' : `in ${a.patches.join('×')} patches`;
  return `with ${RUNTIMES[a.runtime].label} ${how}: ${formatBytes(a.peakSramBytes)}`;
}

function cell(m: MetricDelta, format: (n: number) => string, ideal: boolean, formatDelta?: (n: number) => string, errorPct: number | null = null): string {
  const mark = ideal ? ' ¹' : '';
  // The latency's measured error band sits next to the head figure it belongs to.
  const band = errorPct === null ? '' : ` ±${+errorPct.toFixed(1)}%`;
  if (m.base === null && m.head === null) return '—';
  if (m.base === null) return `— → ${format(m.head!)}${band}${mark}`;
  if (m.head === null) return `${format(m.base)} → —${mark}`;
  if (m.delta === 0) return `${format(m.head)}${band}${mark} (same)`;
  if (formatDelta !== undefined) return `${format(m.base)} → ${format(m.head)}${band}${mark}<br>${signed(m.delta!, formatDelta)}`;
  const pct = m.relative === null ? '' : ` (${signed(m.relative * 100, (n) => `${n.toFixed(1)}%`)})`;
  return `${format(m.base)} → ${format(m.head)}${band}${mark}<br>${signed(m.delta!, format)}${pct}`;
}

function signed(n: number, format: (n: number) => string): string {
  return `${n < 0 ? '−' : '+'}${format(Math.abs(n))}`;
}

function renderModelDetails(m: ModelComparison): string {
  return `\n#### ${code(m.path)} (${CHANGE[m.change]})\n\n${renderChart(m)}\n<details><summary>Per-layer details (${m.layers.length} layers)</summary>\n\n${renderLayers(m.layers)}\n\n</details>\n`;
}

/** Head's SRAM profile: bars are each layer's output activation, lines the gated runtime's peaks. */
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
