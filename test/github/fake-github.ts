// A fake GitHub REST API on 127.0.0.1 for the action's tests: the endpoints tinygate calls, with
// real pagination (per_page, page, Link headers), state the tests seed and inspect, and a log of
// every request. Bounded: small bodies, a request cap, loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment { id: number; body: string; user: { login: string } }
export interface FakeIssue { number: number; title: string; body: string; state: 'open' | 'closed'; labels: string[]; user: { login: string } }
/**
 * A fault injected on the requests matching `method` and `path`: answer `status` (with `headers`
 * and `message`), or with `stall` never answer at all. `times` faults, then the real answer;
 * undefined: every time.
 */
export interface FakeFault { method: string; path: RegExp; status?: number; headers?: Record<string, string>; message?: string; stall?: boolean; times?: number }
export interface LoggedRequest { method: string; path: string; query: Record<string, string>; body: unknown; auth: string | undefined }

export interface FakeGitHubState {
  /** Login GET /user returns; null answers 403 like an installation token (GITHUB_TOKEN). */
  viewer: string | null;
  /** Slug GET /app returns (a GitHub App's own token); null answers 401 like any other token. */
  appSlug: string | null;
  /** Login of comments and issues this server creates (the token's identity). */
  botLogin: string;
  comments: Map<number, FakeComment[]>;
  pulls: { number: number; head: { sha: string; repo: { full_name: string } }; base: { sha: string } }[];
  /** Workflow run artifacts (zip bytes), served so tests can show that fork-safe mode never asks for them. */
  artifacts: Map<number, { id: number; name: string; zip: Uint8Array }[]>;
  issues: FakeIssue[];
  /** For baselines read through the API: `${base}...${head}` → merge base, and commit → files. */
  mergeBases: Map<string, string>;
  trees: Map<string, Map<string, Uint8Array>>;
  failures: FakeFault[];
  puts: { path: string; branch: string; content: string; message: string }[];
}

const MAX_BODY = 1 << 20;
const MAX_REQUESTS = 5_000;

export interface FakeGitHub { url: string; state: FakeGitHubState; requests: LoggedRequest[]; close(): Promise<void> }

