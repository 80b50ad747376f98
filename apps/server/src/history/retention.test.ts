import { describe, expect, it } from 'vitest';
import type { CheckpointInfo } from '../storage/checkpoints';
import { expiredCheckpoints } from './retention';

const now = new Date('2026-12-03T12:00:00Z');
const MINUTE = 60_000;

function checkpoint(id: string, minutesAgo: number, kind: CheckpointInfo['kind'] = 'auto'): CheckpointInfo {
  return {
    id,
    boardId: 'b',
    kind,
    name: kind === 'named' ? id : null,
    createdAt: new Date(now.getTime() - minutesAgo * MINUTE),
    bytes: 1,
    participants: [],
    summary: null,
    images: [],
  };
}

describe('checkpoint retention', () => {
  it('keeps every checkpoint of the last 24 hours', () => {
    const list = Array.from({ length: 144 }, (_, i) => checkpoint(`c${i}`, i * 10));
    expect(expiredCheckpoints(list, now)).toEqual([]);
  });

  it('keeps the newest of each hour for a week, then the newest of each day', () => {
    // Every 10 minutes over 10 days.
    const list = Array.from({ length: 6 * 24 * 10 }, (_, i) => checkpoint(`c${i}`, i * 10 + 5));
    const expired = new Set(expiredCheckpoints(list, now));
    const kept = list.filter((c) => !expired.has(c.id));
    const ages = kept.map((c) => (now.getTime() - c.createdAt.getTime()) / MINUTE);
    const lastDay = ages.filter((a) => a < 24 * 60).length;
    const week = ages.filter((a) => a >= 24 * 60 && a < 7 * 24 * 60).length;
    const older = ages.filter((a) => a >= 7 * 24 * 60).length;
    expect(lastDay).toBe(144);
    expect(week).toBeGreaterThanOrEqual(6 * 24 - 1);
    expect(week).toBeLessThanOrEqual(6 * 24 + 1);
    expect(older).toBeGreaterThanOrEqual(3);
    expect(older).toBeLessThanOrEqual(4);
  });

  it('never drops a named version, however old', () => {
    const list = [
      checkpoint('old-named', 60 * 24 * 400, 'named'),
      checkpoint('a', 60 * 24 * 400),
      checkpoint('b', 60 * 24 * 400 + 1),
    ];
    expect(expiredCheckpoints(list, now)).toEqual(['b']);
  });
});
