// An evaluation's result as data: counts, not ratios, so shards evaluated by separate CI jobs merge
// exactly (`tinygate merge`). The report's `accuracy` section is computed from a complete result.

import { UserError } from '../errors.ts';

export const RESULT_KIND = 'tinygate-accuracy';

export interface EvalResult {
  kind: typeof RESULT_KIND;
  version: 1;
  model: { path: string; sha256: string };
  dataset: { name: string; sha256: string; samples: number };
  /** 1-based shard of n, or null for the whole dataset. */
  shard: { index: number; count: number } | null;
  /** The patch schedule the int8 model ran with, e.g. "split 2, 2x2 patches"; null: per-layer. */
  schedule: string | null;
  /** Samples evaluated here, their labels' class count, and correct top-1 predictions. */
  evaluated: number;
  correct: number;
  /** confusion[label][prediction] = count. */
  confusion: number[][];
  /** Samples whose scheduled output equals the per-layer output byte for byte (null without a schedule). */
  agreeing: number | null;
  /** Correct top-1 predictions of the float model, when one was evaluated. */
  floatCorrect: number | null;
}

/**
 * A result file read back (`tinygate merge`, `eval --report`): every field checked, since a shard
 * comes from another job's artifact. Counts are non-negative integers that add up (the confusion
 * matrix is square and its entries sum to `evaluated`); a shard is 1 ≤ index ≤ count.
 */
