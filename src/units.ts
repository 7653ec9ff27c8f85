// Parsing of the human units budgets and thresholds are written in (`256KiB`, `120ms`, `+5%`).
// A bad value throws a plain Error naming what was expected; callers add the key and the file.

/** How much worse than the baseline counts as a regression: a fraction of the base, or an amount. */
export type Threshold = { relative: number } | { absolute: number };
export type ThresholdMetric = 'sram' | 'flash' | 'macs' | 'latency' | 'accuracy';

const BYTE_UNITS: Record<string, number> = {
  b: 1, kb: 1000, kib: 1024, mb: 1000 ** 2, mib: 1024 ** 2, gb: 1000 ** 3, gib: 1024 ** 3,
};
const MS_UNITS: Record<string, number> = { us: 0.001, 'µs': 0.001, ms: 1, s: 1000 };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;

/** `256KiB`, `1 MiB`, `512kB`, `300000` (bytes) → bytes. KiB/MiB are binary, kB/MB decimal. */
export function parseBytes(text: string): number {
  const m = new RegExp(`^${NUMBER}\\s*([a-z]*)$`, 'i').exec(text.trim());
  const factor = m === null ? undefined : m[2] === '' ? 1 : BYTE_UNITS[m[2]!.toLowerCase()];
  if (m === null || factor === undefined) throw new Error(`\`${text}\` is not a size (examples: 256KiB, 1MiB, 64000)`);
  return Math.round(Number(m[1]) * factor);
}

/** `120ms`, `0.5s`, `800us` → milliseconds. A bare number is not accepted: its unit would be a guess. */
export function parseMilliseconds(text: string): number {
  const m = new RegExp(`^${NUMBER}\\s*([a-zµ]+)$`, 'i').exec(text.trim());
  const factor = m === null ? undefined : MS_UNITS[m[2]!.toLowerCase()];
  if (m === null || factor === undefined) throw new Error(`\`${text}\` is not a duration (examples: 120ms, 0.5s, 800us)`);
  return Number(m[1]) * factor;
}

export const THRESHOLD_METRICS: readonly ThresholdMetric[] = ['sram', 'flash', 'macs', 'latency', 'accuracy'];

/**
 * `+5%` for every metric; `+2KiB` (sram, flash), `+1000` (macs), `+2ms` (latency); accuracy is in
 * percentage points and worsens downwards, so it is written `-0.5` (or `-0.5pp`).
 */
export function parseThreshold(metric: ThresholdMetric, text: string): Threshold {
  const t = text.trim();
  const sign = metric === 'accuracy' ? '-' : '+';
  const body = t.startsWith(sign) ? t.slice(1) : t;
  if (/^[+-]/.test(body)) {
    throw new Error(`\`${text}\`: ${metric} worsens when it ${sign === '+' ? 'grows' : 'drops'}, so its threshold is written with \`${sign}\` (example: ${example(metric)})`);
  }
  const pct = new RegExp(`^${NUMBER}%$`).exec(body);
  if (pct !== null) return { relative: Number(pct[1]) / 100 };
  try {
    if (metric === 'sram' || metric === 'flash') return { absolute: parseBytes(body) };
    if (metric === 'latency') return { absolute: parseMilliseconds(body) };
    const n = new RegExp(`^${NUMBER}${metric === 'accuracy' ? '(?:pp)?' : ''}$`).exec(body);
    if (n !== null) return { absolute: Number(n[1]) };
  } catch {
    // fall through to the one message that shows a valid example
  }
  throw new Error(`\`${text}\` is not a ${metric} threshold (example: ${example(metric)})`);
}

function example(metric: ThresholdMetric): string {
  return { sram: '+0% or +2KiB', flash: '+1% or +4KiB', macs: '+5%', latency: '+5% or +2ms', accuracy: '-0.5 (percentage points)' }[metric];
}

/** `macs=+5%,latency=+5%,sram=+0%,accuracy=-0.5` → thresholds by metric. */
export function parseThresholdList(text: string): Partial<Record<ThresholdMetric, Threshold>> {
  const out: Partial<Record<ThresholdMetric, Threshold>> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq).trim();
    if (eq < 0 || !(THRESHOLD_METRICS as readonly string[]).includes(key)) {
      throw new Error(`\`${part}\`: expected METRIC=LIMIT with METRIC one of ${THRESHOLD_METRICS.join(', ')} (example: macs=+5%,sram=+0%,accuracy=-0.5)`);
    }
    out[key as ThresholdMetric] = parseThreshold(key as ThresholdMetric, part.slice(eq + 1));
  }
  return out;
}
