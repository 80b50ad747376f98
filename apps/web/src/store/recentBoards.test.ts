import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage';
import { findRecentBoard, forgetBoard, loadRecentBoards, rememberBoard } from './recentBoards';

describe('recent boards', () => {
  it('keeps the newest first, keeps the creator tokens when reopened with a view token, and forgets', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', title: 'A', token: 'e', role: 'edit', editToken: 'e', viewToken: 'v', lastOpened: 1 }, s);
    rememberBoard({ id: 'b', title: 'B', token: 'x', role: 'view', lastOpened: 2 }, s);
    expect(loadRecentBoards(s).map((b) => b.id)).toEqual(['b', 'a']);
    rememberBoard({ id: 'a', title: 'A2', token: 'v', role: 'view', lastOpened: 3 }, s);
    // The creator looked at the view link: the list still opens the board for editing.
    expect(findRecentBoard('a', s)).toMatchObject({ title: 'A2', token: 'e', role: 'edit', viewToken: 'v' });
    expect(loadRecentBoards(s)[0]!.id).toBe('a');
    forgetBoard('a', s);
    expect(loadRecentBoards(s).map((b) => b.id)).toEqual(['b']);
  });

  it('keeps the facilitator role: after the creator opens the edit link, and once a facilitator link is opened', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', title: 'A', token: 'f', role: 'facilitator', editToken: 'e', viewToken: 'v' }, s);
    rememberBoard({ id: 'a', token: 'e', role: 'edit' }, s);
    rememberBoard({ id: 'a', title: 'A2', token: 'e' }, s);
    expect(findRecentBoard('a', s)).toMatchObject({ title: 'A2', token: 'f', role: 'facilitator', editToken: 'e' });

    // A device that knew the board as editor (it even knows the edit link) opens the facilitator link.
    rememberBoard({ id: 'b', title: 'B', token: 'e', role: 'edit', editToken: 'e', viewToken: 'v' }, s);
    rememberBoard({ id: 'b', token: 'f', role: 'facilitator' }, s);
    expect(findRecentBoard('b', s)).toMatchObject({ token: 'f', role: 'facilitator', editToken: 'e', viewToken: 'v' });
  });

  it('survives garbage in storage', () => {
    const s = memoryStorage();
    s.setItem('parcours.recentBoards', '{not json');
    expect(loadRecentBoards(s)).toEqual([]);
  });
});
