import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage';
import { causeOf, recoverFromRefusal, takeRefusalNotice } from './refusal';

describe('recovering from a refused update', () => {
  it('drops the local copy, reloads, and explains once after the reload', async () => {
    const storage = memoryStorage();
    let cleared = 0;
    let reloaded = 0;
    const ok = recoverFromRefusal('b1', 'forbidden: the structure is locked (phases)', async () => void cleared++, {
      storage,
      now: 1_000,
      reload: () => void reloaded++,
    });
    expect(ok).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect([cleared, reloaded]).toEqual([1, 1]);
    expect(takeRefusalNotice('other', storage)).toBeNull();
    expect(takeRefusalNotice('b1', storage)).toEqual({ action: 'change', cause: 'structure' });
    expect(takeRefusalNotice('b1', storage)).toBeNull();
  });

  it('does not loop: a second refusal moments later is left to the error page', () => {
    const storage = memoryStorage();
    const options = { storage, reload: () => {} };
    expect(recoverFromRefusal('b1', 'x', async () => {}, { ...options, now: 1_000 })).toBe(true);
    expect(recoverFromRefusal('b1', 'x', async () => {}, { ...options, now: 5_000 })).toBe(false);
    expect(recoverFromRefusal('b1', 'x', async () => {}, { ...options, now: 60_000 })).toBe(true);
  });

  it('remembers an undo as such, and tells the cause from the server reason', () => {
    const storage = memoryStorage();
    const reason = 'forbidden: the structure is locked (phases)';
    recoverFromRefusal('b1', reason, async () => {}, { storage, reload: () => {}, action: 'undo' });
    expect(takeRefusalNotice('b1', storage)).toEqual({ action: 'undo', cause: 'structure' });
    expect(causeOf('forbidden: only a facilitator changes the session')).toBe('session');
    expect(causeOf('forbidden: only a facilitator reveals private cards')).toBe('private');
    expect(causeOf('board is full')).toBe('full');
    expect(causeOf('forbidden: only its author edits or deletes a comment')).toBe('comment');
    expect(causeOf('forbidden: a commenter only comments')).toBe('comment');
    expect(causeOf('forbidden: the update depends on changes the board does not have')).toBe('other');
  });
});
