// The calibration criteria, recomputed from the board measurements at test time: the MLPerf Tiny
// CSV was produced by the submitters' boards, not by us. The only fitted numbers are one term per
// (round, board), fitted on that board's kws row (cycles per predicted instruction on M4/M33, a
// factor on instruction-mix cycles on M85); every check below is on other rows or other boards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../src/mcu/board-terms.ts';
import { calibrate, calibrationData, calibrationRows, measuredRows, parseCsv, type CalibrationResult } from '../../src/mcu/calibration.ts';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { readSharedModel, sharedDataPath, sharedModelsPresent } from '../support/shared-models.ts';

const CSV = 'mlperf_tiny_closed_results_mcu.csv';

function run(): CalibrationResult {
  const rows = measuredRows(readFileSync(sharedDataPath(CSV), 'utf8'));
  return calibrate(calibrationRows(rows, (file) => readTflite(readSharedModel(file), file)));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe.skipIf(!sharedModelsPresent)('calibration against MLPerf Tiny board measurements', () => {
  const result = run();
  const heldOut = result.predictions.filter((p) => p.use === 'held-out' && p.row.round !== 'v0.5'
    && (p.row.target.core === 'cortex-m4' || p.row.target.core === 'cortex-m33'));

  it('reads all 213 rows of the CSV', () => {
    expect(parseCsv(readFileSync(sharedDataPath(CSV), 'utf8'))).toHaveLength(213);
  });

  it('holds out every non-kws TFLM/microTVM+CMSIS-NN row of the M4 and M33 boards (v0.7+)', () => {
    expect(heldOut.every((p) => p.row.benchmark !== 'kws')).toBe(true);
    expect(new Set(heldOut.map((p) => p.row.target.name))).toEqual(new Set(['stm32l4r5', 'ra6m4', 'nrf5340']));
    expect(heldOut.length).toBeGreaterThanOrEqual(9);
  });

  it('held-out error on M4 and M33: median |error| ≤ 15 %, max ≤ 35 %', () => {
    const abs = heldOut.map((p) => Math.abs(p.errorPct));
    expect(median(abs)).toBeLessThanOrEqual(15);
    expect(Math.max(...abs)).toBeLessThanOrEqual(35);
  });

  // Cortex-M4 and M33 issue one instruction per cycle at best, so a fitted CPI below 1 would mean the
  // instruction counts are too high; above 2 they would miss most of the work.
  it('M4 and M33 boards are predicted from instructions × a cycles-per-instruction between 1 and 2', () => {
    const dsp = result.terms.filter((t) => t.target !== 'ra8d1');
    expect(dsp.length).toBe(3);
    expect(dsp.every((t) => t.basis === 'instructions' && t.cpiFactor > 1 && t.cpiFactor < 2)).toBe(true);
  });

  it('a board without its own fit (median term of the other boards) stays within 40 % on M4/M33 rows', () => {
    const abs = result.predictions.filter((p) => p.row.round !== 'v0.5' && /m(4|33)$/.test(p.row.target.core)).map((p) => Math.abs(p.transferErrorPct));
    expect(median(abs)).toBeLessThanOrEqual(15);
    expect(Math.max(...abs)).toBeLessThanOrEqual(40);
  });

  it('src/mcu/calibration.json is what the CSV gives today (run npm run calibrate after a model change)', () => {
    const fresh = calibrationData(result, CALIBRATION.csv);
    expect(CALIBRATION.boards).toEqual(fresh.boards);
    expect(CALIBRATION.errors).toEqual(fresh.errors);
    expect(CALIBRATION.defaultCpiFactor).toBe(fresh.defaultCpiFactor);
    expect(CALIBRATION.defaultCpi).toBe(fresh.defaultCpi);
  });
});
