// The action: inputs and event → reports → comparison → markdown → comment, job summary, outputs,
// annotations and the check's verdict. Everything outside the process (the @actions/core calls, the
// GitHub API, git, the environment) comes in through RunDeps, so tests drive it without GitHub.

import * as actionsCore from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { isUserError, UserError } from '../errors.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { compareReports, type Comparison } from '../report/compare.ts';
import { commentMarker, renderComparison } from '../report/markdown.ts';
import type { Report } from '../report/report.ts';
import { serializeReports } from '../report/report-set.ts';
import { createGitHubApi, DEFAULT_TUNING, type ApiTuning, type GitHubApi, type Repo } from './api.ts';
import { loadBaseline, refFiles, type Baseline, type BaselineSpec, type CommitFiles } from './baseline.ts';
import { postComment } from './comment.ts';
import { configGlobs, parseConfig, settingsResolver, type Config } from './config.ts';
import { planEvent, type EventPlan } from './events.ts';
import { parseGateOptions } from './gate-options.ts';
import { createGit, type Git } from './git.ts';
import { INPUT_DEFAULTS, readInputs, type ActionInputs } from './inputs.ts';
import { accuracyEnricher } from './accuracy.ts';
import { compileGlobs, requireMatches, selects, type Glob } from './glob.ts';
import { analyzeModels, analyzeWorkspace, findModels, type AnalyzedModels, type Enrich } from './models.ts';
import { syncRegressionIssue } from './regression-issue.ts';
import { writeRunFiles } from './report-files.ts';
import { writeSummary } from './summary.ts';

/** The slice of @actions/core the action uses. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  annotate(level: 'error' | 'warning', message: string, file?: string): void;
  info(message: string): void;
  appendSummary(markdown: string): Promise<void>;
}

export interface RunDeps {
  core: ActionCore;
  env: Record<string, string | undefined>;
  git(cwd: string): Git;
  api(token: string, baseUrl: string, repo: Repo, tuning: ApiTuning): GitHubApi;
}

export function actionDeps(): RunDeps {
  return {
    core: {
      getInput: (name) => actionsCore.getInput(name),
      setOutput: (name, value) => actionsCore.setOutput(name, value),
      setFailed: (message) => actionsCore.setFailed(message),
      annotate: (level, message, file) => (level === 'error' ? actionsCore.error : actionsCore.warning)(message, file === undefined ? {} : { file }),
      info: (message) => actionsCore.info(message),
      appendSummary: async (markdown) => { await actionsCore.summary.addRaw(markdown).write(); },
    },
    env: process.env,
    git: createGit,
    api: createGitHubApi,
  };
}

export async function run(deps: RunDeps = actionDeps()): Promise<void> {
  try {
    await gate(deps);
  } catch (e) {
    // A problem the user can fix (API errors included) is one annotation line; anything else is a bug and keeps its stack.
    if (isUserError(e)) deps.core.setFailed(`tinygate: ${e.message}`);
    else deps.core.setFailed(`tinygate: internal error (please report it): ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

/** What one gate decided, and what it was decided on. */
interface Gated { head: Report[]; baseline: Baseline; comparison: Comparison; markdown: string }

