/**
 * Comments on the relay (issue 15), with the stock y-websocket client over a real server and a real
 * SQLite file: the comment link (derived from the edit link, shared from /access) comments and does
 * nothing else; a participant cannot edit or delete another's comment; each refused update closes
 * its connection with 4403 and the stored board does not change by one byte.
 */
import {
  addComment,
  authorKeyOf,
  deleteComment,
  editComment,
  MAX_COMMENT_LENGTH,
  replyToComment,
  resolveThread,
  setCardText,
  toSnapshot,
  toThreads,
} from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type CreatedBoard as Board, createBoard, storedBytes, storedDoc, waitFor } from './helpers';
import { forceRecordField } from './hostileEdits';
import { useServer } from './useServer';

const SECRETS = {
  reviewer: 'reviewer-secret-0123456789',
  alice: 'alice-secret-0123456789',
  mallory: 'mallory-secret-0123456789',
};
const author = (who: keyof typeof SECRETS) => ({ id: `p-${who}`, name: who, key: authorKeyOf(SECRETS[who])! });

describe('comments on the relay', () => {
  const server = useServer({ logLevel: false, compactEveryMs: 3_600_000 });
  const open = (board: Board, token: string, who?: keyof typeof SECRETS) =>
    server.open(board.id, token, who && SECRETS[who]);
  /** Runs `attempt` on a fresh connection and expects a 4403 with nothing stored. */
  const refused = async (board: Board, token: string, who: keyof typeof SECRETS, attempt: (doc: Y.Doc) => void) => {
    await server.settled(board.id);
    const before = await storedBytes(server.store, board.id);
    const client = await open(board, token, who);
    client.doc.transact(() => attempt(client.doc)); // one update, as one command makes
    await waitFor(() => client.closeCodes.length > 0, 'the server closes the connection');
    expect(client.closeCodes[0]).toBe(4403);
    await server.settled(board.id);
    expect((await storedBytes(server.store, board.id)).equals(before), 'stored bytes unchanged').toBe(true);
    return client.closeReasons[0] ?? '';
  };

  it('shares a comment link from the facilitator and the edit links, and it reads as the comment role', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const fromFacilitator = await server.app.inject({
      url: `/api/boards/${board.id}/access?token=${board.facilitatorToken}`,
    });
    expect(fromFacilitator.json().tokens.comment).toBe(board.commentToken);
    const fromEditor = await server.app.inject({ url: `/api/boards/${board.id}/access?token=${board.editToken}` });
    expect(fromEditor.json().tokens).toEqual({
      edit: board.editToken,
      view: board.viewToken,
      comment: board.commentToken,
    });
    const asReviewer = await server.app.inject({ url: `/api/boards/${board.id}/access?token=${board.commentToken}` });
    expect(asReviewer.json()).toMatchObject({ role: 'comment', tokens: { comment: board.commentToken } });
    expect(asReviewer.json().tokens.edit).toBeUndefined();
    const viewer = await server.app.inject({ url: `/api/boards/${board.id}/access?token=${board.viewToken}` });
    expect(viewer.json().tokens).toEqual({ view: board.viewToken });
  });

  it('lets a reviewer comment and a participant reply and resolve; both see it live and it is stored', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const reviewer = await open(board, board.commentToken, 'reviewer');
    const alice = await open(board, board.editToken, 'alice');
    const cardId = Object.values(toSnapshot(alice.doc).cards).find((c) => c.kind === 'irritant')!.id;
    const threadId = addComment(reviewer.doc, {
      anchor: { kind: 'card', id: cardId },
      author: author('reviewer'),
      body: ['Notre 1er motif d’appel, ', { mention: 'p-alice', name: 'alice' }],
    });
    await waitFor(() => toThreads(toSnapshot(alice.doc)).length === 1, 'alice sees the thread');
    replyToComment(alice.doc, { threadId, author: author('alice'), body: 'On le traite' });
    resolveThread(alice.doc, { threadId });
    await waitFor(() => toThreads(toSnapshot(reviewer.doc))[0]?.resolved === true, 'the reviewer sees it resolved');
    editComment(reviewer.doc, { commentId: threadId, author: author('reviewer'), body: 'Motif n°1' });
    await waitFor(() => toSnapshot(alice.doc).comments[threadId]?.body[0] === 'Motif n°1', 'the edit reaches alice');
    await server.settled(board.id);
    const stored = toThreads(toSnapshot(await storedDoc(server.store, board.id)));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.comments.map((c) => c.authorId)).toEqual(['p-reviewer', 'p-alice']);
    expect(stored[0]!.resolved).toBe(true);
    expect(reviewer.closeCodes).toEqual([]);
    expect(alice.closeCodes).toEqual([]);
  });

  it('refuses a reviewer who changes a card, and anyone who edits or deletes another participant’s comment', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const alice = await open(board, board.editToken, 'alice');
    const cardId = Object.values(toSnapshot(alice.doc).cards)[0]!.id;
    const threadId = addComment(alice.doc, {
      anchor: { kind: 'card', id: cardId },
      author: author('alice'),
      body: 'À moi',
    });
    const room = () => server.app.rooms.loaded(board.id)?.doc;
    await waitFor(() => Boolean(room() && toSnapshot(room()!).comments[threadId]), 'the server has the comment');
    await server.settled(board.id);

    const onCard = await refused(board, board.commentToken, 'reviewer', (doc) =>
      setCardText(doc, { cardId, text: 'Réécrit' }),
    );
    expect(onCard).toMatch(/a commenter only comments/);
    // Mallory claims Alice's participant id and key in the record, but proves another secret.
    const forge = (doc: Y.Doc) => forceRecordField(doc, 'comments', threadId, 'body', ['Usurpé']);
    expect(await refused(board, board.editToken, 'mallory', forge)).toMatch(/only its author/);
    expect(await refused(board, board.facilitatorToken, 'mallory', forge)).toMatch(/only its author/);
    expect(
      await refused(board, board.commentToken, 'mallory', (doc) =>
        deleteComment(doc, { commentId: threadId, author: author('alice') }),
      ),
    ).toMatch(/only its author/);
    expect(
      await refused(board, board.commentToken, 'mallory', (doc) =>
        addComment(doc, { anchor: { kind: 'card', id: cardId }, author: author('alice'), body: 'En son nom' }),
      ),
    ).toMatch(/author key/);
    expect(toSnapshot(alice.doc).comments[threadId]!.body).toEqual(['À moi']);
    expect(alice.closeCodes).toEqual([]);
  });

  it('binds a connection to the participant id of its first comment', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const probe = await open(board, board.editToken, 'alice');
    const cardId = Object.values(toSnapshot(probe.doc).cards)[0]!.id;
    const reviewer = await open(board, board.commentToken, 'reviewer');
    addComment(reviewer.doc, { anchor: { kind: 'card', id: cardId }, author: author('reviewer'), body: 'Un' });
    const room = () => server.app.rooms.loaded(board.id)?.doc;
    await waitFor(() => Boolean(room() && toThreads(toSnapshot(room()!)).length === 1), 'the server has the comment');
    await server.settled(board.id);
    const before = await storedBytes(server.store, board.id);
    addComment(reviewer.doc, {
      anchor: { kind: 'card', id: cardId },
      author: { ...author('reviewer'), id: 'p-alice', name: 'alice' },
      body: 'En son nom',
    });
    await waitFor(() => reviewer.closeCodes.length > 0, 'the server closes the connection');
    expect(reviewer.closeCodes[0]).toBe(4403);
    await server.settled(board.id);
    expect((await storedBytes(server.store, board.id)).equals(before)).toBe(true);
  });

  it('refuses a comment over the length limit from a client that skips the command’s check', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const probe = await open(board, board.editToken, 'alice');
    const cardId = Object.values(toSnapshot(probe.doc).cards)[0]!.id;
    const reason = await refused(board, board.commentToken, 'reviewer', (doc) => {
      const id = addComment(doc, { anchor: { kind: 'card', id: cardId }, author: author('reviewer'), body: 'court' });
      forceRecordField(doc, 'comments', id, 'body', ['x'.repeat(100_000)]);
    });
    expect(reason).toMatch(/comments.body must be/);
    expect(MAX_COMMENT_LENGTH).toBe(5_000);
  });
});
