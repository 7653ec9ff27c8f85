// Microcontroller targets: core, clock, memories and the flash path the cost model charges. The
// built-in list is data (targets.json, checked against schema/targets.schema.json like any user
// addition), so adding a board is a data change with its datasheet cited in `source`.

import { UserError } from '../errors.ts';
import { checkName } from '../registry.ts';
import { compileSchema } from '../schema-validation.ts';
import targetsSchema from '../../schema/targets.schema.json' with { type: 'json' };
import builtinTargets from './targets.json' with { type: 'json' };

export type Core = 'cortex-m0plus' | 'cortex-m4' | 'cortex-m7' | 'cortex-m33' | 'cortex-m55' | 'cortex-m85';

export interface FlashPath {
  /** Extra core cycles per flash line read, before an accelerator or cache hides them. */
  readonly waitStates: number;
  readonly lineBytes: number;
  readonly cache: { readonly kind: 'none' | 'prefetch' | 'art' | 'cache'; readonly bytes: number };
}

/** One SRAM block of a target's memory map. */
export interface SramRegion {
  readonly name: string;
  /** Start address in hex; regions without one are never joined with a neighbour. */
  readonly address?: string;
  readonly bytes: number;
}

export interface Target {
  readonly name: string;
  readonly board: string;
  readonly core: Core;
  readonly clockHz: number;
  readonly sramBytes: number;
  /** The SRAM blocks; absent means one block of sramBytes. */
  readonly sramRegions?: readonly SramRegion[];
  readonly flashBytes: number;
  readonly flash: FlashPath;
  readonly source: string;
}

const validator = compileSchema<Target[]>(targetsSchema);

/** Checks a list of targets against the schema; `where` names the file or config key in errors. */
export function parseTargets(value: unknown, where: string): Target[] {
  if (!validator.validate(value)) {
    throw new UserError(`invalid targets: ${validator.errors().join('; ')} (see schema/targets.schema.json)`, where);
  }
  const seen = new Set<string>();
  for (const t of value) {
    if (seen.has(t.name)) throw new UserError(`target \`${t.name}\` is defined twice`, where);
    seen.add(t.name);
  }
  return value;
}

/**
 * The largest arena a runtime can place on the target: an arena is one static array, so it needs
 * one contiguous address range. Regions whose addresses touch (SRAM1 ending where SRAM2 starts)
 * form one range; separate blocks (the H743's DTCM, AXI SRAM and SRAM4) do not add up.
 */
export function largestArenaBytes(target: Target): number {
  const regions = target.sramRegions;
  if (regions === undefined) return target.sramBytes;
  const placed = regions.filter((r) => r.address !== undefined).map((r) => ({ start: parseInt(r.address!, 16), bytes: r.bytes }))
    .sort((a, b) => a.start - b.start);
  let best = Math.max(0, ...regions.filter((r) => r.address === undefined).map((r) => r.bytes));
  let runStart = -1;
  let runEnd = -1;
  for (const r of placed) {
    if (r.start === runEnd) runEnd += r.bytes;
    else { runStart = r.start; runEnd = r.start + r.bytes; }
    best = Math.max(best, runEnd - runStart);
  }
  return best;
}

/**
 * Our own data, so not schema-checked at import (compiling the schema was most of the CLI's
 * start-up); test/mcu/targets.test.ts checks it with parseTargets.
 */
export const BUILTIN_TARGETS: readonly Target[] = builtinTargets as Target[];

/** The built-in targets plus the user's, a user target replacing a built-in one of the same name. */
export function allTargets(userTargets: readonly Target[] = []): Target[] {
  const names = new Set(userTargets.map((t) => t.name));
  return [...BUILTIN_TARGETS.filter((t) => !names.has(t.name)), ...userTargets];
}

/**
 * Looks targets up by their exact name; an unknown name (also one in another case) is a user error
 * naming `where` it came from, the closest name and the known ones.
 */
export function findTargets(names: readonly string[], available: readonly Target[] = BUILTIN_TARGETS, where = 'the target list'): Target[] {
  const known = available.map((x) => x.name);
  return names.map((name) => available[known.indexOf(checkName(name, known, 'target', where))]!);
}

/** Names from an input, flag or config key (`where`), checked against the built-in targets and the user's boards. */
export function checkTargets(names: readonly string[], userTargets: readonly Target[], where: string): Target[] {
  return findTargets(names, allTargets(userTargets), where);
}
