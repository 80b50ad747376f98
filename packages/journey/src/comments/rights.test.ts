import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setCardText } from '../commands/cards';
import { commentOf } from '../doc';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { testAuthor } from '../testing/randomOps';
import { updateOnCopy } from '../testing/updates';
import { checkUpdate } from '../trust/checkUpdate';
import { createUndoManager } from '../undo';
import { addComment } from './addComment';
import { MAX_COMMENT_LENGTH } from './body';
import { deleteComment } from './deleteComment';
import { editComment } from './editComment';
import { replyToComment } from './replyToComment';
import { resolveThread } from './resolveThread';

const alice = testAuthor('alice');
const bob = testAuthor('bob');

function server() {
  const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8', title: 'Atelier' });
  const snap = toSnapshot(doc);
  const card = Object.values(snap.cards)[0]!;
  return { doc, cardId: card.id };
}

describe('comment rights (checkUpdate)', () => {
  it('lets a commenter start, reply to, edit, delete and resolve comments', () => {
    const { doc, cardId } = server();
    const apply = (write: (copy: Y.Doc) => void, role: 'comment' | 'edit' = 'comment', author = alice.key) => {
      const update = updateOnCopy(doc, write);
      expect(checkUpdate(doc, update, role, { author }).reasons).toEqual([]);
      Y.applyUpdate(doc, update);
    };
    const threadId = 'thread-1';
    apply((d) =>
      addComment(d, { id: threadId, anchor: { kind: 'card', id: cardId }, author: alice, body: 'Motif n°1' }),
    );
    apply((d) => replyToComment(d, { threadId, author: bob, body: 'Oui' }), 'edit', bob.key);
    apply((d) => editComment(d, { commentId: threadId, author: alice, body: 'Motif n°1 des appels' }));
    apply((d) => resolveThread(d, { threadId }), 'edit', bob.key);
    apply((d) => deleteComment(d, { commentId: threadId, author: alice }));
    expect(toSnapshot(doc).comments[threadId]).toMatchObject({ deleted: true, resolved: true });
  });

  it('lets the author undo their comment (the record goes)', () => {
    const { doc, cardId } = server();
    const update = updateOnCopy(doc, (d) => {
      const undo = createUndoManager(d);
      addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Oups' });
      undo.stopCapturing();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(d, Y.encodeStateVector(doc))); // the server has the comment
      undo.undo();
    });
    expect(checkUpdate(doc, update, 'comment', { author: alice.key }).reasons).toEqual([]);
  });

  it('refuses a commenter anything but comments', () => {
    const { doc, cardId } = server();
    const update = updateOnCopy(doc, (d) => setCardText(d, { cardId, text: 'Réécrit' }));
    expect(checkUpdate(doc, update, 'comment', { author: alice.key }).reasons).toEqual(['a commenter only comments']);
    const card = updateOnCopy(doc, (d) =>
      addCard(d, { journeyId: toSnapshot(d).cards[cardId]!.journeyId, kind: 'note' }),
    );
    expect(checkUpdate(doc, card, 'comment', { author: alice.key }).ok).toBe(false);
  });

  it("refuses anyone, a facilitator included, who edits or deletes another's comment", () => {
    const { doc, cardId } = server();
    const threadId = addComment(doc, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'À moi' });
    for (const role of ['comment', 'edit', 'facilitator'] as const) {
      // A client that skips the commands' own check (they write nothing for another's comment).
      const edit = updateOnCopy(doc, (d) => commentOf(d, threadId)!.set('body', ['Usurpé']));
      expect(checkUpdate(doc, edit, role, { author: bob.key }).reasons).toEqual([
        'only its author edits or deletes a comment',
      ]);
      const remove = updateOnCopy(doc, (d) => d.getMap('comments').delete(threadId));
      expect(checkUpdate(doc, remove, role, { author: bob.key }).ok).toBe(false);
      const replace = updateOnCopy(doc, (d) =>
        addComment(d, { id: threadId, anchor: { kind: 'card', id: cardId }, author: bob, body: 'Remplacé' }),
      );
      expect(checkUpdate(doc, replace, role, { author: bob.key }).ok).toBe(false);
    }
  });

  it("refuses a comment written under another's key, or by a connection without a key", () => {
    const { doc, cardId } = server();
    const forged = updateOnCopy(doc, (d) =>
      addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Faux' }),
    );
    expect(checkUpdate(doc, forged, 'comment', { author: bob.key }).reasons).toEqual([
      'a comment is written under its author key',
    ]);
    expect(checkUpdate(doc, forged, 'edit', {}).ok).toBe(false);
    const unsigned = updateOnCopy(doc, (d) => {
      const record = new Y.Map();
      d.getMap('comments').set('x', record);
      record.set('authorId', 'alice');
      record.set('createdAt', 1);
      record.set('anchor', { kind: 'card', id: cardId });
      record.set('body', ['sans clé']);
    });
    expect(checkUpdate(doc, unsigned, 'comment', { author: alice.key }).ok).toBe(false);
  });

  it('binds a connection to the participant id of its first comment, as presence binds awareness ids', () => {
    const { doc, cardId } = server();
    const first = updateOnCopy(doc, (d) =>
      addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Un' }),
    );
    const check = checkUpdate(doc, first, 'comment', { author: alice.key });
    expect(check).toMatchObject({ ok: true, participantId: alice.id });
    Y.applyUpdate(doc, first);
    const posing = updateOnCopy(doc, (d) =>
      addComment(d, {
        anchor: { kind: 'card', id: cardId },
        author: { ...alice, id: 'bob', name: 'Bob' },
        body: 'Deux',
      }),
    );
    expect(checkUpdate(doc, posing, 'comment', { author: alice.key, participantId: alice.id }).reasons).toEqual([
      'a connection comments as one participant',
    ]);
    const both = updateOnCopy(doc, (d) => {
      addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Trois' });
      addComment(d, { anchor: { kind: 'card', id: cardId }, author: { ...alice, id: 'bob' }, body: 'Quatre' });
    });
    expect(checkUpdate(doc, both, 'comment', { author: alice.key }).ok).toBe(false);
    const threadId = Object.keys(toSnapshot(doc).comments)[0]!;
    const again = updateOnCopy(doc, (d) => replyToComment(d, { threadId, author: alice, body: 'Oui' }));
    expect(checkUpdate(doc, again, 'comment', { author: alice.key, participantId: alice.id }).ok).toBe(true);
  });

  it('refuses a change to who wrote a comment, where or when, even by its author', () => {
    const { doc, cardId } = server();
    const id = addComment(doc, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'Premier' });
    for (const [field, value] of [
      ['authorId', 'bob'],
      ['authorName', 'Bob'],
      ['anchor', { kind: 'phase', id: 'x' }],
      ['createdAt', 5],
    ] as const) {
      const update = updateOnCopy(doc, (d) => commentOf(d, id)!.set(field, value));
      expect(checkUpdate(doc, update, 'comment', { author: alice.key }).reasons).toEqual([
        `a comment's ${field} is written once`,
      ]);
    }
    const erase = updateOnCopy(doc, (d) => commentOf(d, id)!.delete('authorId'));
    expect(checkUpdate(doc, erase, 'comment', { author: alice.key }).ok).toBe(false);
  });

  it('refuses a body over the length limit, markup in a value, or a nested type', () => {
    const { doc, cardId } = server();
    const long = updateOnCopy(doc, (d) => {
      const id = addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'court' });
      commentOf(d, id)!.set('body', ['x'.repeat(MAX_COMMENT_LENGTH + 1)]);
    });
    expect(checkUpdate(doc, long, 'comment', { author: alice.key }).reasons[0]).toMatch(/comments.body must be/);
    const badMention = updateOnCopy(doc, (d) => {
      const id = addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'court' });
      commentOf(d, id)!.set('body', [{ mention: 'bob', name: 'Bob', html: '<b>' }]);
    });
    expect(checkUpdate(doc, badMention, 'comment', { author: alice.key }).ok).toBe(false);
    const nested = updateOnCopy(doc, (d) => {
      const id = addComment(d, { anchor: { kind: 'card', id: cardId }, author: alice, body: 'court' });
      commentOf(d, id)!.set('body', new Y.Text('x'));
    });
    expect(checkUpdate(doc, nested, 'comment', { author: alice.key }).ok).toBe(false);
  });
});
