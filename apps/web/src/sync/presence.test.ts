import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { UNKNOWN_COLOR } from '../store/participantIdentity';
import { createPresence, toPeers } from './presence';

const alice = { id: 'a', name: 'Alice', color: '#e11d48' };

afterEach(() => {
  vi.useRealTimers();
});

describe('presence', () => {
  it('publishes the user, and at most one cursor per 50 ms, always ending on the last position', () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresence(awareness, alice);
    expect(awareness.getLocalState()).toMatchObject({ user: alice, cursor: null, selection: [] });
    let updates = 0;
    awareness.on('update', () => updates++);
    for (let i = 0; i < 20; i++) presence.setCursor({ x: i + 0.4, y: 2 * i });
    expect(updates).toBe(1);
    vi.advanceTimersByTime(60);
    expect(updates).toBe(2);
    expect(awareness.getLocalState()?.cursor).toEqual({ x: 19, y: 38 });
    presence.setSelection(['c1', 'c2']);
    expect(awareness.getLocalState()?.selection).toEqual(['c1', 'c2']);
    presence.destroy();
    awareness.destroy();
  });

  it('lists the other participants with a valid user, sorted by name, never oneself', () => {
    const doc = new Y.Doc();
    const mine = new Awareness(doc);
    createPresence(mine, alice);
    const peers = [
      { user: { id: 'z', name: 'Zoé', color: '#16a34a' }, cursor: { x: 1, y: 2 }, selection: ['c1'] },
      { user: { id: 'b', name: 'Bruno', color: '#2563eb' } },
      { cursor: { x: 0, y: 0 } },
    ];
    peers.forEach((state, i) => {
      const other = new Awareness(new Y.Doc());
      other.setLocalState(state);
      mine.states.set(100 + i, other.getLocalState()!);
    });
    const list = toPeers(mine);
    expect(list.map((p) => p.user.name)).toEqual(['Bruno', 'Zoé']);
    expect(list[1]).toMatchObject({ cursor: { x: 1, y: 2 }, selection: ['c1'] });
    expect(list[0]).toMatchObject({ cursor: null, selection: [] });
    mine.destroy();
  });

  it("keeps a peer's colour out of styles unless it is a plain colour", () => {
    const mine = new Awareness(new Y.Doc());
    const colors = [
      'url(https://evil.example/pixel.png)',
      'red; background-image: url(https://evil.example/x)',
      '#16a34a',
      '#ABC',
      'hsl(200, 50%, 40%)',
      'hsl(200 50% 40%) url(x)',
      'expression(alert(1))',
      '#16a34a"',
    ];
    colors.forEach((color, i) => {
      const other = new Awareness(new Y.Doc());
      other.setLocalState({ user: { id: `p${i}`, name: `P${i}`, color } });
      mine.states.set(200 + i, other.getLocalState()!);
    });
    const byName = Object.fromEntries(toPeers(mine).map((p) => [p.user.name, p.user.color]));
    expect(byName).toEqual({
      P0: UNKNOWN_COLOR,
      P1: UNKNOWN_COLOR,
      P2: '#16a34a',
      P3: '#ABC',
      P4: 'hsl(200, 50%, 40%)',
      P5: UNKNOWN_COLOR,
      P6: UNKNOWN_COLOR,
      P7: UNKNOWN_COLOR,
    });
    mine.destroy();
  });
});
