// postComment against an in-memory GitHubApi.
import { describe, expect, test } from 'vitest';
import type { GitHubApi, IssueComment } from '../../src/github/api.ts';
import { postComment } from '../../src/github/comment.ts';

function memoryApi(viewer: string, comments: IssueComment[]): GitHubApi & { comments: IssueComment[] } {
  const unused = (): never => { throw new Error('not used here'); };
  return {
    comments,
    viewerLogin: async () => viewer,
    listIssueComments: async () => comments.map((c) => ({ ...c })),
    createIssueComment: async (_issue, body) => { comments.push({ id: comments.length + 1, body, login: viewer }); return comments.length; },
    updateIssueComment: async (id, body) => { comments.find((c) => c.id === id)!.body = body; return id; },
    mergeBase: unused, fileAt: unused, treeAt: unused, pullsWithHead: unused,
    issuesWithLabel: unused, createIssue: unused, updateIssue: unused, putFile: unused,
  };
}

describe('postComment', () => {
  test('update: edits the oldest comment of this token\'s user that has the marker', async () => {
    const api = memoryApi('ci-bot', [
      { id: 1, body: '<!-- m --> by someone else', login: 'mallory' },
      { id: 2, body: '<!-- other-config -->', login: 'ci-bot' },
      { id: 3, body: '<!-- m --> old', login: 'ci-bot' },
      { id: 4, body: '<!-- m --> older duplicate', login: 'ci-bot' },
    ]);
    expect(await postComment(api, 1, '<!-- m -->', '<!-- m --> new', 'update')).toEqual({ id: 3, action: 'updated' });
    expect(api.comments.map((c) => c.body)).toEqual(['<!-- m --> by someone else', '<!-- other-config -->', '<!-- m --> new', '<!-- m --> older duplicate']);
  });

  test('update creates when none is ours; new always creates; off posts nothing', async () => {
    const api = memoryApi('ci-bot', [{ id: 1, body: '<!-- m -->', login: 'mallory' }]);
    expect(await postComment(api, 1, '<!-- m -->', '<!-- m --> a', 'update')).toEqual({ id: 2, action: 'created' });
    expect(await postComment(api, 1, '<!-- m -->', '<!-- m --> b', 'new')).toEqual({ id: 3, action: 'created' });
    expect(await postComment(api, 1, '<!-- m -->', '<!-- m --> c', 'off')).toBeNull();
    expect(api.comments).toHaveLength(3);
  });
});
