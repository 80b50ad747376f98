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

  it('keeps the newest of each day for 90 days, then the newest of each week', () => {
    // One checkpoint a day (at noon) for 200 days.
    const list = Array.from({ length: 200 }, (_, i) => checkpoint(`d${i}`, (i + 1) * 24 * 60));
    const expired = new Set(expiredCheckpoints(list, now));
    const kept = list.filter((c) => !expired.has(c.id));
    const days = kept.map((c) => Math.round((now.getTime() - c.createdAt.getTime()) / (24 * 60 * MINUTE)));
    expect(days.filter((d) => d < 90)).toHaveLength(89); // days 1 to 89: one each
    const weekly = days.filter((d) => d >= 90);
    // 110 older days fall into 16 or 17 weeks: the newest of each week stays.
    expect(weekly.length).toBeGreaterThanOrEqual(15);
    expect(weekly.length).toBeLessThanOrEqual(17);
    // One per calendar week, as the policy buckets them.
    expect(new Set(weekly.map((d) => Math.floor((now.getTime() / 86_400_000 - d) / 7))).size).toBe(weekly.length);
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
