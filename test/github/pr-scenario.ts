// The usual pull-request scenario of the action tests: for each test a fresh fake GitHub and a
// repository whose PR changes `models/net.tflite` (base → wide) and leaves `models/keep.tflite`, and
// helpers to run the bundled action on PR 7 and to find the requests it made.
import { afterEach, beforeEach } from 'vitest';
import { makeRepo, removeDir, runAction, type ActionRun, type TestRepo } from './action-harness.ts';
import { startFakeGitHub, type FakeGitHub, type LoggedRequest } from './fake-github.ts';
import { models } from './test-models.ts';

export interface PrScenario {
  /** This test's fake GitHub and repository (set before each test). */
  readonly gh: FakeGitHub;
  readonly repo: TestRepo;
  /** The pull_request payload of PR 7 in `r` (this test's repository by default), against `baseSha` (its base by default). */
  prPayload(r?: TestRepo, baseSha?: string): object;
  runPr(inputs?: Record<string, string>, payload?: object): Promise<ActionRun>;
  /** The requests with this method whose path matches. */
  calls(method: string, path: RegExp): LoggedRequest[];
}

export function prScenario(): PrScenario {
  let gh: FakeGitHub;
  let repo: TestRepo;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    repo = makeRepo({ 'models/net.tflite': models.base, 'models/keep.tflite': models.other }, { 'models/net.tflite': models.wide });
  });
  afterEach(async () => {
    await gh.close();
    removeDir(repo.dir);
  });
  const prPayload = (r = repo, baseSha = r.baseSha): object => ({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: r.headSha } } });
  return {
    get gh() { return gh; },
    get repo() { return repo; },
    prPayload,
    runPr: (inputs = {}, payload = prPayload()) => runAction({ workspace: repo.dir, event: 'pull_request', payload, inputs, apiUrl: gh.url }),
    calls: (method, path) => gh.requests.filter((r) => r.method === method && path.test(r.path)),
  };
}
