// The config file (YAML or JSON, schema/config.schema.json) and how it combines with the action
// inputs into one ModelSettings per model. Errors name the file, the line and the key, and suggest
// the key that was probably meant.

import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { checkRuntime, checkSchedule, closest, type Runtime } from '../registry.ts';
import type { Budgets, FailOn, ModelSettings, ScheduleChoice } from '../report/compare.ts';
import { checkTargets, parseTargets, type Target } from '../mcu/targets.ts';
import { compileSchema } from '../schema-validation.ts';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import { compileGlob, type Glob } from './glob.ts';
import { parseBytes, parseMilliseconds, parseThreshold, type Threshold, type ThresholdMetric } from '../units.ts';

/** What applies to every model unless its config entry says otherwise (action inputs, CLI flags). */
export interface GateOptions {
  targets: string[];
  runtime: Runtime;
  schedule: ScheduleChoice;
  budgets: Budgets;
  thresholds: Partial<Record<ThresholdMetric, Threshold>>;
  failOn: FailOn;
}

export interface ConfigEntry {
  path: string;
  /** `path` compiled; `where` names the file, line and key, for a pattern that matches nothing. */
  glob: Glob;
  dataset?: string;
  targets?: string[];
  runtime?: Runtime;
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
  path: string; dataset?: string; targets?: string[]; runtime?: string; schedule?: string;
  budgets?: { sram?: string | number; flash?: string | number; latency?: string };
  thresholds?: Partial<Record<ThresholdMetric, string | number>>;
}
interface RawConfig { models?: RawEntry[]; boards?: unknown[] }

const validator = compileSchema<RawConfig>(configSchema);

/**
 * Alias expansions a config may make. yaml's default (100) stops real configs that share budget
 * blocks between many models; the cap still stops a "billion laughs" document.
 */
const MAX_ALIAS_COUNT = 10_000;

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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (e) {
    // yaml throws a ReferenceError for an alias it cannot or will not expand.
    throw new UserError(`YAML aliases: ${(e as Error).message} (at most ${MAX_ALIAS_COUNT} alias expansions)`, source);
  }
  checkNames(value, at);
  if (!validator.validate(value)) {
    const issue = validator.issues()[0]!;
    const path = issue.path.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const keyPath = issue.unknownKey === undefined ? path : [...path, issue.unknownKey];
    const guess = issue.unknownKey === undefined ? undefined : closest(issue.unknownKey, KNOWN_KEYS);
    const hint = guess === undefined ? '' : ` (did you mean \`${guess}\`?)`;
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
      glob: compileGlob(raw.path, `${at(['models', i, 'path'])}: \`models.${i}.path\``),
      ...(raw.dataset === undefined ? {} : { dataset: raw.dataset }),
      ...(raw.targets === undefined ? {} : { targets: raw.targets }),
      ...(raw.runtime === undefined ? {} : { runtime: raw.runtime as Runtime }),
      ...(raw.schedule === undefined ? {} : { schedule: raw.schedule as ScheduleChoice }),
      budgets, thresholds,
    };
  });
  const boards = value.boards === undefined ? [] : parseTargets(value.boards, at(['boards']));
  models.forEach((m, i) => m.targets?.forEach((t, j) => checkTargets([t], boards, `${at(['models', i, 'targets', j])}: \`models.${i}.targets\``)));
  return { source, models, boards };
}

/**
 * Runtime and schedule names, checked before the schema so that a typo gets the registry's message
 * (the allowed names and the closest one) with its line, not the schema's "must be one of".
 */
function checkNames(value: unknown, at: (path: (string | number)[]) => string): void {
  const models = (value as { models?: unknown }).models;
  if (!Array.isArray(models)) return;
  models.forEach((m: unknown, i) => {
    if (m === null || typeof m !== 'object') return;
    const { runtime, schedule } = m as { runtime?: unknown; schedule?: unknown };
    if (typeof runtime === 'string') checkRuntime(runtime, `${at(['models', i, 'runtime'])}: \`models.${i}.runtime\``);
    if (typeof schedule === 'string') checkSchedule(schedule, `${at(['models', i, 'schedule'])}: \`models.${i}.schedule\``);
  });
}

/** The first config entry whose path (a path or a glob) matches a model. */
export function configEntryFor(config: Config | null, modelPath: string): ConfigEntry | undefined {
  return config?.models.find((e) => (e.glob.negated ? !e.glob.test(modelPath) : e.glob.test(modelPath)));
}

/** The first config entry whose path matches a model, over the gate options. */
export function settingsResolver(options: GateOptions, config: Config | null): (modelPath: string) => ModelSettings {
  return (modelPath) => {
    const entry = configEntryFor(config, modelPath);
    return {
      targets: entry?.targets ?? options.targets,
      runtime: entry?.runtime ?? options.runtime,
      schedule: entry?.schedule ?? options.schedule,
      budgets: { ...options.budgets, ...entry?.budgets },
      thresholds: { ...options.thresholds, ...entry?.thresholds },
    };
  };
}

/** Globs the config adds to the models input, so a model listed only in the config is still analyzed. */
export function configGlobs(config: Config | null): Glob[] {
  return config?.models.map((e) => e.glob) ?? [];
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
