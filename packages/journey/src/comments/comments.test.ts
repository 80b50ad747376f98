import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, removeCards } from '../commands/cards';
import { observeSnapshot } from '../read/observeSnapshot';
import { toSnapshot } from '../read/toSnapshot';
import { seededBoard } from '../testing/boards';
import { applyOp, brokenInvariants, commentOpArbitrary, testAuthor } from '../testing/randomOps';
import { cloneDoc, SyncedDocs } from '../testing/syncedDocs';
import { createUndoManager } from '../undo';
import { addComment } from './addComment';
import { bodyText, CommentError, MAX_COMMENT_LENGTH } from './body';
import { deleteComment } from './deleteComment';
import { editComment } from './editComment';
import { reopenThread } from './reopenThread';
import { replyToComment } from './replyToComment';
import { resolveThread } from './resolveThread';
import { openThreadCounts, toThreads } from './threads';
import { unreadFor } from './unread';

const alice = testAuthor('alice');
const bob = testAuthor('bob');

function board() {
  const { doc, journeyId, ids } = seededBoard({ cardId: { kind: 'irritant', text: 'Attente' } });
  return { doc, journeyId, cardId: ids.cardId };
}

describe('comments', () => {
  it('starts a thread on a card, replies with a mention, resolves and reopens it', () => {
    const { doc, cardId } = board();
    const threadId = addComment(doc, {
      anchor: { kind: 'card', id: cardId },
      author: alice,
      body: 'Notre 1er motif d’appel',
      now: 1,
    });
    const replyId = replyToComment(doc, {
      threadId,
      author: bob,
      body: ['Vu ', { mention: 'alice', name: 'Nom alice' }, ', on s’en occupe'],
      now: 2,
    });
    let [thread] = toThreads(toSnapshot(doc));
    expect(thread!.comments.map((c) => c.id)).toEqual([threadId, replyId]);
    expect(bodyText(thread!.comments[1]!.body)).toBe('Vu @Nom alice, on s’en occupe');
    expect(openThreadCounts(toThreads(toSnapshot(doc))).get(cardId)).toBe(1);
    expect(unreadFor(toThreads(toSnapshot(doc)), 'alice', 1)).toEqual({ threads: new Set([threadId]), mentions: 1 });
    resolveThread(doc, { threadId });
    [thread] = toThreads(toSnapshot(doc));
    expect(thread!.resolved).toBe(true);
    expect(openThreadCounts([thread!]).size).toBe(0);
    reopenThread(doc, { threadId });
    expect(toThreads(toSnapshot(doc))[0]!.resolved).toBe(false);
  });

  it("edits and deletes one's own comment only; a deleted first comment keeps its thread's replies", () => {
    const { doc, cardId } = board();
    const threadId = addComment(doc, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Avant' });
    replyToComment(doc, { threadId, author: bob, body: 'Réponse' });
    editComment(doc, { commentId: threadId, author: bob, body: 'Usurpé' });
    deleteComment(doc, { commentId: threadId, author: bob });
    expect(bodyText(toSnapshot(doc).comments[threadId]!.body)).toBe('Avant');
    editComment(doc, { commentId: threadId, author: alice, body: 'Après', now: 5 });
    expect(toSnapshot(doc).comments[threadId]).toMatchObject({ body: ['Après'], editedAt: 5 });
    deleteComment(doc, { commentId: threadId, author: alice });
    const [thread] = toThreads(toSnapshot(doc));
    expect(thread!.comments[0]).toMatchObject({ deleted: true, body: [] });
    expect(bodyText(thread!.comments[1]!.body)).toBe('Réponse');
  });

  it('refuses an empty comment and one over the length limit, writing nothing', () => {
    const { doc, cardId } = board();
    const anchor = { kind: 'card' as const, id: cardId };
    const before = Y.encodeStateVector(doc);
    expect(() => addComment(doc, { anchor, author: alice, body: '   ' })).toThrow(CommentError);
    expect(() => addComment(doc, { anchor, author: alice, body: 'x'.repeat(100_000) })).toThrow(
      `at most ${MAX_COMMENT_LENGTH} characters`,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(() => addComment(doc, { anchor, author: alice, body: 'x'.repeat(MAX_COMMENT_LENGTH) })).not.toThrow();
  });

  it('keeps text as text: markup is stored and read as the characters typed', () => {
    const { doc, cardId } = board();
    const id = addComment(doc, {
      anchor: { kind: 'card', id: cardId },
      author: alice,
      body: '<img src=x onerror=alert(1)>',
    });
    expect(toSnapshot(doc).comments[id]!.body).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('keeps a thread on a card a peer deletes meanwhile, and shows it on the card again when the deletion is undone', () => {
    const net = new SyncedDocs(2);
    const { doc: seed, cardId } = board();
    const update = Y.encodeStateAsUpdate(seed);
    for (const d of net.docs) Y.applyUpdate(d, update);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    const undo = createUndoManager(b);
    removeCards(b, { cardIds: [cardId] });
    const threadId = addComment(a, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Encore vrai ?' });
    net.syncAll();
    for (const d of net.docs) expect(toThreads(toSnapshot(d))).toMatchObject([{ id: threadId, anchorDeleted: true }]);
    undo.undo();
    net.syncAll();
    for (const d of net.docs) {
      expect(toSnapshot(d).cards[cardId]).toBeDefined();
      expect(toThreads(toSnapshot(d))).toMatchObject([{ id: threadId, anchorDeleted: false }]);
    }
  });

  it('anchors threads on headers, personas and free points', () => {
    const { doc, journeyId } = board();
    addComment(doc, { anchor: { kind: 'phase', id: 'phase-a' }, author: alice, body: 'Phase', now: 1 });
    addComment(doc, { anchor: { kind: 'channel', id: 'channel-b' }, author: alice, body: 'Canal', now: 2 });
    addComment(doc, { anchor: { kind: 'point', journeyId, x: 120.4, y: -30 }, author: alice, body: 'Ici', now: 3 });
    addComment(doc, { anchor: { kind: 'persona', id: 'gone' }, author: alice, body: 'Persona', now: 4 });
    const threads = toThreads(toSnapshot(doc));
    expect(threads.map((t) => [t.anchor.kind, t.journeyId, t.anchorDeleted])).toEqual([
      ['phase', journeyId, false],
      ['channel', journeyId, false],
      ['point', journeyId, false],
      ['persona', null, true],
    ]);
    expect(threads[2]!.anchor).toEqual({ kind: 'point', journeyId, x: 120, y: -30 });
    expect(() =>
      addComment(doc, { anchor: { kind: 'point', journeyId, x: Number.NaN, y: 0 }, author: alice, body: 'x' }),
    ).toThrow();
  });

  it('converges when peers reply, resolve, reopen, edit and delete at once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ peer: fc.nat({ max: 2 }), op: commentOpArbitrary }), { maxLength: 40 }),
        (steps) => {
          const net = new SyncedDocs(3);
          const { doc: seed, journeyId } = board();
          addComment(seed, { anchor: { kind: 'phase', id: 'phase-a' }, author: alice, body: 'Départ' });
          const update = Y.encodeStateAsUpdate(seed);
          for (const d of net.docs) Y.applyUpdate(d, update);
          steps.forEach(({ peer, op }, i) => {
            applyOp(net.docs[peer]!, journeyId, op, `participant-${peer}`);
            if (i % 5 === 4) net.deliver(peer, (peer + 1) % 3);
          });
          net.syncAll();
          const snapshots = net.docs.map((d) => toSnapshot(d));
          for (const s of snapshots) {
            expect(s.comments).toEqual(snapshots[0]!.comments);
            expect(toThreads(s)).toEqual(toThreads(snapshots[0]!));
            expect(brokenInvariants(s)).toEqual([]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads incrementally: an unrelated change keeps the comments object, a comment change keeps the others', () => {
    const { doc, cardId } = board();
    const first = addComment(doc, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Un' });
    const copy = cloneDoc(doc);
    const snapshots: ReturnType<typeof toSnapshot>[] = [];
    const off = observeSnapshot(copy, (s) => snapshots.push(s));
    addCard(copy, { journeyId: 'journey', kind: 'note', text: 'x' });
    replyToComment(copy, { threadId: first, author: bob, body: 'Deux' });
    off();
    const [start, afterCard, afterReply] = snapshots;
    expect(afterCard!.comments).toBe(start!.comments);
    expect(afterReply!.comments).not.toBe(afterCard!.comments);
    expect(afterReply!.comments[first]).toBe(afterCard!.comments[first]);
  });
});
