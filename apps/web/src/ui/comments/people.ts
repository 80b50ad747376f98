import type { Comment } from '@parcours/journey';
import type { Peer } from '../../store/boardStore';

/** Someone who can be mentioned: their participant id and display name. */
export interface Person {
  readonly id: string;
  readonly name: string;
}

/**
 * People who have been on the board: those here now (presence), those remembered on this device
 * from earlier visits, authors of comments and people mentioned. One entry per id, the latest name
 * first found wins (presence over memory over comments); `self` left out; sorted by name.
 */
export function peopleOnBoard(
  self: string | null,
  peers: readonly Peer[],
  remembered: readonly Person[],
  comments: readonly Comment[],
): Person[] {
  const byId = new Map<string, string>();
  const add = (id: string, name: string) => {
    if (id !== self && name.trim() !== '' && !byId.has(id)) byId.set(id, name.trim());
  };
  for (const peer of peers) add(peer.user.id, peer.user.name);
  for (const person of remembered) add(person.id, person.name);
  for (const comment of [...comments].sort((a, b) => b.createdAt - a.createdAt)) {
    add(comment.authorId, comment.authorName);
    for (const part of comment.body) if (typeof part !== 'string') add(part.mention, part.name);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

const KEY = 'parcours.boardPeople';
const MAX_PER_BOARD = 200;

/** People seen on a board from this device (localStorage), for mentions after they left. */
export function rememberedPeople(boardId: string, storage: Storage = localStorage): Person[] {
  try {
    const all = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const list = all[boardId];
    return Array.isArray(list)
      ? list.filter((p): p is Person => typeof p?.id === 'string' && typeof p?.name === 'string')
      : [];
  } catch {
    return [];
  }
}

export function rememberPeople(boardId: string, people: readonly Person[], storage: Storage = localStorage): void {
  if (people.length === 0) return;
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // start again
  }
  const known = new Map(rememberedPeople(boardId, storage).map((p) => [p.id, p.name]));
  let changed = false;
  for (const person of people) {
    if (known.get(person.id) === person.name) continue;
    known.set(person.id, person.name);
    changed = true;
  }
  if (!changed) return;
  all[boardId] = [...known].slice(-MAX_PER_BOARD).map(([id, name]) => ({ id, name }));
  storage.setItem(KEY, JSON.stringify(all));
}

/** The people whose name matches what follows an `@` (start of a word first), at most `max`. */
export function suggest(people: readonly Person[], query: string, max = 6): Person[] {
  const q = query.toLocaleLowerCase();
  const starts = people.filter((p) => p.name.toLocaleLowerCase().startsWith(q));
  const inside = people.filter((p) => !starts.includes(p) && p.name.toLocaleLowerCase().includes(q));
  return [...starts, ...inside].slice(0, max);
}