async function gate({ core, env, git: makeGit, api: makeApi }: RunDeps): Promise<void> {
  const inputs = readInputs(core.getInput);
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const plan = planEvent(env['GITHUB_EVENT_NAME'] ?? '', readPayload(env['GITHUB_EVENT_PATH']));
  const api = inputs.token === '' ? null : makeApi(inputs.token, env['GITHUB_API_URL'] ?? 'https://api.github.com', repoOf(env), apiTuning(env));
  const config = loadConfig(workspace, inputs.config);
  const options = parseGateOptions(inputs.gate, 'input', config?.boards ?? []);
  const globs = [...compileGlobs(inputs.models.map((pattern) => ({ pattern, where: 'input `models`' }))), ...configGlobs(config)];
  const marker = commentMarker(inputs.config);
  const git = makeGit(workspace);
  const analyze = { userTargets: config?.boards ?? [] };
  const enrich = accuracyEnricher(config, workspace);
  const decide = async (head: AnalyzedModels, spec: BaselineSpec): Promise<Gated> => {
    const baseline = await loadBaseline(spec, head.reports, globs, { git, api, analyze, enrich });
    const comparison = compareReports({
      base: baseline.reports, head: head.reports, baseline: baseline.state, settingsFor: settingsResolver(options, config), failOn: options.failOn,
      unreadable: { head: head.unreadable, base: baseline.unreadable },
    });
    return { head: head.reports, baseline, comparison, markdown: renderComparison(comparison, { marker, baseLabel: baseline.label }) };
  };
  const publish = async (g: Gated): Promise<void> => {
    const reportPath = writeRunFiles(resolve(workspace, inputs.reportDir), g.head, g.baseline, g.markdown);
    core.setOutput('report', reportPath);
    core.setOutput('verdict', g.comparison.verdict);
    core.setOutput('comment-body', g.markdown);
    await writeSummary(core, g.markdown);
  };
  const comment = async (number: number, g: Gated): Promise<void> => {
    try {
      const posted = await postComment(needApi(api, 'commenting'), number, marker, g.markdown, inputs.comment);
      if (posted !== null) { core.setOutput('comment-id', String(posted.id)); core.info(`tinygate: ${posted.action} comment ${posted.id} on #${number}`); }
    } catch (e) {
      // The verdict stands and the job summary has it; only the comment is lost.
      core.annotate('warning', `tinygate: the comment on #${number} was not posted: ${errorText(e)}${plan.kind === 'pull_request' ? '. On pull requests from forks use the workflow_run mode (see the README).' : ''}`);
    }
  };

  if (plan.kind === 'workflow_run') {
    // Fork-safe mode: nothing the PR's run produced is trusted. The PR's files are read as data at its
    // head commit and gated here, with this (the base branch's) config, against the merge base.
    const gh = needApi(api, 'fork-safe mode');
    const pulls = await gh.pullsWithHead(plan.headSha, plan.headRepo);
    if (pulls.length === 0) {
      core.info(`tinygate: no open pull request has head ${plan.headSha.slice(0, 7)} from ${plan.headRepo}; nothing to comment on`);
      return;
    }
    const head = await analyzeCommit(plan.headSha, globs, { git, api }, analyze, enrich);
    for (const pull of pulls) {
      const g = await decide(head, { kind: 'merge-base', base: pull.baseSha, head: plan.headSha });
      await publish(g);
      await comment(pull.number, g);
    }
    return;
  }

  // pull_request_target checks out the base branch: the PR's models are then read at its head commit.
  const headOfPr = plan.kind === 'pull_request' && inputs.baseline === 'merge-base' && pullRequestCheckout(plan, git) === 'base';
  const head = headOfPr
    ? await analyzeCommit(plan.headSha, globs, { git, api }, analyze, enrich)
    : await analyzeWorkspace(workspace, workspaceModels(workspace, globs), analyze, enrich);
  const g = await decide(head, baselineSpec(plan, inputs, workspace, git));
  await publish(g);
  annotate(core, g.comparison);
  switch (plan.kind) {
    case 'pull_request':
      await comment(plan.number, g);
      break;
    case 'push':
      if (plan.onDefaultBranch && inputs.baselineFile !== '') {
        if (g.comparison.verdict === 'pass') {
          await needApi(api, 'storing the baseline').putFile(inputs.baselineFile, plan.branch, serializeReports(g.head), 'tinygate: update the baseline report [skip ci]');
          core.info(`tinygate: stored the baseline report in ${inputs.baselineFile} on ${plan.branch}`);
        } else {
          // A baseline only ever comes from a passing state, so the nightly run still sees what regressed.
          const note = `tinygate: the gate failed, so ${inputs.baselineFile} keeps the last passing baseline (not replaced by this push)`;
          core.annotate('warning', note);
          await writeSummary(core, `\n> ${note}\n`);
        }
      }
      break;
    case 'nightly': {
      const regressed = g.comparison.findings.some((f) => f.kind === 'budget' || f.kind === 'regression' || f.kind === 'model');
      const issue = await syncRegressionIssue(needApi(api, 'the regression issue'), marker, regressed, g.markdown);
      if (issue !== null) core.info(`tinygate: ${issue.action} issue #${issue.number}`);
      break;
    }
  }
  if (g.comparison.verdict === 'fail') {
    const errors = g.comparison.findings.filter((f) => f.level === 'error');
    core.setFailed(`tinygate: the gate failed with ${errors.length} problem(s); see the annotations and the job summary`);
  }
}

/** The workspace's models; a pattern that matches none of them is an error naming it (nothing it names would be gated). */
function workspaceModels(workspace: string, globs: readonly Glob[]): string[] {
  const paths = findModels(workspace, globs);
  requireMatches(globs, paths);
  return paths;
}

