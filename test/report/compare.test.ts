// compareReports and renderComparison on real reports of the fixture models, with the optional
// sections later stages add (schedules, targets, accuracy) attached by hand.
import { describe, expect, test } from 'vitest';
import { analyzeModelBytes } from '../../src/pipeline.ts';
import { compareReports, type CompareInput, type ModelSettings } from '../../src/report/compare.ts';
import { commentMarker, escapeMarkdown, renderComparison } from '../../src/report/markdown.ts';
import type { Report } from '../../src/report/report.ts';
import { models } from '../github/test-models.ts';

const settings = (over: Partial<ModelSettings> = {}): ModelSettings => ({ targets: ['stm32f746'], runtime: 'tflm', schedule: 'auto', budgets: {}, thresholds: {}, ...over });

/** A report as the first schema version wrote it (no plans or targets), plus `extra`. */
function report(path: string, bytes: Uint8Array, extra: object = {}): Report {
  const { schedules: _plans, targets: _targets, ...base } = analyzeModelBytes(path, bytes);
  return { ...base, ...extra } as Report;
}

/** tflm per layer; TinyEngine 1,000 B lower per layer and `patch` in 3×3 patches; latency under tflm only. */
const grown = (perLayer: number, patch: number, latencyMs: number, top1: number, fits = true) => ({
  schedules: [
    { kind: 'per-layer', runtime: 'tflm', arenaBytes: perLayer, scratchBytes: 0, peakSramBytes: perLayer, activationPeakBytes: perLayer },
    { kind: 'per-layer', runtime: 'tinyengine', arenaBytes: perLayer - 1000, scratchBytes: 0, peakSramBytes: perLayer - 1000, activationPeakBytes: perLayer - 1000 },
    { kind: 'patch', runtime: 'tinyengine', arenaBytes: patch, scratchBytes: 0, peakSramBytes: patch, activationPeakBytes: patch, split: 8, patches: [3, 3] },
  ],
  targets: [{ name: 'stm32f746', runtime: 'tflm', cycles: latencyMs * 216_000, latencyMs, errorPct: 8, fits, flashBytes: 100_000, sramBytes: perLayer }],
  accuracy: { top1, samples: 500, dataset: 'synthetic', agreement: 1 },
});

const input = (base: Report[] | null, head: Report[], over: Partial<CompareInput> = {}): CompareInput => ({
  base, head, baseline: base === null ? { kind: 'missing', reason: 'lookup failed' } : { kind: 'found' },
  settingsFor: () => settings(), failOn: 'budget', ...over,
});
const md = (c: ReturnType<typeof compareReports>, limit?: number) =>
  renderComparison(c, { marker: commentMarker('k'), baseLabel: 'merge base `abc1234`', ...(limit === undefined ? {} : { limit }) });