export function checkResult(json: unknown, file: string): EvalResult {
  const fail = (what: string): never => {
    throw new UserError(`not a valid tinygate accuracy result: ${what} (write one with \`tinygate eval --out FILE\`)`, file);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const count = (v: unknown, key: string): number => (Number.isSafeInteger(v) && (v as number) >= 0 ? v as number : fail(`\`${key}\` must be a non-negative integer, got ${JSON.stringify(v)}`));
  const text = (v: unknown, key: string): string => (typeof v === 'string' ? v : fail(`\`${key}\` must be a string`));
  if (!isObject(json) || json['kind'] !== RESULT_KIND) fail(`\`kind\` is not "${RESULT_KIND}"`);
  const r = json as Record<string, unknown>;
  if (r['version'] !== 1) fail(`\`version\` ${JSON.stringify(r['version'])} is not 1`);
  const model = isObject(r['model']) ? r['model'] : fail('`model` must be an object');
  const dataset = isObject(r['dataset']) ? r['dataset'] : fail('`dataset` must be an object');
  text(model['path'], 'model.path'); text(model['sha256'], 'model.sha256');
  text(dataset['name'], 'dataset.name'); text(dataset['sha256'], 'dataset.sha256'); count(dataset['samples'], 'dataset.samples');
  const shard = r['shard'];
  if (shard !== null) {
    if (!isObject(shard)) return fail(`\`shard\` must be null or {index, count}, got ${JSON.stringify(shard)}`);
    const n = count(shard['count'], 'shard.count'), i = count(shard['index'], 'shard.index');
    if (i < 1 || i > n) fail(`\`shard\` ${i}/${n} is not 1 ≤ index ≤ count`);
  }
  if (r['schedule'] !== null) text(r['schedule'], 'schedule');
  const evaluated = count(r['evaluated'], 'evaluated');
  if (count(r['correct'], 'correct') > evaluated) fail('`correct` exceeds `evaluated`');
  for (const key of ['agreeing', 'floatCorrect']) if (r[key] !== null && count(r[key], key) > evaluated) fail(`\`${key}\` exceeds \`evaluated\``);
  const confusion = r['confusion'];
  if (!Array.isArray(confusion) || confusion.some((row) => !Array.isArray(row) || row.length !== confusion.length)) fail('`confusion` must be a square matrix');
  let total = 0;
  (confusion as unknown[][]).forEach((row, a) => row.forEach((v, b) => { total += count(v, `confusion[${a}][${b}]`); }));
  if (total !== evaluated) fail(`\`confusion\` holds ${total} samples but \`evaluated\` is ${evaluated}`);
  return json as unknown as EvalResult;
}

/** 1-based `i/n` → {index, count}. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]), count = Number(m?.[2]);
  if (m === null || count < 1 || index < 1 || index > count) throw new UserError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), got \`${text}\``);
  return { index, count };
}

/** Sample positions in shard i of n: every n-th sample from i − 1, so each shard sees every class. */
export function shardIndices(total: number, shard: { index: number; count: number } | null): number[] {
  const all = Array.from({ length: total }, (_, k) => k);
  return shard === null ? all : all.filter((k) => k % shard.count === shard.index - 1);
}

/** Sums the shards of one evaluation; every shard 1..n exactly once. */
export function mergeResults(parts: readonly EvalResult[], sources: readonly string[]): EvalResult {
  if (parts.length === 0) throw new UserError('merge: no results given');
  const first = parts[0]!;
  const count = first.shard?.count ?? 1;
  const seen = new Map<number, string>();
  parts.forEach((p, i) => {
    const src = sources[i] ?? `result ${i + 1}`;
    const differs = (what: string, a: unknown, b: unknown): UserError =>
      new UserError(`${what} differs from ${sources[0]}'s (${String(b)} vs ${String(a)}): these are not shards of one evaluation`, src);
    if (p.model.sha256 !== first.model.sha256) throw differs('the model', first.model.sha256.slice(0, 12), p.model.sha256.slice(0, 12));
    if (p.dataset.sha256 !== first.dataset.sha256) throw differs('the dataset', first.dataset.name, p.dataset.name);
    if (p.schedule !== first.schedule) throw differs('the schedule', first.schedule, p.schedule);
    if ((p.shard?.count ?? 1) !== count) throw differs('the shard count', count, p.shard?.count ?? 1);
    if (p.confusion.length !== first.confusion.length) throw differs('the class count', first.confusion.length, p.confusion.length);
    const index = p.shard?.index ?? 1;
    const again = seen.get(index);
    if (again !== undefined) throw new UserError(`shard ${index}/${count} is given twice (also in ${again})`, src);
    seen.set(index, src);
  });
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new UserError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')} missing`);
  const sum = (f: (p: EvalResult) => number | null): number | null => (parts.some((p) => f(p) === null) ? null : parts.reduce((s, p) => s + f(p)!, 0));
  return {
    ...first,
    shard: null,
    evaluated: sum((p) => p.evaluated)!,
    correct: sum((p) => p.correct)!,
    confusion: first.confusion.map((row, a) => row.map((_, b) => parts.reduce((s, p) => s + p.confusion[a]![b]!, 0))),
    agreeing: sum((p) => p.agreeing),
    floatCorrect: sum((p) => p.floatCorrect),
  };
}

/** The accuracy part of a report (schema: `accuracy`). */
export interface AccuracyReport {
  top1: number;
  samples: number;
  dataset: string;
  agreement?: number;
  floatTop1?: number;
}

/** The report's accuracy section (fractions), from a complete result. */
export function accuracyReport(r: EvalResult): AccuracyReport {
  if (r.shard !== null) throw new UserError(`a single shard (${r.shard.index}/${r.shard.count}) is not the model's accuracy; run \`tinygate merge\` on all shards`);
  const out: AccuracyReport = { top1: r.correct / r.evaluated, samples: r.evaluated, dataset: r.dataset.name };
  if (r.agreeing !== null) out.agreement = r.agreeing / r.evaluated;
  if (r.floatCorrect !== null) out.floatTop1 = r.floatCorrect / r.evaluated;
  return out;
}

/** Human summary: top-1, float and agreement, per-class accuracy, the most frequent confusions. */
export function renderResult(r: EvalResult, classNames: readonly string[] | null = null): string {
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(2)}%`);
  const name = (k: number): string => classNames?.[k] ?? String(k);
  const lines = [
    `${r.model.path} on ${r.dataset.name}${r.shard === null ? '' : ` (shard ${r.shard.index}/${r.shard.count})`}: ${r.evaluated} samples`,
    `  int8 top-1: ${pct(r.correct, r.evaluated)} (${r.correct}/${r.evaluated})${r.schedule === null ? ', per-layer' : `, ${r.schedule}`}`,
  ];
  if (r.floatCorrect !== null) lines.push(`  float top-1: ${pct(r.floatCorrect, r.evaluated)} (${r.floatCorrect}/${r.evaluated}); int8 − float: ${(((r.correct - r.floatCorrect) * 100) / r.evaluated).toFixed(2)} points`);
  if (r.agreeing !== null) lines.push(`  schedule = per-layer, bit for bit: ${r.agreeing}/${r.evaluated} samples${r.agreeing === r.evaluated ? '' : ' (MISMATCH: a scheduling bug; please report it)'}`);
  lines.push('  per class (label: correct/samples):');
  const perClass = r.confusion.map((row, k) => ({ k, total: row.reduce((a, b) => a + b, 0), ok: row[k]! })).filter((c) => c.total > 0);
  lines.push(`    ${perClass.map((c) => `${name(c.k)}: ${c.ok}/${c.total}`).join('  ')}`);
  const confusions = r.confusion.flatMap((row, a) => row.map((n, b) => ({ a, b, n }))).filter((c) => c.a !== c.b && c.n > 0)
    .sort((x, y) => y.n - x.n || x.a - y.a || x.b - y.b).slice(0, 5);
  if (confusions.length > 0) lines.push(`  most confused (label → predicted): ${confusions.map((c) => `${name(c.a)} → ${name(c.b)} ×${c.n}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
