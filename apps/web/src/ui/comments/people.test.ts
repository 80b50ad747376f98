import type { Comment } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import type { Peer } from '../../store/boardStore';
import { memoryStorage } from '../../testing/memoryStorage';
import { lastSeen, markSeen } from './lastSeen';
import { peopleOnBoard, rememberedPeople, rememberPeople, suggest } from './people';

const peer = (id: string, name: string): Peer => ({
  clientId: 1,
  user: { id, name, color: '#000' },
  cursor: null,
  selection: [],
});
const comment = (authorId: string, authorName: string, body: Comment['body'], createdAt = 1): Comment => ({
  id: `c-${authorId}-${createdAt}`,
  threadId: `c-${authorId}-${createdAt}`,
  anchor: { kind: 'card', id: 'x' },
  authorId,
  authorName,
  authorKey: 'k',
  body,
  createdAt,
});

describe('people to mention', () => {
  it('gathers people here now, remembered ones, comment authors and mentioned people, once each, without oneself', () => {
    const people = peopleOnBoard(
      'me',
      [peer('a', 'Alice'), peer('me', 'Moi')],
      [
        { id: 'b', name: 'Bruno' },
        { id: 'a', name: 'Alice (old name)' },
      ],
      [comment('c', 'Chloé', ['vu ', { mention: 'd', name: 'Driss' }]), comment('me', 'Moi', ['x'])],
    );
    expect(people).toEqual([
      { id: 'a', name: 'Alice' },
      { id: 'b', name: 'Bruno' },
      { id: 'c', name: 'Chloé' },
      { id: 'd', name: 'Driss' },
    ]);
    expect(suggest(people, 'dr')).toEqual([{ id: 'd', name: 'Driss' }]);
    expect(suggest(people, 'i').map((p) => p.name)).toEqual(['Alice', 'Driss']);
  });

  it('remembers people per board on this device, and when comments were last seen', () => {
    const storage = memoryStorage();
    rememberPeople('board', [{ id: 'a', name: 'Alice' }], storage);
    rememberPeople(
      'board',
      [
        { id: 'a', name: 'Alice M.' },
        { id: 'b', name: 'Bruno' },
      ],
      storage,
    );
    expect(rememberedPeople('board', storage)).toEqual([
      { id: 'a', name: 'Alice M.' },
      { id: 'b', name: 'Bruno' },
    ]);
    expect(rememberedPeople('other', storage)).toEqual([]);
    expect(lastSeen('board', 'me', storage)).toBe(0);
    markSeen('board', 'me', 50, storage);
    markSeen('board', 'me', 40, storage); // never back in time
    expect(lastSeen('board', 'me', storage)).toBe(50);
    expect(lastSeen('board', 'you', storage)).toBe(0);
  });
});
