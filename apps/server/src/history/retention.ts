/**
 * Which automatic checkpoints to drop: named versions are kept forever; automatic ones (and the
 * safety ones taken before a restore) are all kept for a day, then the newest of each hour for a
 * week, then the newest of each day for 90 days, then the newest of each week. So a board edited
 * every day keeps about 24×(edits of a day) + 24×6 + 83 checkpoints, and 52 more a year after
 * that, not one per ten minutes of work nor one per day forever (each is a whole board).
 */
import type { CheckpointInfo } from '../storage/checkpoints';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const WEEK = 7 * DAY;

export const RETENTION = { keepAllMs: DAY, hourlyUntilMs: WEEK, dailyUntilMs: 90 * DAY } as const;

/** Ids of the checkpoints past their retention, given the board's checkpoints. */
export function expiredCheckpoints(checkpoints: readonly CheckpointInfo[], now: Date): string[] {
  const seen = new Set<string>();
  const expired: string[] = [];
  const newestFirst = [...checkpoints].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const checkpoint of newestFirst) {
    if (checkpoint.kind === 'named') continue;
    const age = now.getTime() - checkpoint.createdAt.getTime();
    if (age < RETENTION.keepAllMs) continue;
    const time = checkpoint.createdAt.getTime();
    const bucket =
      age < RETENTION.hourlyUntilMs
        ? `h${Math.floor(time / HOUR)}`
        : age < RETENTION.dailyUntilMs
          ? `d${Math.floor(time / DAY)}`
          : `w${Math.floor(time / WEEK)}`;
    // The newest of each bucket stays; older ones in the same bucket go.
    if (seen.has(bucket)) expired.push(checkpoint.id);
    else seen.add(bucket);
  }
  return expired;
}
