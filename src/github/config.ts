// The config file (YAML or JSON, schema/config.schema.json) and how it combines with the action
// inputs into one ModelSettings per model. Errors name the file, the line and the key, and suggest
// the key that was probably meant.

import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import type { Budgets, FailOn, ModelSettings, ScheduleChoice } from '../report/compare.ts';
import { parseTargets, type Target } from '../mcu/targets.ts';
import { compileSchema } from '../schema-validation.ts';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import { matchesGlob } from './glob.ts';
import { parseBytes, parseMilliseconds, parseThreshold, type Threshold, type ThresholdMetric } from '../units.ts';

/** What applies to every model unless its config entry says otherwise (action inputs, CLI flags). */
export interface GateOptions {
  targets: string[];
  runtime?: string;
  schedule: ScheduleChoice;
  budgets: Budgets;
  thresholds: Partial<Record<ThresholdMetric, Threshold>>;
  failOn: FailOn;
}

export interface ConfigEntry {
  path: string;
  dataset?: string;
  targets?: string[];
  runtime?: string;
  schedule?: ScheduleChoice;
  budgets: Budgets;
  thresholds: Partial<Record<ThresholdMetric, Threshold>>;
}

export interface Config {
  source: string;
  models: ConfigEntry[];
  /** User-defined targets (`boards:`), checked against schema/targets.schema.json. */
  boards: Target[];
}

interface RawEntry {
  path: string; dataset?: string; targets?: string[]; runtime?: string; schedule?: ScheduleChoice;
  budgets?: { sram?: string | number; flash?: string | number; latency?: string };
  thresholds?: Partial<Record<ThresholdMetric, string | number>>;
}
interface RawConfig { models?: RawEntry[]; boards?: unknown[] }

const validator = compileSchema<RawConfig>(configSchema);

export function parseConfig(text: string, source: string): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  // The line of a key (for a map entry) or of the item (in a list): where the user has to look.
  const at = (path: (string | number)[]): string => {
    const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const key = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1))?.key : undefined;
    const node = (key ?? doc.getIn(path, true)) as { range?: [number, number, number] } | undefined;
    return node?.range === undefined ? source : `${source}:${lines.linePos(node.range[0]).line}`;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new UserError(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), e.linePos === undefined ? source : `${source}:${e.linePos[0].line}`);
  }
  const value: unknown = doc.toJS() ?? {};
  if (!validator.validate(value)) {
    const issue = validator.issues()[0]!;
    const path = issue.path.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const keyPath = issue.unknownKey === undefined ? path : [...path, issue.unknownKey];
    const hint = issue.unknownKey === undefined ? '' : didYouMean(issue.unknownKey);
    throw new UserError(`${describePath(path)}${issue.message}${hint} (valid example: models: [{ path: "models/*.tflite", budgets: { sram: 256KiB } }])`, at(keyPath));
  }
  const models = (value.models ?? []).map((raw, i): ConfigEntry => {
    const unit = <T>(key: (string | number)[], parse: () => T): T => {
      try {
        return parse();
      } catch (e) {
        throw new UserError(`${describePath(['models', i, ...key])}${(e as Error).message}`, at(['models', i, ...key]));
      }
    };
    const budgets: Budgets = {};
    const b = raw.budgets ?? {};
    if (b.sram !== undefined) budgets.sramBytes = unit(['budgets', 'sram'], () => parseBytes(String(b.sram)));
    if (b.flash !== undefined) budgets.flashBytes = unit(['budgets', 'flash'], () => parseBytes(String(b.flash)));
    if (b.latency !== undefined) budgets.latencyMs = unit(['budgets', 'latency'], () => parseMilliseconds(b.latency!));
    const thresholds: Partial<Record<ThresholdMetric, Threshold>> = {};
    for (const [metric, text] of Object.entries(raw.thresholds ?? {}) as [ThresholdMetric, string | number][]) {
      thresholds[metric] = unit(['thresholds', metric], () => parseThreshold(metric, String(text)));
    }
    return {
      path: raw.path,
      ...(raw.dataset === undefined ? {} : { dataset: raw.dataset }),
      ...(raw.targets === undefined ? {} : { targets: raw.targets }),
      ...(raw.runtime === undefined ? {} : { runtime: raw.runtime }),
      ...(raw.schedule === undefined ? {} : { schedule: raw.schedule }),
      budgets, thresholds,
    };
  });
  return { source, models, boards: value.boards === undefined ? [] : parseTargets(value.boards, at(['boards'])) };
}

/** The first config entry whose path (a path or a glob) matches a model. */
export function configEntryFor(config: Config | null, modelPath: string): ConfigEntry | undefined {
  return config?.models.find((e) => matchesGlob(modelPath, e.path));
}

/** The first config entry whose path matches a model, over the gate options. */
export function settingsResolver(options: GateOptions, config: Config | null): (modelPath: string) => ModelSettings {
  return (modelPath) => {
    const entry = configEntryFor(config, modelPath);
    const runtime = entry?.runtime ?? options.runtime;
    return {
      targets: entry?.targets ?? options.targets,
      ...(runtime === undefined ? {} : { runtime }),
      schedule: entry?.schedule ?? options.schedule,
      budgets: { ...options.budgets, ...entry?.budgets },
      thresholds: { ...options.thresholds, ...entry?.thresholds },
    };
  };
}

/** Globs the config adds to the models input, so a model listed only in the config is still analyzed. */
export function configGlobs(config: Config | null): string[] {
  return config?.models.map((e) => e.path) ?? [];
}

function describePath(path: (string | number)[]): string {
  return path.length === 0 ? '' : `\`${path.map(String).join('.')}\`: `;
}

const KNOWN_KEYS = collectKeys(configSchema);

function collectKeys(schema: unknown, out = new Set<string>()): string[] {
  if (schema !== null && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties') Object.keys(v as object).forEach((key) => out.add(key));
      collectKeys(v, out);
    }
  }
  return [...out].sort();
}

/** The known key within edit distance 2, e.g. `budgts` → `budgets`. */
function didYouMean(key: string): string {
  const best = KNOWN_KEYS.map((k) => ({ k, d: editDistance(key, k) })).sort((a, b) => a.d - b.d)[0];
  return best !== undefined && best.d <= 2 ? ` (did you mean \`${best.k}\`?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