describe('compareReports', () => {
  test('a report without schedules, targets or accuracy shows them as — and never as 0', () => {
    const c = compareReports(input([report('m.tflite', models.base)], [report('m.tflite', models.wide)]));
    const row = c.models[0]!.rows[0]!;
    expect(row.metrics.latency).toEqual({ base: null, head: null, delta: null, relative: null, status: 'none' });
    expect(row.metrics.accuracy.head).toBeNull();
    expect(c.models[0]!.sramIsIdeal).toBe(true);
    const line = md(c).split('\n').find((l) => l.startsWith('| `m.tflite`'))!;
    const cells = line.split('|').slice(1, -1).map((s) => s.trim());
    expect(cells.slice(4)).toEqual([expect.stringContaining('→'), expect.stringContaining('→'), '—', '—', '✅ ok']);
    expect(cells[2]).toBe('ideal ¹');
    expect(cells[3]).toContain('¹');
  });

  test('every figure of a row is the one runtime\'s (default tflm), never the lowest of any runtime', () => {
    const c = compareReports(input(
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))],
      [report('m.tflite', models.wide, grown(44_000, 21_000, 52, 0.9))],
    ));
    const row = c.models[0]!.rows[0]!;
    const m = row.metrics;
    // tflm's arena, although TinyEngine's per-layer (43,000) and patch (21,000) peaks are lower.
    expect([m.sram.base, m.sram.head]).toEqual([40_000, 44_000]);
    expect([m.latency.base, m.latency.head, m.flash.head, row.latencyErrorPct]).toEqual([50, 52, 100_000, 8]);
    expect(row.gated).toEqual({ runtime: 'tflm', kind: 'per-layer', patches: null, split: null });
    expect(m.accuracy.status).toBe('ok');
    expect(c.models[0]!.sramIsIdeal).toBe(false);
    // The other runtime's figures are advisory.
    expect(c.models[0]!.advisory.map((a) => [a.runtime, a.kind, a.peakSramBytes])).toEqual([['tinyengine', 'per-layer', 43_000], ['tinyengine', 'patch', 21_000]]);
    const text = md(c);
    expect(text).toContain('with TinyEngine per layer: 42.0 KiB; with TinyEngine in 3×3 patches: 20.5 KiB');
    expect(text).toContain('| `tflm` per-layer |');
    expect(text).toContain('50.00 ms → 52.00 ms ±8%<br>+2.00 ms (+4.0%)');

    // TinyEngine under auto takes its lower schedule, the patch one; it has no latency in these reports.
    const te = compareReports(input([report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))], [report('m.tflite', models.wide, grown(44_000, 21_000, 52, 0.9))], {
      settingsFor: () => settings({ runtime: 'tinyengine' }),
    }));
    const teRow = te.models[0]!.rows[0]!;
    expect([teRow.metrics.sram.base, teRow.metrics.sram.head, teRow.metrics.latency.head]).toEqual([20_000, 21_000, null]);
    expect(md(te)).toContain('| `tinyengine` patch 3×3 after op 8 |');
  });

  test('base and head are never measured two ways: a figure only one side has shows — on the other', () => {
    const c = compareReports(input([report('m.tflite', models.base)], [report('m.tflite', models.wide, grown(44_000, 21_000, 52, 0.9))]));
    const m = c.models[0]!.rows[0]!.metrics;
    expect([m.sram.base, m.sram.head, m.sram.delta]).toEqual([null, 44_000, null]);
    expect([m.flash.base, m.flash.head]).toEqual([null, 100_000]);
    expect(c.models[0]!.sramIsIdeal).toBe(false);
    expect(c.findings).toEqual([]);
  });

  test('the SRAM budget applies to the runtime\'s chosen schedule, with the headroom in the comment', () => {
    const run = (schedule: ModelSettings['schedule'], runtime: ModelSettings['runtime'] = 'tflm') => compareReports(input(
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))],
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))],
      { settingsFor: () => settings({ runtime, schedule, budgets: { sramBytes: 30_000 } }) },
    ));
    // 40,000 B = 39.1 KiB against 30,000 B = 29.3 KiB: over by 10,000 B = 9.8 KiB.
    const tflm = run('auto');
    expect(tflm.findings).toEqual([{ level: 'error', kind: 'budget', model: 'm.tflite', target: 'stm32f746', message: 'peak SRAM (tflm, per-layer) 39.1 KiB of 29.3 KiB: over by 9.8 KiB' }]);
    expect(md(tflm)).toContain('- `m.tflite` on `stm32f746`: ❌ peak SRAM (tflm, per-layer) 39.1 KiB of 29.3 KiB: over by 9.8 KiB');
    expect(run('per-layer').verdict).toBe('fail');
    const te = run('auto', 'tinyengine');
    expect(te.verdict).toBe('pass');
    expect(md(te)).toContain('✅ peak SRAM (tinyengine, patch 3×3 after op 8) 19.5 KiB of 29.3 KiB: 9.8 KiB left');
    expect(run('patch', 'tinyengine').verdict).toBe('pass');
    expect(run('per-layer', 'tinyengine').findings.map((f) => f.message)).toEqual(['peak SRAM (tinyengine, per-layer) 38.1 KiB of 29.3 KiB: over by 8.8 KiB']);
  });

  test('a budget that cannot be evaluated is a failing finding that says why', () => {
    const run = (over: Partial<ModelSettings>, headExtra: object = grown(40_000, 20_000, 50, 0.9)) => compareReports(input(
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))], [report('m.tflite', models.base, headExtra)],
      { settingsFor: () => settings(over) },
    ));
    const tflmPatch = run({ schedule: 'patch', budgets: { sramBytes: 1 << 20 } });
    expect(tflmPatch.verdict).toBe('fail');
    expect(tflmPatch.findings.map((f) => f.message)).toEqual([
      'cannot gate runtime `tflm` with schedule `patch`: `tflm` runs per layer only and has no patch schedule (runtimes with one: tinyengine, tinygate, paper)',
    ]);
    const noPatch = run({ runtime: 'tinyengine', schedule: 'patch' }, { ...grown(40_000, 20_000, 50, 0.9), schedules: grown(40_000, 20_000, 50, 0.9).schedules.slice(0, 2) });
    expect(noPatch.findings.map((f) => f.message)).toEqual(['cannot gate runtime `tinyengine` with schedule `patch`: no patch schedule of `tinyengine` for this model: no legal split lowers its peak SRAM']);
    const tinygate = run({ runtime: 'tinygate', schedule: 'per-layer', budgets: { latencyMs: 100 } }, {
      ...grown(40_000, 20_000, 50, 0.9), schedules: [{ kind: 'per-layer', runtime: 'tinygate', arenaBytes: 9, scratchBytes: 0, peakSramBytes: 9, activationPeakBytes: 9 }],
    });
    expect(tinygate.findings.map((f) => [f.level, f.message])).toEqual([['error', 'latency budget not evaluated: `tinygate` is a memory plan only and has no latency']]);
    const otherTarget = run({ targets: ['nrf5340'], budgets: { latencyMs: 100 } });
    expect(otherTarget.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^latency budget not evaluated: the report has no `tflm, per-layer` latency on `nrf5340`/)]);
  });

  test('a target that does not fit breaks the budget', () => {
    const c = compareReports(input(null, [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9, false))], { baseline: { kind: 'found' }, base: [] }));
    expect(c.findings.map((f) => f.message)).toEqual(['does not fit in stm32f746\'s memory under tflm, per-layer (needs 39.1 KiB SRAM and 97.7 KiB flash)']);
    expect(c.models[0]!.change).toBe('new');
  });

  test('threshold regressions warn under fail-on budget, fail under regression, and nothing fails under never', () => {
    const thresholds = { macs: { relative: 0.05 }, accuracy: { absolute: 0.5 } };
    const make = (failOn: CompareInput['failOn'], headTop1: number) => compareReports(input(
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))],
      [report('m.tflite', models.base, grown(40_000, 20_000, 50, headTop1))],
      { failOn, settingsFor: () => settings({ thresholds }) },
    ));
    // 0.9 → 0.894 is −0.6 points: beyond −0.5. 0.9 → 0.896 is −0.4: within.
    expect(make('budget', 0.896).findings).toEqual([]);
    const warned = make('budget', 0.894);
    expect(warned.verdict).toBe('pass');
    expect(warned.findings.map((f) => [f.level, f.kind])).toEqual([['warning', 'regression']]);
    expect(warned.findings[0]!.message).toBe('top-1 accuracy went from 90% to 89.4% (-0.6 points), beyond the accuracy threshold -0.5 points');
    expect(make('regression', 0.894).verdict).toBe('fail');
    const never = compareReports(input(null, [report('m.tflite', models.base)], { failOn: 'never' }));
    expect(never.verdict).toBe('pass');
    expect(never.findings.map((f) => f.level)).toEqual(['warning']);
    const wide = compareReports(input([report('m.tflite', models.base)], [report('m.tflite', models.wide)], { failOn: 'regression', settingsFor: () => settings({ thresholds }) }));
    expect(wide.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^MACs went from [\d,]+ to [\d,]+ \(\+\d+\.\d%\), beyond the macs threshold \+5%$/)]);
  });

  test('a missing baseline fails and marks every model as having none', () => {
    const c = compareReports(input(null, [report('m.tflite', models.base)]));
    expect(c.verdict).toBe('fail');
    expect(c.models.map((m) => m.change)).toEqual(['no-baseline']);
    expect(c.findings[0]!.message).toBe('no baseline: lookup failed');
  });

  test('unchanged bytes are marked unchanged and get no layer details', () => {
    const c = compareReports(input([report('m.tflite', models.base)], [report('m.tflite', models.base)]));
    expect(c.models[0]!.change).toBe('unchanged');
    expect(c.models[0]!.profile).toBeNull();
    expect(md(c)).not.toContain('xychart-beta');
  });
});