export async function startFakeGitHub(init: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    viewer: null, appSlug: null, botLogin: 'github-actions[bot]', comments: new Map(), pulls: [], artifacts: new Map(), issues: [],
    mergeBases: new Map(), trees: new Map(), failures: [], puts: [], ...init,
  };
  const requests: LoggedRequest[] = [];
  let nextId = 1000;
  const server = createServer((req, res) => {
    readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body: unknown = raw === '' ? undefined : JSON.parse(raw);
      requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body, auth: req.headers.authorization });
      if (requests.length > MAX_REQUESTS) return send(res, 429, { message: 'fake GitHub: too many requests' });
      const failure = state.failures.find((f) => f.method === req.method && f.path.test(url.pathname) && (f.times === undefined || f.times > 0));
      if (failure !== undefined) {
        if (failure.times !== undefined) failure.times--;
        // A stalled request: headers never come; the client's timeout must end it.
        if (failure.stall === true) return;
        return send(res, failure.status ?? 500, { message: failure.message ?? 'Resource not accessible by integration' }, failure.headers);
      }
      return route(req.method ?? '', url, body as Record<string, unknown> | undefined, res);
    }).catch((e: unknown) => send(res, 500, { message: String(e) }));
  });

  const route = (method: string, url: URL, body: Record<string, unknown> | undefined, res: ServerResponse): void => {
    const p = url.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    let m: RegExpExecArray | null;
    if (method === 'GET' && url.pathname === '/user') {
      return state.viewer === null ? send(res, 403, { message: 'Resource not accessible by integration' }) : send(res, 200, { login: state.viewer });
    }
    if (method === 'GET' && url.pathname === '/app') {
      return state.appSlug === null ? send(res, 401, { message: 'A JSON web token could not be decoded' }) : send(res, 200, { slug: state.appSlug });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(p)) !== null) {
      const list = state.comments.get(Number(m[1])) ?? [];
      if (method === 'GET') return page(url, res, list);
      if (method === 'POST') {
        const c = { id: nextId++, body: String(body?.['body']), user: { login: state.botLogin } };
        state.comments.set(Number(m[1]), [...list, c]);
        return send(res, 201, c);
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(p)) !== null && method === 'PATCH') {
      const c = [...state.comments.values()].flat().find((x) => x.id === Number(m![1]));
      if (c === undefined) return send(res, 404, { message: 'Not Found' });
      c.body = String(body?.['body']);
      return send(res, 200, c);
    }
    if ((m = /^\/compare\/(.+)$/.exec(p)) !== null && method === 'GET') {
      const mb = state.mergeBases.get(decodeURIComponent(m[1]!));
      return mb === undefined ? send(res, 404, { message: 'Not Found' }) : send(res, 200, { merge_base_commit: { sha: mb }, files: [] });
    }
    if ((m = /^\/git\/trees\/(.+)$/.exec(p)) !== null && method === 'GET') {
      const files = state.trees.get(m[1]!);
      if (files === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { sha: m[1], truncated: false, tree: [...files.keys()].map((path) => ({ path, type: 'blob', sha: 'x' })) });
    }
    if ((m = /^\/contents\/(.+)$/.exec(p)) !== null && method === 'GET') {
      const bytes = state.trees.get(url.searchParams.get('ref') ?? '')?.get(decodeURIComponent(m[1]!));
      if (bytes === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { type: 'file', sha: 'blob', encoding: 'base64', content: Buffer.from(bytes).toString('base64') });
    }
    if ((m = /^\/contents\/(.+)$/.exec(p)) !== null && method === 'PUT') {
      state.puts.push({ path: decodeURIComponent(m[1]!), branch: String(body?.['branch']), content: Buffer.from(String(body?.['content']), 'base64').toString('utf8'), message: String(body?.['message']) });
      return send(res, 201, { content: {} });
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(p)) !== null && method === 'GET') {
      const list = (state.artifacts.get(Number(m[1])) ?? []).map((a) => ({ id: a.id, name: a.name, expired: false }));
      return send(res, 200, { total_count: list.length, artifacts: list });
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(p)) !== null && method === 'GET') {
      const a = [...state.artifacts.values()].flat().find((x) => x.id === Number(m![1]));
      if (a === undefined) return send(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/zip' });
      return void res.end(Buffer.from(a.zip));
    }
    if (p === '/pulls' && method === 'GET') return page(url, res, state.pulls);
    if (p === '/issues' && method === 'GET') {
      const label = url.searchParams.get('labels');
      const wanted = url.searchParams.get('state') ?? 'open';
      const list = state.issues.filter((i) => (wanted === 'all' || i.state === wanted) && (label === null || i.labels.includes(label)));
      // GitHub's default order, and the one tinygate asks for: newest first.
      return page(url, res, [...list].reverse().map(issueJson));
    }
    if (p === '/issues' && method === 'POST') {
      const issue: FakeIssue = { number: nextId++, title: String(body?.['title']), body: String(body?.['body']), state: 'open', labels: (body?.['labels'] as string[]) ?? [], user: { login: state.botLogin } };
      state.issues.push(issue);
      return send(res, 201, issueJson(issue));
    }
    if ((m = /^\/issues\/(\d+)$/.exec(p)) !== null && method === 'PATCH') {
      const issue = state.issues.find((i) => i.number === Number(m![1]));
      if (issue === undefined) return send(res, 404, { message: 'Not Found' });
      if (typeof body?.['body'] === 'string') issue.body = body['body'];
      if (body?.['state'] === 'open' || body?.['state'] === 'closed') issue.state = body['state'];
      return send(res, 200, issueJson(issue));
    }
    return send(res, 404, { message: `fake GitHub: no route for ${method} ${url.pathname}` });
  };

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Real GitHub pagination: `per_page` (default 30, max 100), `page`, and a Link header to the next page. */
  const page = (u: URL, res: ServerResponse, items: unknown[]): void => {
    const perPage = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
    const n = Number(u.searchParams.get('page') ?? 1);
    const slice = items.slice((n - 1) * perPage, n * perPage);
    const headers: Record<string, string> = {};
    if (n * perPage < items.length) {
      const next = new URL(`${u.pathname}${u.search}`, url);
      next.searchParams.set('page', String(n + 1));
      headers['link'] = `<${next.toString()}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  };

  return {
    url, state, requests,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

function issueJson(i: FakeIssue): object {
  return { number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), user: i.user };
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { fail(new Error('request body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
