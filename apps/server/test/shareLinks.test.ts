/**
 * Share links from any device (issue 13): a facilitator who opened only the facilitator link gets
 * the edit and view links from /access, an editor the view link, a viewer nothing more; no link
 * gives one above it, and the server still stores hashes only.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CreatedBoard, createBoard } from './helpers';
import { useServer } from './useServer';

describe('share links from a token', () => {
  const server = useServer();
  let board: CreatedBoard;
  beforeAll(async () => {
    board = await createBoard(server.app);
  });
  const access = async (token: string) => {
    const res = await server.app.inject({ url: `/api/boards/${board.id}/access?token=${token}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { role: string; tokens: Record<string, string> };
  };

  it('gives the facilitator the edit, comment and view tokens, the editor the comment and view tokens, the viewer its own', async () => {
    const comment = board.commentToken;
    expect(await access(board.facilitatorToken)).toEqual({
      id: board.id,
      role: 'facilitator',
      facilitated: true,
      tokens: { facilitator: board.facilitatorToken, edit: board.editToken, view: board.viewToken, comment },
    });
    expect((await access(board.editToken)).tokens).toEqual({ edit: board.editToken, view: board.viewToken, comment });
    expect((await access(board.viewToken)).tokens).toEqual({ view: board.viewToken });
  });

  it('gives each board its own tokens, and stores none of them', async () => {
    const other = await createBoard(server.app);
    expect(new Set([other.editToken, other.viewToken, other.facilitatorToken]).size).toBe(3);
    expect(other.editToken).not.toBe(board.editToken);
    const db = new Database(join(server.dir, 'parcours.sqlite'), { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM board_tokens').all());
    db.close();
    for (const token of [board.editToken, board.viewToken, board.facilitatorToken, board.commentToken])
      expect(dump).not.toContain(token);
  });
});
