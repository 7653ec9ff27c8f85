// The action's inputs (action.yml) → typed values. `getInput` is injected: in the action it is
// @actions/core's, which reads INPUT_* variables. The runner fills in action.yml's defaults; the
// same defaults apply here too, so a direct `node dist/index.js` run behaves the same.
import { checkName } from '../registry.ts';
import type { CommentMode } from './comment.ts';
import { GATE_DEFAULTS, type GateText } from './gate-options.ts';

export interface ActionInputs {
  config: string;
  models: string[];
  gate: GateText;
  baseline: string;
  comment: CommentMode;
  token: string;
  reportDir: string;
  baselineFile: string;
}

export const INPUT_DEFAULTS = {
  config: '.github/tinygate.yml',
  models: '**/*.tflite',
  ...GATE_DEFAULTS,
  baseline: 'merge-base',
  comment: 'update',
  'report-dir': 'tinygate-report',
  'baseline-file': '',
} as const;

const COMMENT_MODES: readonly CommentMode[] = ['update', 'new', 'off'];

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const input = (name: keyof typeof INPUT_DEFAULTS): string => getInput(name).trim() || INPUT_DEFAULTS[name];
  const comment = checkName(input('comment'), COMMENT_MODES, 'value', 'input `comment`');
  const gate = Object.fromEntries(Object.keys(GATE_DEFAULTS).map((k) => [k, input(k as keyof GateText)])) as unknown as GateText;
  return {
    config: input('config'),
    models: input('models').split(/[\n,]+/).map((g) => g.trim()).filter((g) => g !== ''),
    gate,
    baseline: input('baseline'),
    comment,
    token: getInput('github-token').trim(),
    reportDir: input('report-dir'),
    baselineFile: input('baseline-file'),
  };
}
