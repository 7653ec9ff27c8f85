// The baseline: the reports head is compared with. Either the same model paths at a commit (the
// merge base of a PR, the base tip a merge commit was made on, a ref, the commit before a push) read
// from the local git history when the checkout has it and through the REST API otherwise, or a
// report file. A lookup that fails is returned as `missing` with the reason, never as an empty
// baseline, so the gate cannot pass silently; a model that cannot be read or analyzed at the
// baseline makes only that model's baseline missing.

import { createHash } from 'node:crypto';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { BaselineState } from '../report/compare.ts';
import type { Report } from '../report/report.ts';
import { parseReports } from '../report/report-set.ts';
import type { GitHubApi } from './api.ts';
import type { Git } from './git.ts';
import { selects, type Glob } from './glob.ts';
import { analyzeModels, type Enrich } from './models.ts';

export type BaselineSpec =
  | { kind: 'merge-base'; base: string; head: string }
  /** `what` names the commit in the markdown (default: the ref itself). */
  | { kind: 'commit'; ref: string; what?: string }
  | { kind: 'file'; path: string; read: () => string }
  /** Known up front to have no baseline, e.g. the push that created the branch. */
  | { kind: 'unavailable'; reason: string };

export interface Baseline {
  reports: Report[] | null;
  state: BaselineState;
  /** Models whose baseline alone is missing: path → why. */
  unreadable: Map<string, string>;
  /** How the markdown names the baseline. */
  label: string;
}

export interface BaselineSources {
  git: Git;
  /** Null without a token: then only the local history can answer. */
  api: GitHubApi | null;
  /** Analysis options the head models were analyzed with (user boards), so both sides match. */
  analyze?: AnalyzeOptions;
  /** What the head reports got after analysis (accuracy), applied to newly analyzed base models. */
  enrich?: Enrich;
}

/** One commit's files, from git or from the API. */
export interface CommitFiles { commit: string; via: 'git' | 'the REST API'; list(): Promise<string[]>; read(path: string): Promise<Uint8Array> }

export async function loadBaseline(spec: BaselineSpec, head: readonly Report[], globs: readonly Glob[], sources: BaselineSources): Promise<Baseline> {
  if (spec.kind === 'unavailable') return missing('none', spec.reason);
  if (spec.kind === 'file') {
    try {
      return { reports: parseReports(spec.read(), spec.path), state: { kind: 'found' }, unreadable: new Map(), label: `\`${spec.path}\`` };
    } catch (e) {
      return missing(`\`${spec.path}\``, `cannot read the baseline report: ${oneLine(e)}`);
    }
  }
  const what = spec.kind === 'merge-base' ? 'merge base' : spec.what ?? `\`${spec.ref}\``;
  let files: CommitFiles;
  let paths: string[];
  try {
    files = spec.kind === 'merge-base' ? await mergeBaseFiles(spec.base, spec.head, sources) : await refFiles(spec.ref, sources);
  } catch (e) {
    return missing(what, oneLine(e));
  }
  const label = `${what} \`${files.commit.slice(0, 7)}\` (via ${files.via})`;
  try {
    paths = (await files.list()).filter((p) => selects(globs, p)).sort();
  } catch (e) {
    return missing(label, oneLine(e));
  }
  const { reports, unreadable } = await analyzeModels(paths, (p) => files.read(p), sources.analyze ?? {}, sources.enrich ?? (async (r) => r), reuseHead(head));
  return { reports, state: { kind: 'found' }, unreadable, label };
}

function missing(label: string, reason: string): Baseline {
  return { reports: null, state: { kind: 'missing', reason }, unreadable: new Map(), label };
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

/** An unchanged model (same bytes) reuses head's report: no second analysis. */
function reuseHead(head: readonly Report[]) {
  return (path: string, bytes: Uint8Array): Report | undefined => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return head.find((r) => r.model.path === path && r.model.sha256 === sha256);
  };
}

/** The files at the merge base of two commits. */
export async function mergeBaseFiles(base: string, head: string, { git, api }: Pick<BaselineSources, 'git' | 'api'>): Promise<CommitFiles> {
  const local = git.mergeBase(base, head);
  if (local !== null) return gitFiles(git, local);
  if (api === null) {
    throw new Error(`the checkout lacks the history to find the merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)}, and there is no github-token to ask the API (use actions/checkout with fetch-depth: 0, or pass github-token)`);
  }
  let commit: string;
  try {
    commit = await api.mergeBase(base, head);
  } catch (e) {
    throw new Error(`the checkout lacks the history and the REST API could not compare ${base.slice(0, 7)}...${head.slice(0, 7)}: ${oneLine(e)}`, { cause: e });
  }
  // A checkout of the base branch usually has the merge base itself, just not the head.
  return git.resolve(commit) !== null ? gitFiles(git, commit) : apiFiles(api, commit);
}

/** The files at a commit: from the checkout's objects when it has them, else through the API. */
export async function refFiles(ref: string, { git, api }: Pick<BaselineSources, 'git' | 'api'>): Promise<CommitFiles> {
  const local = git.resolve(ref);
  if (local !== null) return gitFiles(git, local);
  if (api === null) throw new Error(`the checkout has no commit \`${ref}\` and there is no github-token to ask the API`);
  return apiFiles(api, ref);
}

function gitFiles(git: Git, commit: string): CommitFiles {
  return { commit, via: 'git', list: async () => git.listFiles(commit), read: async (path) => git.show(commit, path) };
}

function apiFiles(api: GitHubApi, commit: string): CommitFiles {
  return {
    commit,
    via: 'the REST API',
    list: () => api.treeAt(commit),
    read: async (path) => {
      const bytes = await api.fileAt(path, commit);
      if (bytes === null) throw new Error(`${path} is listed at ${commit.slice(0, 7)} but its contents are not found`);
      return bytes;
    },
  };
}