describe('renderComparison', () => {
  test('the same reports in any order give byte-identical markdown', () => {
    const base = [report('a.tflite', models.base), report('b.tflite', models.other)];
    const head = [report('b.tflite', models.wide), report('a.tflite', models.wide)];
    const one = md(compareReports(input(base, head)));
    const two = md(compareReports(input([...base].reverse(), [...head].reverse())));
    expect(one).toBe(two);
    expect(one.indexOf('`a.tflite`')).toBeLessThan(one.indexOf('`b.tflite`'));
  });

  test('a hostile model path cannot break out of its code span, its table row or its line', () => {
    const path = 'm`](https://evil)|x\n@someone.tflite';
    const text = md(compareReports(input([report(path, models.base)], [report(path, models.wide)])));
    const rows = text.split('\n').filter((l) => l.includes('evil'));
    expect(rows.every((l) => l.includes('`m?](https://evil)\\|x?@someone.tflite`'))).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect(text).not.toContain('\n@someone');
  });

  test('draws per-layer SRAM against the patch peak of the gated runtime for changed models', () => {
    const c = compareReports(input([report('m.tflite', models.base, grown(40_000, 20_000, 50, 0.9))], [report('m.tflite', models.wide, grown(44_000, 21_000, 52, 0.9))], {
      settingsFor: () => settings({ runtime: 'tinyengine' }),
    }));
    const chart = /```mermaid\n(xychart-beta[\s\S]*?)```/.exec(md(c))![1]!;
    const lines = chart.split('\n').filter((l) => l.trim().startsWith('line'));
    expect(lines).toEqual([expect.stringContaining('42.0'), expect.stringContaining('20.5')]); // 43,000 B and 21,000 B in KiB
    expect(chart).toContain('bar [');
  });

  test('a long comparison keeps the summary for every model, drops details, says so, and fits the limit', () => {
    const paths = Array.from({ length: 40 }, (_, i) => `models/m${String(i).padStart(2, '0')}.tflite`);
    const c = compareReports(input(paths.map((p) => report(p, models.base)), paths.map((p) => report(p, models.wide))));
    const full = md(c);
    const cut = md(c, 12_000);
    expect(full.length).toBeGreaterThan(12_000);
    expect(cut.length).toBeLessThanOrEqual(12_000);
    for (const p of paths) expect(cut).toContain(`| \`${p}\` (changed)`);
    expect(cut).toMatch(/Layer details of \d+ model\(s\) left out to stay under GitHub's 65,536-character comment limit/);
    expect(cut.startsWith(commentMarker('k'))).toBe(true);
  });

  test('text from reports and files is inert: no mention, image, HTML, comment, code span or cell break survives', () => {
    const hostile = '@everyone ![x](https://e.example/i.png) <!-- hide | `tick` <img src=x> **b** _i_ #1 \\';
    const escaped = escapeMarkdown(hostile);
    expect(escaped.replace(/&#\d+;/g, '')).not.toMatch(/[@<>`|!*_#[\]&\\]/);
    // Readers see the same characters: every one is a numeric character reference.
    expect(escaped.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))).toBe(hostile);
    const c = compareReports(input(null, [report('m.tflite', models.base)], { baseline: { kind: 'missing', reason: `the artifact says ${hostile}` } }));
    const text = md(c);
    expect(text.split('<!--')).toHaveLength(2); // the marker's only
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('![x]');
    expect(text).toContain('no baseline: the artifact says &#64;everyone');
  });

  test('a cut keeps the verdict and every finding, and leaves no code span, fence, details block or comment open', () => {
    const paths = Array.from({ length: 30 }, (_, i) => `models/m${String(i).padStart(2, '0')}\`x.tflite`);
    const c = compareReports(input(paths.map((p) => report(p, models.base)), paths.map((p) => report(p, models.wide)), {
      failOn: 'regression', settingsFor: () => settings({ thresholds: { macs: { relative: 0 } } }),
    }));
    expect(c.findings).toHaveLength(30);
    for (const limit of [6_000, 20_000]) {
      const text = md(c, limit);
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text.startsWith(commentMarker('k'))).toBe(true);
      expect(text).toContain('### tinygate: ❌ fail');
      for (const p of paths) expect(text).toContain(`\`${p.replace('`', '?')}\` on \`stm32f746\`: MACs went from`);
      expect(text.split('<!--')).toHaveLength(2);
      expect(text.split('```').length % 2).toBe(1);
      expect(text.split('<details>').length).toBe(text.split('</details>').length);
      for (const line of text.split('\n').filter((l) => !l.startsWith('```'))) expect(line.split('`').length % 2, line).toBe(1);
      expect(text).toMatch(/left out to stay under GitHub's 65,536-character comment limit/);
    }
    // Findings alone longer than the limit: whole lines, and a count of the rest.
    const tiny = md(c, 1_500);
    expect(tiny.length).toBeLessThanOrEqual(1_500);
    expect(tiny).toMatch(/…and \d+ more finding\(s\): the annotations and the report JSON have them all\.\n$/);
  });
});