/** The models at a commit, read as data through git or the API; a commit that cannot be listed fails the run. */
async function analyzeCommit(sha: string, globs: readonly Glob[], sources: { git: Git; api: GitHubApi | null }, analyze: AnalyzeOptions, enrich: Enrich): Promise<AnalyzedModels> {
  let files: CommitFiles;
  let paths: string[];
  try {
    files = await refFiles(sha, sources);
    paths = (await files.list()).filter((p) => selects(globs, p)).sort();
  } catch (e) {
    throw new UserError(`cannot read the pull request's files at ${sha.slice(0, 7)}: ${errorText(e)}`);
  }
  requireMatches(globs, paths, `at the pull request's head ${sha.slice(0, 7)}`);
  return analyzeModels(paths, (p) => files.read(p), analyze, enrich);
}

function annotate(core: ActionCore, c: Comparison): void {
  for (const f of c.findings) {
    core.annotate(f.level, `${f.target === null ? '' : `[${f.target}] `}${f.message}`, f.model ?? undefined);
  }
}

function baselineSpec(plan: Exclude<EventPlan, { kind: 'workflow_run' }>, inputs: ActionInputs, workspace: string, git: Git): BaselineSpec {
  const file = (path: string): BaselineSpec => ({ kind: 'file', path, read: () => readFileSync(isAbsolute(path) ? path : join(workspace, path), 'utf8') });
  const b = inputs.baseline;
  if (b !== 'merge-base') return b.endsWith('.json') || existsSync(join(workspace, b)) ? file(b) : { kind: 'commit', ref: b };
  switch (plan.kind) {
    case 'pull_request': return pullRequestBaseline(plan, git);
    case 'push':
      if (plan.before === null) return { kind: 'unavailable', reason: 'this push created the branch, so there is no previous commit to compare with' };
      return { kind: 'commit', ref: plan.before };
    case 'nightly':
      if (inputs.baselineFile === '') throw new UserError('a scheduled run compares with the stored baseline: set `baseline-file` (where push runs store it), or `baseline` to a report path or a git ref');
      return file(inputs.baselineFile);
  }
}

/**
 * What a PR changes is what merging it changes. actions/checkout checks out GitHub's test merge
 * commit (refs/pull/N/merge): its tree already has everything the base branch gained since the
 * branch point, so it is compared with the base tip it was made on (its first parent). A checkout
 * of the PR head is compared with the merge base. Either way a model changed only on the base
 * branch is not the PR's change.
 */
function pullRequestBaseline(plan: PullRequestPlan, git: Git): BaselineSpec {
  if (pullRequestCheckout(plan, git) !== 'merge') return { kind: 'merge-base', base: plan.baseSha, head: plan.headSha };
  return { kind: 'commit', ref: git.parents('HEAD')?.[0] ?? plan.baseSha, what: 'base tip' };
}

type PullRequestPlan = Extract<EventPlan, { kind: 'pull_request' }>;

/**
 * What the workspace holds: GitHub's test merge commit (HEAD is the payload's merge_commit_sha, or
 * a two-parent commit that is not the PR's own head), the base branch (pull_request_target's
 * default), or the PR's head (also when the workspace is not a git checkout).
 */
function pullRequestCheckout(plan: PullRequestPlan, git: Git): 'merge' | 'base' | 'head' {
  const head = git.resolve('HEAD');
  if (head === null || head === plan.headSha) return 'head';
  if (head === plan.mergeCommitSha || git.parents(head)?.length === 2) return 'merge';
  return head === plan.baseSha ? 'base' : 'head';
}

/** Test-only knobs: shorter waits and timeouts so the fault tests stay fast. */
function apiTuning(env: Record<string, string | undefined>): ApiTuning {
  const ms = (name: string, fallback: number): number => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return { retryBaseMs: ms('TINYGATE_RETRY_BASE_MS', DEFAULT_TUNING.retryBaseMs), timeoutMs: ms('TINYGATE_HTTP_TIMEOUT_MS', DEFAULT_TUNING.timeoutMs) };
}

function loadConfig(workspace: string, path: string): Config | null {
  const full = join(workspace, path);
  if (!existsSync(full)) {
    if (path === INPUT_DEFAULTS.config) return null;
    throw new UserError(`input \`config\`: ${path} does not exist in the workspace (omit the input to run without a config file)`);
  }
  return parseConfig(readFileSync(full, 'utf8'), path);
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || !existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function repoOf(env: Record<string, string | undefined>): Repo {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo) throw new UserError('GITHUB_REPOSITORY is not set to OWNER/REPO');
  return { owner, repo };
}

function needApi(api: GitHubApi | null, why: string): GitHubApi {
  if (api === null) throw new UserError(`${why} needs the \`github-token\` input`);
  return api;
}

/** One line: API errors already name the call, the status and the fix. */
function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}
