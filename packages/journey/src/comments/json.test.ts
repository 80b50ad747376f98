import { describe, expect, it } from 'vitest';
import { addCard, removeCards } from '../commands/cards';
import { fromJson } from '../format/fromJson';
import { toJson } from '../format/toJson';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { testAuthor } from '../testing/randomOps';
import { addComment } from './addComment';
import { deleteComment } from './deleteComment';
import { replyToComment } from './replyToComment';
import { resolveThread } from './resolveThread';
import { toThreads } from './threads';

describe('comments in the JSON format', () => {
  it('round-trips threads, replies, mentions, resolved, deleted and a thread on a deleted card', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8', title: 'Atelier' });
    const snap = toSnapshot(doc);
    const journeyId = Object.keys(snap.journeys)[0]!;
    const alice = testAuthor('alice-1');
    const cardId = Object.values(snap.cards)[0]!.id;
    const thread = addComment(doc, {
      anchor: { kind: 'card', id: cardId },
      author: alice,
      body: '<script>x</script>',
      now: 1,
    });
    replyToComment(doc, {
      threadId: thread,
      author: testAuthor('bob-1'),
      body: [{ mention: 'alice-1', name: 'Alice' }, ' ok'],
      now: 2,
    });
    resolveThread(doc, { threadId: thread });
    const gone = addCard(doc, { journeyId, kind: 'irritant', text: 'Supprimée' });
    addComment(doc, { anchor: { kind: 'card', id: gone }, author: alice, body: 'Sur une carte supprimée', now: 3 });
    const removed = addComment(doc, {
      anchor: { kind: 'point', journeyId, x: 10, y: 20 },
      author: alice,
      body: 'x',
      now: 4,
    });
    deleteComment(doc, { commentId: removed, author: alice });
    removeCards(doc, { cardIds: [gone] });

    const json = toJson(doc);
    expect(json.comments).toHaveLength(4);
    expect(json.comments![0]!.body).toEqual(['<script>x</script>']);
    const copy = fromJson(JSON.parse(JSON.stringify(json)));
    expect(toJson(copy)).toEqual(json);
    expect(toThreads(toSnapshot(copy)).map((t) => [t.resolved, t.anchorDeleted])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('writes no comments field for a board without comments, and imports a file without one', () => {
    const doc = createBoardDoc({ locale: 'en', template: 'en-lifecycle-5', title: 'Review' });
    const json = toJson(doc);
    expect('comments' in json).toBe(false);
    expect(toSnapshot(fromJson(json)).comments).toEqual({});
  });

  it('refuses a reply to no thread, a thread without an anchor and a body over the limit', () => {
    const json = toJson(createBoardDoc({ locale: 'fr', template: 'blank', title: 'x' }));
    const base = { authorId: 'a', authorName: 'A', createdAt: 1 };
    expect(() => fromJson({ ...json, comments: [{ ...base, id: 'r', thread: 'none', body: ['x'] }] })).toThrow(
      /No thread/,
    );
    expect(() => fromJson({ ...json, comments: [{ ...base, id: 't', body: ['x'] }] })).toThrow(/has an anchor/);
    const long = { ...base, id: 't', anchor: { kind: 'persona', id: 'p' }, body: ['x'.repeat(5_001)] };
    expect(() => fromJson({ ...json, comments: [long] })).toThrow(/5000 characters/);
  });
});
